"""Who the counted victims are when they are listed: coordinated, in appositions, in a
headline's comma list.

The parser often hangs a listed victim elsewhere ("[his former daughter-in-law] and her
friend were killed" as two subjects, "murder of teen, father" as an apposition, "killed six
of his grandchildren, his adult daughter and himself"), and some lists describe one person
twice ("Smith, 52, and the father of four, was shot") or spell a figure out ("the two
teens, one girl and one boy"). These functions find the parts that are more people, for
pipeline/casualties/counts.py to add up.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.casualties.lexicon import Lexicon
from pipeline.casualties.people import is_person
from pipeline.casualties.syntax import is_number, lemma_of, of_objects, prep_word

KILLED = "killed"
# Punctuation that opens a headline after a source: "Police: man, toddler killed".
HEADLINE_OPENERS = {":", "-", "—", "–"}


def age_holder(victim: Token, lex: Lexicon) -> Token:
    """The people an age stands beside: "Henderson and Davis, [both 17], died" (a dateline
    fix that took the age apposition of a town-like name for the victim) -> "Henderson"."""
    head = victim.head
    if victim.dep_ == "appos" and victim.like_num and head.i < victim.i and (
            lex.syntax.proper_noun(head) or is_person(head, lex)):
        return head
    return victim


def crime_victim_alone(victim: Token, lex: Lexicon) -> bool:
    """"the 17-year-old [murder] victim and his brother": only the victim was killed (the
    crime noun names him alone); not when a verb of killing takes them all: "the murder
    victim and his brother were killed"."""
    if victim.lemma_.lower() not in lex.crime_victim_nouns or not any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in lex.crime_nouns
            for c in victim.children):
        return False
    return lex.verbs.get(lemma_of(victim.head, lex)) != KILLED


def named_after(parts: list[Token], k: int, lex: Lexicon) -> bool:
    """A plural person noun without a figure whose people the next parts name: "his
    stepdaughters, [Mia] and [Ava], and his wife" (the names count them)."""
    noun, names = parts[k], parts[k + 1: k + 3]
    doc = noun.doc
    return (noun.lemma_.lower() in lex.person_nouns and "Plur" in noun.morph.get("Number")
            and len(names) == 2 and all(lex.syntax.proper_noun(n) for n in names)
            and noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","
            and names[0].left_edge.i == noun.i + 2)


def is_breakdown(parts: list[Token], counted: list) -> bool:
    """Conjuncts set off by commas that add up to the first figure spell it out: "the two
    teens, [one female and one male], were treated" (two, not four); not "two men, a woman
    and a child were killed" (no closing comma, and the parts make three)."""
    if any(c is None or c[0].qualifier != "exact" for c in counted):
        return False
    doc, first, last = parts[0].doc, parts[0], parts[-1]
    opens = first.i + 1 < len(doc) and doc[first.i + 1].text == ","
    closes = last.right_edge.i + 1 < len(doc) and doc[last.right_edge.i + 1].text == ","
    rest = sum(c[0].count for c in counted[1:])
    return opens and closes and counted[0][0].count > 1 and rest == counted[0][0].count


def singular_subject_verb(victim: Token, last: Token, lex: Lexicon) -> bool:
    """Coordinated subjects of a singular "was"/"is"/"has" right after them are one person
    described twice: "Smith, 52, and the father of four boys, [was] shot to death"; not
    "a man wanted in a shooting that left a boy dead and two girls wounded [has] ..."."""
    syn = lex.syntax
    if victim.dep_ not in syn.subject and victim.dep_ not in syn.passive_subject:
        return False
    doc, at = victim.doc, last.right_edge.i + 1
    while at < len(doc) and doc[at].is_punct:
        at += 1
    if at >= len(doc) or doc[at].head.i != victim.head.i:
        return False
    aux = doc[at]
    return ((aux.dep_ in syn.passive_aux or aux.dep_ == "aux")
            and "Sing" in aux.morph.get("Number") and "3" in aux.morph.get("Person"))


def past_semicolon(victim: Token, part: Token, lex: Lexicon) -> bool:
    """A headline's clauses part at a semicolon: "1 dead, 2 hurt in shooting[;] 1 in
    custody" (the one in custody is no more dead)."""
    low, high = sorted((victim.i, part.i))
    if aged_name(victim, lex) and aged_name(part, lex) and part in victim.conjuncts:
        return False  # "Omar Jarman, 35; Shontay Young, 34; and Danielle Lucero, 26, died"
    return any(t.text == ";" for t in victim.doc[low:high])


def aged_name(tok: Token, lex: Lexicon) -> bool:
    """A name with its age: "Shontay Young, [34]"."""
    return lex.syntax.proper_noun(tok) and any(
        c.dep_ == "appos" and c.like_num for c in tok.children)


def claim_word(tok: Token, lex: Lexicon) -> bool:
    """A word that makes its own claim, not one more victim: "hurt" of headline "1 dead, 2
    [hurt]" (a conjunct of "dead", which stands for its own figure)."""
    return (tok.lower_ in lex.adjectives or tok.lemma_.lower() in lex.verbs
            or tok.lemma_.lower() in lex.harm_verbs
            or tok.lower_ in lex.headline_shot)  # "1 dead, 2 [shot]": one killed


def misparsed_coordinates(victim: Token, lex: Lexicon) -> list[Token]:
    """Victims coordinated with `victim` that the parse did not mark as conjuncts: "[his
    former daughter-in-law] and her friend were killed" or "two children, ages 3 and 5, and
    [their mother] were found dead" as two subjects with an "and" between them; "killed [his
    daughter-in-law] and her friend" with the first read as a preconj of the second; "kills
    woman, [her son], [himself]" read as appositions (only a possessed noun or a reflexive
    pronoun: "Smith, a teacher" is one person)."""
    found = [t for left in victim.lefts for t in left.subtree
             if t.dep_ == "preconj" and t.pos_ in ("NOUN", "PROPN")]
    head, doc = victim.head, victim.doc
    if head.i != victim.i and victim.dep_ in lex.syntax.subject | lex.syntax.passive_subject:
        for other in head.children:
            low, high = sorted((other.i, victim.i))
            if other.dep_ == victim.dep_ and other.i != victim.i and any(
                t.dep_ == "cc" for t in doc[low + 1: high]
            ):
                found.append(other)
    if head.i != victim.i and victim.dep_ in lex.syntax.object:
        found += [o for o in head.children if o.dep_ == victim.dep_ and o.i > victim.i
                  and doc[o.left_edge.i - 1].text == ","]  # "killed a neighbor, [his sons]"
    found += [t for t in (trailing_reflexive(victim, lex), comma_listed(victim, lex),
                          verb_conjunct(victim, lex))
              if t is not None and t not in victim.conjuncts]
    return found + listed_appositions(victim, lex)


def verb_conjunct(victim: Token, lex: Lexicon) -> Token | None:
    """A victim after "and" that the parse coordinated with the victim's governor, though a
    verb or an event takes no person as its conjunct: "charged with murdering a 13-year-old
    [and his father]" ("father" a conjunct of "charged"), "the fatal shooting of a woman
    [and two of her children]" ("two" a conjunct of "shooting"); only a possessed person
    noun or a figure of a group ("two of ...") right after "and"."""
    doc, at = victim.doc, victim.right_edge.i + 1
    governor = victim.head.head if victim.dep_ in lex.syntax.pobj else victim.head
    if victim.dep_ not in lex.syntax.object | lex.syntax.pobj or at + 2 >= len(doc) or (
            doc[at].dep_ != "cc" or doc[at].head.i == victim.i):
        return None
    noun = next((t for t in doc[at + 1: at + 4] if t.pos_ in ("NOUN", "PROPN", "NUM")), None)
    if noun is None or noun.dep_ != "conj" or noun.head.i != doc[at].head.i:
        return None
    own_event = noun.head.i == governor.i
    if own_event and is_number(noun, lex) and partitive_of(noun, lex):
        return noun  # "and two of her children"
    if lex.syntax.verb(noun.head) or (own_event and governor.lemma_.lower() in lex.harm_nouns):
        possessed = any(c.dep_ in lex.syntax.possessive and c.i < noun.i for c in noun.children)
        return noun if possessed and is_person(noun, lex) else None
    return None


def partitive_of(num: Token, lex: Lexicon) -> bool:
    """"two [of her children]": a figure with an of-phrase naming people."""
    return any(obj.lemma_.lower() in lex.person_nouns for obj in of_objects(num, lex))


def trailing_reflexive(victim: Token, lex: Lexicon) -> Token | None:
    """The killer listed after the object of his verb, whatever the parse makes of it:
    "killed her husband and then [herself]", "killing 2, then [himself]" (read as a
    conjunct of the verb or as punctuation); only after a verb of killing: "shot her baby
    and then himself" most often tells a death the toll counts apart."""
    if victim.dep_ not in lex.syntax.object or lex.verbs.get(victim.head.lemma_.lower()) != (
            KILLED):
        return None
    doc = victim.doc
    at = victim.right_edge.i + 1
    while at < len(doc) and doc[at].lower_ in lex.reflexive_links:
        at += 1
    if at == victim.right_edge.i + 1 or at >= len(doc):
        return None
    word = doc[at]
    if word.lower_ not in lex.reflexive_pronouns or word.dep_ in lex.syntax.object:
        return None  # "... and then killed [himself]": a claim of its own verb
    return word


def comma_listed(victim: Token, lex: Lexicon) -> Token | None:
    """A headline's first victim, listed with a comma for "and": "[Pregnant woman], 2
    others shot" (3), "[Man], toddler killed" (2); only one person noun opening the line
    (not a dateline's "CHICAGO, two men were shot" nor "On Sunday, two men ...")."""
    doc = victim.doc
    if victim.pos_ not in ("NOUN", "PROPN") or of_objects(victim, lex) or any(
            t.lower_ == lex.words.of for t in doc[victim.left_edge.i: victim.i]):
        return None  # "a 16-year-old boy, one of three people hit": a part, not another
    comma = victim.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    first = doc[comma - 1]
    if first.pos_ not in ("NOUN", "PROPN") or not is_person(first, lex):
        return None
    start = first.left_edge.i
    if start != first.sent.start and doc[start - 1].text not in HEADLINE_OPENERS:
        return None
    return first


def listed_appositions(tok: Token, lex: Lexicon) -> list[Token]:
    """"woman, [her son], [himself]", "mother, [brother]": appositions that name someone
    else."""
    found = []
    for child in tok.children:
        if child.dep_ == "appos" and child.lemma_.lower() in lex.corpse_nouns:
            continue  # "he was pronounced dead, [his body] covered by a sheet": the same man
        if child.dep_ == "appos" and child.i > tok.i and (
            child.lower_ in lex.reflexive_pronouns
            or any(g.dep_ in lex.syntax.possessive for g in child.children)
            or bare_listed(tok, child, lex)
        ):
            found += [child, *listed_appositions(child, lex), *listed_conjuncts(child, lex)]
        elif child.dep_ == "appos" and child.i > tok.i and bare_list(tok, child, lex):
            found += [child, *child.conjuncts]  # "killed his wife, [son and daughter]"
        elif child.dep_ == "appos" and child.i > tok.i and lex.syntax.proper_noun(tok) and (
                not lex.syntax.proper_noun(child)):
            found += named_conjuncts(child, lex)  # "Jones, a teacher, and [Smith]"
    return found


def listed_conjuncts(appos: Token, lex: Lexicon) -> list[Token]:
    """People coordinated with a listed apposition: "six of his grandchildren, his daughter
    [and himself]", "Russell Smith, his wife, Shawna, [and their two children]"; not a
    claim word ("1 dead, 2 hurt")."""
    return [c for c in appos.conjuncts if c.i > appos.i and not claim_word(c, lex)]


def named_conjuncts(appos: Token, lex: Lexicon) -> list[Token]:
    """Names the parse coordinated with a description of the name before: "Jones, a
    teacher, and [Smith], a nurse, were killed" (two); only a person's name or a name
    described in turn, not "a student at Elm High and Ohio State"."""
    return [c for c in appos.conjuncts if c.i > appos.i and lex.syntax.proper_noun(c) and (
        c.ent_type_ in lex.person_labels or any(g.dep_ == "appos" for g in c.children))]


def bare_list(tok: Token, appos: Token, lex: Lexicon) -> bool:
    """"his wife, [son and daughter]": an apposition of bare person nouns coordinated with
    "and" lists more people; not "the victim, a mother and wife" (a determiner describes)."""
    parts = [appos, *appos.conjuncts]
    if lex.syntax.proper_noun(tok) or len(parts) < 2 or not is_person(tok, lex):
        return False
    return all(is_person(p, lex) and not any(
        g.dep_ in ("det", "poss", "nummod") for g in p.children) for p in parts)


def bare_listed(tok: Token, appos: Token, lex: Lexicon) -> bool:
    """A headline's list without "and": "deaths of mother, [brother]" (two bare person
    nouns); not "Smith, [father] of two" (a name described) nor "a man, a [teacher]"."""
    return (not lex.syntax.proper_noun(tok) and all(
        prep_word(c, lex) not in (None, lex.words.of) for c in appos.children)
            and is_person(tok, lex) and is_person(appos, lex))  # "teen, father [in Toone]"
