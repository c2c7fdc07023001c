"""DateNormalizer: finds temporal expressions in running text and values them, with a cache.

The same rules that value an expression also find it, so detection and values never
disagree about what a pattern means. Pure: no spaCy here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from pipeline.lexicons import load_lexicon_data
from pipeline.normalize.timex import periods
from pipeline.normalize.timex.lexicon import DEFAULT_MODELS_DIR, Lexicon, load_lexicon
from pipeline.normalize.timex.patterned import PatternLexicon, PatternNormalizer
from pipeline.normalize.timex.rules import (
    DIGIT_RULES,
    SHORT_NUMBER_FOLLOWERS,
    build_rules,
    build_triggers,
)
from pipeline.normalize.timex.values import Timex, date_timex

_WORD = re.compile(r"[A-Za-z]+|\d+")
_WORD_END = re.compile(r"[^\w.'’]")
_WINDOW = 70  # characters a match may reach either side of its trigger word
_NARRATIVE_SHIFT = re.compile(r".+\s(?:earlier|later)$")  # "two days later"


def _clean(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


class DateNormalizer:
    """Finds and normalizes temporal expressions with the rules built from the lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.rules = build_rules(lexicon)
        self.triggers = build_triggers(lexicon)
        self.normalize = lru_cache(maxsize=20000)(self._normalize)
        self.period_reference = lru_cache(maxsize=4096)(self._period_reference)

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Every (start, end, rule name) candidate in running text; overlaps are the caller's.

        Each rule runs only in windows around its trigger words, not over the whole text.
        """
        windows = self._windows(text)
        seen: set[tuple[int, int, str]] = set()
        for rule in self.rules:
            for lo, hi in windows.get(rule.name, ()):
                stop = _WORD_END.search(text, min(hi, len(text)))  # never cut a word in two
                hi = stop.start() if stop else len(text)
                for m in rule.pattern.finditer(text, max(lo, 0), hi):
                    start, end = m.span()
                    while end > start and text[end - 1] in " \t\n,":
                        end -= 1
                    if end > start and (start, end, rule.name) not in seen:
                        seen.add((start, end, rule.name))
                        yield start, end, rule.name

    def _windows(self, text: str) -> dict[str, list[list[int]]]:
        """Rule name -> merged character windows around that rule's trigger words."""
        windows: dict[str, list[list[int]]] = {}
        for word in _WORD.finditer(text):
            token = word.group()
            if token[0].isdigit():
                names = DIGIT_RULES.get(len(token))
                if names and len(token) <= 2:  # "6 p.m.", not "6 people"
                    names = [name for name in names
                             if SHORT_NUMBER_FOLLOWERS[name].match(text, word.end())]
            else:
                names = self.triggers.get(token.lower())
            if not names:
                continue
            lo, hi = word.start() - _WINDOW, word.end() + _WINDOW
            for name in names:
                spans = windows.setdefault(name, [])
                if spans and lo <= spans[-1][1]:
                    spans[-1][1] = hi
                else:
                    spans.append([lo, hi])
        return windows

    def _normalize(self, text: str, anchor: date | None, tense: str | None = None
                   ) -> Timex | None:
        clean = _clean(text)
        for rule in self.rules:
            if rule.full.fullmatch(clean):
                timex = rule.handler(self.lex, clean, anchor, tense)
                if timex is not None:
                    return timex
        return None

    def _period_reference(self, text: str) -> tuple[int | None, int] | None:
        """(stated year, years back) if `text` points at the reporting period, else None."""
        return periods.reference(self.lex, text)

    def in_period(self, text: str, period: str) -> Timex | None:
        """'a year earlier' inside the reporting quarter '1989-Q3' -> DATE 1988-Q3."""
        ref = self.period_reference(text)
        value = periods.in_period(ref, period) if ref else None
        return date_timex(value, relative=True) if value else None

    def ending_span(self, text: str) -> Timex:
        """'the year' before 'ended March 31' -> DURATION P1Y."""
        return periods.ending_span(self.lex, _clean(text))

    def is_narrative(self, text: str) -> bool:
        """Expressions whose day comes from the story ("the next day"), not the dateline."""
        clean = _clean(text).lower()
        return clean in self.lex.narrative or bool(_NARRATIVE_SHIFT.fullmatch(clean))

    def narrative_unit(self, text: str) -> str:
        """The unit a narrative expression counts in: 'that year' -> year."""
        clean = _clean(text).lower()
        if clean in self.lex.narrative:
            return self.lex.narrative[clean][1]
        unit = self.lex.unit_of(clean.split()[-2]) if len(clean.split()) > 1 else None
        return unit if unit in ("day", "week", "month", "year") else "day"


@lru_cache(maxsize=8)
def get_normalizer(models_dir: str | None = None, lang: str = "en"
                   ) -> DateNormalizer | PatternNormalizer:
    """One normalizer (and one cache) per (models_dir, language) per process.

    models/<lang>/dates.yaml says which engine reads it (`engine: rules`, the default,
    is the English rule table; `engine: patterns` the pattern table, e.g. Spanish).
    """
    data = load_lexicon_data(str(models_dir or DEFAULT_MODELS_DIR), lang, "dates")
    if data.get("engine", "rules") == "patterns":
        return PatternNormalizer(PatternLexicon(data))
    return DateNormalizer(load_lexicon(models_dir, lang))


def normalize(text: str, anchor: date | None, tense: str | None = None,
              models_dir: str | None = None) -> Timex | None:
    """TIMEX3 type/value/granularity/interval of `text` anchored on `anchor` (cached)."""
    return get_normalizer(models_dir).normalize(text, anchor, tense)
