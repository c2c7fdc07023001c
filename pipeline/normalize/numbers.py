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

Languages: the tables below are English (`ENGLISH`). Another language's words come from the
`numbers:` section of its models/<lang>/casualties.yaml, read by `number_words(lang, data)`;
number words themselves ("cuarenta y cinco") are read by text2num with the language code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from text_to_num import text2num

from pipeline.errors import ConfigError


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
# Qualifiers written after the figure: "20 or so".
SUFFIX_QUALIFIERS: dict[str, tuple[str, str]] = {"or so": ("approximately", "none")}

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
# "a dozen", "one hundred": the article stands for 1 before a multiplier.
INDEFINITES = ("a", "an", "one")
# Words that make twelve of the number words before them: "two dozen".
DOZENS = ("dozen",)
# Words a count may end with before its noun: "dozens of".
TRAILING = ("of",)

BOUND_RULES = ("low=n", "low=n+1", "high=n-1", "high=n", "none")
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
_SPACE = re.compile(r"[\s\u00a0]+")


@dataclass(frozen=True)
class NumberWords:
    """The words one language writes counts with; `lang` is text2num's code (en, es, fr)."""

    lang: str
    qualifiers: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    suffix_qualifiers: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    vague: Mapping[str, tuple[int, int | None]] = field(default_factory=dict)
    zero: frozenset[str] = frozenset()
    one: frozenset[str] = frozenset()
    two: frozenset[str] = frozenset()
    multipliers: Mapping[str, int] = field(default_factory=dict)
    indefinites: frozenset[str] = frozenset()
    dozens: frozenset[str] = frozenset()
    trailing: frozenset[str] = frozenset()
    # Collective numerals that are approximate by themselves: "una treintena" (about 30).
    approximate: Mapping[str, int] = field(default_factory=dict)
    # Derived: qualifier phrases longest first, and the trailing-word pattern.
    prefixes: tuple[str, ...] = field(init=False)
    trailing_re: re.Pattern[str] | None = field(init=False)

    def __post_init__(self) -> None:
        prefixes = tuple(sorted(self.qualifiers, key=len, reverse=True))
        object.__setattr__(self, "prefixes", prefixes)
        words = "|".join(re.escape(w) for w in self.trailing)
        object.__setattr__(self, "trailing_re", re.compile(rf"\s+(?:{words})$") if words else None)


ENGLISH = NumberWords(
    lang="en",
    qualifiers=QUALIFIERS,
    suffix_qualifiers=SUFFIX_QUALIFIERS,
    vague=VAGUE,
    zero=frozenset(ZERO),
    one=frozenset(ONE),
    two=frozenset(TWO),
    multipliers=MULTIPLIERS,
    indefinites=frozenset(INDEFINITES),
    dozens=frozenset(DOZENS),
    trailing=frozenset(TRAILING),
)
TEXT2NUM_LANGS = ("en", "es", "fr")


def number_words(lang: str, data: Mapping[str, Any] | None = None) -> NumberWords:
    """The count words of `lang`: a lexicon's `numbers:` section when given (see
    models/en/casualties.yaml for its keys), else the English tables for "en", else digits
    and text2num alone."""
    if lang not in TEXT2NUM_LANGS:
        raise ConfigError(
            f"numbers: no number reader for language {lang!r}; expected one of {TEXT2NUM_LANGS}"
        )
    if not data:
        return ENGLISH if lang == "en" else NumberWords(lang=lang)
    return NumberWords(
        lang=lang,
        qualifiers=_rules(data, "qualifiers"),
        suffix_qualifiers=_rules(data, "suffix_qualifiers"),
        vague={w: (int(lo), None if hi is None else int(hi))
               for w, (lo, hi) in (data.get("vague") or {}).items()},
        zero=frozenset(data.get("zero") or ()),
        one=frozenset(data.get("one") or ()),
        two=frozenset(data.get("two") or ()),
        multipliers={w: int(n) for w, n in (data.get("multipliers") or {}).items()},
        indefinites=frozenset(data.get("indefinites") or ()),
        dozens=frozenset(data.get("dozens") or ()),
        trailing=frozenset(data.get("trailing") or ()),
        approximate={w: int(n) for w, n in (data.get("approximate") or {}).items()},
    )


def _rules(data: Mapping[str, Any], key: str) -> dict[str, tuple[str, str]]:
    rules = {}
    for phrase, (qualifier, rule) in (data.get(key) or {}).items():
        if rule not in BOUND_RULES:
            raise ConfigError(
                f"numbers.{key}.{phrase}: bound rule {rule!r}; expected one of {BOUND_RULES}"
            )
        rules[phrase] = (qualifier, rule)
    return rules


def parse_count(text: str, words: NumberWords = ENGLISH) -> Count | None:
    """'at least 18' -> Count(18, 18, None, 'at_least'); None when the text is no count."""
    norm = _normalize(text, words)
    qualifier, rule, rest = _split_qualifier(norm, words)
    vague = words.vague.get(rest)
    if vague is not None:
        return Count(None, vague[0], vague[1], "vague")
    if qualifier is None and rest in words.approximate:
        return Count(words.approximate[rest], None, None, "approximately")  # "una treintena"
    value = number_value(rest, words)
    if value is None:
        return None
    if qualifier is None:
        return Count(value, value, value, "exact")
    return Count(value, *_bounds(rule, value), qualifier)


def number_value(text: str, words: NumberWords = ENGLISH) -> int | None:
    """'1,200' -> 1200, 'forty-five' -> 45, 'two dozen' -> 24, '1.5 million' -> 1500000."""
    norm = _normalize(text, words)
    if not norm:
        return None
    if norm in words.zero:
        return 0
    if norm in words.one:
        return 1
    if norm in words.two:
        return 2
    if norm in words.approximate:
        return words.approximate[norm]
    if _DIGITS.match(norm):
        return _digits(norm)
    parts = norm.split(" ")
    if parts[0] in words.indefinites and len(parts) == 2 and parts[1] in words.multipliers:
        return words.multipliers[parts[1]]  # "a dozen", "a hundred", "a thousand"
    if len(parts) == 2 and _DIGITS.match(parts[0]) and parts[1] in words.multipliers:
        return round(float(parts[0].replace(",", "")) * words.multipliers[parts[1]])
    if parts[-1] in words.dozens and len(parts) >= 2:
        base = _words_value(" ".join(parts[:-1]), words.lang)
        return None if base is None else base * 12
    return _words_value(norm, words.lang)


def _normalize(text: str, words: NumberWords) -> str:
    norm = _SPACE.sub(" ", text.strip().lower()).replace("\u2013", "-")
    if words.trailing_re is None:
        return norm
    return words.trailing_re.sub("", norm)  # "dozens of", "a dozen of"


def _split_qualifier(norm: str, words: NumberWords) -> tuple[str | None, str, str]:
    for phrase in words.prefixes:
        if norm.startswith(phrase + " "):
            qualifier, rule = words.qualifiers[phrase]
            return qualifier, rule, norm[len(phrase) + 1 :]
    for phrase, (qualifier, rule) in words.suffix_qualifiers.items():
        if norm.endswith(" " + phrase):
            return qualifier, rule, norm[: -len(phrase) - 1]
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


def _words_value(norm: str, lang: str = "en") -> int | None:
    try:
        return int(text2num(norm.replace("-", " "), lang))
    except ValueError:
        return None
