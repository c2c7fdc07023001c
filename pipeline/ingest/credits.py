"""Photo credits and captions: found, kept aside for `articles.credits`, hidden from NLP.

Hiding is done by blanking the credit lines with spaces, so that every offset the
components report still points into the original article text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml


@dataclass(frozen=True)
class CreditRules:
    patterns: tuple[re.Pattern[str], ...]
    max_chars: int


@lru_cache(maxsize=8)
def load_credit_rules(models_dir: str) -> CreditRules:
    raw = yaml.safe_load((Path(models_dir) / "credits.yaml").read_text(encoding="utf-8"))
    return CreditRules(
        patterns=tuple(re.compile(p, re.IGNORECASE) for p in raw["patterns"]),
        max_chars=int(raw.get("max_chars", 200)),
    )


def find_credits(text: str, rules: CreditRules) -> list[tuple[int, int]]:
    """(start, end) offsets of each credit line, newline excluded."""
    spans = []
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if stripped and len(stripped) <= rules.max_chars:
            if any(p.match(stripped) for p in rules.patterns):
                spans.append((offset, offset + len(body)))
        offset += len(line)
    return spans


def blank_out(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace each span by spaces of the same length (offsets are preserved)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
