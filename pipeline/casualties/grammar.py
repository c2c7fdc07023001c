"""The parser's vocabulary: which dependency labels and tags play which role, per language.

English models label with ClearNLP (nsubjpass, dobj, prep -> pobj, tags VBN/NN); Spanish
ones with Universal Dependencies (nsubj, obj, obl/nmod + case, morphology VerbForm=Part).
The casualty rules ask roles ("the passive subject", "a participle"), and this module
answers from the `syntax:` section of models/<lang>/casualties.yaml; without that section
the English (ClearNLP) reading below applies. Pure: no spaCy import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


class TokenLike(Protocol):
    tag_: str
    pos_: str
    morph: Any


@dataclass(frozen=True)
class TokenTest:
    """A token class by tag, tag prefix, coarse POS and morphology (all that are given):
    {tag: [VBN]} is an English participle, {morph: {VerbForm: Part}} a Spanish one."""

    tags: frozenset[str] = frozenset()
    tag_prefix: str = ""
    pos: frozenset[str] = frozenset()
    morph: Mapping[str, str] = field(default_factory=dict)

    def __call__(self, tok: TokenLike) -> bool:
        if self.tags and tok.tag_ not in self.tags:
            return False
        if self.tag_prefix and not tok.tag_.startswith(self.tag_prefix):
            return False
        if self.pos and tok.pos_ not in self.pos:
            return False
        for feature, value in self.morph.items():
            values = {v for vs in tok.morph.get(feature) for v in vs.split(",")}
            if value not in values:
                return False
        return True


def token_test(data: Mapping[str, Any]) -> TokenTest:
    return TokenTest(
        tags=frozenset(data.get("tag") or ()),
        tag_prefix=str(data.get("tag_prefix") or ""),
        pos=frozenset(data.get("pos") or ()),
        morph={str(k): str(v) for k, v in (data.get("morph") or {}).items()},
    )


# The English (ClearNLP) reading, used when a lexicon has no `syntax:` section.
ENGLISH_SYNTAX: dict[str, Any] = {
    "subject": ["nsubj"],                # "[police] killed two"
    "passive_subject": ["nsubjpass"],    # "[17] were killed"
    "passive_aux": ["auxpass"],          # "17 [were] killed"
    "object": ["dobj"],                  # "killing [18]"
    "agent": ["agent"],                  # "killed [by] the army"
    "agent_preps": ["by"],               # a passive agent's preposition: "grazed [by] a bullet"
    "negation": ["neg"],                 # "were [not] injured"
    "negation_words": [],
    "relative_clause": ["relcl"],        # "the man [who died]"
    "possessive": ["poss"],              # "[her son]'s death"
    "interjection": ["intj"],            # headline "[Boy], 13, dies" misread as an interjection
    "complement": ["acomp", "oprd", "xcomp", "ccomp"],  # "remain [missing]"
    "prepositions": "head",              # "head": prep -> pobj; "case": obl/nmod <- case
    "prep": ["prep"],
    "pobj": ["pobj"],
    "case": [],
    "contractions": {},
    "linear_counts": False,              # read a count from the words before a noun
    "tests": {
        "verb": {"tag_prefix": "VB"},
        "participle": {"tag": ["VBN"]},
        "past": {"tag": ["VBD"]},
        "gerund": {"tag": ["VBG"]},
        "infinitive": {"tag": ["VB"]},
        "singular_noun": {"tag": ["NN"]},
        "proper_noun": {"tag": ["NNP"]},
        "adjective": {"tag": ["JJ"]},
        "relative": {"tag": ["WDT", "WP", "WP$", "EX"]},
    },
}


@dataclass(frozen=True)
class Syntax:
    subject: frozenset[str]
    passive_subject: frozenset[str]
    passive_aux: frozenset[str]
    object: frozenset[str]
    agent: frozenset[str]
    agent_preps: frozenset[str]
    negation: frozenset[str]
    negation_words: frozenset[str]
    relative_clause: frozenset[str]
    possessive: frozenset[str]
    interjection: frozenset[str]
    complement: frozenset[str]
    prep_heads: bool
    prep: frozenset[str]
    pobj: frozenset[str]
    case: frozenset[str]
    contractions: Mapping[str, str]
    linear_counts: bool
    verb: TokenTest
    participle: TokenTest
    past: TokenTest
    gerund: TokenTest
    infinitive: TokenTest
    singular_noun: TokenTest
    proper_noun: TokenTest
    adjective: TokenTest
    relative: TokenTest


def compile_syntax(data: Mapping[str, Any] | None) -> Syntax:
    """A lexicon's `syntax:` section over the English defaults (a key given replaces it)."""
    merged = {**ENGLISH_SYNTAX, **(data or {})}
    tests = {**ENGLISH_SYNTAX["tests"], **(merged.get("tests") or {})}

    def labels(key: str) -> frozenset[str]:
        return frozenset(merged[key] or ())

    return Syntax(
        subject=labels("subject"),
        passive_subject=labels("passive_subject"),
        passive_aux=labels("passive_aux"),
        object=labels("object"),
        agent=labels("agent"),
        agent_preps=labels("agent_preps"),
        negation=labels("negation"),
        negation_words=labels("negation_words"),
        relative_clause=labels("relative_clause"),
        possessive=labels("possessive"),
        interjection=labels("interjection"),
        complement=labels("complement"),
        prep_heads=merged["prepositions"] == "head",
        prep=labels("prep"),
        pobj=labels("pobj"),
        case=labels("case"),
        contractions=dict(merged["contractions"] or {}),
        linear_counts=bool(merged["linear_counts"]),
        **{name: token_test(tests[name]) for name in (
            "verb", "participle", "past", "gerund", "infinitive", "singular_noun",
            "proper_noun", "adjective", "relative")},
    )
