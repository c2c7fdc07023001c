"""Crime nouns that name a death: "the slaying of a 7-year-old", "the murder victim".

Follow-up stories (an arrest, a court date) often name the death only by its crime: "police
arrested a suspect in the slaying of a 7-year-old girl", "he is charged with the murder of
his neighbor", "the homicide victim was identified". The noun makes a killed claim where
its words say who died (an of-object, a possessor, the victim it modifies, a figure) or
single out one crime ("charged in the murder"); a crime noun that names a trade, a
statistic or a charge makes none: "homicide detectives", "the murder rate", "the city's
30th homicide", "attempted murder", "charged with murder".
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.casualties.lexicon import Lexicon
from pipeline.casualties.syntax import child_in, of_objects

# Labels of a noun modifying another: "[homicide] victim", "[murder] trial".
MODIFIER_DEPS = ("compound", "amod", "nmod")


def is_crime_noun(tok: Token, lex: Lexicon) -> bool:
    """"murder", "slaying", "homicide" read as nouns (the verb "murdered" is a trigger of
    its own)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.crime_nouns


def crime_kind(noun: Token, lex: Lexicon) -> str | None:
    """The kind a crime noun claims, or None: "the slaying of a teen" killed; "attempted
    murder", "another homicide" (an earlier one), "the 30th homicide", "a murder trial",
    "homicide detectives", "64 homicide victims" none; "the murder victim" killed."""
    if any(c.lower_ in lex.crime_blockers or is_ordinal(c, lex) for c in noun.children):
        return None
    if noun.dep_ in MODIFIER_DEPS and not (noun.head.lemma_.lower() in lex.crime_victim_nouns
                                           and lex.syntax.singular_noun(noun.head)):
        return None  # not "64 homicide victims in Orange County" (a statistic)
    if is_killing_in_general(noun, lex):
        return None
    if noun.head.lower_ in lex.crime_blockers or (
            noun.dep_ == "pobj" and noun.head.head.lower_ in lex.crime_blockers):
        return None  # "attempted murder" read as a verb and its object, "an attempt at murder"
    return lex.crime_nouns[noun.lemma_.lower()]


def is_killing_in_general(noun: Token, lex: Lexicon) -> bool:
    """A plea against killing in general: "end the killing", "we want the killing to stop"
    (the verb's object, subject or a clause on the noun); not "arrested after the killing"."""
    if noun.dep_ != "pobj" and noun.head.lemma_.lower() in lex.crime_stop_verbs:
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in lex.crime_stop_verbs
               for c in noun.children)


def is_ordinal(tok: Token, lex: Lexicon) -> bool:
    """A rank: "the [30th] homicide", "the [second] killing", "the year's [first] murder"."""
    return (tok.ent_type_ == "ORDINAL" or tok.lower_ in lex.ordinals
            or (lex.ordinal_figure is not None and lex.ordinal_figure.fullmatch(tok.text)
                is not None))


def crime_victim(noun: Token, lex: Lexicon) -> Token | None:
    """Who the crime killed: the victim it modifies ("the homicide [victim]"), its
    of-object ("the murders of [two women]"), its possessor ("[his] killing"), or the noun
    itself with its figure or as one crime ("[two] killings", "charged in [the] slaying");
    not the bare figure of a statistic's word: "Louisville has had 66 homicides"."""
    if noun.dep_ in MODIFIER_DEPS:
        return noun.head
    conjuncts = [c.i for c in noun.children if c.dep_ == "conj"]
    objs = [o for o in of_objects(noun, lex) if not any(at < o.i for at in conjuncts)]
    if objs:  # not "charged with murder and use [of a firearm]" (the of-phrase misattached)
        return before_break(noun, objs[0])
    owner = child_in(noun, lex.syntax.possessive)
    if owner is not None:
        return owner
    if noun.lemma_.lower() not in lex.crime_statistic_nouns and any(
            c.dep_ == "nummod" or c.lower_ in lex.zero_determiners for c in noun.children):
        return noun  # "two killings blamed on the IRA", "no killings"; not "66 homicides"
    if lex.syntax.singular_noun(noun) and any(c.dep_ == "det" for c in noun.children):
        return noun  # "charged in the slaying": one (counted by its determiner)
    return None


def before_break(noun: Token, obj: Token) -> Token:
    """The of-object's words on the crime noun's own line when the parse ran past a line
    break: "murder of [13-year-old] and father / Javarrie Robertson, 13, and ..." (a
    headline glued to the next paragraph): the modifier before the break stands for them."""
    low, high = sorted((noun.i, obj.i))
    breaks = [t.i for t in obj.doc[low:high] if t.is_space and "\n" in t.text]
    if not breaks:
        return obj
    return next((c for c in obj.lefts if noun.i < c.i < breaks[0]
                 and c.dep_ in ("amod", "compound", "nmod")), obj)
