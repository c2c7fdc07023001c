"""Parse helpers the demand readers share: dependency labels, pronouns, phrase edges.

Closed-class words (pronouns, quote marks, list separators) are grammar, not lexicon,
so they live here as constants, like spaCy's own lex_attrs; open word lists live in
models/<lang>/demands.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.demands.lexicon import DEFAULT_SEPARATORS

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "oprd", "obj", "dative")
RELATIVE = ("who", "which", "that", "whom")
NEGATIVE_SUBJECTS = ("none", "nobody", "neither", "nothing")
PERSONAL = ("he", "she", "him", "her", "his")
PLURAL = ("they", "them", "their")
SEPARATORS = DEFAULT_SEPARATORS  # English; items read the lexicon's own list
QUOTE_OPEN = ('"', "“", "'", "‘", "«")
QUOTE_CLOSE = ('"', "”", "'", "’", "»")


def span_text(tokens: list[Token]) -> str:
    """Tokens that may not be contiguous, as text in their order: for typing an item."""
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


def subtrees(word: Token, deps: tuple[str, ...], after: Token) -> list[Token]:
    """The subtrees of `word`'s children with these labels, right of `after`."""
    return [t for c in word.children if c.dep_ in deps and c.i > after.i for t in c.subtree]


def as_well_as(tok: Token) -> bool:
    """'new elections as well as a new constitution': the 'as' that joins list items."""
    doc = tok.doc
    return (tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "well"
            and doc[tok.i + 2].lower_ == "as")


def range_edge(tok: Token) -> bool:
    """'demands range from X to Y': the 'from' and 'to' that bound the listed items."""
    return tok.dep_ == "prep" and tok.lower_ in ("from", "to") and tok.head.lemma_ in (
        "range", "vary", "stretch")


def noun_phrase(tok: Token) -> Span:
    """The actor phrase: the subtree without relative clauses, appositions or trailing asides.

    'Students in Cusco, who had marched for days,' -> 'Students in Cusco'.
    """
    drop = {t.i for c in tok.children if c.dep_ in ("relcl", "acl", "appos", "advcl", "punct")
            for t in c.subtree}
    keep = [t.i for t in tok.subtree if t.i not in drop]
    span = tok.doc[min(keep):max(keep) + 1]
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    return span


def lower_initial(span: Span) -> str:
    """'Local communities' at the start of a sentence -> 'local communities'."""
    text = span.text
    first = span[0]
    at_start = all(t.is_punct or t.is_space for t in span.doc[first.sent.start:first.i])
    if at_start and first.pos_ != "PROPN" and first.is_title and not first.is_upper:
        return text[:1].lower() + text[1:]
    return text


def clause_verb(tok: Token) -> Token | None:
    """The verb that governs a noun: 'he announced the disbanding of the parliament'."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "amod":
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def misattached_conj(verb: Token) -> bool:
    """'the parliament, which had blocked his initiatives and called for new elections':
    a simple past joined to a pluperfect relative clause belongs to the outer clause."""
    head = verb.head
    return (verb.dep_ == "conj" and head.dep_ == "relcl" and verb.tag_ == "VBD"
            and head.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
            and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in head.children))
