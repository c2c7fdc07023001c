"""The pattern-table normalizer: temporal expressions of a language whose patterns are data.

models/<lang>/dates.yaml (`engine: patterns`, e.g. Spanish) lists its patterns in priority
order, each with the kind of expression it matches; this module fills the placeholders
({MONTH}, {NUM}...) from the same file's word lists, finds the expressions in running text
and values them. Absolute dates are read by dateparser with the file's language set
("7 de diciembre de 2022"); everything relative uses the shared TIMEX3 arithmetic in
values.py, so "hace dos semanas" and "two weeks ago" give the same value. Same interface
as DateNormalizer, so pipeline/components/dates.py serves both. Pure: no spaCy here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser
from text_to_num import text2num

from pipeline.normalize.timex.durations import _period
from pipeline.normalize.timex.lexicon import alt
from pipeline.normalize.timex.values import (
    FUTURE,
    PAST,
    Timex,
    date_timex,
    pick,
    safe_date,
    shift,
)

KINDS_NEEDING_ANCHOR = {"month_day", "month", "weekday", "relday", "last_night", "this_part",
                        "relunit", "ago", "clock", "year_part", "narrative", "narrative_shift"}


class PatternLexicon:
    """models/<lang>/dates.yaml as lookups and the placeholder fragments of its patterns."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self.language = data["dateparser_language"]
        self.months = {k.lower(): v for k, v in data["months"].items()}
        self.abbreviations = {k.lower(): v for k, v in
                              (data.get("month_abbreviations") or {}).items()}
        self.weekdays = {k.lower(): v for k, v in data["weekdays"].items()}
        self.unit_words = {k.lower(): v for k, v in data["unit_words"].items()}
        self.units = dict(data["units"])
        self.day_parts = dict(data["day_parts"])
        self.relative_days = {" ".join(k.split()): v for k, v in data["relative_days"].items()}
        self.narrative = {k: tuple(v) for k, v in data["narrative"].items()}
        self.refs = {**{w: "FUTURE_REF" for w in data["future_ref"]},
                     **{w: "PAST_REF" for w in data["past_ref"]},
                     **{w: "PRESENT_REF" for w in data["present_ref"]}}
        self.number_table = dict(data["number_table"])
        self.vague = {" ".join(v.split()) for v in data["vague_numbers"]}
        self.next_words = set(data["next_words"])
        self.last_words = set(data["last_words"])
        self.this_words = set(data["this_words"])
        num = alt(data["number_words"])
        self.NUM = (rf"(?:\d{{1,3}}(?:\.\d{{3}})+|\d+|{num}(?:\s+y\s+{num})?|"
                    rf"{alt(data['vague_numbers'])})")
        self.CLOCK = r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s+de\s+la\s+" + alt(self.day_parts)
        self.fragments = {
            "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:\.?º)?(?!\d)", "YEAR": r"(?:19\d\d|20\d\d)",
            "MONTH": alt(self.months), "ABBR": alt(self.abbreviations) if self.abbreviations
            else "(?!)", "WEEKDAY": alt(self.weekdays), "NUM": self.NUM,
            "UNIT": alt(self.unit_words), "PART": alt(self.day_parts),
            "NEXT": alt(self.next_words), "LAST": alt(self.last_words),
            "THIS": alt(self.this_words), "RELDAY": alt(self.relative_days),
            "REF": alt(self.refs), "NARRATIVE": alt(self.narrative),
            "SHIFT": alt(data["narrative_shift_words"]),
            "HOUR": r"(?:[01]?\d|2[0-3])", "MINUTE": r"[0-5]\d",
        }
        self.age_before = re.compile(rf"\b{alt(data['age_nouns'])}\s+de\s+$", re.IGNORECASE)

    def __getitem__(self, key: str):
        return self.data[key]

    def fill(self, template: str) -> str:
        """'{DAY}\\s+de\\s+{MONTH}' -> the regex, each placeholder a named group."""
        return re.sub(r"\{([A-Z]+)\}",
                      lambda m: f"(?P<{m[1].lower()}>{self.fragments[m[1]]})", template)

    def number(self, text: str) -> float | None:
        """'18' -> 18, 'dos' -> 2, 'treinta y dos' -> 32, 'varias' -> None (vague)."""
        t = " ".join(text.lower().split())
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+|\d+", t):
            return float(t.replace(".", ""))
        if t in self.number_table:
            return float(self.number_table[t])
        if t in self.vague:
            return None
        try:
            return float(text2num(t, self.language))
        except ValueError:
            return None


@dataclass(frozen=True)
class PatternRule:
    name: str  # the kind: full_date, month_day, weekday ...
    pattern: re.Pattern  # searches running text (word-bounded)
    full: re.Pattern  # matches one whole expression


Handler = Callable[[PatternLexicon, re.Match, date | None, str | None], Timex | None]


class PatternNormalizer:
    """Finds and values temporal expressions with the pattern table of one language."""

    def __init__(self, lexicon: PatternLexicon) -> None:
        self.lex = lexicon
        self.rules = [
            PatternRule(spec["kind"],
                        re.compile(rf"(?<![\w-])(?:{lexicon.fill(spec['pattern'])})(?![\w])",
                                   re.IGNORECASE),
                        re.compile(lexicon.fill(spec["pattern"]), re.IGNORECASE))
            for spec in lexicon["patterns"]
        ]
        unknown = {r.name for r in self.rules} - set(HANDLERS)
        if unknown:
            raise ValueError(f"dates.yaml patterns: unknown kind(s) {sorted(unknown)}; "
                             f"expected one of {sorted(HANDLERS)}")
        self.normalize = lru_cache(maxsize=20000)(self._normalize)

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Every (start, end, kind) candidate; overlaps are the caller's (longest wins)."""
        for rule in self.rules:
            for m in rule.pattern.finditer(text):
                if rule.name == "duration" and self.lex.age_before.search(
                        text, max(0, m.start() - 30), m.start()):
                    continue  # "un adolescente de 17 años" is an age
                yield m.start(), m.end(), rule.name

    def _normalize(self, text: str, anchor: date | None, tense: str | None = None
                   ) -> Timex | None:
        clean = " ".join(text.split())
        for rule in self.rules:
            m = rule.full.fullmatch(clean)
            if m is None or (anchor is None and rule.name in KINDS_NEEDING_ANCHOR):
                continue
            timex = HANDLERS[rule.name](self.lex, m, anchor, tense)
            if timex is not None:
                return timex
        return None

    # The reporting-period logic of English business news has no counterpart here.
    def period_reference(self, text: str) -> None:
        return None

    def in_period(self, text: str, period: str) -> None:
        return None

    def ending_span(self, text: str) -> Timex | None:
        return None

    def is_narrative(self, text: str) -> bool:
        """'al día siguiente', 'dos días después': valued from the story's day."""
        clean = " ".join(text.lower().split())
        return clean in self.lex.narrative or any(
            r.name == "narrative_shift" and r.full.fullmatch(clean) for r in self.rules)

    def narrative_unit(self, text: str) -> str:
        clean = " ".join(text.lower().split())
        if clean in self.lex.narrative:
            return self.lex.narrative[clean][1]
        for rule in self.rules:
            if rule.name == "narrative_shift" and (m := rule.full.fullmatch(clean)):
                unit = self.lex.unit_words[m["unit"].lower()]
                return unit if unit in ("day", "week", "month", "year") else "day"
        return "day"


# -- handlers: (lexicon, match, anchor, tense) -> Timex | None
def _parsed(lex: PatternLexicon, text: str, anchor: date | None) -> date | None:
    """dateparser in the lexicon's language: '7 de diciembre de 2022' -> 2022-12-07."""
    base = datetime.combine(anchor, datetime.min.time()) if anchor else None
    settings = {"DATE_ORDER": "DMY", **({"RELATIVE_BASE": base} if base else {})}
    found = _dateparse(text, lex.language, tuple(settings.items()))
    return found.date() if found else None


@lru_cache(maxsize=4096)
def _dateparse(text: str, language: str, settings: tuple) -> datetime | None:
    return dateparser.parse(text, languages=[language], settings=dict(settings))


def full_date(lex, m, anchor, tense):
    """'7 de diciembre de 2022' -> 2022-12-07 (dateparser)."""
    day = _parsed(lex, f"{int(m['day'].rstrip('.º'))} de {m['month']} de {m['year']}", None)
    return date_timex(day.isoformat(), relative=False) if day else None


def month_day(lex, m, anchor, tense):
    """'9 de enero' -> the nearest 9 January to the anchor (a future verb looks ahead)."""
    groups = m.groupdict()
    name = groups.get("month") or groups["abbr"]
    number = lex.months.get(name.lower()) or lex.abbreviations[name.lower()]
    parsed = _parsed(lex, f"{int(m['day'].rstrip('.º'))}/{number}", anchor)
    if parsed is None:
        return None
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [d for y in years if (d := safe_date(y, parsed.month, parsed.day))]
    chosen = pick(candidates, anchor, tense if tense == FUTURE else None)
    return date_timex(chosen.isoformat(), relative=True)


def month_year(lex, m, anchor, tense):
    """'abril de 2024' -> 2024-04."""
    return date_timex(f"{m['year']}-{lex.months[m['month'].lower()]:02d}", relative=False)


def month(lex, m, anchor, tense):
    """'diciembre' -> the nearest December; 'el próximo abril' -> the next one."""
    number = lex.months[m["month"].lower()]
    first = anchor.replace(day=1)
    candidates = [date(anchor.year + k, number, 1) for k in (-1, 0, 1)]
    groups = m.groupdict()
    if groups.get("next"):
        chosen = min(c for c in candidates if c > first)
    elif groups.get("last"):
        chosen = max(c for c in candidates if c < first)
    else:
        chosen = pick(candidates, first, tense)
    return date_timex(chosen.strftime("%Y-%m"), relative=True)


def year(lex, m, anchor, tense):
    """'2024' -> 2024."""
    return date_timex(m["year"], relative=False)


def year_part(lex, m, anchor, tense):
    """'a inicios de año' -> the anchor's year."""
    return date_timex(str(anchor.year), relative=True)


def weekday(lex, m, anchor, tense):
    """'el lunes' -> the Monday before the anchor; 'el próximo lunes' -> the one after."""
    number = lex.weekdays[m["weekday"].lower()]
    delta = (anchor.isoweekday() - number) % 7
    groups = m.groupdict()
    if groups.get("next") or (tense == FUTURE and not groups.get("last")):
        day = anchor + timedelta(days=(number - anchor.isoweekday()) % 7 or 7)
    elif groups.get("this"):
        day = anchor - timedelta(days=delta) if delta <= 3 else (
            anchor + timedelta(days=(number - anchor.isoweekday()) % 7))
    else:
        day = anchor - timedelta(days=delta)
        if groups.get("last") and delta == 0:
            day -= timedelta(days=7)
    return _at_part(lex, day, groups.get("part"))


def _at_part(lex: PatternLexicon, day: date, part: str | None) -> Timex:
    """A day, or a TIME on it for 'por la tarde' (TAF), 'mediodía' (T12:00)."""
    if not part:
        return date_timex(day.isoformat(), relative=True)
    code = lex.day_parts[part.lower()]
    return Timex("TIME", f"{day.isoformat()}T{code}", "time", None, None, True)


def relday(lex, m, anchor, tense):
    """'ayer' -> anchor - 1; 'ayer por la tarde' -> (anchor - 1)TAF."""
    offset = lex.relative_days[" ".join(m["relday"].lower().split())]
    return _at_part(lex, anchor + timedelta(days=offset), m["part"])


def last_night(lex, m, anchor, tense):
    """'anoche' -> the night before the anchor."""
    return Timex("TIME", f"{(anchor - timedelta(days=1)).isoformat()}TNI", "time", None, None,
                 True)


def this_part(lex, m, anchor, tense):
    """'esta mañana' -> anchor TMO."""
    return _at_part(lex, anchor, m["part"])


def clock(lex, m, anchor, tense):
    """'3:45 de la tarde' -> anchor T15:45."""
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    if lex.day_parts[m["part"].lower()] in ("AF", "NI") and hour < 12:
        hour += 12
    return Timex("TIME", f"{anchor.isoformat()}T{hour:02d}:{minute:02d}", "time", None, None,
                 True)


def relunit(lex, m, anchor, tense):
    """'la semana pasada' -> last week; 'este mismo año' -> the anchor's year."""
    unit = lex.unit_words[m["unit"].lower()]
    if unit not in ("week", "month", "year", "decade", "century", "quarter"):
        return None
    groups = m.groupdict()
    n = 1 if groups.get("next") else -1 if groups.get("last") else 0
    return date_timex(shift(anchor, unit, n), relative=True)


def ago(lex, m, anchor, tense):
    """'hace dos semanas' -> two weeks before the anchor, at week granularity."""
    unit = lex.unit_words[m["unit"].lower()]
    n = lex.number(m["num"])
    if n is None:
        return Timex("DATE", "PAST_REF", None, None, None, True)
    if unit in ("hour", "minute", "second"):
        return None
    if unit == "fortnight":
        unit, n = "week", n * 2
    return date_timex(shift(anchor, unit, -int(round(n))), relative=True)


def narrative_shift(lex, m, anchor, tense):
    """'dos días después' -> the story's day + 2 (the component passes the story's day)."""
    unit = lex.unit_words[m["unit"].lower()]
    n = lex.number(m["num"])
    if n is None or unit not in ("day", "week", "month", "year"):
        return None
    sign = -1 if m["shift"].lower() == "antes" else 1
    return date_timex(shift(anchor, unit, sign * int(round(n))), relative=True)


def duration(lex, m, anchor, tense):
    """'18 meses' -> P18M; 'tres horas' -> PT3H; 'los próximos días' -> PXD."""
    unit = lex.unit_words[m["unit"].lower()]
    spec = lex.units[unit]
    n = lex.number(m["num"])
    amount = "X" if n is None else n * spec.get("factor", 1)
    if amount != "X" and amount != int(amount):
        return None  # "media hora": left to a later fractional rule
    text = "X" if amount == "X" else str(int(amount))
    return Timex("DURATION", _period(text, spec["code"]), spec["granularity"], None, None,
                 False)


def ref(lex, m, anchor, tense):
    """'actualmente' -> PRESENT_REF, 'recientemente' -> PAST_REF."""
    value = lex.refs.get(" ".join(m["ref"].lower().split()))
    return Timex("DATE", value, None, None, None, True) if value else None


def narrative(lex, m, anchor, tense):
    """'al día siguiente' -> the story's day + 1."""
    offset, unit = lex.narrative[" ".join(m["narrative"].lower().split())]
    return date_timex(shift(anchor, unit, offset), relative=True)


HANDLERS: dict[str, Handler] = {
    "full_date": full_date, "month_day": month_day, "month_year": month_year, "month": month,
    "year": year, "year_part": year_part, "weekday": weekday, "relday": relday,
    "last_night": last_night, "this_part": this_part, "clock": clock, "relunit": relunit,
    "ago": ago, "narrative_shift": narrative_shift, "duration": duration, "ref": ref,
    "narrative": narrative,
}

__all__ = ["PAST", "PatternLexicon", "PatternNormalizer"]
