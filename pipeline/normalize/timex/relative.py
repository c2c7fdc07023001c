"""Handlers for expressions counted from the anchor: weekdays, 'yesterday', 'last week',
'two years ago', clock times, 'the next day' and the PRESENT/PAST/FUTURE_REF words.

The anchor is the publication date, or for narrative expressions ("the next day") the
story's day, which the component passes in instead.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pipeline.normalize.timex import absolute
from pipeline.normalize.timex.lexicon import Lexicon
from pipeline.normalize.timex.values import DAY, FUTURE, Timex, date_timex, shift


def weekday(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'Monday' -> the Monday before the anchor (after it when the verb is future)."""
    text = expr.lower()
    wd = re.search(lex.WEEKDAY, expr, re.IGNORECASE)[0].lower().rstrip(".")
    number = lex.weekdays[wd]
    part = re.search(rf"\b{lex.PART}\b", text)  # "last night", "mid-afternoon yesterday"
    if anchor is None:
        value = f"XXXX-WXX-{number}"
        return Timex("TIME" if part else "DATE", value, "day", None, None, True)
    delta = (anchor.isoweekday() - number) % 7
    if re.match(r"next\b|coming\b", text) or (tense == FUTURE and not
                                                re.match(r"last\b|past\b", text)):
        ahead = (number - anchor.isoweekday()) % 7 or 7
        day = anchor + timedelta(days=ahead)
        if text.startswith("next") and ahead < 3:
            day += timedelta(days=7)
    elif re.match(r"this\b", text):
        day = anchor - timedelta(days=delta) if delta <= 3 else (
            anchor + timedelta(days=(number - anchor.isoweekday()) % 7))
    else:
        day = anchor - timedelta(days=delta)
        if text.startswith("last") and delta == 0:
            day -= timedelta(days=7)
    if part:
        code = lex["day_parts"][part[0]]
        return Timex("TIME", f"{day.isoformat()}T{code}", "time", None, None, True)
    return date_timex(day.isoformat(), relative=True)


def relday(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'yesterday' -> anchor - 1; 'tonight' -> anchor T NI; 'last night' -> (anchor-1)TNI."""
    text = re.sub(rf"^{lex.MOD}", "", expr.lower())
    offset = 0
    if "before yesterday" in text:
        offset = -2
    elif "after tomorrow" in text:
        offset = 2
    elif "yesterday" in text or text.startswith("last"):
        offset = -1
    elif "tomorrow" in text:
        offset = 1
    part = re.search(rf"\b{lex.PART}\b", text)  # "last night", "mid-afternoon yesterday"
    code = "NI" if "tonight" in text else (lex["day_parts"][part[0]] if part else None)
    if anchor is None:
        return None
    day = anchor + timedelta(days=offset)
    if code:
        return Timex("TIME", f"{day.isoformat()}T{code}", "time", None, None, True)
    return date_timex(day.isoformat(), relative=True)


def clock(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'6 p.m. Monday' -> 2023-01-09T18:00; '10:30 a.m.' on the anchor day."""
    text = expr.lower()
    stated = re.match(lex.CLOCK, text, re.IGNORECASE)[0]
    if "noon" in stated or "midday" in stated:
        hour, minute = 12, 0
    elif "midnight" in stated:
        hour, minute = 0, 0
    else:
        parts = re.match(r"(\d{1,2})(?::(\d\d))?", stated)
        hour, minute = int(parts[1]), int(parts[2] or 0)
        said = stated[len(parts[0]):]
        evening = re.search(r"afternoon|evening|night", said) and not (
            "night" in said and hour < 5)  # "2 at night" is 02:00
        if ("p" in said or evening) and hour < 12:
            hour += 12
        elif re.search(r"a|morning", said) and hour == 12:
            hour = 0
        if hour > 23:
            return None
    rest = re.sub(rf"^(?:{lex.TZ})?,?\s*(?:on\s+)?", "", expr[len(stated):].strip())
    hhmm = f"T{hour:02d}:{minute:02d}"
    if anchor is None:
        return Timex("TIME", f"XXXX-XX-XX{hhmm}", "time", None, None, True)
    if rest:
        if re.fullmatch(lex.WEEKDAY, rest, re.IGNORECASE):
            handler = weekday
        elif re.match(lex.MONTH, rest, re.IGNORECASE):
            handler = absolute.month_day
        else:
            handler = relday
        day_timex = handler(lex, rest, anchor, tense)
        if day_timex is None or not DAY.fullmatch(day_timex.value):
            return None
        day_value = day_timex.value
    else:
        day_value = anchor.isoformat()
    return Timex("TIME", f"{day_value}{hhmm}", "time", None, None, True)


def relunit(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'last week' -> 2022-W49; 'earlier this month' -> 2023-01; 'the past year' -> 2022.

    TimeBank annotates 'the past year' as the calendar year before, like 'last year' (four
    times in five on the development splits), not as a span P1Y.
    """
    text = " ".join(expr.lower().split())
    unit = re.search(r"(week|weekend|month|year|decade|century)$", text)[1]
    rel = re.search(r"\b(this|last|next|past|coming|previous|following|current|same)\b", text)
    if rel is None:
        if text in ("the weekend", "weekend"):
            offset = 0
        else:
            return None
    else:
        offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
                  "following": 1}.get(rel[1], 0)
    if anchor is None:
        return None
    if unit == "weekend" and offset == 0 and tense != FUTURE and anchor.isoweekday() < 6:
        offset = -1
    return date_timex(shift(anchor, unit, offset), relative=True)


def period_end(lex: Lexicon, expr: str, anchor: date | None, tense: str | None
               ) -> Timex | None:
    """'year-end' -> the anchor's year; 'the end of the month' -> the anchor's month."""
    if anchor is None:
        return None
    unit = re.search(r"(year|month|week)(?!.*(?:year|month|week))", expr.lower())[1]
    return date_timex(shift(anchor, unit, 0), relative=True)


def ago(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'two years ago' -> 2021; 'three days later' -> anchor + 3 days."""
    text = " ".join(expr.lower().split())
    parts = re.match(rf"({lex.NUM})[\s-]+({lex.UNIT})", text, re.IGNORECASE)
    n = lex.number(parts[1])
    unit = lex.unit_of(parts[2])
    if unit is None or anchor is None:
        return None
    if n is None:
        return Timex("DATE", "PAST_REF" if "ago" in text or "earlier" in text
                     else "FUTURE_REF", None, None, None, True)
    sign = -1 if re.search(r"ago|earlier", text) else 1
    if unit in ("hour", "minute", "second"):
        return None
    return date_timex(shift(anchor, unit, int(round(n)) * sign), relative=True)


def narrative(lex: Lexicon, expr: str, anchor: date | None, tense: str | None
              ) -> Timex | None:
    """'the next day' -> anchor + 1 (the caller passes the narrative day as anchor)."""
    if anchor is None:
        return None
    text = " ".join(expr.lower().replace("’", "'").split())
    offset, unit = lex.narrative[text]
    value = shift(anchor, unit, offset)
    if text.endswith(("night", "evening", "morning", "afternoon")):
        code = lex["day_parts"][text.split()[-1]]
        return Timex("TIME", f"{value}T{code}", "time", None, None, True)
    return date_timex(value, relative=True)


def ref(lex: Lexicon, expr: str, anchor: date | None, tense: str | None) -> Timex | None:
    """'now' -> PRESENT_REF, 'recently' -> PAST_REF, 'the future' -> FUTURE_REF."""
    value = lex.refs.get(" ".join(expr.lower().replace("’", "'").split()))
    if value is None:
        return None
    return Timex("DATE", value, None, None, None, True)
