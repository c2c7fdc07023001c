"""Where a casualty claim may start: the trigger words, found by lemma or by written form.

A match is only a candidate; pipeline/casualties/kinds.py decides which claim, if any, the
word makes in its sentence ("shot dead" is one killed claim, "shot at" none).
"""

from __future__ import annotations

from spacy.vocab import Vocab

from pipeline.casualties.lexicon import Lexicon
from pipeline.word_finder import WordFinder


def trigger_lemmas(lex: Lexicon) -> set[str]:
    """Words matched by lemma, in any inflection: "killed", "killing", "deaths", "the death
    toll", "were shot", "struck by gunfire", "taken to hospital", "the number of dead",
    "in critical condition", "passed away", "claimed two lives", "treated at a hospital",
    "is in the hospital", "the slaying of a teen", "homicide victim"."""
    return (set(lex.verbs) | set(lex.nouns) | lex.harm_verbs | lex.toll_nouns
            | lex.hospital_verbs | lex.harm_nouns | lex.projectile_verbs | lex.count_nouns
            | lex.condition_nouns | set(lex.multiplied_nouns) | set(lex.phrasal)
            | lex.life_nouns | lex.succumb_verbs | lex.hospital_nouns | lex.arrival_verbs
            | set(lex.crime_nouns)
            | (lex.treat_verbs | lex.recover_verbs if lex.care_place_preps else frozenset()))


def trigger_forms(lex: Lexicon) -> set[str]:
    """Words matched as written, whatever the tagger makes of them: "45 dead", "five
    people remain missing", "two injured", "shot, one fatally", "Six shot in ..."."""
    return set(lex.adjectives) | lex.lethal_adverbs | lex.headline_shot


def trigger_finder(vocab: Vocab, lex: Lexicon) -> WordFinder:
    """The token indices of every trigger word, in order; a word matched both ways once."""
    return WordFinder(vocab, trigger_lemmas(lex), trigger_forms(lex))
