"""Killed and injured counts of coordinated and listed victims, sentence by sentence.

A toll is the largest figure an article gives, so one claim that counts every listed victim
("a 13-year-old and his father", "Lee and Cruz, both 19", "his wife, her sister and
himself") decides it; the negative rows keep one person described twice, a breakdown of a
figure and a survivor out of the count. Rows are (kind, count, count_low).
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from pipeline.nlp import annotate

PUBLISHED = date(2023, 1, 10)


def rows(nlp: Language, text: str) -> list[tuple]:
    return [(c.kind, c.count, c.count_low) for c in annotate(nlp, text, PUBLISHED)._.casualties]


ROWS = [
    # a crime noun's coordinated of-object
    ("Three men were detained in connection with the murder of a 15-year-old and his uncle.",
     [("arrested", 3, 3), ("killed", 2, 2)]),
    ("Police charged a neighbor in the slaying of a woman and her son.",
     [("killed", 2, 2)]),
    # a headline's list without "and", the last noun with a place
    ("2 arrested for murder of teen, father in Dyersburg",
     [("arrested", 2, 2), ("killed", 2, 2)]),
    # a headline glued to the next paragraph: the of-object's words on its own line
    ("Suspects held in murder of 9-year-old and grandfather\n\nThe family of Kemari Cole, 9, "
     "said he loved football.",
     [("killed", 2, 2)]),
    # nicknames and appositions inside the coordination
    ('Marcus "Bubba" Lee, 15, and his uncle, Ray, were killed in Dyer.',
     [("killed", 2, 2)]),
    ("Jamal Reed, 24, and Tom Holt, 31, were gunned down outside a bar.",
     [("killed", 2, 2)]),
    # an age shared by two names ("both 19"), even after a town-like name
    ("Lee and Cruz, both 19, were killed.", [("killed", 2, 2)]),
    ("Henderson and Ortiz, both 18, died at the scene.", [("killed", 2, 2)]),
    # a figure, a possessed apposition and the killer himself
    ("He killed five of his cousins, his elderly aunt and himself.", [("killed", 7, 7)]),
    ("The gunman killed his wife, her sister and then himself.", [("killed", 3, 3)]),
    # a victim after "and" the parse hung on the verb
    ("A woman was charged with murdering a 12-year-old and his mother in Alamo.",
     [("killed", 2, 2)]),
    # the bodies of a family listed with appositions
    ("Officers found the bodies of Dale Ward, his wife, Ann Ward, and their two sons.",
     [("killed", 4, 4)]),
    ("The bodies of four victims – two adults, a girl, and a baby – were found.",
     [("killed", 4, 4)]),
    # people named by a plural age: at least two
    ("The 16-year-olds were pronounced dead near the school.", [("killed", None, 2)]),
    ("Two 16-year-olds were pronounced dead near the school.", [("killed", 2, 2)]),
    # a crime-noun victim and the relative who was with him: one killed
    ("Police said the 19-year-old murder victim and his cousin had gone to the store.",
     [("killed", 1, 1)]),
    ("The murder victim and his friend were killed in the crash.", [("killed", 2, 2)]),
    # a misspelt ordinal is one person, not a figure
    ("An eight victim was taken to a hospital.", [("injured", 1, 1)]),
    ("A nine victim was found wounded later.", [("injured", 1, 1)]),
    ("Eight victims were taken to a hospital.", [("injured", 8, 8)]),
    # a figure of a group coordinated with the event noun by the parse
    ("A man was charged in the fatal shooting of a Tulsa woman and two of her sons.",
     [("killed", 3, 3)]),
    # names with ages set off by semicolons
    ("Ana M. Ruiz, 41; Carl T. Boyd, 38; and Joan P. Lee, 29, died in the fire.",
     [("killed", 3, 3)]),
    # a plural noun with the people it lists, and a second object after a comma
    ("The victims, a woman and her nephew, were killed.", [("killed", 2, 2)]),
    ("He killed a coworker, his stepdaughters, Mia and Ava, and his wife.",
     [("killed", 4, 4)]),
    ("The victims were killed.", []),
    # negatives: one person described twice, a breakdown, a non-person
    ("Smith, 52, and the father of four, was shot.", [("injured", 1, 1)]),
    ("The two teens, one girl and one boy, were hurt.", [("injured", 2, 2)]),
    ("He killed his wife and then himself.", [("killed", 2, 2)]),
    ("A man and his dog were killed.", [("killed", 1, 1)]),
    ("Officers found the body of Ron Hale, 40, in a field.", [("killed", 1, 1)]),
    ("The victim, a mother and wife, was shot dead.", [("killed", 1, 1)]),
    ("Jones, a teacher, and Smith, a nurse, were killed.", [("killed", 2, 2)]),
    # a second paragraph's name is not one more victim of the first line
    ("A teen was killed Friday\n\nand Dwight Moss, 30, spoke at the vigil.",
     [("killed", 1, 1)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_coordinated_victims(nlp: Language, text: str, expected: list[tuple]) -> None:
    assert rows(nlp, text) == expected
