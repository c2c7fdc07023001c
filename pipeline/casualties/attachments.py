"""What a claim says besides its count, read from the parse around the trigger: the victims'
words and group, the perpetrator, the place, the source, the scope, and negation.

"Nearly 30 unarmed civilians were killed by the army and police in Juliaca, the ombudsman
said": victims "unarmed civilians" (civilians), perpetrator "the army and police"
(security_forces), location "Juliaca", attributed_to "the ombudsman".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.casualties.lexicon import Lexicon
from pipeline.casualties.syntax import (
    entity_text,
    is_negation,
    is_number,
    is_passive,
    phrase,
    prep_phrases,
    valid_subject,
)
from pipeline.extensions import doc_text


def victims_phrase(victim: Token, lex: Lexicon) -> Span | None:
    """"unarmed civilians" for "nearly 30 unarmed civilians killed"; None for bare figures."""
    if is_number(victim, lex):
        for word, _, objs in prep_phrases(victim, lex):  # "dozens of protesters"
            if word == lex.words.of:
                return phrase(objs[0], lex, drop_count=True) if objs else None
        return None
    if victim.lemma_.lower() in lex.nouns or victim.lower_ in lex.adjectives:
        return None  # "47 deaths", "no injuries", "45 dead": the trigger counts itself
    span = phrase(victim, lex, drop_count=True)
    if len(span) > 1 and span[0].lower_ in lex.lethal_complements:
        span = span[1:]  # "shot dead six protesters": "dead" belongs to the verb
        while len(span) > 1 and is_number(span[0], lex):
            span = span[1:]
    return span


def victim_group(victims: Span | None, lex: Lexicon) -> str:
    """By lemma, head noun first ("student protesters" are protesters); under-18 ages
    ("a 12-year-old") are minors."""
    if victims is None:
        return "unknown"
    age = lex.age.search(victims.text)
    if age and int(age.group(1)) < 18:
        return "minors"
    for tok in reversed(victims):
        group = lex.victim_groups.get(tok.lemma_.lower()) or lex.victim_groups.get(tok.lower_)
        if group:
            return group
    return "unknown"


def perpetrator_of(trigger: Token, victim: Token, lex: Lexicon) -> str | None:
    """"killed by the army and police"; "police opened fire, killing"; "soldiers killed two"."""
    agent = agent_of(trigger, lex)
    if agent is not None:
        return phrase(agent, lex, keep_of=True).text
    subject = active_subject(trigger, lex)
    if subject is not None and subject.i != victim.i:
        return phrase(subject, lex, keep_of=True).text
    return None


def agent_of(trigger: Token, lex: Lexicon) -> Token | None:
    """"killed [by] the army" (an agent phrase); UD: a passive participle's "por" phrase,
    "detenidos [por la policía]"."""
    syn = lex.syntax
    for child in trigger.children:
        if child.dep_ in syn.agent:
            objs = [g for g in child.children if g.dep_ in syn.pobj]
            if objs:
                return objs[0]
    if syn.agent_preps and syn.participle(trigger):
        for child in trigger.children:  # labelled obl, or obj by the small Spanish model
            if any(g.dep_ in syn.case and g.lower_ in syn.agent_preps for g in child.children):
                return child
    return None


def active_subject(trigger: Token, lex: Lexicon) -> Token | None:
    """The doer of an active trigger, climbing from a participle to its clause."""
    syn = lex.syntax
    if is_passive(trigger, lex):
        return None
    if syn.participle(trigger) and trigger.dep_ in ("acl", "amod", "conj"):
        return None  # "30 civilians killed", "68 injured": passive without an agent
    gerund = syn.gerund(trigger)
    if syn.verb(trigger) and not gerund:
        return valid_subject(trigger, lex)
    if trigger.pos_ != "ADJ" and not gerund:
        return None  # nouns: "police investigate a fatal shooting" names no killer
    node = trigger if gerund else trigger.head  # "leaving 45 dead"
    climb = {"advcl", "xcomp", "conj", "acl", "pcomp"} | syn.object
    while node.dep_ in climb and node.head.i != node.i:
        previous, node = node, node.head
        if node.pos_ in ("NOUN", "PROPN"):
            return clause_subject_before(node, trigger, lex)  # "where police opened fire"
        subject = valid_subject(node, lex)
        if subject is not None:
            return subject
        if previous.dep_ in syn.object:
            break
    return None


def clause_subject_before(noun: Token, trigger: Token, lex: Lexicon) -> Token | None:
    """Closest verb before the trigger inside the noun's phrase that has a real subject."""
    verbs = [t for t in noun.subtree if t.i < trigger.i and t.pos_ in ("VERB", "AUX")]
    for verb in reversed(verbs):
        subject = valid_subject(verb, lex)
        if subject is not None:
            return subject
    return None


def perpetrator_group(perpetrator: str | None, lex: Lexicon) -> str | None:
    """"the army and police" -> security_forces; "a gunman" -> armed_individual."""
    if not perpetrator:
        return None
    words = lex.word.findall(perpetrator.lower())
    groups = {lex.perpetrator_groups.get(w) or lex.perpetrator_groups.get(w.rstrip("s"))
              for w in words} - {None}
    if {"police", "military"} <= groups or "security_forces" in groups:
        return "security_forces"
    for group in ("police", "military", "armed_individual", "protesters"):
        if group in groups:
            return group
    return None


def location_of(trigger: Token, victim: Token, lex: Lexicon) -> str | None:
    """The place of the event: a GPE/LOC/FAC under "in/at/near", nearest the trigger in the
    parse (the trigger, its victims, then each clause above it)."""
    nodes = [trigger, victim, *trigger.ancestors]
    for node in nodes:
        for holder in [node, *(c for c in node.children if c.dep_ == "appos")]:
            place = place_under(holder, lex)
            if place:
                return place
        if node.dep_ == "relcl" and node.head.ent_type_ in lex.location_labels:
            return entity_text(node.head)  # "Juliaca, where police opened fire"
    return None


def place_under(tok: Token, lex: Lexicon, depth: int = 2) -> str | None:
    """"killed in Juliaca"; two levels deep for "dead after a shooting in Chicago"."""
    for word, _, objs in prep_phrases(tok, lex):
        for obj in objs:
            if word in lex.location_preps:
                for cand in (obj, *obj.children):
                    if cand.ent_type_ in lex.location_labels:
                        return entity_text(cand)
            if depth > 1:
                place = place_under(obj, lex, depth - 1)
                if place:
                    return place
    return None


def attribution_of(trigger: Token, lex: Lexicon) -> str | None:
    """"according to the ombudsman's office" -> "the ombudsman's office"; "police said"."""
    sent = trigger.sent
    words = sent if lex.words.according in sentence_text(sent).lower() else ()
    for tok in words:
        if tok.lower_ == lex.words.according:
            source = according_source(tok, lex)
            if source is not None:
                return phrase(source, lex, keep_of=True).text
    for node in trigger.ancestors:
        if node.lemma_.lower() in lex.attribution_verbs:
            subject = valid_subject(node, lex)
            if subject is not None:
                return phrase(subject, lex, keep_of=True).text
    return None


def according_source(word: Token, lex: Lexicon) -> Token | None:
    """"according [to] the ombudsman's office"; with no according_prep (Spanish "según")
    the word is the preposition of its source ("según la Defensoría") or marks the clause
    that names it ("según confirmó la Dirección Regional de Salud")."""
    if lex.words.according_prep:
        for to in word.children:
            objs = [g for g in to.children if g.dep_ in lex.syntax.pobj]
            if to.lower_ == lex.words.according_prep and objs:
                return objs[0]
        return None
    head = word.head
    if head.i == word.i:
        return None
    if lex.syntax.verb(head):
        return valid_subject(head, lex)
    return head if head.pos_ in ("NOUN", "PROPN") else None


def scope_of(trigger: Token, is_toll: bool, lex: Lexicon) -> str:
    """A toll, or a sentence with a cumulative cue ("so far", "since the protests began"),
    sums many incidents; anything else is one incident."""
    text = sentence_text(trigger.sent)
    if lex.not_cumulative is not None:
        text = lex.not_cumulative.sub(" ", text)  # "the deadliest day since ..."
    return "cumulative" if is_toll or lex.cumulative.search(text) else "incident"


def is_negated(trigger: Token, zero: bool, lex: Lexicon) -> bool:
    """"no one was killed" (a zero count) or "were not injured" (a negated trigger)."""
    return zero or any(is_negation(c, lex) for c in trigger.children)


def sentence_text(sent: Span) -> str:
    """The sentence's text, cut from the Doc's text (Span.text joins its tokens again)."""
    return doc_text(sent.doc)[sent.start_char:sent.end_char]
