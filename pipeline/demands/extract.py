"""From trigger words to Demand rows: trigger -> content -> items -> one row per target."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from pipeline.demands.actors import actor, actor_token
from pipeline.demands.content import content, contrasted, quote_follows
from pipeline.demands.context import DocContext
from pipeline.demands.extent import do_so_antecedent
from pipeline.demands.items import items
from pipeline.demands.kinds import keep_other, negated, pick_trigger, rejected_by
from pipeline.demands.lexicon import other_category
from pipeline.types import Demand


def demands_in(ctx: DocContext, trigger_starts: Iterable[int]) -> list[Demand]:
    """Every demand introduced by the trigger words at these token indices, deduplicated."""
    rows: list[Demand] = []
    for start in sorted(set(trigger_starts)):
        rows.extend(demands_at(ctx, ctx.doc[start]))
    return dedupe(rows)


def demands_at(ctx: DocContext, word: Token) -> list[Demand]:
    """All rows introduced by one trigger word ('demanded', 'calls', 'slogans')."""
    lexicon = ctx.lexicon
    trigger = pick_trigger(lexicon, word)
    if trigger is None:
        return []
    if trigger.pos != "SCONJ" and negated(lexicon, word):
        tokens = contrasted(lexicon, word, trigger)  # "did not call for X, but for Y"
    else:
        tokens = content(lexicon, word, trigger)
    if not tokens:
        return []
    who = actor(ctx, actor_token(lexicon, word, trigger))
    rejecter = rejected_by(ctx, word) if trigger.pos == "NOUN" else None
    mode = "quote" if quote_follows(word) else trigger.mode
    rows = []
    do_so = None
    if any(t.lower_ == "so" and t.i > 0 and t.nbor(-1).lower_ == "do" for t in tokens):
        do_so = do_so_antecedent(word)  # "calls for her to do so"
    for item in items(ctx, tokens, mode, rejecter, trigger.kind, do_so):
        span = ctx.doc[item.start:item.end]
        demand_type = item.demand_type or "other"
        if demand_type == "other" and not keep_other(lexicon, span, trigger, mode):
            continue
        mm_category = lexicon.mm_category(demand_type)
        if demand_type == "other":  # "a share of the profits": other, but a tax issue
            mm_category = other_category(lexicon, span.text)
        for target, key in item.targets or [(None, None)]:
            rows.append(Demand(
                start_char=span.start_char, end_char=span.end_char,
                demand_text=span.text, demand_type=demand_type,
                mm_category=mm_category, actor=who,
                target=target, target_key=key, kind=trigger.kind,  # kind is lexical
                rejected_by=rejecter[0] if rejecter else None,
            ))
    return rows


def dedupe(rows: list[Demand]) -> list[Demand]:
    """One row per (type, target) per stretch of text: nested triggers see the same item."""
    out: list[Demand] = []
    for row in sorted(rows, key=lambda r: (r.start_char, -(r.end_char - r.start_char))):
        twin = next((o for o in out if o.demand_type == row.demand_type
                     and o.target_key == row.target_key and o.start_char < row.end_char
                     and row.start_char < o.end_char), None)
        if twin is None:
            out.append(row)
        elif twin.actor is None and row.actor is not None:
            twin.actor = row.actor
    return out
