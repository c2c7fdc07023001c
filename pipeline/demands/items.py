"""Splitting demanded content into items: one row per list item, each typed.

"freedom for Castillo, the closing down of congress, ousting of Boluarte, new elections
and a constituent assembly" is five items; "the resignation of Boluarte and Otárola" is
one item with two targets; "a National Revolutionary Assembly of Workers and Peasants"
is one item, not two.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.demands.context import DocContext, Item
from pipeline.demands.lexicon import Lexicon, classify
from pipeline.demands.syntax import QUOTE_CLOSE, RELATIVE, SEPARATORS, as_well_as, range_edge
from pipeline.demands.targets import person_candidates, targets

DO_SO = re.compile(r"\bdo\s+so\b", re.IGNORECASE)


def items(ctx: DocContext, content: list[Token], mode: str,
          rejecter: tuple[str, str] | None, kind: str, do_so: str | None = None) -> list[Item]:
    """Split a list into items, type each, and give each the targets it names.

    `do_so` is what 'do so' in an item stands for ('calls for her to do so' after
    'she would not resign': typed as 'her to resign').
    """
    doc = ctx.doc
    if mode == "quote":  # a short slogan is one item; a quoted list is a list
        segments = [seg for run in split_list(content, False, ctx.lexicon.separators)
                    for seg in (split_list(list(doc[run[0]:run[1]]), True,
                                           ctx.lexicon.separators)
                                if run[1] - run[0] > 4 else [run])]
    else:
        segments = split_list(content, True, ctx.lexicon.separators)
    found = []
    for start, end in segments:
        if not is_item_start(doc, start, content[0].i):
            continue
        text = doc[start:end].text
        if do_so:
            text = DO_SO.sub(do_so, text)
        demand_type = classify(ctx.lexicon, text, mode)
        people = person_candidates(ctx, start, end)
        if demand_type is None and mode == "against" and people and bare(
                ctx.lexicon, doc, (start, end)):
            demand_type = ctx.lexicon.against_bare_person  # "protesting against Boluarte"
        found.append(Item(start, end, demand_type, people))
    found = attach_bare_names(ctx.lexicon, doc, found)
    for idx, item in enumerate(found):
        item.targets = targets(ctx, item, found[idx + 1:], rejecter, kind)
    return found


def is_item_start(doc: Doc, start: int, content_start: int) -> bool:
    """Segments that open a clause rather than an item are skipped.

    '..., who they call a traitor'; '..., for which no proof is needed';
    'threatened that, if they did not agree, ...';
    'called for X and announced a march' (a second clause).
    """
    first = doc[start]
    if first.lower_ in RELATIVE and first.tag_ in ("WP", "WDT", "WRB"):
        return False
    if first.lower_ in ("if", "unless"):
        return False
    if first.pos_ == "ADP" and start + 1 < len(doc) and doc[start + 1].tag_ in ("WDT", "WP"):
        return False  # "..., for which no proof is needed"
    return start == content_start or first.tag_ not in ("VBD", "VBZ", "VBP", "MD")


def attach_bare_names(lexicon: Lexicon, doc: Doc, found: list[Item]) -> list[Item]:
    """'the resignation of Boluarte and Otárola': a bare name joins its neighbour item."""
    out: list[Item] = []
    pending: list[tuple[str, str]] = []
    for item in found:
        seg = (item.start, item.end)
        if item.demand_type is None and not item.targets and out and bare(
                lexicon, doc, seg, loose=True):
            out[-1].end = item.end  # "an Assembly of Workers and Peasants": one item
            continue
        if item.demand_type is None and item.targets and bare(lexicon, doc, seg):
            if out and out[-1].demand_type:
                out[-1].targets += item.targets
            else:
                pending += item.targets  # "Boluarte and Otárola must resign"
            continue
        if pending and item.demand_type:
            item.targets = pending + item.targets
            pending = []
        out.append(item)
    return out


def bare(lexicon: Lexicon, doc: Doc, seg: tuple[int, int], loose: bool = False) -> bool:
    """A segment that is only a name (with determiners and titles): 'President Boluarte'.

    Loose: also capitalised words ('Peasants' in 'an Assembly of Workers and Peasants').
    """
    return all(t.pos_ in ("PROPN", "DET", "PUNCT") or t.lower_ in lexicon.titles
               or (loose and t.is_title and t.i > t.sent.start)
               for t in doc[seg[0]:seg[1]])


def split_list(tokens: list[Token], on_words: bool = True,
               separators: frozenset[str] | tuple[str, ...] = SEPARATORS
               ) -> list[tuple[int, int]]:
    """'X, Y and Z' -> [(X), (Y), (Z)] as token ranges; separators and gaps split.

    Slogans split only at gaps between quotes: "Dina, renuncia" is one item.
    """
    segments: list[tuple[int, int]] = []
    start = prev = None
    for tok in tokens:
        is_sep = on_words and (
            tok.lower_ in separators or (tok.lower_ == "as" and as_well_as(tok))
            or range_edge(tok))
        gap = prev is not None and tok.i != prev + 1 and (not on_words or any(
            t.lower_ in separators for t in tok.doc[prev + 1:tok.i]))  # a comma left out
        if is_sep or gap:
            if start is not None:
                segments.append((start, prev + 1))
            start = None if is_sep else tok.i
        elif start is None:
            start = tok.i
        prev = tok.i
    if start is not None and prev is not None:
        segments.append((start, prev + 1))
    if not tokens:
        return []
    trimmed = [trim(tokens[0].doc, s) for s in segments]
    return [s for s in trimmed if s[1] > s[0]]


def trim(doc: Doc, seg: tuple[int, int]) -> tuple[int, int]:
    """Drop separators and punctuation at the edges (keep a closing quote after a word)."""
    start, end = seg
    while start < end and (doc[start].is_punct or doc[start].is_space
                           or doc[start].lower_ in ("well", "as", "also")):
        start += 1
    while end > start and (doc[end - 1].is_space or (
            doc[end - 1].is_punct and doc[end - 1].text not in QUOTE_CLOSE)):
        end -= 1
    return start, end
