"""Trigger words by lemma or by written form, found in one pass over a Doc's columns.

What a spaCy Matcher with [{"LEMMA": {"IN": lemmas}}] and [{"LOWER": {"IN": forms}}]
finds, without making a Token object for every word of every article: the stages that
start from a trigger word (casualties, demands) run on every document.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc
from spacy.vocab import Vocab


class WordFinder:
    """The indices of the tokens whose lemma is in `lemmas` or whose lowercase form is in
    `forms`, in order, each once."""

    def __init__(self, vocab: Vocab, lemmas: Iterable[str], forms: Iterable[str]) -> None:
        self.lemmas = {vocab.strings.add(w) for w in lemmas}
        self.forms = {vocab.strings.add(w) for w in forms}

    def __call__(self, doc: Doc) -> list[int]:
        lemmas, forms = self.lemmas, self.forms
        return [i for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist())
                if lemma in lemmas or lower in forms]
