"""Trigger -> victims -> count -> CasualtyClaim rows, one per (kind, counted words).

Two triggers often reach the same counted words ("the death toll ... 30 civilians
killed"); they make one claim, merged, so a figure is never counted twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from spacy.tokens import Doc, Token

from pipeline.casualties.attachments import (
    attribution_of,
    is_negated,
    location_of,
    perpetrator_group,
    perpetrator_of,
    scope_of,
    victim_group,
    victims_phrase,
)
from pipeline.casualties.counts import count_of
from pipeline.casualties.kinds import is_irrealis, trigger_kind
from pipeline.casualties.lexicon import Lexicon
from pipeline.casualties.victims import toll_value, victim_of
from pipeline.types import CasualtyClaim

ClaimKey = tuple[str, int]  # (kind, index of the first counted token)
# The day a claim starting at a character offset refers to (the dates stage's reading).
DateFor = Callable[[Doc, int], date | None]


def claims_in(
    doc: Doc, starts: Iterable[int], lex: Lexicon, date_for: DateFor
) -> list[CasualtyClaim]:
    """The document's claims from its trigger positions (each read once), by start_char;
    `date_for` gives each claim its event_date."""
    claims: dict[ClaimKey, CasualtyClaim] = {}
    seen: set[int] = set()
    for start in starts:
        if start in seen:
            continue
        seen.add(start)
        found = claim_for(doc[start], lex, date_for)
        if found is None:
            continue
        claim, key = found
        claims[key] = merge(claims[key], claim) if key in claims else claim
    return sorted(claims.values(), key=lambda c: (c.start_char, c.kind))


def claim_for(
    trigger: Token, lex: Lexicon, date_for: DateFor
) -> tuple[CasualtyClaim, ClaimKey] | None:
    """The claim a trigger makes, keyed by (kind, first counted token) for de-duplication."""
    kind, is_toll = trigger_kind(trigger, lex)
    if kind is None or is_irrealis(trigger, lex):
        return None
    victim = toll_value(trigger, lex) if is_toll else victim_of(trigger, lex)
    if victim is None:
        return None
    syn = lex.syntax
    if syn.relative(victim) and victim.head.dep_ in syn.relative_clause:
        victim = victim.head.head  # "the man who died"
    counted = count_of(victim, lex)
    if counted is None:
        return None
    count, first, last, zero = counted
    doc = trigger.doc
    start = min(first.idx, trigger.idx)
    end = max(last.idx + len(last), trigger.idx + len(trigger))
    perpetrator = perpetrator_of(trigger, victim, lex)
    victims = None if victim.i == trigger.i else victims_phrase(victim, lex)
    claim = CasualtyClaim(
        start_char=start,
        end_char=end,
        kind=kind,
        count=count.count,
        count_low=count.count_low,
        count_high=count.count_high,
        qualifier=count.qualifier,
        count_text=doc[first.i : last.i + 1].text,
        victims=victims.text if victims is not None else None,
        victim_group=victim_group(victims, lex),
        perpetrator=perpetrator,
        perpetrator_group=perpetrator_group(perpetrator, lex),
        location=location_of(trigger, victim, lex),
        event_date=date_for(doc, start),
        scope=scope_of(trigger, is_toll, lex),
        attributed_to=attribution_of(trigger, lex),
        negated=is_negated(trigger, zero, lex),
    )
    return claim, (kind, first.i)


def merge(old: CasualtyClaim, new: CasualtyClaim) -> CasualtyClaim:
    """Two triggers reached the same counted words ("death toll ... 30 civilians killed"):
    keep one claim, with the union span and every attachment either one found."""
    values = {}
    for name in CasualtyClaim.__dataclass_fields__:
        a, b = getattr(old, name), getattr(new, name)
        values[name] = a if a not in (None, "unknown") else b
    values["start_char"] = min(old.start_char, new.start_char)
    values["end_char"] = max(old.end_char, new.end_char)
    values["scope"] = "cumulative" if "cumulative" in (old.scope, new.scope) else "incident"
    values["negated"] = old.negated or new.negated
    return CasualtyClaim(**values)
