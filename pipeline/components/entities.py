"""Entities: NER mentions cleaned, resolved to one canonical name per article, described.

Within an article, "Castillo" resolves to "Pedro Castillo" (and "Dina" to "Dina Boluarte")
when exactly one full name in the article ends (or starts) with it; a surname shared by two
full names ("Fujimori": Keiko and Alberto) stays unresolved, with no entity_key, rather
than being wrongly merged.
Labels are repaired: a surname of a person is PERSON, an alias with a known label gets it,
otherwise the majority label of the cluster wins. Titles ("President") and the words an
outlet attaches to a name ("murderous", "right-wing demagogue") become descriptors.
Places (GPE, LOC, FAC) are resolved in the gazetteer (pipeline.places) within the country
the article mentions most: "Juliaca" -> place_key "PE-PUN:juliaca", region "PE-PUN".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from spacy.attrs import ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.components.guard import guarded
from pipeline.extensions import register_extensions
from pipeline.lexicons import load_lexicon_data
from pipeline.normalize.names import entity_key, labelled_alias_names, lookup_alias
from pipeline.places import country_hint, gazetteer
from pipeline.types import EntityMention

DESCRIPTOR_DEPS = {"amod", "compound", "nmod", "nn"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MAX_DESCRIPTOR_TOKENS = 5
_YEAR_PREFIX = re.compile(r"^\d{4}\s+")  # "2006 Constituent Assembly" -> "constituent assembly"
# Names recur in every article: their keys and aliases are worked out once per process.
_entity_key = lru_cache(maxsize=1 << 16)(entity_key)
_lookup_alias = lru_cache(maxsize=1 << 16)(lookup_alias)


@dataclass(frozen=True)
class EntityLexicon:
    labels: frozenset[str]
    titles: frozenset[str]
    label_fixes: dict[str, str]
    not_entities: frozenset[str]
    # The model's labels -> ours (es_core_news_sm: PER -> PERSON, LOC -> GPE); others kept.
    label_map: dict[str, str] = field(default_factory=dict)
    trim_leading: frozenset[str] = frozenset({"the", "a", "an"})
    # First words that make a name an organisation: "Ministerio de Salud" -> ORG.
    org_heads: frozenset[str] = frozenset()
    # Drop spans with no proper noun ("rebelión" tagged PER by the small Spanish model).
    require_propn: bool = False
    # Parts of speech trimmed from the end of a span: "Pedro Castillo duró" -> "Pedro Castillo".
    trim_trailing_pos: frozenset[str] = frozenset()


@lru_cache(maxsize=8)
def load_lexicon(models_dir: str, lang: str = "en") -> EntityLexicon:
    """models_dir/<lang>/entities.yaml as an EntityLexicon."""
    raw = load_lexicon_data(models_dir or None, lang, "entities")
    return EntityLexicon(
        labels=frozenset(raw["labels"]),
        titles=frozenset(t.lower() for t in raw["titles"]),
        label_fixes=dict(raw.get("label_fixes") or {}),
        not_entities=frozenset(t.lower() for t in raw.get("not_entities") or []),
        label_map=dict(raw.get("label_map") or {}),
        trim_leading=frozenset(w.lower() for w in raw.get("trim_leading") or
                               ("the", "a", "an")),
        org_heads=frozenset(w.lower() for w in raw.get("org_heads") or []),
        require_propn=bool(raw.get("require_propn", False)),
        trim_trailing_pos=frozenset(raw.get("trim_trailing_pos") or []),
    )


@dataclass
class _Mention:
    span: Span
    label: str
    descriptors: list[str] = field(default_factory=list)
    scare_quoted: bool = False


@Language.factory("newsclaims_entities", default_config={"models_dir": ""})
def make_entities(nlp: Language, name: str, models_dir: str):
    register_extensions()
    lexicon = load_lexicon(models_dir, nlp.lang)
    known_names = PhraseMatcher(nlp.vocab, attr="LOWER")
    known_names.add("ALIAS", list(nlp.tokenizer.pipe(labelled_alias_names(models_dir))))
    gazetteer(models_dir or None)  # loaded now: a start-up cost, not the first document's

    def component(doc: Doc) -> Doc:
        mentions = [m for ent in doc.ents if (m := _clean(ent, lexicon)) is not None]
        mentions += _known_names(doc, known_names, mentions, models_dir)
        doc._.entity_mentions = _place(_resolve(doc, mentions, models_dir), models_dir)
        return doc

    return guarded("entity_mentions", component)


def _clean(ent: Span, lexicon: EntityLexicon) -> _Mention | None:
    """Trim articles, possessives and stray brackets; move leading titles to descriptors."""
    model_label = lexicon.label_map.get(ent.label_, ent.label_)
    if model_label not in lexicon.labels:
        return None
    doc, start, end = ent.doc, ent.start, ent.end
    for i in range(start, end):  # "the Peru Libre (Free Peru" -> "the Peru Libre"
        if doc[i].text in "([":
            end = i
            break
    while start < end and (doc[start].lower_ in lexicon.trim_leading or _is_junk(doc[start])):
        start += 1
    while end > start and (_is_junk(doc[end - 1]) or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].pos_ in lexicon.trim_trailing_pos):
        end -= 1
    descriptors, quoted = [], False
    while start < end - 1:
        title = _title_at(doc, start, end, lexicon.titles)
        if not title:
            break
        descriptors.append(doc[start : start + title].text.lower())
        start += title
    if start >= end:
        return None
    span = doc[start:end]
    if _YEAR_PREFIX.sub("", span.text.lower()) in lexicon.not_entities:
        return None
    if lexicon.require_propn and not any(t.pos_ == "PROPN" for t in span):
        return None
    label = lexicon.label_fixes.get(span.text, model_label)
    if span[0].lower_ in lexicon.org_heads:  # "Ministerio de Salud", "Poder Judicial"
        label = "ORG"
    more, quoted = _descriptors(span)
    descriptors += more
    # "foreign minister Béjar", "his prime minister, Bellido": a title names a person.
    if len(span) <= 3 and any(_ends_with_title(d, lexicon.titles) for d in descriptors):
        label = "PERSON"
    return _Mention(span, label, descriptors, quoted)


def _ends_with_title(descriptor: str, titles: frozenset[str]) -> bool:
    words = descriptor.split()
    return " ".join(words[-2:]) in titles or (bool(words) and words[-1] in titles)


def _known_names(
    doc: Doc, gazetteer: PhraseMatcher, mentions: list[_Mention], models_dir: str
) -> list[_Mention]:
    """Names in the alias table that the model did not tag ("CONFIEP", "parliament")."""
    covered = {i for m in mentions for i in range(m.span.start, m.span.end)}
    found = []
    for span in filter_spans(gazetteer(doc, as_spans=True)):
        if covered.isdisjoint(range(span.start, span.end)):
            alias = _lookup_alias(span.text, models_dir)
            if alias and alias.label:
                more, quoted = _descriptors(span)
                found.append(_Mention(span, alias.label, more, quoted))
    return found


def _is_junk(token: Token) -> bool:
    return token.is_space or token.is_punct or token.is_quote


def _title_at(doc: Doc, start: int, end: int, titles: frozenset[str]) -> int:
    for size in (2, 1):
        if start + size < end and doc[start : start + size].text.lower() in titles:
            return size
    return 0


def _descriptors(span: Span) -> tuple[list[str], bool]:
    """Words attached to the name by the parse: modifiers, titles, appositions."""
    root = span.root
    found: list[str] = []
    quoted = False
    for child in root.lefts:
        if child.i >= span.start or child.dep_ not in DESCRIPTOR_DEPS or child.ent_type_:
            continue
        text = _phrase(child, stop=span.start)
        if text:
            found.append(text)
            quoted = quoted or _in_quotes(child)
    appositions = [c for c in root.children if c.dep_ == "appos" and _common_noun(c)]
    if root.dep_ == "appos" and _common_noun(root.head):
        appositions.append(root.head)
    for head in appositions:
        words = [t for t in head.lefts if t.dep_ in DESCRIPTOR_DEPS and not t.ent_type_]
        text = " ".join(_phrase(t, stop=head.i) for t in words)
        found.append(f"{text} {head.text}".strip().lower())
    return [d for d in dict.fromkeys(found) if d], quoted


def _common_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and not token.ent_type_


def _phrase(token: Token, stop: int) -> str:
    tokens = [
        t for t in token.subtree
        if t.i < stop and t.dep_ not in ("det", "poss") and not t.is_quote and not t.is_space
    ][:MAX_DESCRIPTOR_TOKENS]
    return "".join(t.text_with_ws for t in tokens).strip().lower()


def _in_quotes(token: Token) -> bool:
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i - 1].is_quote and doc[token.i + 1].is_quote


def _name(span: Span) -> str:
    return " ".join(span.text.split())


def _resolve(doc: Doc, mentions: list[_Mention], models_dir: str) -> list[EntityMention]:
    """Cluster mentions on canonical names and pick each cluster's label."""
    by_part: dict[str, set[str]] = defaultdict(set)  # "Castillo", "Dina" -> full names
    for m in mentions:
        if m.label == "PERSON" and len(m.span) >= 2:
            by_part[m.span[-1].text].add(_name(m.span))
            by_part[m.span[0].text].add(_name(m.span))
    persons = {name for names in by_part.values() for name in names}
    mentions += _missed_surnames(doc, mentions, by_part)

    resolved = []  # (mention, canonical, ambiguous, alias label)
    for m in mentions:
        name = _name(m.span)
        full_names = by_part.get(name, set()) if len(m.span) == 1 else set()
        alias = _lookup_alias(name, models_dir)
        if len(full_names) > 1:
            resolved.append((m, name, True, "PERSON"))
        elif full_names:
            resolved.append((m, next(iter(full_names)), False, "PERSON"))
        elif alias:
            resolved.append((m, alias.canonical, False, alias.label))
        else:
            resolved.append((m, name, False, None))

    votes: dict[str, Counter] = defaultdict(Counter)
    for m, canonical, _, _ in resolved:
        votes[canonical][m.label] += 1
    out = []
    for m, canonical, ambiguous, fixed in resolved:
        label = "PERSON" if canonical in persons else fixed or votes[canonical].most_common(1)[0][0]
        out.append(
            EntityMention(
                start_char=m.span.start_char,
                end_char=m.span.end_char,
                text=m.span.text,
                label=label,
                canonical=canonical,
                entity_key=None if ambiguous else _entity_key(canonical, models_dir),
                descriptors=m.descriptors,
                scare_quoted=m.scare_quoted,
            )
        )
    return sorted(out, key=lambda e: e.start_char)


def _place(mentions: list[EntityMention], models_dir: str) -> list[EntityMention]:
    """Fill place_key/region/country for the place names the gazetteer knows."""
    places = [m for m in mentions if m.label in PLACE_LABELS]
    if not places:
        return mentions
    gaz = gazetteer(models_dir or None)
    hint = country_hint([m.canonical for m in places], models_dir or None)
    for m in places:
        place = gaz.resolve(m.canonical, hint)
        if place is not None:
            m.place_key, m.place_region, m.place_country = (
                place.key, place.region_key, place.country_code)
    return mentions


def _missed_surnames(
    doc: Doc, mentions: list[_Mention], by_surname: dict[str, set[str]]
) -> list[_Mention]:
    """Bare surnames of people named in full elsewhere that the model did not tag."""
    if not by_surname:
        return []
    covered = {i for m in mentions for i in range(m.span.start, m.span.end)}
    extra = []
    # Tokens whose text is a known part and whose POS is PROPN, located with numpy.
    strings = doc.vocab.strings
    wanted = np.array([strings.add(part) for part in by_surname], dtype="uint64")
    columns = doc.to_array([ORTH, POS])
    hits = np.isin(columns[:, 0], wanted) & (columns[:, 1] == PROPN)
    for i in np.flatnonzero(hits).tolist():
        if i not in covered:
            span = doc[i : i + 1]
            more, quoted = _descriptors(span)
            extra.append(_Mention(span, "PERSON", more, quoted))
    return extra
