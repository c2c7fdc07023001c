"""Small readings of the dependency parse shared by every casualty rule.

The labels and tags come from the lexicon's syntax (pipeline/casualties/grammar.py):
ClearNLP for English (nsubjpass, dobj, prep -> pobj), Universal Dependencies for Spanish
(nsubj, obj, obl/nmod with a `case` preposition); the words come from the lexicon too.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.casualties.lexicon import Lexicon

# Children that open a clause or a prepositional phrase: not part of a noun's own phrase.
CLAUSE_DEPS = {"relcl", "acl", "appos", "punct", "advcl", "prep"}
# Children that carry a noun's count: "[nearly 30] civilians", "[a] man", "[all] five".
COUNT_DEPS = {"nummod", "det", "quantmod", "predet"}

# One prepositional phrase: (its preposition, lower case; the node; its objects).
PrepPhrase = tuple[str, Token, list[Token]]


def deps_of(tok: Token) -> dict[str, Token]:
    """The first child under each dependency label."""
    deps: dict[str, Token] = {}
    for child in tok.children:
        deps.setdefault(child.dep_, child)
    return deps


def child_in(tok: Token, labels: frozenset[str], skip: Token | None = None) -> Token | None:
    """The first child under any of `labels` (other than `skip`)."""
    for child in tok.children:
        if child.dep_ in labels and (skip is None or child.i != skip.i):
            return child
    return None


def subject_in(tok: Token, labels: frozenset[str], lex: Lexicon) -> Token | None:
    """The child under `labels` that stands for the victims when the parse gives two:
    "JULIACA - At least 17 people were killed" makes the dateline a second subject, so the
    one carrying a figure wins, else the one nearest the verb that is not a place ("JULIACA
    - A man was killed")."""
    found = [c for c in tok.children if c.dep_ in labels]
    if len(found) < 2:
        return found[0] if found else None
    nearest = sorted(found, key=lambda c: abs(c.i - tok.i))
    for choice in (lambda c: has_figure(c, lex),
                   lambda c: c.ent_type_ not in lex.location_labels):
        chosen = next((c for c in nearest if choice(c)), None)
        if chosen is not None:
            return chosen
    return found[0]


def multiplier(noun: Token, lex: Lexicon) -> Token | None:
    """The multiplier word of an event noun: "a [quadruple] shooting", "[triple] homicide"."""
    if noun.lemma_.lower() not in lex.multiplied_nouns or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nummod") and child.lower_ in lex.multipliers:
            return child
    return None


def has_subject(verb: Token, lex: Lexicon) -> bool:
    syn = lex.syntax
    return any(c.dep_ in syn.subject or c.dep_ in syn.passive_subject for c in verb.children)


def acts_as_verb(tok: Token, lex: Lexicon) -> bool:
    """A verb, or a headline's present tense the tagger read as a plural noun though it
    takes an object: "3-year-old [kills] herself" (kills/NNS over dobj "herself")."""
    if lex.syntax.verb(tok):
        return True
    return (tok.pos_ in ("NOUN", "PROPN") and tok.lower_.endswith(lex.present_suffix)
            and any(c.dep_ in lex.syntax.object for c in tok.children))


def is_passive(verb: Token, lex: Lexicon) -> bool:
    """"17 were killed" (a passive subject or auxiliary)."""
    syn = lex.syntax
    return any(c.dep_ in syn.passive_subject or c.dep_ in syn.passive_aux for c in verb.children)


def is_negation(child: Token, lex: Lexicon) -> bool:
    """"were [not] injured", "[no] resultó herido"."""
    return child.dep_ in lex.syntax.negation or child.lower_ in lex.syntax.negation_words


def prep_word(node: Token, lex: Lexicon) -> str | None:
    """The preposition of a prepositional phrase node ("in" of "in Juliaca"; "en" of UD
    "en Juliaca", read from its `case` child, "del" -> "de"), else None."""
    syn = lex.syntax
    if node.dep_ not in syn.prep:
        return None
    if syn.prep_heads:
        return node.lower_
    for child in node.children:
        if child.dep_ in syn.case:
            return syn.contractions.get(child.lower_, child.lower_)
    return None


def prep_phrases(tok: Token, lex: Lexicon) -> list[PrepPhrase]:
    """The prepositional phrases hanging from `tok`: "killed [in Juliaca]"."""
    found = []
    for child in tok.children:
        word = prep_word(child, lex)
        if word is None:
            continue
        found.append((word, child, prep_objects(child, lex)))
    return found


def prep_objects(node: Token, lex: Lexicon) -> list[Token]:
    """The objects of a prepositional phrase node: the pobj children of "in" (ClearNLP), the
    node itself in UD ("Juliaca" of "en Juliaca")."""
    if lex.syntax.prep_heads:
        return [g for g in node.children if g.dep_ in lex.syntax.pobj]
    return [node]


def negated_zero(noun: Token, lex: Lexicon) -> bool:
    """A bare noun under a negated verb of existence or report is a zero: "no se
    reportaron heridos", "no hubo heridos" (verbs from the lexicon's zero_when_negated)."""
    head = noun.head
    syn = lex.syntax
    roles = syn.subject | syn.object | syn.passive_subject
    return (noun.dep_ in roles and head.lemma_.lower() in lex.zero_when_negated
            and any(is_negation(c, lex) for c in head.children))


def is_number(tok: Token, lex: Lexicon) -> bool:
    """A figure: "18", "eighteen", "dozens", "both"."""
    return tok.like_num or tok.lower_ in lex.vague_heads or tok.lower_ in lex.count_words


def has_figure(tok: Token, lex: Lexicon) -> bool:
    """A figure or a noun counted by one: "47", "47 people", "two sheriff's deputies"."""
    return is_number(tok, lex) or any(
        c.dep_ == "nummod" and is_number(c, lex) for c in tok.children
    ) or possessor_figure(tok, lex) is not None


def possessor_figure(tok: Token, lex: Lexicon) -> Token | None:
    """The figure the parser hung on a singular possessor of a plural noun: "[two] sheriff's
    deputies" ("two" counts the deputies: one sheriff cannot be two)."""
    syn = lex.syntax
    if syn.singular_noun(tok) or syn.proper_noun(tok) or tok.pos_ != "NOUN":
        return None
    for owner in tok.children:
        if owner.dep_ in syn.possessive and (syn.singular_noun(owner) or syn.proper_noun(owner)):
            for num in owner.children:
                if num.dep_ == "nummod" and is_number(num, lex) and num.i < owner.i:
                    return num
    return None


def lemma_of(tok: Token, lex: Lexicon) -> str:
    """The lower-cased lemma, with the lexicon's fix for a form the lemmatizer left as
    written: "11 others shot" tagged as a present tense has lemma "shot" -> "shoot"."""
    lemma = tok.lemma_.lower()
    if lemma == tok.lower_ and lemma in lex.verb_forms and lex.syntax.verb(tok):
        return lex.verb_forms[lemma]
    return lemma


def of_objects(tok: Token, lex: Lexicon) -> list[Token]:
    """"the deaths of [17 people]", "la cifra de [muertos]"."""
    return [obj for word, _, objs in prep_phrases(tok, lex) if word == lex.words.of
            for obj in objs]


def phrase(tok: Token, lex: Lexicon, keep_of: bool = False, drop_count: bool = False) -> Span:
    """The noun phrase of `tok`, without clauses or (unless keep_of) prepositions; with
    drop_count, without its own count words ("nearly 30 unarmed civilians" -> "unarmed
    civilians", but "a 12-year-old" -> "12-year-old")."""
    kept = [tok.i]
    stack = list(tok.children)
    while stack:
        child = stack.pop()
        word = prep_word(child, lex)
        of = keep_of and word == lex.words.of
        opens = (child.dep_ in CLAUSE_DEPS or child.dep_ in lex.syntax.relative_clause
                 or word is not None)
        own_case = child.dep_ in lex.syntax.case and child.head.i == tok.i  # "[según] la"
        if (opens and not of) or own_case or (
            drop_count and child.head.i == tok.i
            and (child.dep_ in COUNT_DEPS or is_number(child, lex))
        ):
            continue
        kept.append(child.i)
        stack.extend(child.children)
    return tok.doc[min(kept) : max(kept) + 1]


def valid_subject(verb: Token, lex: Lexicon) -> Token | None:
    """The verb's subject, unless a relative word or a date stands in it."""
    for child in verb.children:
        if (child.dep_ in lex.syntax.subject and not lex.syntax.relative(child)
                and child.ent_type_ != "DATE"):
            return child
    return None


def entity_text(tok: Token) -> str:
    """The whole named entity a token is part of ("Juliaca, Puno"), else the token."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent.text if ent is not None else tok.text
