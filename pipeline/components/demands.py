"""newsclaims_demands: who demands what, of whom, from the parse plus a typed lexicon.

A trigger ("demanded", "call for", "their demands include", "chanting ...") points at the
demanded content; the content is split into items (one row per list item), each item is
typed with the patterns in models/<lang>/demands.yaml, and its target is resolved to the
same canonical names as the entities table. Kind separates protesters' demands from
officials' calls, proposals and promises, which outlets often blur. The reading itself
lives in pipeline/demands/; this module only wires it into spaCy.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.guard import guarded
from pipeline.demands.extract import demands_in
from pipeline.demands.lexicon import Lexicon, load_lexicon
from pipeline.demands.targets import build_context
from pipeline.extensions import register_extensions
from pipeline.word_finder import WordFinder

EXT = "demands"


@Language.factory("newsclaims_demands", default_config={"models_dir": "", "lang": ""})
def make_component(nlp: Language, name: str, models_dir: str, lang: str) -> DemandsComponent:
    """`lang` picks models/<lang>/demands.yaml; empty means the pipeline's own (nlp.lang)."""
    register_extensions()
    return DemandsComponent(nlp, models_dir, lang or nlp.lang)


class DemandsComponent:
    """Stateless per call: the lexicon and matcher are shared, read-only, by every doc."""

    def __init__(self, nlp: Language, models_dir: str, lang: str = "en") -> None:
        self.models_dir = models_dir
        self.lexicon: Lexicon = load_lexicon(models_dir, lang)
        # A trigger word: "demanded" (by lemma) and "demands" mis-lemmatised as a noun (by
        # form).
        lemmas = self.lexicon.trigger_lemmas
        self.trigger_starts = WordFinder(nlp.vocab, lemmas, lemmas)
        self._run = guarded(EXT, self.annotate)

    def __call__(self, doc: Doc) -> Doc:
        return self._run(doc)

    def annotate(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):  # no parser in this pipeline: no demands to read
            setattr(doc._, EXT, [])
            return doc
        ctx = build_context(doc, self.lexicon, self.models_dir)
        setattr(doc._, EXT, demands_in(ctx, self.trigger_starts(doc)))
        return doc

