"""Guess when an undated article was published, from the dates it mentions.

News mostly looks back: the latest day an article mentions is close to its publication
day. Stated years ("in July 2022", "Dec. 7, 2022") set a floor; a yearless month-day
("Jan. 9") is the first such day on or after that floor, so an article that mentions July
2022 and then "Dec. 7" and "Jan. 9" gives 2022-12-07 and 2023-01-09, and the guess is the
latest of them. No day-level evidence: no guess (None).
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.normalize.dates import DateNormalizer, get_normalizer, safe_date

_FULL_DATE_RULES = {"month_day_year", "day_month_year", "numeric"}
_YEARLESS_RULES = {"month_day", "day_month"}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]*$")


def infer_published(text: str, models_dir: str | None = None) -> date | None:
    """The latest day the text mentions, yearless days placed after the stated years."""
    norm = get_normalizer(models_dir)
    floor: date | None = None
    days: list[date] = []
    yearless: list[tuple[int, int]] = []
    for start, end, rule in _longest(norm.find(text)):
        expression = text[start:end]
        if rule in _FULL_DATE_RULES:
            timex = norm.normalize(expression, None)
            if timex and timex.date_start:
                days.append(timex.date_start)
                floor = max(floor or timex.date_start, timex.date_start)
        elif rule in ("month_year", "year") and _is_stated_year(norm, text, start, rule):
            timex = norm.normalize(expression, None)
            if timex and timex.date_start:
                floor = max(floor or timex.date_start, timex.date_start)
        elif rule in _YEARLESS_RULES:
            month_day = _month_day(norm, expression)
            if month_day:
                yearless.append(month_day)
    if floor is not None:
        days.extend(d for md in yearless if (d := _first_on_or_after(md, floor)))
    return max(days) if days else None


def _longest(candidates) -> list[tuple[int, int, str]]:
    """Keep the longest of overlapping candidates ('Dec. 7, 2022' over 'Dec. 7')."""
    kept: list[tuple[int, int, str]] = []
    for start, end, rule in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, rule))
    return kept


def _is_stated_year(norm: DateNormalizer, text: str, start: int, rule: str) -> bool:
    """'in 2021', 'July 2022': a year, not a count ('2020 protesters')."""
    if rule == "month_year":
        return True
    word = _WORD_BEFORE.search(text[max(0, start - 20):start])
    return bool(word) and word[1].lower() in set(norm.lex["year_cues"])


def _month_day(norm: DateNormalizer, expression: str) -> tuple[int, int] | None:
    timex = norm.normalize(expression, None)
    if timex is None or not timex.value.startswith("XXXX-"):
        return None
    month, day = timex.value[5:7], timex.value[8:10]
    return int(month), int(day)


def _first_on_or_after(month_day: tuple[int, int], floor: date) -> date | None:
    for year in (floor.year, floor.year + 1):
        day = safe_date(year, *month_day)
        if day and day >= floor:
            return day
    return None
