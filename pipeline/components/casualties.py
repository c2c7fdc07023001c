"""newsclaims_casualties: who was killed, injured, arrested or missing, how many, by whom,
where.

A claim starts at a trigger word ("killed", "dead", "deaths", "death
toll", "shot dead"); the dependency parse then links the trigger to its victims (subject
of a passive, object of an active verb, the noun a participle modifies), the victims to
their count (nummod, "dozens of", "a police officer", "he and three others"), and the
trigger to its perpetrator (agent "by the army", or the subject of the clause a participle
hangs from: "police opened fire, killing at least 18"), its place ("in Juliaca"), its
source ("the health ministry said") and its scope (incident or cumulative). A number only
becomes a claim when a trigger reaches it, so "18 months" or "80 percent" never do.
Words live in models/<lang>/casualties.yaml; the reading itself lives in
pipeline/casualties/; this module only wires it into spaCy.
"""

from __future__ import annotations

import warnings

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.casualties.claims import claims_in
from pipeline.casualties.lexicon import Lexicon, lexicon_path, load_lexicon
from pipeline.casualties.titles import MAX_TITLE_CHARS, TitleGate, inflections
from pipeline.casualties.triggers import trigger_finder, trigger_forms, trigger_lemmas
from pipeline.components.dates import event_date_for
from pipeline.components.guard import guarded
from pipeline.extensions import register_extensions

EXT = "casualties"


@Language.factory("newsclaims_casualties", default_config={"models_dir": "", "lang": ""})
def make_component(nlp: Language, name: str, models_dir: str, lang: str) -> CasualtyExtractor:
    """`lang` picks models/<lang>/casualties.yaml; empty means the pipeline's own (nlp.lang).

    A language without a casualty lexicon yet gets an empty casualties table and a warning,
    not English words read over its text.
    """
    register_extensions()
    lang = lang or nlp.lang
    path = lexicon_path(models_dir, lang)
    if models_dir and not path.is_file():
        warnings.warn(
            f"newsclaims_casualties: no casualty lexicon for language {lang!r} at "
            f"{str(path)!r}; its documents get no casualty claims until "
            f"models/{lang}/casualties.yaml is written (see models/en/casualties.yaml)",
            stacklevel=2,
        )
        return CasualtyExtractor(nlp, None)
    return CasualtyExtractor(nlp, load_lexicon(models_dir, lang))


class CasualtyExtractor:
    """Sets doc._.casualties: one CasualtyClaim per (kind, counted words), by start_char.

    Stateless per call: the lexicon and trigger finder are shared, read-only, by every doc.
    """

    def __init__(self, nlp: Language, lexicon: Lexicon | None) -> None:
        self.nlp = nlp
        self.lex = lexicon
        self.triggers = trigger_finder(nlp.vocab, lexicon) if lexicon is not None else None
        self._run = guarded(EXT, self.annotate)
        self._gate: TitleGate | None = None

    def may_claim(self, title: str | None) -> bool:
        """Whether a title is worth parsing for casualty claims: one of its words is a
        trigger word in some inflection ("Two Shot Dead", not "Congress Debates Budget").
        Built on first use from the model's lemmatizer tables (see casualties/titles.py);
        a model without them lets every short title through."""
        if self.lex is None or not title or len(title) > MAX_TITLE_CHARS:
            return False
        if self._gate is None:
            self._gate = self._title_gate()
        return self._gate(title)

    def headline(self, title: str) -> str:
        """The title without a site name after it (TitleGate.headline); call after
        may_claim."""
        return self._gate.headline(title) if self._gate is not None else title

    def _title_gate(self) -> TitleGate:
        rules, exceptions = lemmatizer_tables(self.nlp)
        if not exceptions:
            return TitleGate((), self.lex.word, open_gate=True)
        forms = inflections(trigger_lemmas(self.lex), rules, exceptions)
        return TitleGate(forms | trigger_forms(self.lex) | self.lex.title_forms, self.lex.word)

    def __call__(self, doc: Doc) -> Doc:
        return self._run(doc)

    def annotate(self, doc: Doc) -> Doc:
        if self.triggers is None or not doc.has_annotation("DEP"):
            # no lexicon for the language, or no parser in this pipeline: nothing to read
            setattr(doc._, EXT, [])
            return doc
        claims = claims_in(doc, self.triggers(doc), self.lex, event_date_for, self.reparse)
        setattr(doc._, EXT, claims)
        return doc

    def reparse(self, text: str) -> tuple[Doc, list[int]]:
        """A Title Case line, lower-cased, through the stages before this one (the small
        model reads "Teen Shot and Killed" as a string of proper nouns)."""
        line = self.nlp.make_doc(text)
        for _, stage in self.nlp.pipeline:
            if stage is self:
                break
            line = stage(line)
        return line, self.triggers(line)


def lemmatizer_tables(nlp: Language) -> tuple[list, list]:
    """The suffix rules and exception tables of the pipeline's lemmatizer (the stock one,
    or the one pipeline/morphology.py wraps); empty lists when there is none."""
    for _, proc in nlp.pipeline:
        lookups = getattr(getattr(proc, "lemmatizer", proc), "lookups", None)
        if lookups is None or not lookups.has_table("lemma_exc"):
            continue
        rules = [list(lookups.get_table(name).values())
                 for name in ("lemma_rules", "lemma_rules_groups") if lookups.has_table(name)]
        return rules, list(lookups.get_table("lemma_exc").values())
    return [], []
