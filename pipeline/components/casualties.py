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
from pipeline.casualties.triggers import trigger_finder
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
