"""Article text with its claims highlighted: overlapping spans become flat segments, each
wrapped in one <mark> carrying the classes and notes of every span that covers it."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from markupsafe import Markup


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    layer: str  # casualty | demand | entity | date: a CSS class
    note: str  # shown on hover: "killed 17 (exact), Juliaca, 2023-01-09"


def highlight(text: str, spans: list[Highlight]) -> Markup:
    """The escaped text with <mark> segments (shown with white-space: pre-wrap, so the
    article's own line breaks stay without splitting a mark across paragraphs)."""
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in spans if s.start <= a and b <= s.end]
        piece = escape(text[a:b])
        if covering:
            layers = " ".join(sorted({f"hl-{s.layer}" for s in covering}))
            notes = escape("\n".join(dict.fromkeys(f"{s.layer}: {s.note}" for s in covering)))
            piece = f'<mark class="{layers}" title="{notes}">{piece}</mark>'
        out.append(piece)
    return Markup("".join(out))
