"""TIMEX3 values: the Timex record, the interval a DATE value covers, calendar arithmetic.

Everything here is about values, not text: '2022-12' covers Dec 1..31, 'last week' seen
from a Tuesday is `shift(anchor, "week", -1)`, and `pick` holds the news rule that an
unstated year means the nearest plausible date.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

FUTURE = "future"
PAST = "past"


@dataclass(frozen=True)
class Timex:
    """One normalized expression; `relative` says the value came from the anchor date."""

    timex_type: str  # DATE | TIME | DURATION | SET
    value: str
    granularity: str | None
    date_start: date | None
    date_end: date | None
    relative: bool


DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")  # 2022-12-07
_MONTH = re.compile(r"(\d{4})-(\d\d)")  # 2022-12
_WEEK = re.compile(r"(\d{4})-W(\d\d)(-WE)?")  # 2022-W49, 2022-W49-WE
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")  # 2022-Q3
_HALF = re.compile(r"(\d{4})-H([12])")  # 2022-H1
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")  # 2022-SU
_YEAR = re.compile(r"\d{4}")  # 2022
_DECADE = re.compile(r"(\d{3})X")  # 199X
_CENTURY = re.compile(r"\d\d")  # 19 (the 1900s)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _month_span(year: int, first: int, last: int) -> tuple[date, date]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), date(end_year, end_month, monthrange(end_year, end_month)[1])


def interval(value: str) -> tuple[str | None, date | None, date | None]:
    """(granularity, first day, last day) a DATE value covers: '2022-12' -> Dec 1..31."""
    if m := DAY.fullmatch(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return "day", day, day
    if m := _WEEK.fullmatch(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return "week", monday + timedelta(days=5), monday + timedelta(days=6)
        return "week", monday, monday + timedelta(days=6)
    if m := _MONTH.fullmatch(value):
        return ("month", *_month_span(int(m[1]), int(m[2]), int(m[2])))
    if m := _QUARTER.fullmatch(value):
        q = int(m[2])
        return ("quarter", *_month_span(int(m[1]), 3 * q - 2, 3 * q))
    if m := _HALF.fullmatch(value):
        h = int(m[2])
        return ("half", *_month_span(int(m[1]), 6 * h - 5, 6 * h))
    if m := _SEASON.fullmatch(value):
        return ("season", *_month_span(int(m[1]), *_SEASON_MONTHS[m[2]]))
    if _YEAR.fullmatch(value):
        return "year", date(int(value), 1, 1), date(int(value), 12, 31)
    if m := _DECADE.fullmatch(value):
        first = int(m[1]) * 10
        return "decade", date(max(first, 1), 1, 1), date(first + 9, 12, 31)
    if _CENTURY.fullmatch(value):
        first = int(value) * 100
        return "century", date(max(first, 1), 1, 1), date(first + 99, 12, 31)
    if value.startswith("XXXX-") and len(value) == 10:
        return "day", None, None
    return None, None, None


def date_timex(value: str, relative: bool) -> Timex:
    """A DATE Timex with its granularity and interval read off the value."""
    gran, start, end = interval(value)
    return Timex("DATE", value, gran, start, end, relative)


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def shift(anchor: date, unit: str, n: int) -> str:
    """The value `n` units away from `anchor` at the unit's granularity."""
    if unit == "day":
        return (anchor + timedelta(days=n)).isoformat()
    if unit in ("week", "weekend"):
        value = week_value(anchor + timedelta(weeks=n))
        return value + "-WE" if unit == "weekend" else value
    if unit == "month":
        return add_months(anchor, n).strftime("%Y-%m")
    if unit == "quarter":
        moved = add_months(anchor, 3 * n)
        return f"{moved.year}-Q{(moved.month - 1) // 3 + 1}"
    if unit == "year":
        return str(anchor.year + n)
    if unit == "decade":
        return f"{(anchor.year + 10 * n) // 10}X"
    if unit == "century":
        return f"{(anchor.year + 100 * n) // 100:02d}"
    return (anchor + timedelta(days=n)).isoformat()


def pick(candidates: list[date], anchor: date, tense: str | None) -> date:
    """News rule: the nearest candidate; a future tense takes the first one not before."""
    if tense == FUTURE:
        later = [c for c in candidates if c >= anchor]
        if later:
            return min(later)
    if tense == PAST:
        earlier = [c for c in candidates if c <= anchor]
        if earlier:
            return max(earlier)
    return min(candidates, key=lambda c: (abs((c - anchor).days), c > anchor))


def safe_date(year: int, month: int, day: int) -> date | None:
    """date(year, month, day), or None for Feb. 30 and friends."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """n-th given weekday (ISO number) of a month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)
