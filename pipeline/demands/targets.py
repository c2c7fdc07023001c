"""Whom a demand is about: people, the legislature or a named thing, as canonical names.

Targets resolve to the same (canonical, entity_key) pairs as the entities table: the
entities stage's mentions first (their labels are repaired and "Castillo" already reads
"Pedro Castillo"), then models/aliases.yaml.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.demands.context import DocContext, Item, Person
from pipeline.demands.lexicon import Lexicon, is_legislature, strip_titles
from pipeline.demands.syntax import SUBJECTS
from pipeline.normalize.names import entity_key, resolve_alias


def build_context(doc: Doc, lexicon: Lexicon, models_dir: str) -> DocContext:
    """Everything the readers need about one document, computed once per call."""
    mentions = tuple(sorted(doc._.entity_mentions or [], key=lambda m: m.start_char))
    bare = DocContext(doc, lexicon, models_dir, mentions)
    return DocContext(doc, lexicon, models_dir, mentions, tuple(people_in(bare)))


def people_in(ctx: DocContext) -> list[Person]:
    """Every person named in the doc: the entity mentions labelled PERSON.

    The entities stage repairs labels (a surname of a person is PERSON, an alias carries
    its label), so its mentions are the one list of people; no word list of our own.
    """
    doc = ctx.doc
    people: list[Person] = []
    for mention in ctx.mentions:
        span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        if span is not None and mention.label == "PERSON" and not is_legislature(
                ctx.lexicon, span.text):
            people.append(Person(span.start, span.end, span.root.dep_ in SUBJECTS,
                                 canonical(ctx, span)))
    return sorted(people, key=lambda p: p.start)


def canonical(ctx: DocContext, span: Span) -> tuple[str, str]:
    """'President Boluarte' -> ('Dina Boluarte', 'dina-boluarte'), via mentions or aliases."""
    mention = ctx.mention_at(span.start_char)
    if mention is not None:
        if not resolve_alias(mention.canonical, ctx.models_dir):
            inside = alias_inside(ctx, span)  # a slogan: 'Fuera Boluarte'
            if inside:
                return inside
        return mention.canonical, mention.entity_key or entity_key(
            mention.canonical, ctx.models_dir)
    name = strip_titles(ctx.lexicon, span.text)
    known = resolve_alias(name, ctx.models_dir) or alias_inside(ctx, span)
    if known:
        return known
    last = name.split()[-1] if name.split() else name
    for ent in ctx.doc.ents:  # "Otárola" -> "Alberto Otárola" named earlier in the article
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == last:
            full = strip_titles(ctx.lexicon, ent.text)
            return full, entity_key(full, ctx.models_dir)
    return name, entity_key(name, ctx.models_dir)


def alias_inside(ctx: DocContext, span: Span) -> tuple[str, str] | None:
    """'Fuera Boluarte' (one entity to the model) -> the known name inside it."""
    for size in range(len(span) - 1, 0, -1):
        for left in range(0, len(span) - size + 1):
            known = resolve_alias(span[left:left + size].text, ctx.models_dir)
            if known:
                return known
    return None


def previous_person(ctx: DocContext, index: int) -> tuple[str, str] | None:
    """The person a pronoun stands for ('her resignation' -> Dina Boluarte).

    The nearest person named before it as a clause subject, else the nearest person:
    'He dismissed his prime minister, Bellido. ... he promised' is not Bellido.
    """
    before = [p for p in ctx.people if p.end <= index]
    subjects = [p for p in before if p.is_subject]
    return (subjects or before)[-1].name if before else None


def next_person(ctx: DocContext, tok: Token) -> tuple[str, str] | None:
    """Cataphora: 'Calls for her resignation grew ... Boluarte's police' -> Boluarte."""
    after = [p for p in ctx.people if tok.i < p.start < tok.sent.end]
    return after[0].name if after else None


def person_candidates(ctx: DocContext, start: int, end: int) -> list[tuple[str, str]]:
    """People named in tokens [start, end): 'the release of Castillo and his ministers'."""
    inside = [p for p in ctx.people if start <= p.start and p.end <= end]
    found = [(p.start, p.name) for p in inside]
    covered = {i for p in inside for i in range(p.start, p.end)}
    for tok in ctx.doc[start:end]:
        if tok.i in covered:
            continue
        if tok.lower_ in ctx.lexicon.person_pronouns and (  # "her resignation"
                tok.pos_ == "PRON" or "Yes" in tok.morph.get("Poss")):  # "su renuncia"
            person = previous_person(ctx, tok.i) or next_person(ctx, tok)
            if person:
                found.append((tok.i, person))
        elif tok.pos_ == "PROPN" and not tok.ent_type_ and resolve_alias(
                tok.text, ctx.models_dir):  # "free Castillo" with no entity on "Castillo"
            if not is_legislature(ctx.lexicon, tok.text):
                found.append((tok.i, canonical(ctx, ctx.doc[tok.i:tok.i + 1])))
    return [c for _, c in sorted(found, key=lambda f: f[0])]


def legislature(ctx: DocContext, start: int, end: int) -> tuple[str, str] | None:
    """'the coup-plotting corrupt congress' -> ('Congress of the Republic of Peru', ...)."""
    doc = ctx.doc
    for tok in doc[start:end]:
        if tok.lower_ in ctx.lexicon.legislatures:
            for left in range(max(start, tok.i - 2), tok.i + 1):
                known = resolve_alias(doc[left:tok.i + 1].text, ctx.models_dir)
                if known:
                    return known
            return "Congress", entity_key("Congress", ctx.models_dir)
    return None


def any_entities(ctx: DocContext, start: int, end: int) -> list[tuple[str, str]]:
    """The named thing in an item: 'renationalize the Camisea gas field' -> Camisea gas
    field. Generic objects ('the mining contracts') have no target."""
    doc = ctx.doc
    for tok in doc[start:end]:
        if tok.pos_ == "PROPN" and not is_legislature(ctx.lexicon, tok.text):
            right = tok.i
            while right + 1 < end and doc[right + 1].pos_ in ("PROPN", "NOUN") and \
                    doc[right].dep_ == "compound":
                right += 1
            return [canonical(ctx, doc[tok.i:right + 1])]
    return []


def targets(ctx: DocContext, item: Item, later: list[Item],
            rejecter: tuple[str, str] | None, kind: str) -> list[tuple[str, str]]:
    """The targets of one item, by the role its type gives them (models/en/demands.yaml)."""
    role = ctx.lexicon.target_role(item.demand_type or "other")
    if role == "none":
        return []
    if role == "legislature":
        found = legislature(ctx, item.start, item.end)
        return [found] if found else []
    if role == "any":
        return any_entities(ctx, item.start, item.end)
    people = unique(item.targets)
    if not people and item.end - item.start <= 2:  # "the release and reinstatement of X"
        people = next((unique(n.targets) for n in later if n.targets), [])
    if not people and rejecter and item.demand_type == "remove_official":
        people = [rejecter]  # "Boluarte rejected calls to resign"
    if not people and kind == "proposal" and item.demand_type == "remove_official":
        found = previous_person(ctx, item.start)  # "Castillo was facing a motion"
        people = [found] if found else []
    return people


def unique(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """One pair per key, first seen first."""
    seen, out = set(), []
    for pair in pairs:
        if pair[1] not in seen:
            seen.add(pair[1])
            out.append(pair)
    return out
