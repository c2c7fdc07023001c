"""One fast component in place of the model's `attribute_ruler` + `lemmatizer`, with the
same output (token.pos_, token.morph, token.lemma_; token.tag_ and token.dep_ where the
ruler sets them).

Why: the two took a fifth of the model's time. The ruler's Matcher tries each of its ~180
patterns at every token and then sets attributes match by match; the lemmatizer walks
every token in Python. But what they give a token depends only on a few of its values:
its text, the values the ruler's one-token conditions read (TAG, DEP; POS in Spanish)
and what earlier components already set. So each distinct combination is worked out
once, by the ruler's own patterns and the model's own lemmatizer, and cached; a Doc is
then one `to_array`, a dict lookup per token and one `from_array`. Patterns of several
tokens (`gon na`, `there is`) are found from an anchor token located with numpy, and keep
their place in the ruler's order (a later pattern wins, as in spaCy).

Everything is built from the loaded model's components, so it follows the model (the
Spanish one too). A lemmatizer whose result depends on more than (text, POS, MORPH), like
spaCy's Spanish one (it reads sentence starts and keeps what it met first), is run as it
is, after the fast ruler. `benchmarks/check_morphology.py` proves the identity.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np
from spacy.attrs import DEP, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token

# Token attributes a one-token condition may read; the cache key holds their values
# (the others are lexical: fixed by the token's text, which the key holds as ORTH).
TOKEN_LEVEL = {"TAG": TAG, "POS": POS, "DEP": DEP}
GETTERS: dict[str, Callable[[Token], Any]] = {
    "ORTH": lambda t: t.text, "TEXT": lambda t: t.text, "LOWER": lambda t: t.lower_,
    "TAG": lambda t: t.tag_, "POS": lambda t: t.pos_, "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space, "IS_PUNCT": lambda t: t.is_punct,
    "IS_ALPHA": lambda t: t.is_alpha, "IS_DIGIT": lambda t: t.is_digit,
}
# Attributes whose string values can locate an anchor token with numpy.
ANCHORS = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH, "DEP": DEP, "TAG": TAG}
WRITABLE = (POS, MORPH, LEMMA, TAG, DEP)
# Distinct token keys remembered before the cache starts over (bounds memory on long runs:
# every new name or typo is a key; ~0.4 kB each).
MAX_CACHED = 100_000
# Lemmatizers whose answer in rule mode depends only on (text, POS, MORPH).
PURE_RULE_LEMMATIZERS = (Lemmatizer, EnglishLemmatizer)

Check = tuple[Callable[[Token], Any], str, Any]
Values = tuple[tuple[int, ...], tuple[int, ...], int]


def compile_spec(spec: dict) -> list[Check] | None:
    """{'TAG': 'VBZ', 'LOWER': {'IN': ['is', "'s"]}} -> checks on one token (all must
    hold); None when the spec uses something this module does not evaluate (OP, ...)."""
    checks: list[Check] = []
    for attr, value in spec.items():
        getter = GETTERS.get(attr)
        if getter is None:
            return None
        if not isinstance(value, dict):
            checks.append((getter, "==", value))
            continue
        for kind, arg in value.items():
            if kind in ("IN", "NOT_IN"):
                checks.append((getter, kind, frozenset(arg)))
            elif kind == "REGEX":
                checks.append((getter, kind, re.compile(arg)))
            else:
                return None
    return checks


def holds(token: Token, checks: list[Check]) -> bool:
    for getter, kind, value in checks:
        found = getter(token)
        if kind == "==":
            ok = found == value
        elif kind == "IN":
            ok = found in value
        elif kind == "NOT_IN":
            ok = found not in value
        else:
            ok = value.search(found) is not None
        if not ok:
            return False
    return True


def required(spec: dict, attr: str) -> frozenset[str] | None:
    """The values `attr` must have for a token to match: {'TAG': 'NN'} -> {'NN'} for
    TAG; None when the spec lets it be anything."""
    value = spec.get(attr)
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and set(value) == {"IN"}:
        return frozenset(value["IN"])
    return None


def union(sets: list[frozenset[str] | None]) -> frozenset[str] | None:
    return None if any(s is None for s in sets) else frozenset().union(*sets)


class OneToken:
    """A ruler pattern on one token (alternatives: any may match)."""

    def __init__(self, order: int, specs: list[dict], checks: list[list[Check]],
                 attrs: dict[int, int]) -> None:
        self.order, self.checks, self.attrs = order, checks, attrs
        self.tags = union([required(spec, "TAG") for spec in specs])
        self.lowers = union([required(spec, "LOWER") for spec in specs])
        self.reads = {TOKEN_LEVEL[a] for spec in specs for a in spec if a in TOKEN_LEVEL}

    def matches(self, token: Token) -> bool:
        return any(holds(token, checks) for checks in self.checks)


class Sequence:
    """A ruler pattern over several tokens, found from an anchor position whose value
    set numpy can test ({'LOWER': 'gon'} in [{'LOWER': 'gon'}, {'LOWER': 'na'}])."""

    def __init__(self, order: int, index: int, alternatives: list[list[list[Check]]],
                 anchors: list[tuple[int, int, np.ndarray]], attrs: dict[int, int]) -> None:
        self.order, self.index, self.attrs = order, index, attrs
        self.alternatives, self.anchors = alternatives, anchors

    @classmethod
    def build(cls, order: int, pattern: dict, attrs: dict[int, int],
              strings) -> Sequence | None:
        alternatives, anchors = [], []
        for specs in pattern["patterns"]:
            checks = [compile_spec(spec) for spec in specs]
            anchor = next((a for a in (_anchor(j, s, strings) for j, s in enumerate(specs))
                           if a is not None), None)
            if any(c is None for c in checks) or anchor is None:
                return None
            alternatives.append(checks)
            anchors.append(anchor)
        return cls(order, pattern["index"], alternatives, anchors, attrs)

    def target(self, doc: Doc, alternative: int, anchor_at: int) -> int | None:
        """The token the match with its anchor at `anchor_at` sets (the pattern's `index`
        within the match), None when the alternative does not match there."""
        checks = self.alternatives[alternative]
        start = anchor_at - self.anchors[alternative][0]
        if start < 0 or start + len(checks) > len(doc):
            return None
        if all(holds(doc[start + k], c) for k, c in enumerate(checks)):
            return range(start, start + len(checks))[self.index]
        return None


def _anchor(position: int, spec: dict, strings) -> tuple[int, int, np.ndarray] | None:
    for attr, value in spec.items():
        if attr not in ANCHORS:
            continue
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words = value["IN"]
        else:
            continue
        hashes = np.array([strings.add(w) if w else 0 for w in words], dtype="uint64")
        return position, ANCHORS[attr], hashes
    return None


class FastMorphology:
    """The ruler's patterns and the lemmatizer, applied through a cache (see module doc)."""

    def __init__(self, ruler: AttributeRuler, lemmatizer: Lemmatizer | None) -> None:
        self.vocab = ruler.vocab
        self.lemmatizer = lemmatizer
        self.single: list[OneToken] = []
        self.sequences: list[Sequence] = []
        self.matcher = Matcher(ruler.vocab)  # whatever neither class can evaluate
        self.matcher_patterns: dict[int, tuple[dict[int, int], int]] = {}
        written: set[int] = set()
        for order, (pattern, attrs) in enumerate(zip(ruler.patterns, ruler.attrs, strict=True)):
            attrs = {int(k): v for k, v in attrs.items()}
            if set(attrs) - set(WRITABLE):
                raise ValueError(f"attribute_ruler sets {set(attrs)}: not supported")
            written |= set(attrs)
            self._add(order, pattern, attrs)
        self.fast_lemmas = lemmatizer is not None and (
            lemmatizer.mode == "lookup"
            or (lemmatizer.mode == "rule" and type(lemmatizer) in PURE_RULE_LEMMATIZERS))
        if lemmatizer is not None:
            written.add(LEMMA)
        self.written = sorted(written)
        self.column = {attr: i for i, attr in enumerate(self.written)}
        reads = set().union(*(p.reads for p in self.single))
        self.key_attrs = [ORTH, *sorted(reads), *(a for a in self.written if a not in reads)]
        self.anchor_attrs = sorted({a for s in self.sequences for _, a, _ in s.anchors})
        self.anchored: dict[int, dict[int, list[tuple[Sequence, int]]]] = {}
        for sequence in self.sequences:
            for alternative, (_, attr, hashes) in enumerate(sequence.anchors):
                for value in hashes.tolist():
                    self.anchored.setdefault(attr, {}).setdefault(value, []).append(
                        (sequence, alternative))
        self._forget()
        self.by_tag: dict[int, tuple[list[OneToken], dict[str, list[OneToken]]]] = {}

    def _forget(self) -> None:
        """Start the cache over (at start-up, and when it holds MAX_CACHED keys)."""
        self.cache: dict[bytes, int] = {}  # key -> row of self.table / self.rows
        self.rows: list[Values] = []
        self.table = np.zeros((64, len(self.written)), dtype="uint64")

    @contextmanager
    def memory_zone(self, mem: Any = None) -> Iterator[Any]:
        """Take part in `nlp.memory_zone()`: the strings first seen inside a zone (new
        lemmas) are freed when it ends, so the cache, which holds their hashes, starts over."""
        try:
            yield mem
        finally:
            self._forget()

    def _add(self, order: int, pattern: dict, attrs: dict[int, int]) -> None:
        specs = pattern["patterns"]
        if all(len(tokens) == 1 for tokens in specs) and pattern["index"] in (0, -1):
            checks = [compile_spec(tokens[0]) for tokens in specs]
            if all(c is not None for c in checks):
                self.single.append(OneToken(order, [t[0] for t in specs], checks, attrs))
                return
        sequence = Sequence.build(order, pattern, attrs, self.vocab.strings)
        if sequence is not None:
            self.sequences.append(sequence)
            return
        self.matcher.add(str(order), specs)
        self.matcher_patterns[order] = (attrs, pattern["index"])

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if len(self.cache) >= MAX_CACHED:
            self._forget()
        touched = self._multi_token_matches(doc)
        rows = doc.to_array(self.key_attrs)
        keys = np.ascontiguousarray(rows).view(f"S{8 * len(self.key_attrs)}").ravel().tolist()
        cache = self.cache
        ids = [cache.get(key) for key in keys]
        if None in ids:
            for i, row in enumerate(ids):
                if row is None:
                    ids[i] = cache[keys[i]] = self._remember(self._work_out(doc[i]))
        values = self.table[ids]
        relemmatize = self._apply(touched, [self.rows[r] for r in ids], values) if touched else []
        doc.from_array(self.written, values)
        for i in relemmatize:
            doc[i].lemma_ = self.lemmatizer.lemmatize(doc[i])[0]
        if self.lemmatizer is not None and not self.fast_lemmas:
            self.lemmatizer(doc)
        return doc

    def _multi_token_matches(self, doc: Doc) -> list[tuple[int, int]]:
        """(pattern order, token index) of each multi-token pattern's match, ruler order."""
        found = []
        if self.sequences:
            table = doc.to_array(self.anchor_attrs)
            for col, attr in enumerate(self.anchor_attrs):
                anchors = self.anchored[attr]
                for at, value in enumerate(table[:, col].tolist()):
                    if value not in anchors:
                        continue
                    for sequence, alternative in anchors[value]:
                        target = sequence.target(doc, alternative, at)
                        if target is not None:
                            found.append((sequence.order, target))
        if self.matcher_patterns:
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                order = int(self.vocab.strings[match_id])
                found.append((order, range(start, end)[self.matcher_patterns[order][1]]))
        return sorted(found)

    def _remember(self, values: Values) -> int:
        """Row of the cache table that holds these values (the table doubles when full)."""
        row = len(self.rows)
        self.rows.append(values)
        if row == len(self.table):
            self.table = np.concatenate([self.table, np.zeros_like(self.table)])
        self.table[row] = values[0]
        return row

    def _candidates(self, token: Token) -> list[OneToken]:
        """The one-token patterns this token's tag and lowercase form allow, in ruler order
        (the others cannot match it)."""
        if token.tag not in self.by_tag:
            name = token.tag_
            anyword: list[OneToken] = []
            by_word: dict[str, list[OneToken]] = {}
            for pattern in self.single:
                if pattern.tags is not None and name not in pattern.tags:
                    continue
                if pattern.lowers is None:
                    anyword.append(pattern)
                else:
                    for word in pattern.lowers:
                        by_word.setdefault(word, []).append(pattern)
            self.by_tag[token.tag] = (anyword, by_word)
        anyword, by_word = self.by_tag[token.tag]
        some = by_word.get(token.lower_)
        return sorted(anyword + some, key=lambda p: p.order) if some else anyword

    def _work_out(self, token: Token) -> Values:
        """(values to write, order of the pattern that set each, the ruler's lemma) for a
        token never seen with these values: the ruler's one-token patterns in order (the
        last one wins), then the model's lemmatizer on the token so annotated."""
        values = {attr: _get(token, attr) for attr in self.written}
        orders = dict.fromkeys(self.written, -1)
        for pattern in self._candidates(token):
            if pattern.matches(token):
                for attr, value in pattern.attrs.items():
                    values[attr], orders[attr] = value, pattern.order
        ruler_lemma = values.get(LEMMA, 0)
        if self.fast_lemmas and (ruler_lemma == 0 or self.lemmatizer.overwrite):
            for attr, value in values.items():
                _set(token, attr, value)
            values[LEMMA] = self.vocab.strings.add(self.lemmatizer.lemmatize(token)[0])
        return (tuple(values[a] for a in self.written), tuple(orders[a] for a in self.written),
                ruler_lemma)

    def _apply(self, touched: list[tuple[int, int]], hits: list[Values],
               values: np.ndarray) -> list[int]:
        """Multi-token patterns over the cached values where they come later in the ruler
        than the pattern that set the value; returns the tokens whose lemma is redone."""
        orders: dict[int, list[int]] = {}
        for order, i in touched:
            attrs = self._attrs(order)
            if i not in orders:
                orders[i] = list(hits[i][1])
                if LEMMA in self.column:  # back to the ruler's lemma, redone below
                    values[i, self.column[LEMMA]] = hits[i][2]
            for attr, value in attrs.items():
                col = self.column[attr]
                if order > orders[i][col]:
                    values[i, col], orders[i][col] = value, order
        if not self.fast_lemmas:
            return []
        col = self.column[LEMMA]
        return [i for i in orders if values[i, col] == 0 or self.lemmatizer.overwrite]

    def _attrs(self, order: int) -> dict[int, int]:
        if order in self.matcher_patterns:
            return self.matcher_patterns[order][0]
        return next(s.attrs for s in self.sequences if s.order == order)


def _get(token: Token, attr: int) -> int:
    if attr == POS:
        return token.pos
    if attr == MORPH:
        return token.morph.key
    if attr == LEMMA:
        return token.lemma
    if attr == DEP:
        return token.dep
    return token.tag


def _set(token: Token, attr: int, value: int) -> None:
    if attr == POS:
        token.pos = value
    elif attr == MORPH:
        token.set_morph(value)
    elif attr == LEMMA:
        token.lemma = value
    elif attr == DEP:
        token.dep = value
    else:
        token.tag = value


@Language.factory(
    "newsclaims_morphology",
    default_config={"ruler": "attribute_ruler", "lemmatizer": "lemmatizer"},
)
def make_morphology(nlp: Language, name: str, ruler: str, lemmatizer: str) -> FastMorphology:
    """Built from the named components of the loaded model (which are then removed)."""
    lemma_pipe = nlp.get_pipe(lemmatizer) if lemmatizer in nlp.pipe_names else None
    return FastMorphology(nlp.get_pipe(ruler), lemma_pipe)


def replace_stock_morphology(nlp: Language) -> bool:
    """Put newsclaims_morphology where the model's attribute_ruler is, and remove it and
    the lemmatizer right after it. False (nothing changed) when the model has no ruler or
    its ruler sets something this component does not reproduce."""
    names = nlp.pipe_names
    if "attribute_ruler" not in names:
        return False
    at = names.index("attribute_ruler")
    lemmatizer = "lemmatizer" if names[at + 1: at + 2] == ["lemmatizer"] else ""
    try:
        nlp.add_pipe("newsclaims_morphology", before="attribute_ruler",
                     config={"ruler": "attribute_ruler", "lemmatizer": lemmatizer or "-"})
    except ValueError:
        return False
    nlp.remove_pipe("attribute_ruler")
    if lemmatizer:
        nlp.remove_pipe(lemmatizer)
    return True
