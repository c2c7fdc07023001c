"""Handlers for amounts of time and for repetitions: DURATION ('18 months' -> P18M) and
SET ('every week' -> P1W, 'Mondays' -> XXXX-WXX-1). Neither needs the anchor.
"""

from __future__ import annotations

import re
from datetime import date

from pipeline.normalize.timex.lexicon import Lexicon, alt
from pipeline.normalize.timex.values import Timex

_SMALLER = {"year": ("M", 12), "month": ("D", 30), "day": ("TH", 24), "hour": ("TM", 60),
            "week": ("D", 7), "decade": ("Y", 10), "minute": ("TS", 60)}


def _period(amount: str, code: str) -> str:
    """'18', 'M' -> P18M; '24', 'TH' -> PT24H (time units take the T designator)."""
    return f"PT{amount}{code[1:]}" if code.startswith("T") else f"P{amount}{code}"


def duration(lex: Lexicon, expr: str, anchor: date | None, tense: str | None
             ) -> Timex | None:
    """'18 months' -> P18M; 'the last three decades' -> P3DE; 'several weeks' -> PXW."""
    text = " ".join(expr.lower().split()).removesuffix("-long")  # "a day-long siege"
    parts = re.search(rf"({lex.NUM})((?:\s+and\s+a\s+half)?)[\s-]+{lex.MORE}({lex.UNIT})"
                      r"((?:\s+and\s+a\s+half)?)", text, re.IGNORECASE)
    if parts is None:  # "day-long" is one day, "decades-long" some decades
        return vague_duration(lex, text, anchor, tense) if text.endswith("s") else duration(
            lex, f"a {text}", anchor, tense)
    unit = lex.unit_of(parts[3])
    if unit is None or unit == "weekend":
        return None
    number_text = parts[1]
    if number_text in ("a", "an") and (unit in ("quarter", "second", "season") or (
            parts[3].endswith("s"))):
        return None  # "a quarter of the votes", "a second round", "a decades-long feud"
    n = lex.number(number_text)
    spec = lex.units[unit]
    if n is not None:
        n *= spec.get("factor", 1)
        if parts[2] or parts[4]:
            n += 0.5 * spec.get("factor", 1)
        if n != int(n):
            return fractional(lex, n, unit)
        amount = str(int(n))
    else:
        amount = "X"
    return Timex("DURATION", _period(amount, spec["code"]), spec["granularity"], None, None,
                 False)


def fractional(lex: Lexicon, n: float, unit: str) -> Timex:
    """'a year and a half' -> P1Y6M; 'half an hour' -> PT30M; '5 1/2 hours' -> PT5H30M."""
    code = lex.units[unit]["code"]
    small, factor = _SMALLER.get(unit, ("D", 1))
    whole, rest = int(n), int(round((n - int(n)) * factor))
    parts = [(whole, code), (rest, small)]
    date_part = "".join(f"{a}{c}" for a, c in parts if a and not c.startswith("T"))
    time_part = "".join(f"{a}{c[1:]}" for a, c in parts if a and c.startswith("T"))
    value = "P" + date_part + (f"T{time_part}" if time_part else "")
    return Timex("DURATION", value, lex.units[unit]["granularity"], None, None, False)


def vague_duration(lex: Lexicon, expr: str, anchor: date | None, tense: str | None
                   ) -> Timex | None:
    """'years' -> PXY; 'recent months' -> PXM ('the past few weeks' is `duration`)."""
    text = " ".join(expr.lower().split()).removesuffix("-long")  # "decades-long"
    unit = lex.unit_of(text.split()[-1])
    if unit is None or text == "recent years":  # a PAST_REF, as TimeML has it
        return None
    return Timex("DURATION", _period("X", lex.units[unit]["code"]),
                 lex.units[unit]["granularity"], None, None, False)


def repeated(lex: Lexicon, expr: str, anchor: date | None, tense: str | None
             ) -> Timex | None:
    """'every week' -> P1W; 'each Thursday' -> XXXX-WXX-4; 'twice a year' -> P1Y."""
    text = " ".join(expr.replace("’", "'").split())
    low = text.lower()
    if low in lex.set_words and text in lex.set_words:
        value = lex.set_words[low]
        return Timex("SET", value, _set_granularity(value), None, None, False)
    wd = re.search(rf"(?-i:{alt(lex['weekdays'])})(?:s?$|\s+({lex.PART})s$)", text)
    if wd:  # "each Thursday", "Mondays", "Tuesday nights" (XXXX-WXX-2TNI)
        word = wd[0].split()[0].lower().rstrip(".")
        day = lex.weekdays.get(word) or lex.weekdays[word[:-1]]  # "mondays"
        part = f"T{lex['day_parts'][wd[1].lower()]}" if wd[1] else ""
        return Timex("SET", f"XXXX-WXX-{day}{part}", "day", None, None, False)
    month = re.match(rf"(?:every|each)\s+({lex.MONTH})$", text, re.IGNORECASE)
    if month:  # "each July" -> XXXX-07
        return Timex("SET", f"XXXX-{lex.month_of(month[1]):02d}", "month", None, None, False)
    season = re.match(rf"(?:every|each)\s+({lex.SEASON})$", low)
    if season:  # "every summer" -> XXXX-SU
        return Timex("SET", f"XXXX-{lex['seasons'][season[1]]['code']}", "quarter", None,
                     None, False)
    if low.startswith(("every", "each")):
        part = re.search(rf"{lex.PART}$", low)
        if part:
            value = f"XXXX-XX-XXT{lex['day_parts'][part[0]]}"
            return Timex("SET", value, "time", None, None, False)
    unit_m = re.search(rf"({lex.UNIT})$", low, re.IGNORECASE)
    unit = lex.unit_of(unit_m[1]) if unit_m else None
    if unit is None:
        return None
    amount = 1
    if low.startswith(("every", "each")):
        num = re.match(rf"(?:every|each)\s+(?:other\s+)?({lex.NUM})\s", low)
        if num and lex.number(num[1]):
            amount = int(lex.number(num[1]))
        if "other" in low:
            amount *= 2
    return Timex("SET", _period(str(amount), lex.units[unit]["code"]),
                 lex.units[unit]["granularity"], None, None, False)


def _set_granularity(value: str) -> str | None:
    return {"D": "day", "W": "week", "M": "month", "Y": "year", "H": "hour"}.get(value[-1])
