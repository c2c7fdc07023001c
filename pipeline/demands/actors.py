"""Who demands: the trigger's subject or the demand noun's owner, read from the parse.

A named actor gets its canonical name ("Boluarte called on Congress" -> Dina Boluarte);
a common-noun actor keeps the article's words ("local communities"); pronouns resolve to
the person or protest actor they stand for.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.demands.context import DocContext
from pipeline.demands.lexicon import Lexicon, Trigger, classify, strip_titles
from pipeline.demands.syntax import (
    PERSONAL,
    PLURAL,
    RELATIVE,
    SUBJECTS,
    clause_verb,
    lower_initial,
    misattached_conj,
    noun_phrase,
    span_text,
)
from pipeline.demands.targets import canonical, previous_person
from pipeline.normalize.names import resolve_alias

# A verb with no subject of its own borrows its head's: "disrupted mines, demanding ...".
CLIMB_DEPS = ("conj", "advcl", "xcomp", "ccomp", "relcl", "pcomp")


def actor_token(lexicon: Lexicon, word: Token, trigger: Trigger) -> Token | None:
    """Who demands: the subject (climbing conj/advcl/xcomp), or the noun's possessor."""
    if trigger.pos == "NOUN":
        return noun_actor(lexicon, word, trigger.clause_actor)
    node = word.head.head if trigger.pos == "SCONJ" else word
    for _ in range(5):
        agent = [c for c in node.children if c.dep_ == "agent"]
        if agent and any(c.dep_ == "auxpass" for c in node.children):
            objs = [g for g in agent[0].children if g.dep_ == "pobj"]  # "demanded by unions"
            return objs[0] if objs else None
        subj = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
        if subj:  # nearest: 'LIMA (Wire) - Thousands of protesters descended ...'
            return antecedent(max(subj, key=lambda c: (c.i < node.i, c.i)), node)
        if node.dep_ == "acl" and node.head.lower_ == "order" and node.head.head.lower_ == "in":
            node = node.head.head.head  # "marched in order to demand"
            continue
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return node.head  # "protesters demanding her resignation"
        if node.dep_ not in CLIMB_DEPS or node.head is node:
            return None
        if node.dep_ == "relcl":
            return node.head
        if misattached_conj(node):
            node = clause_verb(node.head.head)  # skip "which had blocked ..."
            if node is None:
                return None
            continue
        node = node.head
        if node.pos_ == "ADP":  # "by demanding", "after calling for"
            node = node.head
    return None


def antecedent(subj: Token, verb: Token) -> Token:
    """'who'/'which' as a subject stands for the noun its relative clause modifies."""
    if subj.lower_ not in RELATIVE:
        return subj
    doc, sent_start = subj.doc, subj.sent.start
    comma = subj.i > sent_start and doc[subj.i - 1].text == ","
    if subj.lower_ in ("who", "whom") and comma:  # people: the phrase before ", who"
        prev = subj.i - 1
        while prev >= sent_start and doc[prev].is_punct:
            prev -= 1
        if prev >= sent_start:
            cand = doc[prev]
            while cand.dep_ == "conj" and cand.head is not cand:
                cand = cand.head
            if cand.pos_ in ("NOUN", "PROPN", "ADJ"):
                return cand
    node = verb
    for _ in range(4):
        if node.dep_ == "relcl":
            return node.head
        if node.head is node:
            break
        node = node.head
    return subj


def noun_actor(lexicon: Lexicon, word: Token, clause_actor: bool = False) -> Token | None:
    """'the protesters' demands', 'the demands of the movement', 'issued a list of demands'.

    clause_actor: the subject of the clause the noun sits in ('Miners went on strike').
    """
    for child in word.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs and not classify(lexicon, span_text(list(objs[0].subtree))):
                return objs[0]
    node = word
    for _ in range(3):  # "protesters issued a list of demands: ..."
        if node.dep_ in ("pobj", "prep", "compound"):
            node = node.head
            continue
        if node.dep_ == "dobj" and node.head.lemma_.lower() not in lexicon.rejection:
            subj = [c for c in node.head.children if c.dep_ == "nsubj"]
            return antecedent(subj[0], node.head) if subj else None
        if clause_actor and node.pos_ in ("VERB", "AUX"):
            subj = [c for c in node.children if c.dep_ == "nsubj"]
            return antecedent(subj[0], node) if subj else None
        return None
    return None


def actor(ctx: DocContext, tok: Token | None) -> str | None:
    """Who demands: an entity's canonical name, else the phrase as the article words it.

    'Castillo's program' and 'the comrades of the IMT' stand for the named actor
    (models/en/demands.yaml: actor_proxies); a capital that only starts the sentence
    is lowered ('Protesters demanded' -> 'protesters').
    """
    if tok is None:
        return None
    low = tok.lower_
    if low in PERSONAL:  # "he called for"
        person = previous_person(ctx, tok.i)
        return person[0] if person else None
    if low in PLURAL:  # "they demanded"
        return plural_antecedent(ctx.lexicon, tok)
    if low in RELATIVE or low in ("its", "it", "this", "that"):
        return None
    if tok.lemma_.lower() in ctx.lexicon.actor_proxies:
        named = named_owner(ctx, tok)
        if named:
            return named
    span = noun_phrase(tok)
    ent = next((e for e in ctx.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP") and \
            len(strip_titles(ctx.lexicon, span.text).split()) <= len(ent) + 1:
        return canonical(ctx, ent)[0]
    known = resolve_alias(span.text, ctx.models_dir)
    if known:
        return known[0]
    return lower_initial(span)


def named_owner(ctx: DocContext, tok: Token) -> str | None:
    """'Castillo's program' -> Pedro Castillo; 'the comrades of the IMT in Peru' -> IMT."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    for owner in owners:
        mention = ctx.mention_at(owner.idx)
        if mention is not None and mention.label in ("PERSON", "ORG"):
            return mention.canonical
        ent = next((e for e in ctx.doc.ents if e.start <= owner.i < e.end), None)
        if ent is not None and ent.label_ in ("PERSON", "ORG"):
            return canonical(ctx, ent)[0]
        if owner.is_upper and len(owner) > 1:  # "the comrades of the IMT"
            return owner.text
    return None


def plural_antecedent(lexicon: Lexicon, tok: Token) -> str | None:
    """'they'/'their' -> the nearest earlier subject that names people (a protest actor)."""
    doc = tok.doc
    first = doc[max(0, tok.sent.start - 1)].sent.start if tok.sent.start else 0
    for cand in reversed(doc[first:tok.i]):
        if cand.dep_ in SUBJECTS and cand.pos_ in ("NOUN", "PROPN"):
            if cand.lemma_.lower() in lexicon.plural_actors:
                return lower_initial(noun_phrase(cand))
    return None
