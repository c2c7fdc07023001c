"""Where a trigger's demanded content sits: the tokens that hold what is demanded.

From the parse first (the verb's object, the noun's "for ..." complement, the list after
a colon); where the small model's parse gives nothing ('Local leaders demand justice'
parsed as a compound), the words after the trigger up to the end of its clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.demands.extent import continued_list, drop_asides, linear, repeated_prep
from pipeline.demands.kinds import prep_child
from pipeline.demands.lexicon import Lexicon, Trigger, classify
from pipeline.demands.syntax import (
    OBJECTS,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    SUBJECTS,
    range_edge,
    span_text,
    subtrees,
)

TRAILING_PREPS = ("to", "for", "from", "of", "against", "on")


def content(lexicon: Lexicon, word: Token, trigger: Trigger) -> list[Token]:
    """The tokens that hold what is demanded, in text order, within the sentence."""
    doc = word.doc
    if trigger.mode == "quote" or quote_follows(word):
        return quoted_after(word)
    if trigger.pos == "SCONJ":
        return until_content(lexicon, word)
    if trigger.prep:
        prep = prep_child(word, trigger.prep)
        if prep is None:
            return []
        toks = [t for t in prep.subtree if t is not prep]
        if not toks or prep.dep_ == "mark":  # "calling for Boluarte to step down"
            toks = linear(lexicon, doc, prep.i + 1)
        if trigger.prep == "on":  # "called on Boluarte to resign"
            toks += subtrees(word, ("xcomp", "ccomp", "advcl"), after=word)
        toks += repeated_prep(lexicon, prep, toks)
        toks = clean_content(drop_asides(lexicon, toks))
        return continued_list(lexicon, toks) if trigger.pos == "VERB" else toks
    if trigger.pos != "VERB":
        return clean_content(drop_asides(lexicon, noun_content(lexicon, word)))
    toks = verb_content(word) or linear(lexicon, doc, word.i + 1)
    return continued_list(lexicon, clean_content(drop_asides(lexicon, toks)))


def contrasted(lexicon: Lexicon, word: Token, trigger: Trigger) -> list[Token]:
    """'did not call for violence, but for the resignation of the president' -> the 'but'
    part, which the negation does not cover."""
    if not trigger.prep:
        return []
    doc, end = word.doc, word.sent.end
    for tok in doc[word.i + 1:end]:
        if tok.lower_ == "but":
            nxt = tok.i + 1
            if nxt < end and doc[nxt].lower_ == "rather":
                nxt += 1
            if nxt + 1 < end and doc[nxt].lower_ == trigger.prep:
                return clean_content(linear(lexicon, doc, nxt + 1))
            return []
    return []


def until_content(lexicon: Lexicon, word: Token) -> list[Token]:
    """'will keep protesting until Boluarte resigns' -> 'Boluarte resigns'.

    Only where the clause it ends is a protest ('keep protesting', 'not lift the
    blockades'), so 'wait until the results are in' is not a demand.
    """
    clause, main = word.head, word.head.head
    if clause is main or main.lemma_.lower() not in lexicon.until_heads:
        return []
    return clean_content([t for t in clause.subtree if t is not word])


def quote_follows(word: Token) -> bool:
    """'The people demand ‘Fuera Boluarte’ and ...': a quoted slogan as the object."""
    nxt = word.i + 1
    return nxt < word.sent.end and word.doc[nxt].text in QUOTE_OPEN


def verb_content(word: Token) -> list[Token]:
    """'demanded the return of Castillo to the presidency', 'was demanded by ...'."""
    passive = [c for c in word.children if c.dep_ == "nsubjpass"]
    if passive and any(c.dep_ == "auxpass" for c in word.children):
        return list(passive[0].subtree)  # "The release of Castillo was demanded by ..."
    toks = subtrees(word, OBJECTS, after=word)
    if toks:  # "the return of Castillo | to the presidency", "a commission | to investigate"
        end = max(t.i for t in toks)
        for child in word.rights:
            if child.left_edge.i == end + 1 and (
                    (child.dep_ == "prep" and child.lower_ in TRAILING_PREPS)
                    or (child.dep_ in ("advcl", "xcomp") and child.left_edge.lower_ == "to")):
                toks += list(child.subtree)
                end = max(t.i for t in child.subtree)
    return toks or after_colon(word)


def noun_content(lexicon: Lexicon, word: Token) -> list[Token]:
    """'demands for X', 'calls to resign', 'demands include X', 'X is one of the demands'."""
    toks: list[Token] = []
    for child in word.rights:
        if child.dep_ == "relcl" and child.lemma_.lower() in lexicon.list_heads:
            toks += subtrees(child, ("dobj", "attr"), after=child)  # "that includes X"
            continue
        if child.dep_ in ("acl", "relcl", "ccomp") or (
            child.dep_ == "prep" and child.lower_ in lexicon.noun_content_preps
        ):
            inner = [t for t in child.subtree if t is not child]
            if child.lower_ == "of" and not classify(
                    lexicon, span_text(drop_asides(lexicon, inner))):
                continue  # "the demands of the movement": the actor, not the content
            toks += inner if child.dep_ == "prep" else list(child.subtree)
    if toks:
        return toks
    colon = after_colon(word)
    if colon:
        return colon
    head = word.head
    if word.dep_ in SUBJECTS and head.lemma_.lower() in lexicon.list_heads:
        if any(c.dep_ == "neg" for c in head.children):
            return []  # "its platform was not a socialist one based on ..."
        return (subtrees(head, ("dobj", "attr", "oprd", "ccomp"), after=word)
                or range_content(head, word))
    copula = copula_above(word)
    if copula is not None:
        if any(c.dep_ == "neg" for c in copula.children):
            return []  # "The closure of Congress is not among their demands"
        return [t for c in copula.children if c.dep_ in ("nsubj", "attr", "nsubjpass")
                and word not in c.subtree for t in c.subtree]
    if word.dep_ == "appos" and word.head.i < word.i:  # "X, a central demand of Y, ..."
        return [t for t in word.head.subtree if t.i < word.left_edge.i]
    nxt = word.doc[word.i + 1] if word.i + 1 < word.sent.end else None
    if nxt is not None and nxt.lower_ in ("for", "to") and nxt.dep_ in ("mark", "aux"):
        # "ignored calls | for her to step down": the clause the stray 'for' opens
        return [t for t in nxt.head.subtree if t.i >= nxt.i]
    return []


def range_content(head: Token, word: Token) -> list[Token]:
    """'Their demands range from higher wages to the resignation of Boluarte' -> both ends.

    The 'from' and 'to' are kept: they separate the items (syntax.range_edge).
    """
    return [t for c in head.children if c.i > word.i and range_edge(c) for t in c.subtree]


def copula_above(word: Token) -> Token | None:
    """'X is one of their demands' / 'Among their demands are X' -> the 'is' / 'are'."""
    node = word
    for _ in range(4):
        if node.dep_ in ("attr", "pobj", "prep", "nsubj") or node is word:
            node = node.head
            if node.lemma_ in ("be", "remain", "become"):
                return node
        else:
            return None
    return None


def after_colon(word: Token) -> list[Token]:
    """'The demands of the movement are clear: X, Y and Z' -> X, Y and Z."""
    sent = word.sent
    for tok in word.doc[word.i + 1:sent.end]:
        if tok.text == ":":
            return list(word.doc[tok.i + 1:sent.end])
        if tok.is_punct and tok.text in (".", ";", "!", "?"):
            return []
    return []


def quoted_after(word: Token) -> list[Token]:
    """Quoted spans opening within five words after a slogan trigger, joined by 'and'.

    'chanted "Dina, renuncia" and "Cierre del Congreso"' -> both slogans (the gap
    between them keeps them apart as items).
    """
    doc, sent_end = word.doc, word.sent.end
    out: list[Token] = []
    i, limit = word.i + 1, min(word.i + 6, sent_end)
    while i < limit:
        tok = doc[i]
        if tok.text in QUOTE_OPEN:
            close = next((n.i for n in doc[i + 1:sent_end] if n.text in QUOTE_CLOSE), None)
            if close is None:
                break
            out += list(doc[i + 1:close])
            i, limit = close + 1, min(close + 4, sent_end)
            continue
        if out and tok.lower_ not in (",", "and", "or"):
            break
        i += 1
    return out


def clean_content(tokens: list[Token]) -> list[Token]:
    """Text order, one sentence, no parenthetical asides or trailing punctuation."""
    if not tokens:
        return []
    toks = sorted(set(tokens), key=lambda t: t.i)
    sent_end = toks[0].sent.end  # tokens come in order from the first one's sentence
    out, depth = [], 0
    for tok in toks:
        if tok.i >= sent_end:
            break
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(tok)
    while out and (out[-1].is_space or out[-1].is_punct and out[-1].text not in QUOTE_CLOSE):
        out.pop()
    return out
