"""Whether a word names a person, and one person: "a police officer", "the 12-year-old",
"he", "John Smith", headline "Teen killed"; not a thing said to die ("the craze died").
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.casualties.lexicon import Lexicon


def non_person(tok: Token, lex: Lexicon) -> bool:
    """A thing said to die or be hurt: "the [craze] died", "the [unit] was hurt by costs";
    not a person named by such a word: "Vontay [Price]" (a name, or a proper noun)."""
    return (tok.lemma_.lower() in lex.non_person_nouns and tok.ent_type_ not in lex.person_labels
            and not lex.syntax.proper_noun(tok))


def is_individual(tok: Token, lex: Lexicon) -> bool:
    """One person: "a police officer", "the 12-year-old", "he", "John Smith"."""
    if tok.lower_ in lex.individual_pronouns:
        return True
    syn = lex.syntax
    aged = any(c.lower_ == lex.age_head and any(g.lower_ == lex.age_unit for g in c.children)
               for c in tok.children)
    if aged and tok.pos_ == "PROPN":
        return True  # "15-year-old Trinity Gay", "15 year-old Jo Shores" (Shores read NNPS)
    if syn.proper_noun(tok):
        if any(c.dep_ == "appos" and c.like_num for c in tok.children):
            return True  # "Royal Willrich, 30," whatever the entity label says
        # "Salih was pronounced dead" (unlabelled), but not a dateline's "JULIACA"
        return tok.ent_type_ == "PERSON" or (not tok.ent_type_ and not tok.is_upper) or (
            misread_name(tok, lex))
    if tok.dep_ in syn.interjection:
        return is_person(tok, lex)  # headline "[Boy], 13, dies"
    if not (syn.singular_noun(tok) or syn.adjective(tok)):
        return False
    if syn.adjective(tok) and tok.lower_ in lex.person_nouns and syn.verb(tok.head):
        return True  # headline "[juvenile] dies after ...", the noun read as an adjective
    if tok.lower_ == lex.age_head and any(c.lower_ == lex.age_unit for c in tok.children):
        return True  # "the shooting death of 17-year-old"
    if is_person(tok, lex):
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ not in lex.non_individual_determiners
               for c in tok.children)


def misread_name(tok: Token, lex: Lexicon) -> bool:
    """A one-word name the small model labels as an organisation or product: "killing
    [Jaquez]" (ORG); not "ISIS", not "Elm Motors"."""
    if tok.ent_type_ not in lex.misread_name_labels or tok.is_upper or tok.ent_iob_ != "B":
        return False
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is None or after.ent_iob_ != "I"


def is_person(tok: Token, lex: Lexicon) -> bool:
    """A singular noun for one person, even without a determiner: "Teen killed", or a
    headline's first word the tagger takes for a name: "[Man] shot in leg at ..." or for an
    interjection: "[Boy], 13, dies"."""
    singular = lex.syntax.singular_noun(tok) or tok.dep_ in lex.syntax.interjection or (
        lex.syntax.proper_noun(tok) and not tok.ent_type_ and not tok.is_upper)
    return singular and tok.lemma_.lower() in lex.person_nouns
