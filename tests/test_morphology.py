"""newsclaims_morphology gives exactly what the model's attribute_ruler + lemmatizer give.

The stock model is loaded once for this module to compare against; the wide comparison
(corpora and external texts, hundreds of thousands of tokens) is
benchmarks/check_morphology.py.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language

from pipeline import morphology
from pipeline.config import Config
from pipeline.morphology import replace_stock_morphology
from pipeline.nlp import annotate, load_model

ATTRS = [POS, TAG, MORPH, LEMMA, DEP]

# Sentences that reach the ruler's special cases: several-token patterns ("gon na",
# "got ta", "Let's", "ai n't", "there is"), pronoun and auxiliary lemmas, clitics,
# whitespace tokens, DEP-conditioned rules ("it" as subject and object).
SENTENCES = [
    "Protesters said they were gonna march on Lima again on Monday.",
    "\"We ain't leaving,\" a miner in Juliaca said.  \"You've got ta listen to us.\"",
    "Let's be clear: there is no dialogue while people are being killed.",
    "There were 17 dead in Juliaca; the ombudsman's office said it could not confirm it.",
    "I'd have stayed home, but y'all were already out on the street.",
    "She had said Congress would not vote, yet it did, and he has been detained since.",
    "Nothing was done about the roadblocks, and nobody knows who gave the order.",
    "The ministers resigned.\n\nThe government, however, stayed.\n",
    "Is it true that those who demanded elections weren't heard?",
    "Somethin' ol' is gettin' done, the union's leader said of 'em.",
]


@pytest.fixture(scope="module")
def stock(config: Config) -> Language:
    return load_model(config.languages["en"])


@pytest.fixture(scope="module")
def fast(config: Config) -> Language:
    nlp = load_model(config.languages["en"])
    assert replace_stock_morphology(nlp)
    return nlp


def test_pipeline_uses_the_fast_component(nlp: Language) -> None:
    assert "newsclaims_morphology" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    assert "lemmatizer" not in nlp.pipe_names


@pytest.mark.parametrize("text", SENTENCES)
def test_same_annotation_as_stock(stock: Language, fast: Language, text: str) -> None:
    expected, found = stock(text), fast(text)
    assert [t.text for t in found] == [t.text for t in expected]
    assert np.array_equal(found.to_array(ATTRS), expected.to_array(ATTRS)), [
        (a.text, a.pos_, str(a.morph), a.lemma_, b.pos_, str(b.morph), b.lemma_)
        for a, b in zip(expected, found, strict=True)
        if (a.pos, a.morph.key, a.lemma) != (b.pos, b.morph.key, b.lemma)
    ]


@pytest.mark.parametrize(("text", "word", "pos", "lemma"), [
    ("They were gonna march.", "gon", "VERB", "go"),
    ("They were gonna march.", "na", "ADP", "to"),
    ("We ain't leaving.", "ai", "AUX", "be"),
    ("We ain't leaving.", "n't", "PART", "not"),
    ("Protesters demanded elections.", "demanded", "VERB", "demand"),
    ("Police detained 17 protesters.", "protesters", "NOUN", "protester"),
    ("She was sworn in.", "was", "AUX", "be"),
    ("She was sworn in.", "She", "PRON", "she"),
])
def test_known_annotations(nlp: Language, text: str, word: str, pos: str, lemma: str) -> None:
    doc = annotate(nlp, text, date(2023, 1, 10))
    token = next(t for t in doc if t.text == word)
    assert (token.pos_, token.lemma_) == (pos, lemma)


def test_second_pass_uses_the_cache(fast: Language) -> None:
    """The same text twice: the second pass is all cache hits and gives the same arrays."""
    component = fast.get_pipe("newsclaims_morphology")
    first = fast(SENTENCES[0]).to_array(ATTRS)
    size = len(component.cache)
    again = fast(SENTENCES[0]).to_array(ATTRS)
    assert len(component.cache) == size
    assert np.array_equal(first, again)


def test_cache_starts_over_with_the_same_results(
    stock: Language, fast: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full cache is dropped before the next doc; what is recomputed is the same."""
    monkeypatch.setattr(morphology, "MAX_CACHED", 5)
    component = fast.get_pipe("newsclaims_morphology")
    for text in SENTENCES[:4]:
        doc = fast(text)
        assert np.array_equal(doc.to_array(ATTRS), stock(text).to_array(ATTRS))
        assert len(component.cache) <= len(doc)


def test_memory_zone_frees_new_lemmas_and_the_cache_with_them(fast: Language) -> None:
    """A lemma first seen inside nlp.memory_zone() is freed with it; a later zone still
    reads every lemma (the cache of hashes started over)."""
    text = "The Qorilazos marchers were blockading Urcos and Quillabamba roads."
    with fast.memory_zone():
        first = [(t.lemma_, t.pos_) for t in fast(text)]
    assert "marcher" not in fast.vocab.strings  # freed, as spaCy promises
    assert len(fast.get_pipe("newsclaims_morphology").cache) == 0
    with fast.memory_zone():
        again = [(t.lemma_, t.pos_) for t in fast(text)]
    assert again == first
    assert ("marcher", "NOUN") in first


def test_spanish_same_annotation_as_stock(config: Config) -> None:
    pytest.importorskip("es_core_news_sm")
    stock, fast = load_model(config.languages["es"]), load_model(config.languages["es"])
    assert replace_stock_morphology(fast)
    text = ("Los manifestantes exigieron la renuncia de Dina Boluarte. Dijo que no se "
            "iría.  La Policía detuvo a 192 personas en Lima.")
    assert np.array_equal(fast(text).to_array(ATTRS), stock(text).to_array(ATTRS))
