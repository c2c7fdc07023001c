"""TIMEX3 value arithmetic: shifts by unit and the news rule for a missing year."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.normalize.timex.values import FUTURE, PAST, add_months, pick, shift

ANCHOR = date(2023, 1, 10)


@pytest.mark.parametrize("unit,n,expected", [
    ("day", -1, "2023-01-09"),
    ("week", -1, "2023-W01"),
    ("weekend", 0, "2023-W02-WE"),
    ("month", -1, "2022-12"),
    ("quarter", -1, "2022-Q4"),
    ("year", 2, "2025"),
    ("decade", -1, "201X"),
    ("century", 0, "20"),
])
def test_shift_by_unit(unit, n, expected):
    assert shift(ANCHOR, unit, n) == expected


def test_add_months_clamps_the_day():
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)


@pytest.mark.parametrize("tense,expected", [
    (None, date(2023, 1, 9)),  # nearest
    (FUTURE, date(2023, 1, 16)),
    (PAST, date(2023, 1, 9)),
])
def test_pick_follows_tense(tense, expected):
    assert pick([date(2023, 1, 9), date(2023, 1, 16)], ANCHOR, tense) == expected
