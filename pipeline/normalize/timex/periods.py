"""Reporting periods of business news: 'the year', 'the year-ago period', 'a year earlier'.

Earnings stories name a quarter ("the third quarter") and then point back at it: "the
quarter", "the latest period", "the year-ago period", "a year earlier" all mean that
quarter, or the same quarter a year before. Alone, these phrases get a value from the
anchor (handlers below); `in_period` re-values them once the component knows which quarter
the article reports on.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.normalize.timex.lexicon import Lexicon, alt
from pipeline.normalize.timex.values import Timex, date_timex, shift

_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")
_STATED_YEAR = re.compile(r"\b(\d{4})\b")


def period_pattern(lex: Lexicon) -> str:
    """'the year-ago period', 'the comparable year-earlier quarter', 'the 1988 period',
    'the same period last year', 'that quarter', and 'year-ago' alone ('a year-ago loss')."""
    words = alt(list(lex["period_back_words"]) + list(lex["period_same_words"]))
    return (rf"(?:the|that)\s+(?:(?:{words}|{lex.YEAR})\s+)+{alt(lex['period_nouns'])}"
            r"(?:\s+(?:a\s+year\s+ago|last\s+year))?|that\s+quarter|year-(?:ago|earlier)")


def current_pattern() -> str:
    """'the year', 'the full year', 'the fiscal year', 'the week' (not 'the year 1990')."""
    return (r"the\s+(?:full\s+|fiscal\s+)?(?:year|month|week)(?![\w-])"
            r"(?!\s+(?:of|\d|two|nineteen)\b)")


def current(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'the year' -> the anchor's year ('sales for the year rose'); 'the week' -> its week."""
    if anchor is None:
        return None
    unit = re.search(r"(year|month|week)$", expr.lower())[1]
    return date_timex(shift(anchor, unit, 0), relative=True)


def ending_span(lex: Lexicon, expr: str) -> Timex:
    """'the year' before 'ended March 31' -> P1Y: twelve months up to a day, not 2023."""
    unit = re.search(r"(year|month|week)$", expr.lower())[1]
    spec = lex.units[unit]
    return Timex("DURATION", f"P1{spec['code']}", spec["granularity"], None, None, False)


def reference(lex: Lexicon, expr: str) -> tuple[int | None, int] | None:
    """(stated year, years back) when `expr` points at the reporting period, else None.

    'a year earlier' -> (None, 1); 'the year-ago period' -> (None, 1); 'the quarter' ->
    (None, 0); 'the 1988 period' -> (1988, 0); 'last year' -> None (a calendar year).
    """
    text = " ".join(expr.lower().replace("’", "'").split())
    if m := re.fullmatch(rf"({lex.NUM})\s+years?\s+(?:ago|earlier)", text):
        n = lex.number(m[1])
        return (None, int(n)) if n else None
    if re.fullmatch(r"year-(?:ago|earlier)", text):
        return None, 1
    if re.fullmatch(r"(?:the|that)\s+(?:latest\s+)?quarter", text):
        return None, 0
    if not re.fullmatch(period_pattern(lex), text, re.IGNORECASE):
        return None
    stated = _STATED_YEAR.search(text)
    back = any(w in text for w in lex["period_back_words"]) or text.endswith(
        ("a year ago", "last year"))
    return (int(stated[1]) if stated else None), int(back)


def in_period(ref: tuple[int | None, int], period: str) -> str | None:
    """The value of a reference inside the reporting quarter `period` ('1989-Q3')."""
    m = _QUARTER_VALUE.fullmatch(period)
    if m is None:
        return None
    stated, back = ref
    return f"{stated or int(m[1]) - back}-Q{m[2]}"


def reporting(lex: Lexicon, expr: str, anchor: date | None, tense: str | None
              ) -> Timex | None:
    """Without the article's quarter: the last quarter before the anchor, a year back for
    'year-ago' words; 'year-ago' alone -> the year before; 'the 1988 period' -> 1988."""
    ref = reference(lex, expr)
    if ref is None or anchor is None:
        return None
    stated, back = ref
    if stated:
        return date_timex(str(stated), relative=False)
    if re.fullmatch(r"year-(?:ago|earlier)", expr.lower()):
        return date_timex(str(anchor.year - back), relative=True)
    last_quarter = shift(anchor, "quarter", -1)
    return date_timex(in_period((None, back), last_quarter), relative=True)
