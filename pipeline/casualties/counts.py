"""How many the victims are: the counted words and their number.

The figure is read from the words around the victim ("at least 18", "dozens of", "he and
three others", "no injuries", "a police officer") by pipeline/normalize/numbers.py with
the lexicon's number words; years, ages, money and units ("18 months") are no count.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from pipeline.casualties.coordination import (
    age_holder,
    claim_word,
    crime_victim_alone,
    is_breakdown,
    misparsed_coordinates,
    named_after,
    past_semicolon,
    singular_subject_verb,
)
from pipeline.casualties.lexicon import Lexicon
from pipeline.casualties.people import is_individual, is_person, non_person
from pipeline.casualties.syntax import (
    has_figure,
    is_number,
    multiplier,
    negated_zero,
    of_objects,
    possessor_figure,
)
from pipeline.extensions import doc_text
from pipeline.normalize.numbers import Count, parse_count

# The count, its first and last token (the claim's count_text), and whether it is a zero.
Counted = tuple[Count, Token, Token, bool]
# Children to the left of a figure that belong to it: "[at least] 18", "[nearly] 30".
NUMBER_LEFT_DEPS = {"advmod", "quantmod", "amod", "compound", "nmod", "nummod", "det", "npadvmod"}
# Children that may carry a noun's figure: "[30] civilians", "[dozens] of", "them [both]";
# `meta`: a headline figure the parser hangs off its word ("Police: [1] dead, 3 hurt").
COUNT_CHILD_DEPS = {"nummod", "amod", "det", "quantmod", "compound", "npadvmod", "meta"}
BAD_COUNT_ENTS = {"TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
# Words a qualifier may take before its figure: "por lo menos 18", "alrededor de 30".
QUALIFIER_WORDS = 3
YEAR = re.compile(r"(?:1[89]|20)\d\d")


def count_of(victim: Token, lex: Lexicon, clause: Token | None = None) -> Counted | None:
    """The count the victims carry, its first and last tokens, and whether it is a zero;
    with the relative `clause` that makes the claim, only the victims it is about: "two
    men [who were killed] and two officers" (two)."""
    victim = age_holder(victim, lex)
    own = count_one(victim, lex)
    if own is None:
        return None
    end = clause.i if clause is not None and clause.i > victim.i else len(victim.doc)
    parts = sorted([victim, *(c for c in victim.conjuncts
                              if c.i > victim.i and not claim_word(c, lex)),
                    *misparsed_coordinates(victim, lex)], key=lambda t: t.i)
    if crime_victim_alone(victim, lex):
        parts = [victim]  # "the murder victim and his brother went": the brother lives
    parts = [p for p in parts if p.i < end and not past_semicolon(victim, p, lex)]
    counted = [own if p.i == victim.i else count_one(p, lex) for p in parts]
    named = [k for k, p in enumerate(parts) if counted[k] is None and named_after(parts, k, lex)]
    parts = [p for k, p in enumerate(parts) if k not in named]
    counted = [c for k, c in enumerate(counted) if k not in named]
    if len(parts) > 1 and singular_subject_verb(victim, parts[-1], lex):
        parts, counted = [victim], [own]  # "Smith, 52, and the father of four, was shot"
    if len(parts) > 2 and is_breakdown(parts, counted):
        parts, counted = [victim], [own]  # "the two teens, one girl and one boy, were hurt"
    if len(parts) > 1 and all(c is not None and c[0].qualifier == "exact" for c in counted):
        total = sum(c[0].count for c in counted)  # "he and three others" -> 4
        first, last = counted[0][1], parts[-1]
        return Count(total, total, total, "exact"), first, last, total == 0
    count, first, last = own
    return count, first, last, count.count == 0


# Labels of a noun's place in a clause, for a harm noun the tagger reads as a gerund.
NOMINAL_DEPS = ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos")


def misread_harm_noun(tok: Token, lex: Lexicon) -> bool:
    """A lethal harm noun the tagger reads as a gerund in a title without an article:
    "Police investigate [deadly shooting] in Mount Holly park" (shooting/VBG, deadly/RB);
    not "deadly shooting people" (a gerund with an object)."""
    return (tok.tag_ == "VBG" and tok.lower_ in lex.harm_nouns and tok.dep_ in NOMINAL_DEPS
            and any(c.lower_ in lex.lethal_adjectives and c.i < tok.i for c in tok.children)
            and not any(c.dep_ in lex.syntax.object for c in tok.children))


def count_one(tok: Token, lex: Lexicon) -> tuple[Count, Token, Token] | None:
    """The count of one victim word: its figure, a zero determiner, or one person."""
    lethal = [c for c in tok.children if c.lower_ in lex.lethal_adjectives]
    if lethal and misread_harm_noun(tok, lex):
        return Count(1, 1, None, "at_least"), lethal[0], lethal[0]  # title "deadly shooting"
    if tok.lemma_.lower() in lex.harm_nouns and lex.syntax.singular_noun(tok) and lethal:
        return Count(1, 1, None, "at_least"), lethal[0], lethal[0]  # "a fatal shooting"
    times = multiplier(tok, lex)
    if times is not None:  # "a quadruple shooting" -> 4, though "four shootings" is no count
        n = lex.multipliers[times.lower_]
        return Count(n, n, n, "exact"), times, times
    if tok.lemma_.lower() in lex.units or non_person(tok, lex):
        return None  # "18 months", "80 percent", "17 large companies", "the craze died"
    if tok.lemma_.lower() in lex.pair_nouns and not of_objects(tok, lex):
        n = lex.pair_nouns[tok.lemma_.lower()]  # "a couple was found dead" (two people)
        return Count(n, n, n, "exact"), tok.left_edge, tok
    if tok.lemma_.lower() in lex.total_nouns:
        objs = of_objects(tok, lex)  # "a total of 12 people": the people's figure
        return count_one(objs[0], lex) if objs else None
    if is_number(tok, lex):
        return number_count(tok, lex)
    count_deps = set(COUNT_CHILD_DEPS)
    if tok.pos_ == "PRON":
        count_deps.add("appos")  # "killed them both"
    part = partitive(tok, lex)
    if part is not None:
        return part  # "[one] of three people shot has died": one, not three
    for child in tok.children:
        if child.dep_ in count_deps and is_number(child, lex) and not (
                typo_ordinal(tok, child, lex)):
            counted = number_count(child, lex)
            if counted is not None:
                return counted  # an ordinal or an age is no figure: "the fifth man"
    ages = listed_ages(tok, lex) or listed_people(tok, lex)
    if ages is not None:
        return ages
    owner_figure = possessor_figure(tok, lex)
    if owner_figure is not None:
        counted = number_count(owner_figure, lex)  # "[two] sheriff's deputies"
        if counted is not None:
            return counted[0], counted[1], tok
    cause = one_death(tok, lex)
    if cause is not None:
        return Count(1, 1, 1, "exact"), cause, tok  # "an accidental shooting death"
    if any(c.dep_ == "det" and c.lower_ in lex.zero_determiners for c in tok.children):
        return Count(0, 0, 0, "exact"), tok.left_edge, tok  # "no injuries", "no officers"
    if lex.syntax.linear_counts:
        before = count_before(tok, lex)
        if before is not None:
            return before  # "una treintena de detenidos", "más de 60 heridos"
    if negated_zero(tok, lex):
        return Count(0, 0, 0, "exact"), tok, tok  # "no se reportaron heridos"
    if is_individual(tok, lex):
        return Count(1, 1, 1, "exact"), tok.left_edge, tok  # "a police officer", "he"
    if plural_age(tok, lex):
        return Count(None, 2, None, "at_least"), tok.left_edge, tok  # "the 17-year-olds"
    return None


def plural_age(tok: Token, lex: Lexicon) -> bool:
    """People named by their age in the plural, with no figure: "the 17-year-[olds] were
    pronounced dead" (at least two)."""
    return (tok.lemma_.lower() == lex.age_head and "Plur" in tok.morph.get("Number")
            and any(c.lower_ == lex.age_unit for c in tok.children))


def typo_ordinal(noun: Token, num: Token, lex: Lexicon) -> bool:
    """A number word between "a"/"an" and a singular noun is a misspelt ordinal: "[An
    eight] victim was taken to hospital" (an eighth victim: one person, not eight)."""
    return (num.dep_ == "nummod" and num.is_alpha and num.i < noun.i
            and lex.syntax.singular_noun(noun) and num.lower_ not in lex.numbers.multipliers
            and any(c.dep_ == "det" and c.i < num.i and c.lower_ in lex.numbers.indefinites
                    for c in noun.children))


def partitive(tok: Token, lex: Lexicon) -> tuple[Count, Token, Token] | None:
    """The part a figure takes of a counted group: "[one] of three people shot has died",
    "[two] of the five victims died" (parsed as figures and "of" modifying the noun)."""
    for holder in (tok, *(c for c in tok.children if c.dep_ == "nummod" and c.i < tok.i)):
        of = next((c for c in holder.children if c.lower_ == lex.words.of and c.i < holder.i
                   and c.dep_ in ("quantmod", "advmod", "nmod")), None)
        if of is None:
            continue
        part = next((c for c in holder.children if c.i < of.i and is_number(c, lex)), None)
        return None if part is None else number_count(part, lex)
    return None


def whole_count(victim: Token, trigger: Token, lex: Lexicon) -> Counted | None:
    """The whole group's figure when the trigger describes the group itself: "one of three
    people [shot] has died" (three were shot; one of them died)."""
    if trigger.head.i != victim.i or trigger.dep_ not in ("acl", "relcl", "amod"):
        return None
    if partitive(victim, lex) is None:
        return None
    for child in victim.children:
        if child.dep_ == "nummod" and child.i < victim.i and is_number(child, lex):
            counted = number_count(child, lex)
            if counted is not None:
                return counted[0], counted[1], counted[2], counted[0].count == 0
    return None


def listed_ages(tok: Token, lex: Lexicon) -> tuple[Count, Token, Token] | None:
    """People counted by the ages listed after them: "Brothers, 16 and 10, killed in fire"
    (two), "teens, 15, 16 and 17, wounded" (three)."""
    if "Plur" in tok.morph.get("Number") and tok.lemma_.lower() in lex.person_nouns:
        for child in tok.children:
            if child.dep_ == "appos" and child.i > tok.i and child.like_num:
                ages = [child, *child.conjuncts]
                if len(ages) > 1 and all(a.like_num and len(a.text) <= 2 for a in ages):
                    n = len(ages)
                    return Count(n, n, n, "exact"), tok.left_edge, max(ages, key=lambda a: a.i)
    return None


def listed_people(tok: Token, lex: Lexicon) -> tuple[Count, Token, Token] | None:
    """People counted by the persons listed after a plural noun without a figure: "the
    victims, [a man and his son], were killed" (two), "his stepsons, [Quinn and Tory]"."""
    if "Plur" not in tok.morph.get("Number") or tok.lemma_.lower() not in lex.person_nouns:
        return None
    for child in tok.children:
        if child.dep_ == "appos" and child.i > tok.i:
            people = [child, *(c for c in child.conjuncts if c.i > child.i)]
            if len(people) > 1 and all(
                    (is_individual(p, lex) or lex.syntax.proper_noun(p))
                    and not has_figure(p, lex) for p in people):
                n = len(people)
                return Count(n, n, n, "exact"), tok.left_edge, people[-1]
    return None


def number_count(num: Token, lex: Lexicon) -> tuple[Count, Token, Token] | None:
    """Read the figure at `num` with its qualifier: "at least 18", "nearly 30", "dozens"."""
    if num.ent_type_ in BAD_COUNT_ENTS or is_date_number(num, lex):
        return None  # ages ("25-year-old"), years, money, percentages
    if num.dep_ == "appos" and (num.head.pos_ == "PROPN" or is_person(num.head, lex)):
        return None  # an age: "Justin Burns, 14", "a man, 18"
    if lex.age_suffix is not None and lex.age_suffix.match(doc_text(num.doc), num.idx + len(num)):
        return None  # "a 43 y/o man"
    if across_lines(num) or (num.head.i > num.i and lex.syntax.proper_noun(num.head)):
        return None  # "18 [new line] Jose Estrada was killed": no one counts a name
    if is_channel(num):
        return None  # a station's call sign: "(WKRX 10) - A 13-year-old was shot"
    doc = num.doc
    lefts = [c.left_edge.i for c in num.lefts if c.dep_ in NUMBER_LEFT_DEPS]
    start = min(lefts, default=num.i)
    if lex.syntax.linear_counts:  # "Al menos 18 personas": "al menos" hangs from the noun
        start = min(start, max(num.sent.start, num.i - QUALIFIER_WORDS))
    end = num.i + 1
    if num.ent_iob_ != "O" and num.ent_type_ == "CARDINAL":
        ent = next(e for e in doc.ents if e.start <= num.i < e.end)
        start, end = min(start, ent.start), max(end, ent.end)
    for first in range(start, num.i + 1):
        count = parse_count(doc[first:end].text, lex.numbers)
        if count is not None:
            if (count.count or 0) > 1 and singular_subject(num, lex):
                return None  # an age parsed as the subject: "Jones, 22 was shot"
            return count, doc[first], doc[end - 1]
    return None


def singular_subject(num: Token, lex: Lexicon) -> bool:
    """A figure as the subject of a singular verb ("22 was shot") is no figure of people."""
    syn = lex.syntax
    if num.dep_ not in syn.subject and num.dep_ not in syn.passive_subject:
        return False
    return any(c.dep_ in syn.passive_aux or c.dep_ == "aux" for c in num.head.children
               if "Sing" in c.morph.get("Number"))


def is_channel(num: Token) -> bool:
    """A figure closing a parenthesis right after a word in capitals: the channel of a
    station's call sign, "(WKRX 10)", "(KBTX 3)"."""
    doc = num.doc
    if num.i == 0 or num.i + 1 >= len(doc) or doc[num.i + 1].text != ")":
        return False
    before = doc[num.i - 1]
    return before.is_alpha and before.is_upper and len(before) >= 3


def across_lines(num: Token) -> bool:
    """A figure parsed onto a word past a line break: a leftover headline or caption."""
    low, high = sorted((num.i, num.head.i))
    return any(t.is_space and "\n" in t.text for t in num.doc[low:high])


def count_before(tok: Token, lex: Lexicon) -> tuple[Count, Token, Token] | None:
    """The count written just before a noun, read from the words whatever their parse:
    "[una treintena de] detenidos", "[más de 60] heridos", "[al menos 18] muertos"."""
    doc = tok.doc
    for first in range(max(tok.sent.start, tok.i - QUALIFIER_WORDS - 2), tok.i):
        words = doc[first : tok.i]
        if any(w.ent_type_ in BAD_COUNT_ENTS or is_date_number(w, lex) for w in words):
            continue
        count = parse_count(words.text, lex.numbers)
        if count is not None:
            last = tok.i - 1
            while last > first and doc[last].lower_ in lex.numbers.trailing:
                last -= 1  # "una docena [de]"
            return count, doc[first], doc[last]
    return None


def one_death(noun: Token, lex: Lexicon) -> Token | None:
    """The harm word that makes a singular death noun one death without a figure: "led to
    an accidental [shooting] death", "in [shooting] death of ..." ("shooting" read as a
    gerund with "death" its object)."""
    if lex.nouns.get(noun.lemma_.lower()) != "killed" or not lex.syntax.singular_noun(noun):
        return None
    for child in noun.children:
        if child.dep_ == "compound" and child.lower_ in lex.death_compounds:
            return child
    head = noun.head
    if noun.dep_ in lex.syntax.object and head.i < noun.i and head.lower_ in lex.death_compounds:
        return head
    return None


def is_date_number(num: Token, lex: Lexicon) -> bool:
    """A year ("in 2019"), a day ("Oct. 23") or part of an age ("a 25-year-old"); the
    tagger's DATE label alone is not enough ("the death toll is 22" is often tagged DATE)."""
    if num.ent_type_ != "DATE":
        return False
    after = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    before = num.doc[num.i - 1] if num.i > 0 else None
    if before is not None and lex.month_name is not None and lex.month_name.fullmatch(
            before.text):
        return True  # "the Oct. 23 killing": a day
    return bool(YEAR.fullmatch(num.text)) or (
        after is not None and after.text in ("-", lex.age_unit)
    )


def ordinal_toll(victim: Token, lex: Lexicon) -> int | None:
    """The toll an ordinal gives one newly dead person: "a [third] person has died",
    headline "[5th] victim dies" -> at least 3, 5; not "the third man" (one of a list), nor
    an event: "the city's second fatal shooting", "a fatal Fourth of July shooting"."""
    if victim.lemma_.lower() not in lex.person_nouns or any(
        c.dep_ in ("det", "poss") and c.lower_ not in lex.numbers.indefinites
        for c in victim.children
    ):
        return None
    for child in victim.children:
        if child.dep_ in ("amod", "nummod") and child.i < victim.i and (
            child.nbor(1).text != "-"  # "a sixth-grader" is one pupil
        ):
            value = lex.ordinals.get(child.lower_)
            if value is not None:
                return value
    return None
