"""Casualty claims a dev read of news leads found missing: a person recovering after a
violent event, fighting for a life, hit by a shot fired just before, in a coma, and a
dateline in capitals before its sentence. Each pattern has rows that must make no claim.

Rows are compared as (kind, count, negated), in order of the claims' start.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from pipeline.nlp import annotate

PUBLISHED = date(2023, 1, 10)


def rows(nlp: Language, text: str) -> list[tuple[str, int | None, bool]]:
    return [(c.kind, c.count, c.negated)
            for c in annotate(nlp, text, PUBLISHED)._.casualties]


RECOVERING = [
    ("A Clarksville teen is recovering after an accidental shooting Sunday.",
     [("injured", 1, False)]),
    ("Two men are recovering from the stabbing.", [("injured", 2, False)]),
    ("A 15-year-old is recovering after a shooting on Main Street.", [("injured", 1, False)]),
    ("She is recovering after being shot in the arm.", [("injured", 1, False)]),
    ("Toddler recovering after being shot at apartment complex", [("injured", 1, False)]),
    # no person, or no violent event
    ("The community is recovering after the shooting.", []),
    ("Residents are recovering after the shooting.", []),
    ("The city is slowly recovering after the shooting.", []),
    ("She is recovering after surgery.", []),
    ("Police recovered a gun after the shooting.", []),
    ("A hunter is recovering after shooting a deer.", []),
    ("Teen recovering after surgery", []),
]

FIGHTING_FOR_LIFE = [
    ("Police are investigating a shooting that left a woman fighting for her life.",
     [("injured", 1, False)]),
    ("A man is fighting for his life after a shooting.", [("injured", 1, False)]),
    ("Two men are fighting for their lives.", [("injured", 2, False)]),
    ("He was left fighting for his life after the stabbing.", [("injured", 1, False)]),
    ("A toddler is clinging to life after a shooting.", [("injured", 1, False)]),
    # no person, a modified life, no life
    ("The team is fighting for its life in the playoffs.", []),
    ("The senator is fighting for his political life.", []),
    ("The family is fighting for justice.", []),
]

FIRED_AND_HIT = [
    ("Police said a child fired off a shot hitting a 73-year-old man in the chest.",
     [("injured", 1, False)]),
    ("Police are looking for a man accused of firing shots inside a club, hitting three "
     "people.", [("injured", 3, False)]),
    # what was hit is no person
    ("He fired two shots into the air, hitting a parked car.", []),
    ("The shooter fired a shot hitting the wall.", []),
]

COMA = [
    ("The girl remains in a coma.", [("injured", 1, False)]),
    ("The bill remains in a coma.", []),
]

DATELINE = [
    ("MILLBROOK, AL - A man was fatally shot on Monday afternoon.", [("killed", 1, False)]),
    ("NEW ROADS -A child is in serious condition after an accidental shooting.",
     [("injured", 1, False)]),
    ("BOSTON - The mayor said the city is safe.", []),
]

BODY_VICTIMS = [
    # an inverted passive: the subject after the auxiliary
    ("Also wounded were three bystanders.", [("injured", 3, False)]),
    ("Also injured was a 40-year-old woman.", [("injured", 1, False)]),
    ("Also killed were Ana Ruiz, 31, and Tom Bell, 40.", [("killed", 2, False)]),
    ("Also present were four deputies.", []),
    ("Also killed were the hopes of the family.", []),
    # recovering, the subject raised to "expected"
    ("The boy is expected to recover from a gunshot wound to the leg.",
     [("injured", 1, False)]),
    ("The economy is expected to recover from the recession.", []),
    # a wound named in a hedge
    ("Deputies found a man with what appeared to be a gunshot wound to the chest.",
     [("injured", 1, False)]),
    ("They found a girl in the kitchen unresponsive with what appeared to be a gunshot "
     "wound.", [("injured", 1, False)]),
    ("Officers found a car with what appeared to be bullet holes.", []),
    # a relative clause the parser hangs on the verb
    ("Officers located another man two blocks away who had been shot.",
     [("injured", 1, False)]),
    ("Police found a backpack a block away that had been left.", []),
    # a body line in headline style, a spaced age
    ("Maria Lopez, 22, shot to death Sunday outside her apartment.", [("killed", 1, False)]),
    ("John Smith, 40, shot to fame in 1990.", []),
    ("17 year-old Marcus Green of Dayton was pronounced dead at the scene.",
     [("killed", 1, False)]),
    # a plural relative clause on the last of coordinated groups is about them all
    ("One woman and three men who had suffered gunshot wounds were taken to hospitals.",
     [("injured", 4, False)]),
    ("Two women and a man who was shot in the leg spoke to police.", [("injured", 1, False)]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    RECOVERING + FIGHTING_FOR_LIFE + FIRED_AND_HIT + COMA + DATELINE + BODY_VICTIMS,
)
def test_recall_rows(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert rows(nlp, text) == expected
