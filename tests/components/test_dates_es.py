"""Spanish dates: the pattern table in models/es/dates.yaml, valued against 10 Jan 2023."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp import annotate

DCT = date(2023, 1, 10)  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Murieron 17 personas el 9 de enero en Juliaca.", [("9 de enero", "DATE", "2023-01-09")]),
        ("El lunes la policía disparó contra los manifestantes.",
         [("lunes", "DATE", "2023-01-09")]),
        ("Hace dos semanas comenzó el paro.", [("Hace dos semanas", "DATE", "2022-W52")]),
        ("Castillo fue vacado el 7 de diciembre de 2022.",
         [("7 de diciembre de 2022", "DATE", "2022-12-07")]),
        ("El juez dictó 18 meses de prisión preventiva.", [("18 meses", "DURATION", "P18M")]),
        ("El paro duró tres días.", [("tres días", "DURATION", "P3D")]),
        ("Boluarte propuso adelantar los comicios a abril de 2024.",
         [("abril de 2024", "DATE", "2024-04")]),
        ("Las protestas comenzaron en diciembre.", [("diciembre", "DATE", "2022-12")]),
        ("El lunes por la tarde miles marcharon.", [("lunes por la tarde", "TIME",
                                                      "2023-01-09TAF")]),
        ("La Defensoría difundió anoche su conteo.", [("anoche", "TIME", "2023-01-09TNI")]),
        ("Ayer se reunió el gabinete.", [("Ayer", "DATE", "2023-01-09")]),
        ("Juliaca amaneció este martes de luto.", [("este martes", "DATE", "2023-01-10")]),
        ("Piden elecciones este mismo año.", [("este mismo año", "DATE", "2023")]),
        ("Un adolescente de 17 años murió.", []),
        ("El Congreso votará el próximo lunes.", [("próximo lunes", "DATE", "2023-01-16")]),
        ("LIMA, 16 dic (ASP). - Al menos 18 personas han muerto.",
         [("16 dic", "DATE", "2022-12-16")]),
        ("Murieron 17 personas en 2023.", [("2023", "DATE", "2023")]),
    ],
)
def test_spanish_dates(nlp_es, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    doc = annotate(nlp_es, sentence, DCT)
    assert [(m.text, m.timex_type, m.value) for m in doc._.dates] == expected


def test_story_day_anchors_la_vispera(nlp_es) -> None:
    text = "El 7 de diciembre Castillo fue vacado. Hasta la víspera, sus aliados lo defendían."
    doc = annotate(nlp_es, text, DCT)
    assert [(m.text, m.value, m.anchor) for m in doc._.dates] == [
        ("7 de diciembre", "2022-12-07", "publication"),
        ("la víspera", "2022-12-06", "narrative"),
    ]
