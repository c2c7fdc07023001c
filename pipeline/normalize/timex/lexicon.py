"""The English date vocabulary: models/en/dates.yaml plus the regex fragments built from it.

The YAML holds the word lists (months, units, holidays...); this module turns them into
the fragments every rule shares (`lex.MONTH` matches "Dec." and "December", `lex.NUM`
matches "18", "four", "a couple of") and into small readers (`lex.number("four") == 4`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from text_to_num import text2num

from pipeline.lexicons import load_lexicon_data

DEFAULT_MODELS_DIR = Path(__file__).resolve().parents[3] / "models"

# Spelled numbers are English grammar, not a word list to tune: they stay in code.
NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
).split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
CENTURY_ORDINALS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18}


def alt(words, flags: str = "") -> str:
    """A regex alternation of literal words, longest first (so 'Sept' wins over 'Sep')."""
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for w in sorted(words, key=len, reverse=True))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


# "ninety-six" in "nineteen ninety-six", "hundred" in "nineteen hundred"
SPELLED_TAIL = (rf"(?:{alt(TEENS)}|{alt(TENS)}(?:[\s-]+(?:one|two|three|four|five|six|"
                r"seven|eight|nine))?|hundred)(?!\w)")


class Lexicon:
    """models/en/dates.yaml as lookups and regex fragments; `lex["key"]` reads the raw YAML."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self.months = {k.lower(): v for k, v in data["months"].items()}
        self.weekdays = {k.lower().rstrip("."): v for k, v in data["weekdays"].items()}
        self.units = dict(data["units"])
        self.unit_plurals = dict(data["unit_plurals"])
        self.holidays = {k: tuple(v) for k, v in data["holidays"].items()}
        self.narrative = {k: tuple(v) for k, v in data["narrative"].items()}
        self.set_words = dict(data["set_words"])
        self.refs = {**{w: "FUTURE_REF" for w in data["future_ref"]},
                     **{w: "PAST_REF" for w in data["past_ref"]},
                     **{w: "PRESENT_REF" for w in data["present_ref"]}}
        self._number_table = {" ".join(k.split()): v for k, v in data["number_words"].items()}
        self._vague = {" ".join(v.split()) for v in data["vague_numbers"]}
        self._build_fragments()

    def __getitem__(self, key: str):
        return self.data[key]

    def _build_fragments(self) -> None:
        data = self.data
        full = [m for m in data["months"] if len(m) > 3 and m != "Sept"]
        abbr = [m for m in data["months"] if m not in full]
        # "December", "Dec.", "Sept." (capitalized: the modal "may" stays out)
        self.MONTH = rf"(?-i:{alt(full)}(?![\w])|{alt(abbr)}(?:\.|(?![\w.])))"
        # "Monday", "Tues."
        self.WEEKDAY = rf"(?-i:{alt(data['weekdays'])})(?!\w)"
        # "7", "07", "7th"
        self.DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
        # "1996", "2022" (not "2022.5" nor "2,022")
        self.YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d]|,\d|\.\d)"
        words = alt(NUMBER_WORDS)
        exact = alt(data["number_words"])
        # "18", "1,000", "5 1/2", "twenty-four", "a hundred", "several", "a couple of"
        self.NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+|\s+1/2)?|{words}(?:[\s-]+{words})?"
                    rf"(?:[\s-]+(?:hundred|thousand))?|a\s+(?:hundred|thousand)|"
                    rf"{alt(data['vague_numbers'])}|{exact})")
        # "month", "months", "centuries"
        self.UNIT = rf"{alt(list(self.units) + list(self.unit_plurals))}s?(?![\w])"
        self.SEASON = alt(data["seasons"])  # "summer"
        # "more" in "two more weeks"
        self.MORE = r"(?:(?:more|additional|extra|further|straight|consecutive)\s+)?"
        self.PART = alt(data["day_parts"])  # "morning"
        # "early", "the end of", "mid-"
        self.MOD = r"(?:(?:the\s+)?(?:early|late|mid(?:dle)?|end|beginning|start)(?:\s+of)?[\s-]+)"
        # "6 p.m.", "10:30 am", "noon", "midday", "14:00", "4 in the morning", "9 o'clock"
        self.CLOCK = (r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|"
                      r"in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b|"
                      r"o['’]clock\b)|noon|midday|"
                      r"midnight|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d.,]))")
        self.RELDAY = r"(?:today|yesterday|tomorrow|tonight)"
        self.TZ = rf"(?-i:{alt(data['time_zones'])})(?!\w)"  # "EST", "GMT"

    # -- readers
    def month_of(self, text: str) -> int | None:
        """'Dec.' -> 12."""
        return self.months.get(text.lower().rstrip(".").strip())

    def number(self, text: str) -> float | None:
        """'18' -> 18, 'four' -> 4, 'a' -> 1, 'several' -> None (vague)."""
        t = " ".join(text.lower().replace("-", " ").split())
        if re.fullmatch(r"[\d,]+(?:\.\d+)?", t):
            return float(t.replace(",", ""))
        if half := re.fullmatch(r"(\d+) 1/2", t):
            return int(half[1]) + 0.5
        if t in self._number_table:
            return float(self._number_table[t])
        if t in self._vague:
            return None
        if t.startswith(("a ", "an ")):
            t = "one " + t.split(" ", 1)[1]
        try:
            return float(text2num(t, "en"))
        except ValueError:
            return None

    def unit_of(self, text: str) -> str | None:
        """'months' -> month, 'centuries' -> century, 'moments' -> None."""
        t = text.lower()
        if t in self.unit_plurals:
            return self.unit_plurals[t]
        if t in self.units:
            return t
        if t.endswith("s") and t[:-1] in self.units:
            return t[:-1]
        return None


@lru_cache(maxsize=4)
def load_lexicon(models_dir: str | None = None, lang: str = "en") -> Lexicon:
    """models_dir/<lang>/dates.yaml for the rule table (English), read once."""
    return Lexicon(load_lexicon_data(str(models_dir or DEFAULT_MODELS_DIR), lang, "dates"))
