"""The rule table: one regex per kind of expression, each with the handler that values it.

Order matters: `DateNormalizer.normalize` tries the rules top-down and the first handler
that returns a Timex wins, so full dates come before month-days, month-days before months.
`triggers` names, for each word, the rules that cannot match without it: the finder runs a
rule only in windows around its trigger words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from pipeline.normalize.timex import absolute, durations, periods, relative
from pipeline.normalize.timex.lexicon import (
    CENTURY_ORDINALS,
    DECADE_WORDS,
    SPELLED_TAIL,
    Lexicon,
    alt,
)
from pipeline.normalize.timex.values import Timex

Handler = Callable[[Lexicon, str, date | None, str | None], Timex | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern  # searches running text (word-bounded)
    full: re.Pattern  # matches one whole expression
    handler: Handler


def _specs(lex: Lexicon) -> list[tuple[str, str, Handler]]:
    """(name, pattern, handler) in priority order; the comment shows what each matches."""
    L = lex  # noqa: N806 (fragments read like grammar symbols: L.MONTH, L.YEAR)
    return [
        # "Monday, Dec. 7, 2022", "December 7th, 2022"
        ("month_day_year", rf"(?:{L.WEEKDAY},?\s+)?{L.MONTH}\s*{L.DAYNUM},?\s+{L.YEAR}",
         absolute.full_date),
        # "7 December 2022", "7th of December, 2022"
        ("day_month_year", rf"{L.DAYNUM}\s+(?:of\s+)?{L.MONTH},?\s+{L.YEAR}",
         absolute.full_date),
        # "12/07/2022", "2022-12-07"
        ("numeric", r"(?<![\d/.-])(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)|\d{4}-\d\d-\d\d)"
         r"(?![\d/-]|\.\d)", absolute.full_date),
        # "Dec. 7", "Monday, Jan. 9", "Dec. 7th"
        ("month_day", rf"(?:{L.WEEKDAY},?\s+)?{L.MONTH}\s*{L.DAYNUM}(?!,?\s*\d)",
         absolute.month_day),
        # "7 December", "the 7th of December"
        ("day_month", rf"{L.DAYNUM}\s+(?:of\s+)?{L.MONTH}(?!,?\s*\d)", absolute.month_day),
        # "July 2021", "early July 2021", "the end of July 2021"
        ("month_year", rf"{L.MOD}?{L.MONTH},?\s+(?:of\s+)?{L.YEAR}", absolute.month_year),
        # "December", "last April", "early September", "June last year"
        ("month", rf"(?:(?:last|this|next|earlier|later|early|late|mid|the\s+end\s+of|"
         rf"the\s+middle\s+of|the\s+beginning\s+of)[\s-]+(?:this\s+)?)*{L.MONTH}"
         rf"(?:\s+(?:this|last|next)\s+year)?", absolute.month),
        # "the 1990s", "the late 1970s", "the nineties", "the '80s"
        ("decade", rf"(?:{L.MOD}|the\s+)?(?:(?:1[0-9]|20)\d0['’]?s|['’]\d0s|"
         rf"(?:nineteen[\s-]+)?{alt(DECADE_WORDS)})(?!\w)", absolute.decade),
        # "the 20th century", "the nineteenth century"
        ("century", rf"(?:the\s+)?(?:{L.MOD})?(?:\d{{1,2}}(?:st|nd|rd|th)|"
         rf"{alt(CENTURY_ORDINALS)})[\s-]+century", absolute.century),
        # "the third quarter of 2022", "third-quarter", "Q3 2022", "the first half"
        # "the 1988 second quarter", "next year's first quarter", "the last half of 1989"
        ("quarter", r"(?:the\s+)?(?:(?:latest|last|current|next|previous|past|fiscal|"
         r"same|comparable|(?:this|last|next)\s+year['’]s|year-ago|year-earlier)\s+)*"
         rf"(?:{L.YEAR}\s+)?"
         r"(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?)?"
         r"(?:quarter|half)(?!\s+(?:of\s+)?(?:a|an|the|all|its|their|his|her)\b)"
         rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?{L.YEAR})?|\bQ[1-4](?:\s+{L.YEAR})?",
         absolute.quarter),
        # "the year-ago period", "the 1988 quarter", "that quarter", "a year-earlier loss"
        ("reporting_period", periods.period_pattern(L), periods.reporting),
        # "the year", "the full year", "the fiscal year", "the week"
        ("current_period", periods.current_pattern(), periods.current),
        # "this summer", "last fall", "the winter of 1994", "summer 2022"
        ("season", rf"(?:(?:this|last|next|past|the|early|late|mid)[\s-]+)*{L.SEASON}"
         rf"(?:\s+(?:of\s+)?{L.YEAR})?", absolute.season),
        # "nineteen ninety-six", "the year two thousand", "two thousand and five"
        ("spelled_year", rf"(?:the\s+year\s+)?(?:(?:nineteen|twenty)[\s-]+{SPELLED_TAIL}|"
         r"two\s+thousand(?:\s+and)?(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|"
         r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
         r"nineteen|twenty(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?))?)",
         absolute.spelled_year),
        # "year-end", "by year's end", "the end of the month"
        ("period_end", r"year[\s-]end|year['’]s\s+end|(?:the\s+)?(?:end|beginning|start|"
         r"middle)\s+of\s+the\s+(?:year|month|week)", relative.period_end),
        # "fiscal 1989", "mid-1996", "early 2022", "the end of 1990", "2021"
        ("year", rf"(?<![$£€#\d,.])(?:fiscal\s+|{L.MOD})?{L.YEAR}", absolute.year),
        # "6 p.m. Monday", "noon Thursday", "10:30 a.m.", "8 p.m. yesterday"
        # "5 p.m. EST, Nov. 6", "9 a.m. GMT Friday"
        ("clock", rf"{L.CLOCK}(?:\s+{L.TZ})?(?:,?\s+(?:on\s+)?(?:{L.WEEKDAY}|{L.RELDAY}|"
         rf"{L.MONTH}\s*{L.DAYNUM}(?!,?\s*\d)))?", relative.clock),
        # "Monday", "last Friday", "next Tuesday", "Monday night"
        ("weekday", rf"(?:(?:last|this|next|past|coming|early|late)\s+)?{L.WEEKDAY}"
         rf"(?:\s+{L.PART})?", relative.weekday),
        # "yesterday", "tomorrow morning", "tonight", "this morning", "last night",
        # "mid-afternoon yesterday"
        ("relday", rf"(?:{L.MOD})?(?:(?:the\s+day\s+(?:before|after)\s+)?{L.RELDAY}"
         rf"(?:\s+{L.PART})?|(?:this|last)\s+{L.PART}|{L.PART}\s+{L.RELDAY})", relative.relday),
        # "last week", "earlier this month", "the past year", "next year", "the weekend"
        ("relunit", rf"{L.MOD}?(?:(?:earlier|later)\s+)?(?:this|last|next|past|coming|"
         r"previous|the\s+(?:past|previous|last|coming|following|next|current|same)|"
         r"the(?=\s+weekend))?\s*"
         r"(?:fiscal\s+)?(?<![\w-])(?:week|weekend|month|year|decade|century)(?!\w)",
         relative.relunit),
        # "two years ago", "a week earlier", "three days later"
        ("ago", rf"{L.NUM}[\s-]+{L.UNIT}\s+(?:ago|earlier|later|from\s+now|hence)",
         relative.ago),
        # "18 months", "the last three decades", "two-year", "a minute and a half"
        ("duration", r"(?:(?:the|a|an)\s+)?(?:(?:past|last|next|first|final|coming|"
         r"previous|following|initial|remaining|entire|whole|full|better\s+part\s+of\s+"
         rf"(?:the|a)?)\s+)*{L.NUM}(?:\s+and\s+a\s+half)?[\s-]+{L.MORE}{L.UNIT}"
         r"(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?(?:-long)?"
         # not an age ("52 years old"), a date ("a year-ago loss"), a share ("three-quarters of")
         r"(?!-(?:old|ago|earlier)|\s+old\b)(?!(?<=quarters)\s+of\s+(?:the|a|an|its|their|his|"
         r"her|our|all|this|that|these|those)\b)", durations.duration),
        # "day-long", "decades-long" (a number before it makes it a `duration`)
        ("long_duration", rf"{L.UNIT}-long", durations.duration),
        # "years", "recent months", "coming weeks", "hours" ("the past few weeks": duration)
        ("vague_duration", r"(?:the\s+(?:past|last|next|coming|following)\s+|"
         r"(?:recent|coming|past)\s+)?"
         r"(?:(?:minutes|hours|days|weeks|months|quarters|years|decades|centuries))"
         r"(?:-long)?(?!\w)",
         durations.vague_duration),
        # "every week", "each Thursday", "twice a year", "daily", "Mondays", "each July",
        # "every summer", "Tuesday nights"
        ("set", rf"(?:every|each)\s+(?:other\s+)?(?:{L.NUM}\s+)?(?:{L.UNIT}|"
         rf"{L.WEEKDAY}|{L.PART})|(?:every|each)\s+(?:{L.MONTH}|{L.SEASON})|"
         rf"{L.WEEKDAY}\s+(?:{L.PART})s|(?:once|twice|thrice|{L.NUM}\s+times)\s+"
         rf"(?:a|an|per|each|every)\s+{L.UNIT}|(?-i:{alt(L.set_words)})(?!\w)|"
         rf"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s)(?!\w)",
         durations.repeated),
        # "Christmas", "last Christmas", "Easter 2022"
        ("holiday", rf"(?:(?:last|this|next)\s+)?(?-i:(?i:{alt(L.holidays)}|"
         rf"{alt(L['computed_holidays'])}))(?:\s+{L.YEAR})?", absolute.holiday),
        # "that day", "the next day", "the following week"
        ("narrative", alt(L.narrative), relative.narrative),
        # "now", "recently", "the future", "currently"
        ("ref", alt(L.refs), relative.ref),
    ]


def build_rules(lex: Lexicon) -> list[Rule]:
    """The compiled rule table for one lexicon."""
    return [Rule(name,
                 re.compile(rf"(?<![\w-])(?:{pattern})(?![\w])", re.IGNORECASE),
                 re.compile(rf"(?:{pattern})", re.IGNORECASE),
                 handler)
            for name, pattern, handler in _specs(lex)]


# Rules a number can trigger, by its length: "2021", "1990s"; "6 p.m.", "20th century",
# "'80s", "12/07/2022". Counts of time ("18 months", "180 days ago", "3 times a year") are
# found from their unit word, "ago" or "times", whose window reaches the number before it:
# most numbers in news are not dates, and each trigger costs a regex scan.
DIGIT_RULES = {
    4: frozenset({"year", "numeric", "decade"}),
    2: frozenset({"numeric", "clock", "century", "decade"}),
    1: frozenset({"numeric", "clock", "century"}),
}
# What must follow a number of one or two digits for each of its rules to match there:
# "12/07", "6 p.m.", "10:30", "4 in the morning", "20th century", "80s". Most small
# numbers in news are counts, and each trigger costs a regex scan.
SHORT_NUMBER_FOLLOWERS = {
    "numeric": re.compile(r"/"),
    "clock": re.compile(r"(?::[0-5]\d|\s*(?:[ap]\.?m\b|in\s+the\s|at\s+night|o['’]clock))",
                        re.IGNORECASE),
    "century": re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE),
    "decade": re.compile(r"['’]?s\b"),
}


def _first_words(phrases) -> set[str]:
    return {p.split()[0].lower().strip(".'") for p in phrases}


def _last_words(phrases) -> set[str]:
    return {p.split()[-1].lower().strip(".'") for p in phrases}


def build_triggers(lex: Lexicon) -> dict[str, set[str]]:
    """Word -> names of the rules that cannot match without it (a cheap first pass)."""
    months = {m.lower() for m in lex["months"]}
    units = set(lex.units) | set(lex.unit_plurals)
    plural_units = {u + "s" for u in lex.units} | set(lex.unit_plurals)
    by_rule = {
        "month_day_year": months, "day_month_year": months, "month_day": months,
        "day_month": months, "month_year": months, "month": months,
        "decade": set(DECADE_WORDS), "century": {"century"},
        "quarter": {"quarter", "half", "q1", "q2", "q3", "q4"},
        "reporting_period": set(lex["period_nouns"]) | {"ago", "earlier"},
        "current_period": {"year", "month", "week"},
        "season": set(lex["seasons"]), "spelled_year": {"nineteen", "twenty", "thousand"},
        "period_end": {"year", "month", "week"}, "clock": {"noon", "midnight", "midday"},
        "weekday": set(lex.weekdays),
        "relday": {"today", "yesterday", "tomorrow", "tonight"} | set(lex["day_parts"]),
        "relunit": {"week", "weekend", "month", "year", "decade", "century"},
        "ago": {"ago", "earlier", "later", "now", "hence"},
        "duration": units | plural_units,
        "vague_duration": plural_units, "long_duration": units | plural_units,
        "set": {"every", "each", "once", "twice", "thrice", "times", "per"}
        | _first_words(lex.set_words) | {w + "s" for w in lex.weekdays}
        | {part + "s" for part in lex["day_parts"]},
        "holiday": _first_words(lex.holidays) | _first_words(lex["computed_holidays"]),
        "narrative": _last_words(lex.narrative),
        "ref": _last_words(lex.refs),
    }
    index: dict[str, set[str]] = {}
    for rule, words in by_rule.items():
        for word in words:
            index.setdefault(word, set()).add(rule)
    return index
