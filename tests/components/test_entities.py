"""Entities: canonical names within an article, label repair, descriptors, scare quotes."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp import annotate

PUB = date(2023, 1, 10)


def _mentions(nlp, text: str) -> list:
    return annotate(nlp, text, PUB)._.entity_mentions


def _by_text(nlp, text: str) -> dict[str, tuple]:
    return {m.text: (m.canonical, m.label, m.entity_key) for m in _mentions(nlp, text)}


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (
            "Pedro Castillo was arrested on Wednesday. Supporters of Castillo marched in Lima.",
            "Castillo",
            ("Pedro Castillo", "PERSON", "pedro-castillo"),
        ),
        (
            "Dina Boluarte was sworn in. Critics say Dina has no mandate.",
            "Dina",
            ("Dina Boluarte", "PERSON", "dina-boluarte"),
        ),
        (
            "Keiko Fujimori lost the vote. Her father Alberto Fujimori was jailed. "
            "Fujimori remains a divisive name.",
            "Fujimori",
            ("Fujimori", "PERSON", None),
        ),
        (
            "The Peruvian Congress voted on Tuesday. Lawmakers in parliament rejected the bill.",
            "parliament",
            ("Congress of the Republic of Peru", "ORG", "congress-peru"),
        ),
        (
            "The business lobby CONFIEP welcomed the decision.",
            "CONFIEP",
            ("CONFIEP", "ORG", "confiep"),
        ),
    ],
)
def test_entities_canonical(nlp, text: str, mention: str, expected: tuple) -> None:
    assert _by_text(nlp, text)[mention] == expected


@pytest.mark.parametrize(
    ("text", "mention", "descriptors", "scare_quoted"),
    [
        ("Protesters demanded the ouster of murderous “president” Boluarte.",
         "Boluarte", ["murderous", "president"], True),
        ("He defeated right-wing demagogue Keiko Fujimori in the runoff.",
         "Keiko Fujimori", ["right-wing demagogue"], False),
        ("President Dina Boluarte spoke on television.", "Dina Boluarte", ["president"], False),
        ("He dismissed his prime minister, Bellido, in October.",
         "Bellido", ["prime minister"], False),
    ],
)
def test_entities_descriptors(
    nlp, text: str, mention: str, descriptors: list[str], scare_quoted: bool
) -> None:
    [m] = [m for m in _mentions(nlp, text) if m.text == mention]
    assert m.descriptors == descriptors
    assert m.scare_quoted is scare_quoted
    assert m.label == "PERSON"


def test_entities_titles_are_not_part_of_the_name(nlp) -> None:
    [m] = [m for m in _mentions(nlp, "President Dina Boluarte spoke.") if m.label == "PERSON"]
    assert (m.text, m.canonical) == ("Dina Boluarte", "Dina Boluarte")


def test_entities_offsets_point_at_the_mention(nlp) -> None:
    text = "Reuters reported that the army was deployed in Ayacucho."
    for m in _mentions(nlp, text):
        assert text[m.start_char : m.end_char] == m.text
