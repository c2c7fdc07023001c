"""Handlers for expressions that name a calendar position: dates, months, years, quarters.

Each handler turns one rule's whole expression into a Timex, or None when the text turns
out not to be a date. A missing year is filled from the anchor (the publication date) by
the news rule in `values.pick`; a stated year makes the value absolute.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser
from dateutil.easter import easter
from text_to_num import text2num

from pipeline.normalize.timex.lexicon import CENTURY_ORDINALS, DECADE_WORDS, ORDINALS, Lexicon
from pipeline.normalize.timex.values import (
    FUTURE,
    PAST,
    Timex,
    date_timex,
    nth_weekday,
    pick,
    safe_date,
)

# How far ahead a month-day may lie when the verb is past ("was set for Jan. 14").
PAST_REACH_DAYS = 30


@lru_cache(maxsize=20000)
def dateparse(text: str) -> date | None:
    """Absolute dates with all three parts stated; dateparser reads the odd formats."""
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "DATE_ORDER": "MDY",
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": datetime(2000, 1, 1),
        },
    )
    return parsed.date() if parsed else None


def full_date(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'Dec. 7, 2022', '7 December 2022', '12/07/2022' (month first, as US news writes)."""
    text = re.sub(r"^(?:[A-Za-z]+\.?,?\s+)(?=[A-Z][a-z]+\.?\s*\d)", "", expr)
    text = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text).replace(" of ", " ")
    parsed = dateparse(text)
    if parsed is None:
        return None
    return date_timex(parsed.isoformat(), relative=False)


def month_day(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'Dec. 7' -> the nearest Dec. 7 to the anchor (2022-12-07 from 2023-01-10)."""
    text = re.sub(rf"^{lex.WEEKDAY},?\s+", "", expr, flags=re.IGNORECASE)
    month_text = re.search(lex.MONTH, text, re.IGNORECASE)
    day_text = re.search(r"\d+", text)
    if not month_text or not day_text:
        return None
    month, day = lex.month_of(month_text[0]), int(day_text[0])
    if month is None or safe_date(2000, month, day) is None:
        return None
    if anchor is None:
        return Timex("DATE", f"XXXX-{month:02d}-{day:02d}", "day", None, None, True)
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [d for y in years if (d := safe_date(y, month, day))]
    # A future verb moves the choice; a past one ("was set for Jan. 14") only when the
    # nearest date is months ahead ("he was shot on Oct. 23", written in May).
    chosen = pick(candidates, anchor, tense if tense == FUTURE else None)
    if tense == PAST and (chosen - anchor).days > PAST_REACH_DAYS:
        chosen = pick(candidates, anchor, PAST)
    return date_timex(chosen.isoformat(), relative=True)


def month_year(lex: Lexicon, expr: str, anchor: date | None, tense: str | None
               ) -> Timex | None:
    """'July 2021' -> 2021-07."""
    month = lex.month_of(re.search(lex.MONTH, expr, re.IGNORECASE)[0])
    year = int(re.search(r"\d{4}", expr)[0])
    return date_timex(f"{year}-{month:02d}", relative=False)


def month(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'December' -> nearest December; 'last April' -> the April before the anchor."""
    text = expr.lower()
    number = lex.month_of(re.search(lex.MONTH, expr, re.IGNORECASE)[0])
    if number is None:
        return None
    if anchor is None:
        return Timex("DATE", f"XXXX-{number:02d}", "month", None, None, True)
    first = anchor.replace(day=1)
    candidates = [date(anchor.year + k, number, 1) for k in (-1, 0, 1)]
    if "this year" in text or re.match(r"this\b", text):
        chosen = date(anchor.year, number, 1)
    elif "last year" in text:
        chosen = date(anchor.year - 1, number, 1)
    elif "next year" in text:
        chosen = date(anchor.year + 1, number, 1)
    elif re.match(r"last\b", text):
        chosen = max(c for c in candidates if c < first)
    elif re.match(r"next\b", text):
        chosen = min(c for c in candidates if c > first)
    else:
        chosen = pick(candidates, first, tense)
    return date_timex(chosen.strftime("%Y-%m"), relative=True)


def year(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'2021', 'fiscal 1989', 'mid-1996' -> the year."""
    number = int(re.search(r"\d{4}", expr)[0])
    if number < 1000 or (anchor is not None and number > anchor.year + 30):
        return None
    return date_timex(str(number), relative=False)


def spelled_year(lex: Lexicon, expr: str, anchor: date | None, tense: str | None
                 ) -> Timex | None:
    """'nineteen ninety-six' -> 1996; 'the year two thousand' -> 2000."""
    text = re.sub(r"^the\s+year\s+", "", " ".join(expr.lower().replace("-", " ").split()))
    words = text.replace(" and ", " ").split()
    try:
        if words[0] == "two" and words[1] == "thousand":
            number = 2000 + (text2num(" ".join(words[2:]), "en") if words[2:] else 0)
        else:
            tail = " ".join(words[1:])
            number = text2num(words[0], "en") * 100 + (
                0 if tail == "hundred" else text2num(tail, "en"))
    except (ValueError, IndexError):
        return None
    return date_timex(str(number), relative=False)


def decade(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'the 1990s' -> 199X; 'the nineties' -> 199X; "the '80s" -> 198X."""
    text = expr.lower()
    if d := re.search(r"(1[0-9]|20)(\d)0['’]?s", text):
        return date_timex(f"{d[1]}{d[2]}X", relative=False)
    if d := re.search(r"['’](\d)0s", text):
        digit = int(d[1])
    else:
        digit = next(v for k, v in DECADE_WORDS.items() if k in text)
    century = 19 if "nineteen" in text or anchor is None else None
    if century is None:
        century = anchor.year // 100 if digit * 10 <= anchor.year % 100 else (
            anchor.year // 100 - 1)
    return date_timex(f"{century}{digit}X", relative=century is not None and
                      "nineteen" not in text)


def century(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'the 20th century' -> 19 (TIMEX3 counts centuries by their first two digits)."""
    text = expr.lower()
    n = re.search(r"(\d{1,2})(?:st|nd|rd|th)", text)
    number = int(n[1]) if n else next(v for k, v in CENTURY_ORDINALS.items() if k in text)
    return date_timex(f"{number - 1:02d}", relative=False)


def quarter(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'the third quarter' -> 2022-Q3 (latest one begun); 'the first half of 2022'."""
    text = expr.lower()
    year_m = re.search(r"\d{4}", text)
    half = "half" in text
    ordinal = re.search(r"first|second|third|fourth|1st|2nd|3rd|4th|\bq([1-4])", text)
    if ordinal:
        n = int(ordinal[1]) if ordinal[1] else ORDINALS[ordinal[0]]
    else:
        n = None
    if n is None and year_m and re.search(r"\blast\b", text):
        n = 2 if half else 4  # "the last half of 1989", "the last quarter of 2022"
    if half and (n is None or n > 2):
        return None
    if n is None and not re.search(r"\bthe\b|latest|last|current|next|previous|past|"
                                   r"this|year-ago|year-earlier", text):
        return None
    months = 6 if half else 3
    label = "H" if half else "Q"
    if year_m:
        if n is None:
            return None
        return date_timex(f"{year_m[0]}-{label}{n}", relative=False)
    if anchor is None:
        return Timex("DATE", f"XXXX-{label}{n or 'X'}", "half" if half else "quarter",
                     None, None, True)
    current = (anchor.month - 1) // months + 1
    number = anchor.year
    said_year = re.search(r"\b(last|this|next) year's", text)
    if said_year:  # "next year's first quarter"
        number += {"last": -1, "this": 0, "next": 1}[said_year[1]]
    if "year-ago" in text or "year-earlier" in text:
        number -= 1
    if n is None:  # "the quarter", "the latest quarter": the last one reported
        n = current
        if re.search(r"next", text):
            n += 1
        elif not re.search(r"current|this", text):
            n -= 1
        if n < 1:
            n, number = n + 12 // months, number - 1
        if n > 12 // months:
            n, number = 1, number + 1
    elif n > current and tense != FUTURE and "next" not in text and not said_year:
        number -= 1 if "year-ago" not in text and "year-earlier" not in text else 0
    return date_timex(f"{number}-{label}{n}", relative=True)


def season(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'last summer' -> 2022-SU; 'the winter of 1994' -> 1994-WI."""
    text = expr.lower()
    name = re.search(lex.SEASON, text)[0]
    code = lex["seasons"][name]["code"]
    if y := re.search(r"\d{4}", text):
        return date_timex(f"{y[0]}-{code}", relative=False)
    if not re.search(r"\b(?:this|last|next|the|early|late|mid)\b", text):
        return None
    if anchor is None:
        return Timex("DATE", f"XXXX-{code}", "season", None, None, True)
    first = lex["seasons"][name]["months"][0]
    candidates = [date(anchor.year + k, first, 1) for k in (-1, 0, 1)]
    if re.search(r"\b(?:last|past)\b", text):
        chosen = max(c for c in candidates if c <= anchor - timedelta(days=90))
    elif re.search(r"\bnext\b", text):
        chosen = min(c for c in candidates if c > anchor)
    else:
        chosen = pick(candidates, anchor, tense)
    return date_timex(f"{chosen.year}-{code}", relative=True)


def holiday(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'Christmas' -> the nearest Dec. 25; 'Easter 2022' -> 2022-04-17."""
    text = " ".join(expr.lower().replace("’", "'").split())
    year_m = re.search(r"\d{4}", text)
    name = re.sub(r"^(?:last|this|next)\s+|\s+\d{4}$", "", text)
    if year_m:
        day = holiday_date(name, int(year_m[0]), lex.holidays)
        return date_timex(day.isoformat(), relative=False) if day else None
    if anchor is None:
        fixed = lex.holidays.get(name)
        if fixed is None:
            return None
        return Timex("DATE", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}", "day", None, None, True)
    candidates = [d for k in (-1, 0, 1)
                  if (d := holiday_date(name, anchor.year + k, lex.holidays))]
    if not candidates:
        return None
    if text.startswith("last"):
        chosen = max(c for c in candidates if c < anchor)
    elif text.startswith("next"):
        chosen = min(c for c in candidates if c > anchor)
    else:
        chosen = pick(candidates, anchor, tense)
    return date_timex(chosen.isoformat(), relative=True)


def holiday_date(name: str, year: int, fixed: dict[str, tuple[int, int]]) -> date | None:
    """The day of a holiday in a year: fixed ones from the lexicon, movable ones computed."""
    if name in fixed:
        month_number, day = fixed[name]
        return date(year, month_number, day)
    computed = {
        "easter": lambda: easter(year),
        "easter sunday": lambda: easter(year),
        "good friday": lambda: easter(year) - timedelta(days=2),
        "easter monday": lambda: easter(year) + timedelta(days=1),
        "thanksgiving": lambda: nth_weekday(year, 11, 4, 4),
        "thanksgiving day": lambda: nth_weekday(year, 11, 4, 4),
        "memorial day": lambda: nth_weekday(year, 5, 1, -1),
        "labor day": lambda: nth_weekday(year, 9, 1, 1),
        "mother's day": lambda: nth_weekday(year, 5, 7, 2),
        "father's day": lambda: nth_weekday(year, 6, 7, 3),
    }
    make = computed.get(name)
    return make() if make else None
