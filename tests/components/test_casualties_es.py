"""Spanish casualty claims (models/es/casualties.yaml over es_core_news_sm), sentence by
sentence. Rows are compared as (kind, count, count_low, count_high, qualifier, negated).
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from pipeline.nlp import annotate

PUBLISHED = date(2023, 1, 10)


def rows(nlp: Language, text: str) -> list[tuple]:
    doc = annotate(nlp, text, PUBLISHED)
    return [(c.kind, c.count, c.count_low, c.count_high, c.qualifier, c.negated)
            for c in doc._.casualties]


def ex(kind: str, n: int, negated: bool = False) -> tuple:
    return (kind, n, n, n, "exact", negated)


FORMS = [
    ("Al menos 18 muertos dejaron los enfrentamientos en Ayacucho.",
     [("killed", 18, 18, None, "at_least", False)]),
    ("La represión dejó 45 fallecidos.", [ex("killed", 45)]),
    # "el número de fallecidos": the small model reads "fallecidos" as an adjective with
    # its own "de"; the count noun counts it, the adjective makes no claim
    ("Según la Defensoría, el número de fallecidos en Puno asciende a 28.",
     [ex("killed", 28)]),
    ("La cifra de fallecidos se elevó a 33.", [ex("killed", 33)]),
    ("Murieron 17 personas en Juliaca.", [ex("killed", 17)]),
    ("Los hospitales atendieron a más de 60 heridos.",
     [("injured", 60, 61, None, "more_than", False)]),
    ("Hubo más de 60 heridos.", [("injured", 60, 61, None, "more_than", False)]),
    ("La policía informó de una docena de detenidos.", [ex("arrested", 12)]),
    ("La policía informó de una treintena de detenidos.",
     [("arrested", 30, None, None, "approximately", False)]),
    ("Diecisiete manifestantes murieron.", [ex("killed", 17)]),
    ("La cifra de muertos subió a 47.", [ex("killed", 47)]),
    ("Un policía murió quemado.", [ex("killed", 1)]),
    ("Cinco manifestantes fueron detenidos por la policía.", [ex("arrested", 5)]),
    ("Nadie resultó herido.", [ex("injured", 0, negated=True)]),
    ("No se reportaron heridos.", [ex("injured", 0, negated=True)]),
]

TRAPS = [
    "El juez dictó 18 meses de prisión preventiva.",
    "Cerca del 80 % de los peruanos desaprueba su labor.",
    "El Congreso aprobó la vacancia con 101 votos a favor.",
    "Las familias velan a sus muertos.",
]


@pytest.mark.parametrize("text,expected", FORMS)
def test_casualties_es_forms(nlp_es: Language, text: str, expected: list[tuple]) -> None:
    assert rows(nlp_es, text) == expected


@pytest.mark.parametrize("text", TRAPS)
def test_casualties_es_traps_give_no_claim(nlp_es: Language, text: str) -> None:
    assert rows(nlp_es, text) == []


ATTACHMENTS = [
    ("Diecisiete manifestantes murieron en Juliaca.",
     {"victim_group": "protesters", "location": "Juliaca", "scope": "incident"}),
    ("Un policía murió quemado.", {"victim_group": "security_forces"}),
    ("La cifra de muertos subió a 47, según la Defensoría del Pueblo.",
     {"scope": "cumulative", "attributed_to": "la Defensoría del Pueblo"}),
    ("Cinco manifestantes fueron detenidos por la policía.",
     {"perpetrator": "la policía", "perpetrator_group": "police"}),
    ("Desde el inicio de las protestas murieron 22 personas.", {"scope": "cumulative"}),
]


@pytest.mark.parametrize("text,expected", ATTACHMENTS)
def test_casualties_es_attachments(nlp_es: Language, text: str, expected: dict) -> None:
    (claim,) = annotate(nlp_es, text, PUBLISHED)._.casualties
    assert {k: getattr(claim, k) for k in expected} == expected
