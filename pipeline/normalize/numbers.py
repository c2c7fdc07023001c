"""Number text -> (count, count_low, count_high, qualifier): one reading for every outlet.

Outlets write the same toll as "45", "forty-five", "at least 45" or "dozens"; analysts need
one comparable reading. `parse_count` turns the text of a count (qualifier included) into a
`Count`. Pure module: no spaCy, no I/O; the word lists below are its data.

Conventions (n is the number written):

=================  ==================================  =========  ==========  ===========
qualifier          written as                          count_low  count_high  count
=================  ==================================  =========  ==========  ===========
exact              "45", "forty-five", "a dozen"       n          n           n
at_least           "at least", "no fewer than"         n          None        n
more_than          "more than", "over", "upwards of"   n + 1      None        n
nearly             "nearly", "almost", "close to"      None       n - 1       n
approximately      "about", "around", "some", "an      None       None        n
                   estimated", "roughly"
at_most            "up to", "as many as", "at most"    None       n           n
at_most            "fewer than", "less than"           None       n - 1       n
vague              "dozens", "hundreds", "several"     see below  see below   None
=================  ==================================  =========  ==========  ===========

* "nearly 30": count 30 (the figure written), count_low None (the text gives no lower
  bound; we do not invent one), count_high 29 ("nearly" means the figure was not reached).
* "about 30": no bound is stated either way, so both bounds are None; count keeps 30.
* Vague quantities have count None. A plural unit word reads as "at least one unit, less
  than the next unit word": count_low is the ACLED-style conservative reading (ACLED codes
  "dozens" as 12 and "hundreds" as 100) and count_high is the honest upper bound, the point
  where a writer would switch to the next word:
  dozens 12-99, scores 20-199, hundreds 100-999, thousands 1,000-9,999,
  tens of thousands 10,000-99,999, hundreds of thousands 100,000-999,999.
  Small vague words: a couple 2-3, a few 2-5, a handful 2-6, several 3-9; "multiple" and
  "numerous" say only that there was more than one (2, no upper bound).
* "a dozen" is 12 and "two dozen" 24, exact unless a qualifier says otherwise.
* "both" reads as exact 2; "a"/"an"/"one" as exact 1 ("a police officer was killed").
* "no one", "nobody", "none" read as exact 0 (the caller marks the claim negated).
* A qualifier in front of a vague word keeps the vague range ("more than a dozen" is not
  vague: it is more_than 12).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num


@dataclass(frozen=True)
class Count:
    count: int | None
    count_low: int | None
    count_high: int | None
    qualifier: str


# Qualifier phrases, longest first when matched. Value: (qualifier, bound rule).
QUALIFIERS: dict[str, tuple[str, str]] = {
    "at least": ("at_least", "low=n"),
    "no fewer than": ("at_least", "low=n"),
    "no less than": ("at_least", "low=n"),
    "a minimum of": ("at_least", "low=n"),
    "more than": ("more_than", "low=n+1"),
    "over": ("more_than", "low=n+1"),
    "upwards of": ("more_than", "low=n+1"),
    "in excess of": ("more_than", "low=n+1"),
    "above": ("more_than", "low=n+1"),
    "nearly": ("nearly", "high=n-1"),
    "almost": ("nearly", "high=n-1"),
    "close to": ("nearly", "high=n-1"),
    "just under": ("nearly", "high=n-1"),
    "about": ("approximately", "none"),
    "around": ("approximately", "none"),
    "approximately": ("approximately", "none"),
    "roughly": ("approximately", "none"),
    "some": ("approximately", "none"),
    "an estimated": ("approximately", "none"),
    "estimated": ("approximately", "none"),
    "up to": ("at_most", "high=n"),
    "as many as": ("at_most", "high=n"),
    "at most": ("at_most", "high=n"),
    "no more than": ("at_most", "high=n"),
    "fewer than": ("at_most", "high=n-1"),
    "less than": ("at_most", "high=n-1"),
}

# Vague quantities: (count_low, count_high). See the module docstring.
VAGUE: dict[str, tuple[int, int | None]] = {
    "dozens": (12, 99),
    "scores": (20, 199),
    "hundreds": (100, 999),
    "thousands": (1_000, 9_999),
    "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (100_000, 999_999),
    "a couple": (2, 3),
    "a few": (2, 5),
    "a handful": (2, 6),
    "handful": (2, 6),
    "several": (3, 9),
    "multiple": (2, None),
    "numerous": (2, None),
}

ZERO = {"no one", "no-one", "nobody", "none", "zero"}
ONE = {"a", "an", "one", "single", "a single", "lone", "a lone"}
TWO = {"both", "a pair"}

# Words that multiply a leading figure: "2 million", "1.5 million", "two dozen", "3,000".
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
_SPACE = re.compile(r"[\s\u00a0]+")
_TRAILING_OF = re.compile(r"\s+of$")


def parse_count(text: str) -> Count | None:
    """'at least 18' -> Count(18, 18, None, 'at_least'); None when the text is no count."""
    norm = _normalize(text)
    qualifier, rule, rest = _split_qualifier(norm)
    vague = VAGUE.get(rest)
    if vague is not None:
        return Count(None, vague[0], vague[1], "vague")
    value = number_value(rest)
    if value is None:
        return None
    if qualifier is None:
        return Count(value, value, value, "exact")
    return Count(value, *_bounds(rule, value), qualifier)


def number_value(text: str) -> int | None:
    """'1,200' -> 1200, 'forty-five' -> 45, 'two dozen' -> 24, '1.5 million' -> 1500000."""
    norm = _normalize(text)
    if not norm:
        return None
    if norm in ZERO:
        return 0
    if norm in ONE:
        return 1
    if norm in TWO:
        return 2
    if _DIGITS.match(norm):
        return _digits(norm)
    words = norm.split(" ")
    if words[0] in ("a", "an", "one") and len(words) == 2 and words[1] in MULTIPLIERS:
        return MULTIPLIERS[words[1]]  # "a dozen", "a hundred", "a thousand"
    if len(words) == 2 and _DIGITS.match(words[0]) and words[1] in MULTIPLIERS:
        return round(float(words[0].replace(",", "")) * MULTIPLIERS[words[1]])
    if words[-1] == "dozen" and len(words) >= 2:
        base = _words_value(" ".join(words[:-1]))
        return None if base is None else base * 12
    return _words_value(norm)


def _normalize(text: str) -> str:
    norm = _SPACE.sub(" ", text.strip().lower()).replace("\u2013", "-")
    return _TRAILING_OF.sub("", norm)  # "dozens of", "a dozen of"


def _split_qualifier(norm: str) -> tuple[str | None, str, str]:
    for phrase in sorted(QUALIFIERS, key=len, reverse=True):
        if norm.startswith(phrase + " "):
            qualifier, rule = QUALIFIERS[phrase]
            return qualifier, rule, norm[len(phrase) + 1 :]
    if norm.endswith(" or so"):
        return "approximately", "none", norm[: -len(" or so")]
    return None, "exact", norm


def _bounds(rule: str, n: int) -> tuple[int | None, int | None]:
    return {
        "low=n": (n, None),
        "low=n+1": (n + 1, None),
        "high=n-1": (None, n - 1),
        "high=n": (None, n),
        "none": (None, None),
    }[rule]


def _digits(norm: str) -> int | None:
    if "." in norm:
        value = float(norm)
        return int(value) if value.is_integer() else None  # "2.5 people" is no count
    return int(norm.replace(",", ""))


def _words_value(norm: str) -> int | None:
    try:
        return int(text2num(norm.replace("-", " "), "en"))
    except ValueError:
        return None
