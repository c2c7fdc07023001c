"""Spanish demands: models/es/demands.yaml through the shared demand readers."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp import annotate


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Los manifestantes exigen la renuncia de Dina Boluarte.",
         [("remove_official", "dina-boluarte", "demand")]),
        ("Los gremios piden nuevas elecciones.", [("new_elections", None, "call")]),
        ("Los estudiantes reclaman el cierre del Congreso.",
         [("dissolve_legislature", "congress-peru", "demand")]),
        ("Los manifestantes exigen la renuncia de Dina Boluarte, el cierre del Congreso y "
         "la liberación de Pedro Castillo.",
         [("remove_official", "dina-boluarte", "demand"),
          ("dissolve_legislature", "congress-peru", "demand"),
          ("release_detainee", "pedro-castillo", "demand")]),
        ("Los dirigentes ratificaron sus exigencias: una asamblea constituyente y justicia "
         "para los muertos.",
         [("constituent_assembly", None, "demand"), ("justice_for_victims", None, "demand")]),
        ("Dina Boluarte propuso adelantar las elecciones a abril de 2024.",
         [("new_elections", None, "proposal")]),
        ("Los gremios empresariales pidieron garantizar el orden público.", []),
        ("Los manifestantes no exigen la renuncia de Dina Boluarte.", []),
        ("Cientos de simpatizantes marcharon por el centro de la capital.", []),
    ],
)
def test_spanish_demands(nlp_es, sentence: str, expected: list[tuple]) -> None:
    doc = annotate(nlp_es, sentence, date(2023, 1, 10))
    assert [(d.demand_type, d.target_key, d.kind) for d in doc._.demands] == expected


def test_possessive_points_at_the_person_named_before(nlp_es) -> None:
    text = ("Los manifestantes desconocen a la presidenta Dina Boluarte y exigen su renuncia.")
    doc = annotate(nlp_es, text, date(2023, 1, 22))
    assert [(d.demand_type, d.target_key) for d in doc._.demands] == [
        ("remove_official", "dina-boluarte")]
