"""Small readings of the dependency parse shared by every casualty rule.

The labels are those of spaCy's English models (ClearNLP: nsubjpass, dobj, pobj, prep);
the words they are compared with come from the lexicon.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.casualties.lexicon import Lexicon

# Children that open a clause or a prepositional phrase: not part of a noun's own phrase.
CLAUSE_DEPS = {"relcl", "acl", "appos", "punct", "advcl", "prep"}
# Children that carry a noun's count: "[nearly 30] civilians", "[a] man", "[all] five".
COUNT_DEPS = {"nummod", "det", "quantmod", "predet"}
# Relative and expletive words, never a victim or a doer themselves: "who", "that", "there".
RELATIVE_TAGS = {"WDT", "WP", "WP$", "EX"}


def deps_of(tok: Token) -> dict[str, Token]:
    """The first child under each dependency label."""
    deps: dict[str, Token] = {}
    for child in tok.children:
        deps.setdefault(child.dep_, child)
    return deps


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def is_number(tok: Token, lex: Lexicon) -> bool:
    """A figure: "18", "eighteen", "dozens", "both"."""
    return tok.like_num or tok.lower_ in lex.vague_heads or tok.lower_ in lex.count_words


def has_figure(tok: Token, lex: Lexicon) -> bool:
    """A figure or a noun counted by one: "47", "47 people"."""
    return is_number(tok, lex) or any(
        c.dep_ == "nummod" and is_number(c, lex) for c in tok.children
    )


def of_objects(tok: Token, lex: Lexicon) -> list[Token]:
    """"the deaths of [17 people]"."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == lex.words.of
            for g in c.children if g.dep_ == "pobj"]


def phrase(tok: Token, lex: Lexicon, keep_of: bool = False, drop_count: bool = False) -> Span:
    """The noun phrase of `tok`, without clauses or (unless keep_of) prepositions; with
    drop_count, without its own count words ("nearly 30 unarmed civilians" -> "unarmed
    civilians", but "a 12-year-old" -> "12-year-old")."""
    kept = [tok.i]
    stack = list(tok.children)
    while stack:
        child = stack.pop()
        of = keep_of and child.dep_ == "prep" and child.lower_ == lex.words.of
        if (child.dep_ in CLAUSE_DEPS and not of) or (
            drop_count and child.head.i == tok.i
            and (child.dep_ in COUNT_DEPS or is_number(child, lex))
        ):
            continue
        kept.append(child.i)
        stack.extend(child.children)
    return tok.doc[min(kept) : max(kept) + 1]


def valid_subject(verb: Token) -> Token | None:
    """The verb's subject, unless a relative word or a date stands in it."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.tag_ not in RELATIVE_TAGS and child.ent_type_ != "DATE":
            return child
    return None


def entity_text(tok: Token) -> str:
    """The whole named entity a token is part of ("Juliaca, Puno"), else the token."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent.text if ent is not None else tok.text
