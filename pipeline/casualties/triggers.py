"""Where a casualty claim may start: the trigger words, found by one spaCy Matcher.

A match is only a candidate; pipeline/casualties/kinds.py decides which claim, if any, the
word makes in its sentence ("shot dead" is one killed claim, "shot at" none).
"""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.vocab import Vocab

from pipeline.casualties.lexicon import Lexicon

LABEL = "TRIGGER"


def pattern_lemmas(lex: Lexicon) -> list[dict]:
    """Words matched by lemma, in any inflection: "killed", "killing", "deaths", "the death
    toll", "were shot", "struck by gunfire", "taken to hospital", "the number of dead",
    "in critical condition"."""
    lemmas = (set(lex.verbs) | set(lex.nouns) | lex.harm_verbs | lex.toll_nouns
              | lex.hospital_verbs | lex.harm_nouns | lex.projectile_verbs | lex.count_nouns
              | lex.condition_nouns)
    return [{"LEMMA": {"IN": sorted(lemmas)}}]


def pattern_forms(lex: Lexicon) -> list[dict]:
    """Words matched as written, whatever the tagger makes of them: "45 dead", "five
    people remain missing", "two injured", "shot, one fatally", "Six shot in ..."."""
    forms = set(lex.adjectives) | lex.lethal_adverbs | lex.headline_shot
    return [{"LOWER": {"IN": sorted(forms)}}]


def trigger_matcher(vocab: Vocab, lex: Lexicon) -> Matcher:
    """One Matcher for every trigger; a token matched by both patterns is read once."""
    matcher = Matcher(vocab)
    matcher.add(LABEL, [pattern_lemmas(lex), pattern_forms(lex)])
    return matcher
