"""Spanish entities get the same canonical names and keys as English ones."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp import annotate


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("El Congreso aprobó la vacancia de Pedro Castillo.",
         {("Congress of the Republic of Peru", "ORG", "congress-peru"),
          ("Pedro Castillo", "PERSON", "pedro-castillo")}),
        ("Dina Boluarte juró ante el Congreso. Boluarte pidió una tregua.",
         {("Dina Boluarte", "PERSON", "dina-boluarte"),
          ("Congress of the Republic of Peru", "ORG", "congress-peru")}),
        ("La Defensoría del Pueblo informó que la Policía Nacional detuvo a 193 personas.",
         {("Ombudsman's Office of Peru", "ORG", "ombudsman-peru"),
          ("National Police of Peru", "ORG", "police-peru")}),
        ("El Ministerio Público investiga a la presidenta.",
         {("Public Prosecutor's Office of Peru", "ORG", "prosecutor-peru")}),
    ],
)
def test_spanish_entities(nlp_es, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    doc = annotate(nlp_es, sentence, date(2023, 1, 10))
    found = {(m.canonical, m.label, m.entity_key) for m in doc._.entity_mentions
             if m.label in ("PERSON", "ORG")}
    assert found == expected


def test_same_keys_as_english(nlp, nlp_es) -> None:
    english = annotate(nlp, "Congress removed Pedro Castillo and swore in Dina Boluarte.")
    spanish = annotate(nlp_es, "El Congreso vacó a Pedro Castillo y juramentó a Dina Boluarte.")

    def keys(doc):
        return {m.entity_key for m in doc._.entity_mentions if m.label in ("PERSON", "ORG")}

    assert keys(english) == keys(spanish) == {"congress-peru", "pedro-castillo", "dina-boluarte"}
