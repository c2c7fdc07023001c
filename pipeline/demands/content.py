"""Where a trigger's demanded content sits: the tokens that hold what is demanded.

From the parse first (the verb's object, the noun's "for ..." complement, the list after
a colon); where the small model's parse gives nothing ('Local leaders demand justice'
parsed as a compound), the words after the trigger up to the end of its clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.demands.kinds import prep_child
from pipeline.demands.lexicon import Lexicon, Trigger, classify
from pipeline.demands.syntax import (
    OBJECTS,
    QUOTE_CLOSE,
    QUOTE_OPEN,
    SUBJECTS,
    as_well_as,
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
        return clean_content(drop_asides(lexicon, toks))
    toks = verb_content(word) if trigger.pos == "VERB" else noun_content(lexicon, word)
    if not toks and trigger.pos == "VERB":
        toks = linear(lexicon, doc, word.i + 1)
    return clean_content(drop_asides(lexicon, toks))


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


def linear(lexicon: Lexicon, doc: Doc, start: int) -> list[Token]:
    """Words from `start` to the end of the clause: 'demand justice as police fired'."""
    out: list[Token] = []
    breaks = lexicon.clause_breaks
    for tok in doc[start:doc[start].sent.end] if start < len(doc) else []:
        if tok.text in (";", ".", "!", "?") or (tok.lower_ in breaks and out and not (
                tok.lower_ == "as" and as_well_as(tok)) and not (
                tok.lower_ == "so" and out[-1].lower_ == "do")):  # "for her to do so"
            break
        if tok.text in (",", "—", "–") and tok.i + 1 < len(doc):
            nxt = doc[tok.i + 1]
            if nxt.tag_ == "VBG" or nxt.lower_ in breaks:
                break
        out.append(tok)
    return out


def repeated_prep(lexicon: Lexicon, prep: Token, tokens: list[Token]) -> list[Token]:
    """'marched for justice and for Boluarte to go': the second 'for ...' is an item too.

    The parser hangs the second 'for' elsewhere (often as a clause marker), so it is read
    linearly: the separator, then the words after the repeated preposition.
    """
    doc, out = prep.doc, []
    end = max((t.i for t in tokens), default=prep.i)
    for sibling in prep.head.rights:  # "for justice | for the victims": one item
        if sibling.dep_ == "prep" and sibling.lower_ == prep.lower_ \
                and sibling.left_edge.i == end + 1:
            out += list(sibling.subtree)
            end = max(t.i for t in sibling.subtree)
    joins = (",", "and", "or")
    while end + 1 < prep.sent.end:
        if doc[end].lower_ in joins and doc[end + 1].lower_ == prep.lower_:
            join, again = [], end + 1  # the parse already took the "and"
        elif end + 2 < prep.sent.end and doc[end + 1].lower_ in joins \
                and doc[end + 2].lower_ == prep.lower_:
            join, again = [doc[end + 1]], end + 2
        else:
            break
        more = linear(lexicon, doc, again + 1)
        if not more:
            break
        out += [*join, *more]
        end = more[-1].i
    return out


def drop_asides(lexicon: Lexicon, tokens: list[Token]) -> list[Token]:
    """Relative clauses and appositions inside the content are not items.

    'the ousting of Boluarte, who they call a traitor' -> 'the ousting of Boluarte';
    'the release of Castillo, a former rural teacher' -> 'the release of Castillo'; but a
    typed apposition is a list item the parser misread ('Castillo, new elections').
    """
    inside = {t.i for t in tokens}
    drop = set()
    for tok in tokens:
        if tok.head.i not in inside or tok.head is tok:
            continue
        if tok.dep_ == "relcl" or (
                tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.i > tok.head.i
                and not classify(lexicon, tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text)):
            drop.update(d.i for d in tok.subtree)
    return [t for t in tokens if t.i not in drop]


def do_so_antecedent(word: Token) -> str | None:
    """'she would not resign despite calls for her to do so' -> 'resign'.

    The verb whose clause holds the trigger, with its particle or object ('step down',
    'leave office'): what 'do so' in the demanded content stands for.
    """
    node = word
    for _ in range(6):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_ not in ("be", "do", "have"):
            break
    else:
        return None
    for _ in range(3):  # "refused to resign", "said she would not resign": the inner verb
        inner = [c for c in node.children if c.dep_ in ("xcomp", "ccomp") and c.i > node.i
                 and c.pos_ == "VERB" and word not in c.subtree]
        if not inner:
            break
        node = inner[0]
    parts = [node] + [t for c in node.rights if c.dep_ in ("prt", "dobj", "attr", "oprd")
                      and word not in c.subtree for t in c.subtree]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


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
        return linear(lexicon, word.doc, nxt.i)  # "ignored calls | for her to step down"
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
    sent = toks[0].sent
    out, depth = [], 0
    for tok in toks:
        if tok.sent != sent:
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
