"""Title Case lines, read again in lower case.

The tagger reads a headline such as "Teen Accidentally Shot and Killed in Itasca County"
as a string of proper nouns, so no trigger reaches its victim. Crawled article bodies often
carry such lines (the headline again, a subhead). Lower-casing a line keeps every
character offset, so the claims read from the lower-cased line point into the original
text; they replace whatever the Title Case parse made of the line. Pure text: no spaCy.
"""

from __future__ import annotations

import re

# A word of a headline; words of three letters or fewer ("in", "of", "and", "the", "Man")
# are ignored when deciding whether a line is in Title Case.
WORD = re.compile(r"[^\W\d_][\w'’-]*")
MIN_WORD_CHARS = 4
MIN_WORDS = 3  # "Teen Killed Tuesday" is the shortest headline worth reading again
CAPITAL_SHARE = 0.8  # share of the longer words that start with a capital
MAX_LINE_CHARS = 200  # longer lines are prose, not headlines

Span = tuple[int, int]  # (start_char, end_char) of a line in the text


def title_case_lines(text: str) -> list[Span]:
    """Where the Title Case (or ALL CAPS) lines of `text` are, in order."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if is_title_case(line):
            spans.append((start, end))
        start = end + 1
    return spans


def is_title_case(line: str) -> bool:
    """"Boy Dies After Being Accidentally Shot" is; "A boy died after he was shot." is not."""
    if len(line) > MAX_LINE_CHARS:
        return False
    words = [w for w in WORD.findall(line) if len(w) >= MIN_WORD_CHARS]
    if len(words) < MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) >= CAPITAL_SHARE * len(words)


def inside(start: int, spans: list[Span]) -> bool:
    """Whether a character offset falls in one of the lines."""
    return any(low <= start < high for low, high in spans)
