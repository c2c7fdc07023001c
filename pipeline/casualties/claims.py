"""Trigger -> victims -> count -> CasualtyClaim rows, one per (kind, counted words).

Two triggers often reach the same counted words ("the death toll ... 30 civilians
killed"); they make one claim, merged, so a figure is never counted twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
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
from pipeline.casualties.counts import count_of, ordinal_toll, whole_count
from pipeline.casualties.headlines import inside, title_case_lines
from pipeline.casualties.kinds import is_irrealis, life_fighter, trigger_kind
from pipeline.casualties.lexicon import Lexicon
from pipeline.casualties.people import is_person
from pipeline.casualties.victims import coordination_start, toll_value, victim_of
from pipeline.extensions import doc_text
from pipeline.normalize.numbers import Count
from pipeline.types import CasualtyClaim

ClaimKey = tuple[str, int]  # (kind, index of the first counted token)
# A video's running time in a list of clips: "0:53 Man shot to death at mart 2:18 ...".
CLIP_TIME = re.compile(r"\d{1,2}:\d\d")
CLIP_WINDOW = 30  # tokens either side where more running times show a list
CLIP_TIMES = 3
DASHES = "-\u2013\u2014"  # a dateline's dash: "CUDAHY, CA - A man ..."
DATELINE_WORDS = 6  # "CUDAHY, CA -": the dash within a few words of the dateline
# The day a claim starting at a character offset refers to (the dates stage's reading).
DateFor = Callable[[Doc, int], date | None]
# A text parsed by the pipeline's earlier stages, and its trigger positions.
Reparse = Callable[[str], tuple[Doc, list[int]]]


def claims_in(
    doc: Doc, starts: Iterable[int], lex: Lexicon, date_for: DateFor,
    reparse: Reparse | None = None,
) -> list[CasualtyClaim]:
    """The document's claims from its trigger positions (each read once), by start_char;
    `date_for` gives each claim its event_date. With `reparse`, Title Case lines are read
    again in lower case (pipeline/casualties/headlines.py)."""
    found = claims_at(doc, starts, lex, date_for)
    lines = title_case_lines(doc_text(doc)) if reparse is not None else []
    if not lines:
        return found
    kept = [c for c in found if not inside(c.end_char - 1, lines)]  # ends in the line
    for low, high in lines:
        if not clip_line(doc, low, high):
            kept.extend(recased_claims(doc, low, high, lex, date_for, reparse))
    return sorted(kept, key=lambda c: (c.start_char, c.kind))


def recased_claims(
    doc: Doc, low: int, high: int, lex: Lexicon, date_for: DateFor, reparse: Reparse
) -> list[CasualtyClaim]:
    """The claims of one Title Case line, read in lower case ("Teen Shot and Killed" ->
    "teen shot and killed"), with offsets and dates in the original document."""
    line, starts = reparse(doc_text(doc)[low:high].lower())

    def line_date(_: Doc, start: int) -> date | None:
        return date_for(doc, low + start)

    return [replace(c, start_char=c.start_char + low, end_char=c.end_char + low)
            for c in claims_at(line, starts, lex, line_date)]


def claims_at(
    doc: Doc, starts: Iterable[int], lex: Lexicon, date_for: DateFor
) -> list[CasualtyClaim]:
    """One claim per (kind, counted words) from the trigger positions, by start_char."""
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


def hometown_holder(antecedent: Token, lex: Lexicon) -> Token:
    """A relative clause hung on a person's hometown is about the person: "Joshua Hale, of
    [Yorktown], who had been shot" (Hale)."""
    prep = antecedent.head
    if (antecedent.ent_type_ in lex.location_labels and antecedent.dep_ in lex.syntax.pobj
            and prep.head.i != prep.i and prep.head.pos_ in ("NOUN", "PROPN")):
        return prep.head
    return antecedent


def shared_relative(antecedent: Token, lex: Lexicon) -> Token:
    """A relative clause on the last of coordinated groups, in the plural, is about them
    all: "one woman and [three men] who had been shot" (four); not "two women and a man who
    was shot" (the man)."""
    if antecedent.morph.get("Number") != ["Plur"]:
        return antecedent
    return coordination_start(antecedent, lex)


def loose_antecedent(relative: Token, lex: Lexicon) -> Token | None:
    """The person a relative clause the parser hung on the verb is about: "police found
    [another man] a block away who had been shot" (the clause a ccomp of "found", the man
    its object, before the pronoun)."""
    clause = relative.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    obj = next((c for c in clause.head.children if c.dep_ in lex.syntax.object
                and c.i < relative.i), None)
    if obj is not None and (is_person(obj, lex) or obj.ent_type_ in lex.person_labels):
        return obj
    return None


def claim_for(
    trigger: Token, lex: Lexicon, date_for: DateFor
) -> tuple[CasualtyClaim, ClaimKey] | None:
    """The claim a trigger makes, keyed by (kind, first counted token) for de-duplication."""
    kind, is_toll = trigger_kind(trigger, lex)
    if kind is None or is_irrealis(trigger, lex):
        return None
    victim = toll_value(trigger, lex) if is_toll else victim_of(trigger, lex)
    if kind == "injured" and trigger.lemma_.lower() in lex.life_nouns:
        victim = life_fighter(trigger, lex)  # "left [a woman] fighting for her life"
    if victim is None:
        return None
    syn = lex.syntax
    clause = None
    if syn.relative(victim) and victim.head.dep_ in syn.relative_clause:
        clause = victim.head
        # "the man who died", "one woman and three men who had been shot"
        victim = shared_relative(hometown_holder(victim.head.head, lex), lex)
    elif syn.relative(victim) and (held := loose_antecedent(victim, lex)) is not None:
        # "found another man a block away who had been shot"
        clause, victim = victim.head, held
    elif trigger.lower_ in lex.lethal_adverbs and victim.i < trigger.i:
        clause = trigger  # "shot, [one] fatally and four with minor injuries": one
    victim = past_dateline(victim, lex)
    counted = whole_count(victim, clause or trigger, lex) or count_of(victim, lex, clause)
    if counted is None:
        return None
    count, first, last, zero = counted
    if in_clip_list(first, trigger):
        return None
    nth = ordinal_toll(victim, lex) if kind == "killed" and count.count == 1 else None
    if nth is not None:
        count = Count(nth, nth, None, "at_least")  # "a third person has died"
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


def in_clip_list(first: Token, trigger: Token) -> bool:
    """A clip's title in a page's video list, not the story: "0:47 Suspect arrives in court
    0:53 Man shot to death at mart" (a running time right before the claim or opening its
    line, and more of them around)."""
    start, doc = min(first.i, trigger.i), first.doc
    if CLIP_TIME.fullmatch(doc[start].text):
        start += 1  # the running time read as the claim's figure: "[0:53] Man shot"
    start = clip_title_start(doc, start)
    if start == 0 or not CLIP_TIME.fullmatch(doc[start - 1].text):
        return False
    if start > 1 and doc[start - 2].pos_ == "ADP":
        return False  # a time of day: "at 10:30 a man was shot"
    near = doc[max(0, start - CLIP_WINDOW): start + CLIP_WINDOW]  # the list spans sentences
    return sum(running_time(t) for t in near) >= CLIP_TIMES


def clip_line(doc: Doc, low: int, high: int) -> bool:
    """A Title Case line that is a clip's title in a video list: "0:39 Man Charged With
    Killing Son Pause" above "4:36 Dash Cam Video" (read alone, it would look a story)."""
    line = doc.char_span(low, high, alignment_mode="expand")
    if line is None or not line or not running_time(line[0]):
        return False
    near = doc[max(0, line.start - CLIP_WINDOW): line.end + CLIP_WINDOW]
    return sum(running_time(t) for t in near) >= CLIP_TIMES


def running_time(tok: Token) -> bool:
    """"0:53" of a clip list; not a time of day: "at 9:05", "and 9:10"."""
    return (CLIP_TIME.fullmatch(tok.text) is not None
            and (tok.i == 0 or tok.nbor(-1).pos_ not in ("ADP", "CCONJ")))


def clip_title_start(doc: Doc, start: int) -> int:
    """Where the line of a claim's first word begins when a running time opens it: "0:39
    Man charged with [killing] his son" (the clip's whole title is on one line)."""
    at = start
    while at > 0 and start - at < CLIP_WINDOW and "\n" not in doc[at - 1].text:
        if CLIP_TIME.fullmatch(doc[at - 1].text) and (at == 1 or "\n" in doc[at - 2].text):
            return at
        at -= 1
    return start


def past_dateline(victim: Token, lex: Lexicon) -> Token:
    """"ITASCA COUNTY, MN - A 17-year-old male is dead": a dateline parsed as the subject,
    with the real subject as its apposition; the apposition is the victim."""
    if victim.ent_type_ not in lex.location_labels and not dashed_dateline(victim):
        return victim
    for child in victim.children:
        if child.dep_ == "appos" and child.i > victim.i:
            return child
    return victim


def dashed_dateline(victim: Token) -> bool:
    """A capitalised dateline the model labels no place, a dash before the sentence:
    "CUDAHY, CA - A man was fatally shot" (the subject "CUDAHY", "man" its apposition)."""
    doc = victim.doc
    dash = next((t for t in doc[victim.i + 1: victim.i + DATELINE_WORDS]
                 if t.text[:1] in DASHES), None)
    return victim.is_upper and dash is not None and any(
        c.dep_ == "appos" and c.i > dash.i for c in victim.children)


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
