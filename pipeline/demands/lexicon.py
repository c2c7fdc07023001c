"""The demands lexicon: loads models/<lang>/demands.yaml and types demand items.

Pure helpers, no spaCy: what counts as a trigger, which demand_type an item has, and
whether an actor is a protest actor or an authority are data decisions kept in the YAML;
this module only compiles and applies them, so they can be tested without a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from pipeline.errors import ConfigError

KINDS = ("demand", "call", "proposal", "promise")
MODES = ("object", "against", "quote")
POSES = ("VERB", "NOUN", "SCONJ")
TARGET_ROLES = ("person", "legislature", "any", "none")
# Quote marks are dropped before typing: 'ousting of “president” Boluarte'.
_QUOTES = re.compile(r"[\"“”‘’«»]|(?<!\w)'|'(?!\w)")
_SPACES = re.compile(r"\s+")
# Words and marks between list items (English; a lexicon's `separators` replaces them).
DEFAULT_SEPARATORS = (",", ";", "—", "–", "and", "or", "plus", "&")
# Pronouns that stand for one person named before ("her resignation"); a lexicon's
# `person_pronouns` replaces them ("su renuncia").
DEFAULT_PERSON_PRONOUNS = ("he", "she", "him", "her", "his")


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str  # VERB | NOUN
    kind: str
    mode: str
    prep: str | None = None
    typed_only: bool = False  # "the idea of ...": a row only when the item has a type
    clause_actor: bool = False  # "Miners went on strike for X": the clause subject demands


@dataclass(frozen=True)
class DemandType:
    name: str
    mm_category: str | None
    target: str  # person | legislature | any | none
    patterns: tuple[re.Pattern[str], ...]


@dataclass
class Lexicon:
    triggers: list[Trigger]
    types: dict[str, DemandType]
    against: dict[str, tuple[re.Pattern[str], ...]]
    against_bare_person: str | None
    other_categories: dict[str, tuple[re.Pattern[str], ...]]
    actor_proxies: frozenset[str]
    plural_actors: frozenset[str]
    rejection: frozenset[str]
    negation: frozenset[str]
    negating_heads: frozenset[str]
    list_heads: frozenset[str]
    noun_content_preps: frozenset[str]
    not_demands: tuple[re.Pattern[str], ...]
    not_demand_heads: frozenset[str]
    clause_breaks: frozenset[str]
    until_heads: frozenset[str]
    titles: frozenset[str]
    legislatures: frozenset[str]
    separators: frozenset[str] = frozenset(DEFAULT_SEPARATORS)
    person_pronouns: frozenset[str] = frozenset(DEFAULT_PERSON_PRONOUNS)
    trigger_lemmas: frozenset[str] = field(init=False)
    # classify() answers by (mode, cleaned item): every pattern is tried, items recur.
    classified: dict[tuple[str, str], str | None] = field(
        init=False, default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.trigger_lemmas = frozenset(t.lemma for t in self.triggers)

    def triggers_for(self, lemma: str, pos: str) -> list[Trigger]:
        """Triggers for a word used as VERB or NOUN ("demand" has both)."""
        return [t for t in self.triggers if t.lemma == lemma and t.pos == pos]

    def mm_category(self, demand_type: str) -> str | None:
        known = self.types.get(demand_type)
        return known.mm_category if known else None

    def target_role(self, demand_type: str) -> str:
        known = self.types.get(demand_type)
        return known.target if known else "none"


def clean_item(text: str) -> str:
    """'ousting of murderous “president” Boluarte' -> 'ousting of murderous president boluarte'."""
    return _SPACES.sub(" ", _QUOTES.sub(" ", text)).strip().lower()


def classify(lexicon: Lexicon, item: str, mode: str = "object") -> str | None:
    """The demand_type of one item: earliest pattern match wins, ties by lexicon order.

    'the closing down of the coup-plotting corrupt congress' -> 'dissolve_legislature';
    in mode 'against', 'the state of emergency' -> 'end_state_of_emergency'.
    """
    text = clean_item(item)
    cache = lexicon.classified
    if (mode, text) not in cache:
        if len(cache) >= CLASSIFIED_CACHE_SIZE:
            cache.clear()
        cache[mode, text] = _classify(lexicon, text, mode)
    return cache[mode, text]


CLASSIFIED_CACHE_SIZE = 100_000


def _classify(lexicon: Lexicon, text: str, mode: str) -> str | None:
    table = lexicon.against if mode == "against" else {
        name: spec.patterns for name, spec in lexicon.types.items()
    }
    best: tuple[int, int, str] | None = None
    for rank, (name, patterns) in enumerate(table.items()):
        for pattern in patterns:
            found = pattern.search(text)
            if found and (best is None or (found.start(), rank) < best[:2]):
                best = (found.start(), rank, name)
    return best[2] if best else None


def is_legislature(lexicon: Lexicon, text: str) -> bool:
    """'the coup-plotting corrupt congress' yes; 'Dina Boluarte' no."""
    return any(word in lexicon.legislatures for word in clean_item(text).split())


def strip_titles(lexicon: Lexicon, name: str) -> str:
    """'President Dina Boluarte's' -> 'Dina Boluarte'."""
    words = [w for w in name.replace("’", "'").split()
             if w.strip("\"“”'").lower() not in lexicon.titles and w.lower() != "the"]
    text = " ".join(words).strip("\"“”' ")
    return text[:-2] if text.endswith("'s") else text


def is_not_demand(lexicon: Lexicon, item: str) -> bool:
    """'a nationwide general strike', 'the movement to spread' are actions, not demands."""
    text = clean_item(item)
    return not text or any(p.search(text) for p in lexicon.not_demands)


def other_category(lexicon: Lexicon, item: str) -> str | None:
    """The mm_category of an untyped item: 'a share of the profits' -> tax policy."""
    text = clean_item(item)
    for category, patterns in lexicon.other_categories.items():
        if any(p.search(text) for p in patterns):
            return category
    return None


@lru_cache(maxsize=8)
def load_lexicon(models_dir: str, lang: str = "en") -> Lexicon:
    """Read and compile models_dir/<lang>/demands.yaml once per process."""
    path = Path(models_dir) / lang / "demands.yaml"
    if not path.is_file():
        raise ConfigError(f"{path}: demands lexicon not found; expected models/{lang}/demands.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return Lexicon(
        triggers=[_trigger(path, spec) for spec in data.get("triggers", [])],
        types={name: _demand_type(path, name, spec) for name, spec in data["types"].items()},
        against={
            name: _compile(path, f"against.{name}", pats)
            for name, pats in (data.get("against") or {}).items()
        },
        against_bare_person=data.get("against_bare_person"),
        other_categories={
            category: _compile(path, f"other_categories.{category}", pats)
            for category, pats in (data.get("other_categories") or {}).items()
        },
        actor_proxies=_words(data.get("actor_proxies")),
        plural_actors=_words(data.get("plural_actors")),
        rejection=_words(data.get("rejection")),
        negation=_words(data.get("negation")),
        negating_heads=_words(data.get("negating_heads")),
        list_heads=_words(data.get("list_heads")),
        noun_content_preps=_words(data.get("noun_content_preps")),
        not_demands=_compile(path, "not_demands", data.get("not_demands") or []),
        not_demand_heads=_words(data.get("not_demand_heads")),
        clause_breaks=_words(data.get("clause_breaks")),
        until_heads=_words(data.get("until_heads")),
        titles=_words(data.get("titles")),
        legislatures=_words(data.get("legislatures")),
        separators=_words(data.get("separators") or DEFAULT_SEPARATORS),
        person_pronouns=_words(data.get("person_pronouns") or DEFAULT_PERSON_PRONOUNS),
    )


def _words(items: list[str] | None) -> frozenset[str]:
    return frozenset(str(w).lower() for w in items or [])


def _trigger(path: Path, spec: dict) -> Trigger:
    kind, mode = spec.get("kind", "demand"), spec.get("mode", "object")
    if kind not in KINDS or mode not in MODES or spec.get("pos") not in POSES:
        raise ConfigError(
            f"{path}: triggers: bad entry {spec!r}; expected pos one of {POSES}, "
            f"kind one of {KINDS}, mode one of {MODES}"
        )
    return Trigger(spec["lemma"], spec["pos"], kind, mode, spec.get("prep"),
                   bool(spec.get("typed_only", False)), bool(spec.get("clause_actor", False)))


def _demand_type(path: Path, name: str, spec: dict) -> DemandType:
    target = spec.get("target", "none")
    if target not in TARGET_ROLES:
        raise ConfigError(f"{path}: types.{name}.target: {target!r}; expected {TARGET_ROLES}")
    return DemandType(
        name, spec.get("mm_category"), target,
        _compile(path, f"types.{name}", spec.get("patterns") or []),
    )


def _compile(path: Path, where: str, patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as err:
            raise ConfigError(f"{path}: {where}: bad regex {pattern!r}: {err}") from err
    return tuple(compiled)
