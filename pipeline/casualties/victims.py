"""Who a trigger is about: the word standing for its victims, or the figure a toll reaches.

Only the parse links a trigger to its victims (subject of a passive, object of an active
verb, the noun a participle modifies, "the deaths of ..."), so a number no trigger reaches
never becomes a claim: "18 months" or "80 percent" stay out.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.casualties.counts import is_person
from pipeline.casualties.lexicon import Lexicon
from pipeline.casualties.syntax import deps_of, has_figure, is_number, of_objects


def victim_of(trigger: Token, lex: Lexicon) -> Token | None:
    """The word standing for the victims of a trigger, found through the parse."""
    lemma = trigger.lemma_.lower()
    if trigger.lower_ in lex.lethal_adverbs:
        return trigger.head  # "two people were shot, one fatally"
    verb_lemmas = (lex.verbs, lex.harm_verbs, lex.hospital_verbs, lex.projectile_verbs)
    if trigger.tag_.startswith("VB") and any(lemma in group for group in verb_lemmas):
        return verb_victim(trigger, lex)
    if trigger.pos_ == "NOUN" and lemma in lex.harm_nouns:
        objs = of_objects(trigger, lex)
        return objs[0] if objs else trigger  # "the fatal shooting [of a teen]"
    if trigger.pos_ == "NOUN" and lemma in lex.condition_nouns:
        return bearer(trigger.head, lex)  # "two people are listed in critical condition"
    if trigger.pos_ == "NOUN" and trigger.lower_ not in lex.adjectives:
        return noun_victim(trigger, lex)
    return adjective_victim(trigger, lex)


def verb_victim(trigger: Token, lex: Lexicon) -> Token | None:
    """Object of an active verb, subject of a passive or intransitive one, or the noun a
    participle modifies."""
    deps = deps_of(trigger)
    lemma = trigger.lemma_.lower()
    if "dobj" in deps:
        return deps["dobj"]  # "killing at least 18", "detained dozens"
    if "nsubjpass" in deps:
        return deps["nsubjpass"]  # "17 were killed"
    if "nsubj" in deps and (
        lemma in lex.intransitive or trigger.tag_ == "VBN" or has_figure(deps["nsubj"], lex)
    ):
        return deps["nsubj"]  # "47 people have died", "68 injured", "three others wounded"
    if "nsubj" in deps and trigger.tag_ == "VBD" and is_person(deps["nsubj"], lex):
        return deps["nsubj"]  # headline style: "Teen killed in Chelsea shooting"
    if trigger.dep_ in ("xcomp", "oprd", "ccomp") and trigger.tag_ == "VBN":
        head = deps_of(trigger.head)  # "left one person hospitalized", "were found shot"
        return head.get("dobj") or head.get("nsubjpass")
    if trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return trigger.head  # "30 civilians killed"
    if trigger.dep_ == "conj" and trigger.head.tag_.startswith("VB"):
        return victim_of(trigger.head, lex)  # "two men were shot and killed"
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None
    if trigger.tag_ == "VBN" and before is not None and has_figure(before, lex):
        return before  # misparsed "a shooting that left three others wounded"
    return None


def noun_victim(trigger: Token, lex: Lexicon) -> Token | None:
    """"47 deaths", "no injuries", "the deaths of 17 people", "two people suffered
    injuries", "three others with gunshot wounds"."""
    if any(c.dep_ == "nummod" or c.lower_ in lex.zero_determiners for c in trigger.children):
        return trigger
    if any(c.dep_ == "prep" and c.lower_ == lex.words.of for c in trigger.children):
        objs = of_objects(trigger, lex)
        return objs[0] if objs else None
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in lex.suffer_verbs:
        return deps_of(trigger.head).get("nsubj")
    if trigger.dep_ == "pobj" and trigger.head.lower_ == lex.words.bearer_prep:
        return bearer(trigger.head, lex)
    return None


def bearer(prep: Token, lex: Lexicon) -> Token | None:
    """Who has what a preposition introduces: "three others [with gunshot wounds]",
    "officers found three men [with wounds]", "four others were in the hospital [with
    wounds]", "two people are listed [in critical condition]"."""
    holder = prep.head
    while holder.dep_ in ("pobj", "prep") and holder.head.i != holder.i:
        if has_figure(holder, lex) or holder.pos_ == "PROPN":
            return holder
        holder = holder.head
    if holder.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        return holder
    if holder.pos_ in ("VERB", "AUX"):
        deps = deps_of(holder)
        return deps.get("dobj") or deps.get("nsubjpass") or deps.get("nsubj")
    return None


def adjective_victim(adj: Token, lex: Lexicon) -> Token | None:
    """"45 dead", "five people remain missing", "left three people dead", "two injured"."""
    own = deps_of(adj)
    if "nummod" in own:
        return adj  # "45 dead"
    if "nsubj" in own or "nsubjpass" in own:
        return own.get("nsubj") or own.get("nsubjpass")  # "three fishermen are missing"
    if "npadvmod" in own and is_number(own["npadvmod"], lex):
        return adj  # "three more injured"
    head = adj.head
    if adj.dep_ in ("acomp", "oprd", "xcomp", "ccomp"):
        deps = deps_of(head)
        return deps.get("dobj") or deps.get("nsubj") or deps.get("nsubjpass")
    if adj.dep_ == "amod" and head.pos_ in ("NOUN", "NUM", "PROPN"):
        return head
    return None


def toll_value(toll: Token, lex: Lexicon) -> Token | None:
    """The figure a toll reaches: "rose to 47", "stands at 47", "is 47", "a toll of 47"."""
    for holder in (toll, toll.head):
        for child in holder.children:
            if child.dep_ == "attr" and holder.i != toll.i:
                return child
            if child.dep_ == "prep" and child.lower_ in lex.words.toll_preps:
                objs = [g for g in child.children if g.dep_ == "pobj"]
                if objs and has_figure(objs[0], lex):
                    return objs[0]
    return None
