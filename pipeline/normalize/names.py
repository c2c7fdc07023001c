"""Cross-article keys for names: the same actor gets the same key in every article.

"Boluarte's" and "BOLUARTE" and "Dina Boluarte" differ as text; their keys should not.
Aliases ("the Peruvian Congress", "parliament") come from models/aliases.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

_POSSESSIVE = re.compile(r"[’']s?$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """'the Peruvian Congress’s' -> 'peruvian-congress'; accents folded ('Béjar' -> 'bejar')."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _LEADING_THE.sub("", text.strip())
    text = _POSSESSIVE.sub("", text)
    return _NON_WORD.sub("-", text.lower()).strip("-")


@dataclass(frozen=True)
class Alias:
    canonical: str
    key: str
    label: str | None


@lru_cache(maxsize=8)
def load_aliases(models_dir: str) -> dict[str, Alias]:
    """Map each alias slug to its Alias from models_dir/aliases.yaml."""
    path = Path(models_dir) / "aliases.yaml"
    if not path.is_file():
        return {}
    table = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    aliases: dict[str, Alias] = {}
    for canonical, spec in table.items():
        entry = Alias(canonical, spec.get("key") or slug(canonical), spec.get("label"))
        for alias in [canonical, *spec.get("aliases", [])]:
            aliases[slug(alias)] = entry
    return aliases


@lru_cache(maxsize=8)
def labelled_alias_names(models_dir: str) -> tuple[str, ...]:
    """Every written form of the aliases that carry a label: a gazetteer for missed names."""
    path = Path(models_dir) / "aliases.yaml"
    table = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return tuple(
        name
        for canonical, spec in (table or {}).items()
        if spec.get("label")
        for name in [canonical, *spec.get("aliases", [])]
    )


def lookup_alias(name: str, models_dir: str) -> Alias | None:
    return load_aliases(models_dir).get(slug(name))


def resolve_alias(name: str, models_dir: str) -> tuple[str, str] | None:
    """(canonical, key) when `name` is a known alias, else None."""
    alias = lookup_alias(name, models_dir)
    return (alias.canonical, alias.key) if alias else None


def entity_key(canonical: str, models_dir: str | None = None) -> str:
    """The cross-article key of a canonical name (alias table first, then its slug)."""
    if models_dir:
        alias = lookup_alias(canonical, models_dir)
        if alias:
            return alias.key
    return slug(canonical)
