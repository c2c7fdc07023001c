"""The pure date normalizer and the publication-date guess, without a spaCy model."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.normalize.dates import FUTURE, PAST, interval, normalize
from pipeline.normalize.published import infer_published
from tests.conftest import SEED

PUB = date(2023, 1, 10)  # a Tuesday

# (expression, anchor, tense hint, type, value)
NORMALIZE = [
    ("Dec. 7", PUB, None, "DATE", "2022-12-07"),
    ("Dec. 7", PUB, PAST, "DATE", "2022-12-07"),
    ("Jan. 20", PUB, PAST, "DATE", "2023-01-20"),  # a past verb does not move a month-day
    ("Dec. 7", date(2022, 11, 30), FUTURE, "DATE", "2022-12-07"),
    ("Dec. 7", None, None, "DATE", "XXXX-12-07"),
    ("December 7th, 2022", PUB, None, "DATE", "2022-12-07"),
    ("Wednesday, Dec. 7, 2022", PUB, None, "DATE", "2022-12-07"),
    ("7th of December 2022", PUB, None, "DATE", "2022-12-07"),
    ("12/07/2022", PUB, None, "DATE", "2022-12-07"),
    ("July 2021", PUB, None, "DATE", "2021-07"),
    ("March", PUB, PAST, "DATE", "2022-03"),
    ("March", PUB, FUTURE, "DATE", "2023-03"),
    ("last April", PUB, None, "DATE", "2022-04"),
    ("June last year", PUB, None, "DATE", "2022-06"),
    ("2021", PUB, None, "DATE", "2021"),
    ("2090", PUB, None, None, None),  # too far ahead to be a year in a 2023 article
    ("the 1990s", PUB, None, "DATE", "199X"),
    ("the nineties", PUB, None, "DATE", "199X"),
    ("the 20th century", PUB, None, "DATE", "19"),
    ("the third quarter", PUB, None, "DATE", "2022-Q3"),
    ("the first quarter", PUB, None, "DATE", "2023-Q1"),
    ("Q2 2022", PUB, None, "DATE", "2022-Q2"),
    ("this summer", PUB, None, "DATE", "2023-SU"),
    ("the winter of 1994", PUB, None, "DATE", "1994-WI"),
    ("nineteen ninety-six", PUB, None, "DATE", "1996"),
    ("the year two thousand", PUB, None, "DATE", "2000"),
    ("yesterday", PUB, None, "DATE", "2023-01-09"),
    ("the day before yesterday", PUB, None, "DATE", "2023-01-08"),
    ("Monday", PUB, None, "DATE", "2023-01-09"),
    ("Tuesday", PUB, None, "DATE", "2023-01-10"),  # same day as publication
    ("Monday", PUB, FUTURE, "DATE", "2023-01-16"),
    ("last Tuesday", PUB, None, "DATE", "2023-01-03"),
    ("next week", PUB, None, "DATE", "2023-W03"),
    ("this month", PUB, None, "DATE", "2023-01"),
    ("the end of the month", PUB, None, "DATE", "2023-01"),
    ("three weeks ago", PUB, None, "DATE", "2022-W51"),
    ("a decade ago", PUB, None, "DATE", "201X"),
    ("two days later", PUB, None, "DATE", "2023-01-12"),
    ("Christmas", PUB, None, "DATE", "2022-12-25"),
    ("Easter 2022", PUB, None, "DATE", "2022-04-17"),
    ("Thanksgiving", PUB, None, "DATE", "2022-11-24"),
    ("the next day", date(2022, 12, 7), None, "DATE", "2022-12-08"),
    ("that year", date(2021, 7, 28), None, "DATE", "2021"),
    ("now", PUB, None, "DATE", "PRESENT_REF"),
    ("recently", PUB, None, "DATE", "PAST_REF"),
    ("the foreseeable future", PUB, None, "DATE", "FUTURE_REF"),
    ("6 p.m. Monday", PUB, None, "TIME", "2023-01-09T18:00"),
    ("midnight", PUB, None, "TIME", "2023-01-10T00:00"),
    ("12:30 a.m.", PUB, None, "TIME", "2023-01-10T00:30"),
    ("Thursday night", PUB, None, "TIME", "2023-01-05TNI"),
    ("18 months", PUB, None, "DURATION", "P18M"),
    ("four months", PUB, None, "DURATION", "P4M"),
    ("the last three decades", PUB, None, "DURATION", "P3DE"),
    ("twenty-four hours", PUB, None, "DURATION", "PT24H"),
    ("a year and a half", PUB, None, "DURATION", "P1Y6M"),
    ("5 1/2 hours", PUB, None, "DURATION", "PT5H30M"),
    ("half an hour", PUB, None, "DURATION", "PT30M"),
    ("a couple of weeks", PUB, None, "DURATION", "P2W"),
    ("a few days", PUB, None, "DURATION", "PXD"),
    ("weeks", PUB, None, "DURATION", "PXW"),
    ("the past year", PUB, None, "DATE", "2022"),  # TimeBank: the year before
    ("two more weeks", PUB, None, "DURATION", "P2W"),
    ("every week", PUB, None, "SET", "P1W"),
    ("every other month", PUB, None, "SET", "P2M"),
    ("every morning", PUB, None, "SET", "XXXX-XX-XXTMO"),
    ("Mondays", PUB, None, "SET", "XXXX-WXX-1"),
    ("quarterly", PUB, None, "SET", "P3M"),
    # reporting periods of business news: anchored on the last quarter before the anchor
    ("the year-ago period", PUB, None, "DATE", "2021-Q4"),
    ("the same period last year", PUB, None, "DATE", "2021-Q4"),
    ("the latest period", PUB, None, "DATE", "2022-Q4"),
    ("year-earlier", PUB, None, "DATE", "2022"),
    ("the 2021 period", PUB, None, "DATE", "2021"),
    ("the 2021 fourth quarter", PUB, None, "DATE", "2021-Q4"),
    ("next year's first quarter", PUB, None, "DATE", "2024-Q1"),
    ("the last half of 2022", PUB, None, "DATE", "2022-H2"),
    ("the full year", PUB, None, "DATE", "2023"),
    ("the fiscal year", PUB, None, "DATE", "2023"),
    ("the week", PUB, None, "DATE", "2023-W02"),
    # clock times with a time zone and a date
    ("6 p.m. EST, Dec. 9", PUB, None, "TIME", "2022-12-09T18:00"),
    ("9 a.m. GMT Friday", PUB, None, "TIME", "2023-01-06T09:00"),
    ("recent quarters", PUB, None, "DURATION", "PXQ"),
    ("coming weeks", PUB, None, "DURATION", "PXW"),
    # not temporal at all
    ("previously", PUB, None, None, None),  # relates two events, names no time
    ("formerly", PUB, None, None, None),
    ("17 large companies", PUB, None, None, None),
    ("80 percent", PUB, None, None, None),
    ("a thousand", PUB, None, None, None),
    ("45 dead", PUB, None, None, None),
    ("100M", PUB, None, None, None),
    ("may", PUB, None, None, None),
    ("a quarter", PUB, None, None, None),
    ("a second", PUB, None, None, None),
]


@pytest.mark.parametrize("text,anchor,tense,timex_type,value", NORMALIZE,
                         ids=[f"{c[0]}-{c[2]}" for c in NORMALIZE])
def test_normalize_type_and_value(text, anchor, tense, timex_type, value):
    timex = normalize(text, anchor, tense)
    got = (timex.timex_type, timex.value) if timex else (None, None)
    assert got == (timex_type, value)


@pytest.mark.parametrize("value,expected", [
    ("2022-12-07", ("day", date(2022, 12, 7), date(2022, 12, 7))),
    ("2022-12", ("month", date(2022, 12, 1), date(2022, 12, 31))),
    ("2022-W49", ("week", date(2022, 12, 5), date(2022, 12, 11))),
    ("2023-W01-WE", ("week", date(2023, 1, 7), date(2023, 1, 8))),
    ("2022-Q4", ("quarter", date(2022, 10, 1), date(2022, 12, 31))),
    ("2022-H1", ("half", date(2022, 1, 1), date(2022, 6, 30))),
    ("2022-WI", ("season", date(2022, 12, 1), date(2023, 2, 28))),
    ("2022", ("year", date(2022, 1, 1), date(2022, 12, 31))),
    ("199X", ("decade", date(1990, 1, 1), date(1999, 12, 31))),
    ("19", ("century", date(1900, 1, 1), date(1999, 12, 31))),
    ("XXXX-12-07", ("day", None, None)),
    ("PRESENT_REF", (None, None, None)),
])
def test_interval_of_date_values(value, expected):
    assert interval(value) == expected


def test_normalize_is_cached():
    assert normalize("Dec. 7", PUB) is normalize("Dec. 7", PUB)


def test_infer_published_seed_resolves_like_the_real_date():
    inferred = infer_published(SEED.read_text(encoding="utf-8"))
    assert inferred is not None
    assert normalize("Jan. 9", inferred).value == "2023-01-09"
    assert normalize("Dec. 7", inferred).value == "2022-12-07"


@pytest.mark.parametrize("text,expected", [
    ("The strike of Jan. 9, 2023 followed the Dec. 7, 2022 coup.", date(2023, 1, 9)),
    ("In March 2019 the mine closed. On Nov. 2 it reopened; on Feb. 5 it closed again.",
     date(2020, 2, 5)),
    ("He was born in 1960.", None),  # a year alone gives no day
    ("Marches resumed on Jan. 4.", None),  # a yearless day without any stated year
    ("Police counted 2020 protesters on Jan. 4.", None),  # a count is not a year
    ("", None),
])
def test_infer_published_texts(text, expected):
    assert infer_published(text) == expected
