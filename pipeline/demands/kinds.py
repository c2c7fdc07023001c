"""Which use of a trigger word counts, and how: its kind, negation, rejection.

Kind is lexical (models/en/demands.yaml): "demanded" is a demand, "called for" a call,
"proposed" a proposal, "vowed" a promise, whoever the actor. A negated or hypothetical
trigger ("did not demand", "if the movement threatens to") gives no row; a rejected one
("Boluarte rejected calls to resign") gives a row with rejected_by set.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.demands.actors import antecedent
from pipeline.demands.context import DocContext
from pipeline.demands.lexicon import Lexicon, Trigger, is_not_demand
from pipeline.demands.syntax import NEGATIVE_SUBJECTS, PERSONAL, SUBJECTS, noun_phrase
from pipeline.demands.targets import canonical, previous_person
from pipeline.normalize.names import entity_key, resolve_alias


def pick_trigger(lexicon: Lexicon, word: Token) -> Trigger | None:
    """The lexicon entry for this use of the word; 'call' needs 'for'/'on' as a verb."""
    lemma = word.lemma_.lower()
    if lemma not in lexicon.trigger_lemmas:
        lemma = word.lower_
    pos = role(word)
    if pos is None:
        return None
    entries = lexicon.triggers_for(lemma, pos)
    with_prep = [t for t in entries if t.prep and prep_child(word, t.prep) is not None]
    if with_prep:
        return with_prep[0]
    plain = [t for t in entries if not t.prep]
    return plain[0] if plain else None


def role(word: Token) -> str | None:
    """VERB or NOUN; a 'demand' tagged NOUN with a subject is a verb ('Protesters demand')."""
    if word.pos_ in ("SCONJ", "ADP") and word.dep_ == "mark":
        return "SCONJ"  # "keep protesting until Boluarte resigns"
    if word.pos_ in ("VERB", "AUX"):
        return "VERB"
    if word.pos_ in ("NOUN", "PROPN"):
        has_subject = any(c.dep_ in SUBJECTS for c in word.children)
        return "VERB" if has_subject and word.dep_ == "ROOT" else "NOUN"
    return None


def prep_child(word: Token, prep: str) -> Token | None:
    """The preposition of a phrasal trigger: 'called (again) for', and, through the parse,
    'called on Tuesday for', 'went on strike on Tuesday for' (the verb's 'for')."""
    doc = word.doc
    for tok in doc[word.i + 1:min(word.i + 3, word.sent.end)]:
        if tok.lower_ == prep:
            return tok
        if tok.pos_ not in ("ADV", "PART"):
            break
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in word.children):
        return None  # "demanded fertilizer ... for the next season": the object is the content
    heads = [word]
    if word.dep_ == "pobj" and word.head.head.pos_ in ("VERB", "AUX"):
        heads.append(word.head.head)  # "went on strike ... for": the 'for' hangs on 'went'
    for head in heads:
        for child in head.rights:
            if child.i > word.i and child.dep_ == "prep" and child.lower_ == prep:
                return child
    return None


def negated(lexicon: Lexicon, word: Token) -> bool:
    """'did not demand', 'no calls for', 'denied calling for', 'without demanding'."""
    neg = lexicon.negation
    if any(c.dep_ == "neg" or (c.lower_ in neg and c.dep_ in ("det", "advmod", "neg"))
           for c in word.children):
        return True
    for child in word.children:  # "no party has called for", "None of them demanded"
        if child.dep_ in ("nsubj", "nsubjpass") and (
                child.lower_ in NEGATIVE_SUBJECTS
                or any(g.dep_ == "det" and g.lower_ in neg for g in child.children)):
            return True
    if hypothetical(word):
        return True
    first = word.sent[0]  # "None of the protesters we spoke to demanded ..."
    if first.lower_ in NEGATIVE_SUBJECTS and not any(
            t.text in (",", ";") for t in word.doc[first.i:word.i]):
        return True
    head = word.head
    if word.dep_ in ("xcomp", "ccomp", "pcomp", "dobj") and head is not word:
        if any(c.dep_ == "neg" for c in head.children) and head.pos_ in ("VERB", "AUX"):
            return True
        if head.lemma_.lower() in lexicon.negating_heads:
            return True
        if head.lower_ == "without":
            return True
    return word.head.lower_ == "without" and word.dep_ == "pcomp"


def hypothetical(word: Token) -> bool:
    """'if the movement ... threatens to brush aside the ruling class': not a claim."""
    node = word
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            return True
        if node.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "aux") or node.head is node:
            return False
        if node.dep_ == "advcl" or node.dep_ == "ccomp":
            return any(c.dep_ == "mark" and c.lower_ in ("if", "unless")
                       for c in node.children)
        node = node.head
    return False


def rejected_by(ctx: DocContext, word: Token) -> tuple[str, str] | None:
    """'Boluarte rejected calls to resign' -> ('Dina Boluarte', 'dina-boluarte')."""
    node = word
    for _ in range(3):
        if node.dep_ in ("pobj", "prep", "compound") and node.head is not node:
            node = node.head
            continue
        break
    verb = node.head
    rejecting = verb.lemma_.lower() in ctx.lexicon.rejection
    if node.dep_ not in ("dobj", "nsubjpass") or not rejecting:
        return None
    if node.dep_ == "nsubjpass":  # "the demand was rejected by Congress"
        agent = [c for c in verb.children if c.dep_ == "agent"]
        subj = [g for a in agent for g in a.children if g.dep_ == "pobj"]
    else:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj:
        return None
    tok = antecedent(subj[0], verb)
    if tok.lower_ in PERSONAL:
        return previous_person(ctx, tok.i)
    ent = next((e for e in ctx.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None:
        return canonical(ctx, ent)
    text = noun_phrase(tok).text
    return resolve_alias(text, ctx.models_dir) or (text, entity_key(text, ctx.models_dir))


def keep_other(lexicon: Lexicon, span: Span, trigger: Trigger, mode: str) -> bool:
    """An untyped item is a row ('other') unless it is a slogan, an action or empty.

    'demanding a share of the profits' is a row; 'called for a general strike',
    'urged calm' and 'chanted "Dina asesina"' are not.
    """
    if mode != "object" or trigger.typed_only:
        return False
    if not any(t.pos_ in ("NOUN", "PROPN", "VERB") for t in span):
        return False
    if span.root.lemma_.lower() in lexicon.not_demand_heads:
        return False
    return not is_not_demand(lexicon, span.text)
