"""Temporal expressions -> TIMEX3 values, anchored on a reference date.

Pure: `normalize("Dec. 7", date(2023, 1, 10))` gives DATE 2022-12-07 with no Doc in sight.
News style: an unstated year picks the nearest plausible date; a bare weekday is the one
before the reference date unless the caller's tense hint says future. The code lives in
pipeline/normalize/timex/ (its __init__ is the map); this module is the public facade.
Word lists live in models/en/dates.yaml.
"""

from pipeline.normalize.timex.lexicon import DEFAULT_MODELS_DIR, Lexicon, load_lexicon
from pipeline.normalize.timex.normalizer import DateNormalizer, get_normalizer, normalize
from pipeline.normalize.timex.rules import Rule
from pipeline.normalize.timex.values import (
    FUTURE,
    PAST,
    Timex,
    add_months,
    date_timex,
    interval,
    pick,
    safe_date,
    shift,
    week_value,
)

__all__ = [
    "DEFAULT_MODELS_DIR", "FUTURE", "PAST", "DateNormalizer", "Lexicon", "Rule", "Timex",
    "add_months", "date_timex", "get_normalizer", "interval", "load_lexicon", "normalize",
    "pick", "safe_date", "shift", "week_value",
]
