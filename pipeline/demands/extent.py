"""How far demanded content reaches where the small model's parse gets it wrong.

The parse cuts lists short ('marched to demand X, Y and Z' with Y and Z hung on
'marched'), runs on into asides ('Castillo, a former rural teacher'), gives nothing at
all ('Local leaders demand justice' read as a compound), or leaves 'do so' unresolved.
These readers fix the extent of the content from the words around it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.demands.lexicon import Lexicon, classify
from pipeline.demands.syntax import QUOTE_CLOSE, QUOTE_OPEN, as_well_as


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


def continued_list(lexicon: Lexicon, tokens: list[Token]) -> list[Token]:
    """'marched to demand new elections, the resignation of Boluarte and the closure of
    Congress': the parser hangs the later items on 'marched'; read them on.

    Only where the separator after the content is not part of it, and only while each
    further piece is a noun phrase or a 'that' clause without a finite verb, so that
    'demanded new elections, a union leader said' stops at the comma.
    """
    if not tokens:
        return tokens
    doc, inside = tokens[0].doc, {t.i for t in tokens}
    stop, end, out = tokens[0].sent.end, tokens[-1].i, list(tokens)
    joins = (",", "and", "or")
    while end + 1 < stop and doc[end + 1].lower_ in joins and doc[end + 1].head.i not in inside:
        start = end + 1
        while start < stop and doc[start].lower_ in joins:
            start += 1
        piece_end = start
        while piece_end < stop and doc[piece_end].lower_ not in joins and not (
                doc[piece_end].is_punct and doc[piece_end].text not in QUOTE_OPEN + QUOTE_CLOSE
                ) and doc[piece_end].lower_ not in lexicon.clause_breaks:
            piece_end += 1
        piece = doc[start:piece_end]
        if not piece or not (piece[0].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
                             or piece[0].lower_ == "that") \
                or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in piece):
            break
        out += list(doc[end + 1:piece_end])
        end = piece_end - 1
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
    joins, stop = (",", "and", "or", "but"), prep.sent.end
    while end + 1 < stop:
        if doc[end].lower_ in joins and doc[end + 1].lower_ == prep.lower_:
            join, again = [], end + 1  # the parse already took the "and"
        else:  # ", and for", ", but for": a comma or "and" must separate the items
            again = end + 1
            while again < min(end + 3, stop) and doc[again].lower_ in joins:
                again += 1
            join = [t for t in doc[end + 1:again] if t.lower_ in (",", "and", "or")]
            if not join or again >= stop or doc[again].lower_ != prep.lower_:
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
    typed apposition is a list item the parser misread ('Castillo, new elections'), and
    'a national strike, the second in a month' is one item.
    """
    inside = {t.i for t in tokens}
    drop = set()
    for tok in tokens:
        if tok.head.i not in inside or tok.head is tok:
            continue
        if tok.dep_ == "relcl" or (
                tok.dep_ == "appos" and tok.head.pos_ in ("PROPN", "NOUN") and tok.i > tok.head.i
                and tok.pos_ != "PROPN"  # "our president, Pedro Castillo": the name stays
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
