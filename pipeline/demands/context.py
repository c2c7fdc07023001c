"""The per-document values the demand readers share, passed explicitly on every call.

The component object holds only what is the same for every document (the lexicon, the
trigger matcher), so one instance can serve concurrent calls; everything that depends on
the document (who is named in it, where) lives in a DocContext built once per call.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.demands.lexicon import Lexicon
from pipeline.types import EntityMention


@dataclass(frozen=True)
class Person:
    """A person named in the document: 'President Dina Boluarte' at tokens [3, 6)."""

    start: int
    end: int  # token indices, end exclusive
    is_subject: bool  # the head of a clause subject ("Boluarte said ...")
    name: tuple[str, str]  # (canonical, entity_key)


@dataclass
class Item:
    """One demanded item: its tokens, type and the people or things it names."""

    start: int
    end: int  # token indices, end exclusive
    demand_type: str | None
    targets: list[tuple[str, str]]  # (canonical, key)


@dataclass(frozen=True)
class DocContext:
    doc: Doc
    lexicon: Lexicon
    models_dir: str
    mentions: tuple[EntityMention, ...]  # doc._.entity_mentions, by start_char
    people: tuple[Person, ...] = ()  # in text order
    _starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [m.start_char for m in self.mentions])

    def mention_at(self, char: int) -> EntityMention | None:
        """The entity mention covering this character offset, if any (binary search)."""
        idx = bisect_right(self._starts, char) - 1
        if idx >= 0 and char < self.mentions[idx].end_char:
            return self.mentions[idx]
        return None
