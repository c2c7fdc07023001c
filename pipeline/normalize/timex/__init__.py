"""Temporal expressions -> TIMEX3 values, anchored on a reference date (pure, no spaCy).

Where things live:
    values.py      the Timex record; intervals of values; week/month/shift arithmetic
    lexicon.py     models/en/dates.yaml loaded, plus the regex fragments built from it
    rules.py       the rule table: pattern + handler per kind of expression, in priority order
    absolute.py    handlers for calendar positions: "Dec. 7", "July 2021", "the 1990s"
    relative.py    handlers counted from the anchor: "Monday", "last week", "two years ago"
    durations.py   handlers for DURATION ("18 months") and SET ("every week")
    normalizer.py  DateNormalizer: find in running text + normalize (cached)
pipeline.normalize.dates re-exports the public names.
"""
