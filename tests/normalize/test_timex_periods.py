"""Reporting periods: which phrases point back at the quarter an article reports on."""

from __future__ import annotations

import pytest

from pipeline.normalize.timex.lexicon import load_lexicon
from pipeline.normalize.timex.periods import in_period, reference

LEX = load_lexicon()


@pytest.mark.parametrize("text,expected", [
    ("a year earlier", (None, 1)),
    ("two years ago", (None, 2)),
    ("A year ago", (None, 1)),
    ("year-ago", (None, 1)),
    ("the year-earlier quarter", (None, 1)),
    ("the comparable period", (None, 1)),
    ("the same period last year", (None, 1)),
    ("the latest period", (None, 0)),
    ("the quarter", (None, 0)),
    ("that quarter", (None, 0)),
    ("the 2021 period", (2021, 0)),
    ("last year", None),  # a calendar year, not the reporting period
    ("the third quarter", None),  # names a quarter itself
    ("the period", None),  # too vague alone
    ("several years ago", None),
])
def test_reference_of_phrases(text, expected):
    assert reference(LEX, text) == expected


@pytest.mark.parametrize("ref,period,expected", [
    ((None, 1), "2022-Q3", "2021-Q3"),
    ((None, 0), "2022-Q3", "2022-Q3"),
    ((2020, 0), "2022-Q3", "2020-Q3"),
    ((None, 1), "2022", None),  # not a quarter: nothing to place it in
])
def test_in_period_values(ref, period, expected):
    assert in_period(ref, period) == expected
