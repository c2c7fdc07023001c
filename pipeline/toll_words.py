"""The words the headline toll reads around a claim: models/<lang>/toll.yaml, compiled once.

pipeline/toll.py chooses an article's toll partly from the text around each claim ("two
others were shot", "so far this year", "a murder-suicide"). Those words are data per
language, so a Spanish article is read with Spanish words; this module only compiles them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.casualties.lexicon import lexicon_numbers
from pipeline.errors import ConfigError
from pipeline.lexicons import lexicon_path, load_lexicon_data
from pipeline.normalize.numbers import NumberWords

PATTERNS = ("pair_words", "distinct_words", "distinct_verb", "dead_apart", "age", "others",
            "coordinated", "hit_words", "span", "roundup", "self", "suicide_words",
            "killer_killed", "killer_hedge", "killer_nouns", "killer_agent", "killer_verb",
            "link_line", "object_another", "partitive", "death_adjective", "survived",
            "object_individual", "retraction")


@dataclass(frozen=True)
class TollWords:
    """One language's toll patterns (see models/en/toll.yaml for what each matches)."""

    numbers: NumberWords
    pair_words: re.Pattern[str]
    distinct_words: re.Pattern[str]
    distinct_verb: re.Pattern[str]
    dead_apart: re.Pattern[str]
    age: re.Pattern[str]
    others: re.Pattern[str]
    coordinated: re.Pattern[str]
    hit_words: re.Pattern[str]
    span: re.Pattern[str]
    roundup: re.Pattern[str]
    self: re.Pattern[str]
    suicide_words: re.Pattern[str]
    killer_killed: re.Pattern[str]
    killer_hedge: re.Pattern[str]
    killer_nouns: re.Pattern[str]
    killer_agent: re.Pattern[str]
    killer_verb: re.Pattern[str]
    link_line: re.Pattern[str]
    object_another: re.Pattern[str]
    partitive: re.Pattern[str]
    death_adjective: re.Pattern[str]
    survived: re.Pattern[str]
    object_individual: re.Pattern[str]
    retraction: re.Pattern[str]
    individual_articles: frozenset[str]


@lru_cache(maxsize=8)
def toll_words(lang: str = "en", models_dir: str | None = None) -> TollWords:
    """models_dir/<lang>/toll.yaml compiled, with the language's month names and numbers."""
    data = load_lexicon_data(models_dir, lang, "toll")
    months = "|".join(re.escape(str(m)) for m in load_lexicon_data(models_dir, lang, "dates")
                      ["months"])
    patterns = {name: compiled(data, name, months, models_dir, lang) for name in PATTERNS}
    return TollWords(
        numbers=lexicon_numbers(lang, models_dir), **patterns,
        individual_articles=frozenset(str(w).lower() for w in data["individual_articles"]))


def compiled(
    data: dict, name: str, months: str, models_dir: str | None, lang: str
) -> re.Pattern[str]:
    """One regex from a list of alternatives ('{months}' filled in), ignoring case."""
    alternatives = data.get(name)
    if not isinstance(alternatives, list) or not alternatives:
        raise ConfigError(f"{lexicon_path(models_dir, lang, 'toll')}: {name!r} must be a "
                          "non-empty list of regular expressions")
    joined = "|".join(f"(?:{a.replace('{months}', months)})" for a in alternatives)
    try:
        return re.compile(joined, re.I)
    except re.error as err:
        raise ConfigError(
            f"{lexicon_path(models_dir, lang, 'toll')}: {name!r} is not a valid regular "
            f"expression: {err}") from err
