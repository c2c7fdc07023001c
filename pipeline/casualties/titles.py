"""Article titles as their own small Docs: which ones are worth parsing, and how to read them.

A title often carries the toll the body's lead leaves implicit ("Man Killed in Overnight
Shooting" over a body that says "the victim died at the scene"), and a paywalled page may
have nothing else. Titles go through the same pipeline as bodies, but cheaply:

* a title is parsed only when one of its lower-cased words is an inflected form of a
  trigger word (a set lookup on the raw string, before spaCy): most titles of a general
  news corpus name no casualty and cost nothing;
* a Title Case or ALL CAPS title is parsed lower-cased (pipeline/casualties/headlines.py:
  the small model reads "Teen Shot and Killed" as proper nouns); lower-casing keeps every
  offset, and the claims' words get the title's own capitals back;
* headline grammar the model misreads is rewritten to the same length first (as_prose):
  "15-year-old killed" -> "child       killed", "Man shot, killed" -> "Man fatally shot".

Pure: no spaCy. The inflected forms come from the model's lemmatizer tables, inverted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from pipeline.casualties.headlines import is_title_case
from pipeline.casualties.lexicon import Lexicon
from pipeline.types import CasualtyClaim

MAX_TITLE_CHARS = 400  # a longer "title" is a crawl artefact (a paragraph), not a headline
# Between a headline and the site name after it: "... Shooting - WBOY | News, Weather".
SEPARATOR = re.compile(r"\s+[-|–—:]{1,2}\s+|\s*\|\s*")
# Claim fields holding words of the text, given back their capitals after a lower-cased read.
WORD_FIELDS = ("count_text", "victims", "perpetrator", "location", "attributed_to")


def inflections(
    lemmas: Iterable[str], rules: Iterable[Any], exceptions: Iterable[Mapping[str, Any]],
) -> set[str]:
    """Every form the lemmatizer's suffix rules (["ies", "y"]: form suffix, lemma suffix,
    nested in lists per part of speech) and exceptions ({"shot": ["shoot"]}) map to one of
    `lemmas`: "kill" -> "kills", "killed", "killing"...; "shoot" -> "shot". Over-generation
    ("killes") is harmless: it only lets a title through to the parser."""
    lemmas = set(lemmas)
    forms = set(lemmas)
    for old, new in _rules(rules):
        forms |= {lemma[: len(lemma) - len(new)] + old for lemma in lemmas
                  if lemma.endswith(new)}
        if new == "" and old[:1] in ("e", "i"):  # doubled consonant: "stab" -> "stabbed"
            forms |= {lemma + lemma[-1] + old for lemma in lemmas}
    for table in exceptions:
        if isinstance(table, Mapping):
            forms |= {form for form, targets in table.items()
                      if isinstance(form, str) and lemmas & set(_strings(targets))}
    return forms


def _rules(tree: Any) -> Iterator[tuple[str, str]]:
    """The [form suffix, lemma suffix] pairs anywhere in a nest of lists."""
    if isinstance(tree, (list, tuple)):
        if len(tree) == 2 and all(isinstance(x, str) for x in tree):
            yield tree[0], tree[1]
        else:
            for branch in tree:
                yield from _rules(branch)


def _strings(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)]


class TitleGate:
    """Whether a title may hold a casualty claim: one of its lower-cased words is a trigger
    form ("Two Shot Dead in Juliaca" yes, "Congress Debates Early Election" no)."""

    def __init__(self, forms: Iterable[str], word: re.Pattern[str],
                 open_gate: bool = False) -> None:
        self.forms = frozenset(f.lower() for f in forms)
        self.word = word
        self.open_gate = open_gate  # no forms known: every title goes through

    def __call__(self, title: str | None) -> bool:
        if not title or len(title) > MAX_TITLE_CHARS:
            return False
        return self.open_gate or any(w in self.forms for w in self.word.findall(title.lower()))

    def headline(self, title: str) -> str:
        """The title without the site name crawlers leave after it: "Teen Dies After
        Shooting - WBOY - Clarksburg, Morgantown: News, Sports" -> "Teen Dies After
        Shooting". The title is cut after its last part, between " - " or " | ", that
        holds a trigger word (a prefix: offsets hold); a dateline before stays."""
        end = start = 0
        for sep in [*SEPARATOR.finditer(title), None]:
            stop = sep.start() if sep is not None else len(title)
            if self(title[start:stop]):
                end = stop
            start = sep.end() if sep is not None else len(title)
        return title[:end] if end else title


def text_to_parse(title: str) -> str:
    """The title as the parser should read it: lower-cased when it is in Title Case (same
    length, so offsets hold), else as written."""
    lowered = title.lower()
    if len(lowered) == len(title) and is_title_case(title):
        return lowered
    return title


def as_prose(text: str, lex: Lexicon) -> str:
    """Headline grammar rewritten where the small model misreads it, each rewrite keeping
    the length (offsets hold): "Boy, 15, shot, killed" -> "boy, 15, fatally shot";
    "12-year-old dies" -> "child        dies"; a closing "dies" -> "died"."""
    text = stand_in_ages(text, lex.headline_age, lex.age_stand_in, lex.person_nouns)
    text = lowered_people(text, lex.title_lowered_nouns)
    text = lethal_commas(text, lex.comma_kill, lex.comma_kill_adverb)
    return past_endings(text, lex.title_ending, lex.title_ending_past)


def stand_in_ages(text: str, age: re.Pattern[str] | None, stand_in: str,
                  nouns: frozenset[str]) -> str:
    """Bare ages read as a person noun: the small model reads "15-year-old killed in
    shooting" or "12-year-old dies" as an adjective before a noun, so no trigger reaches a
    victim. "15-year-old" -> "child      " (padded with spaces: offsets hold; recased() gives
    the claims the age back). An age before a person noun ("15-year-old boy killed") or a
    possessive ("2-year-old's death") is left as written."""
    if age is None or not stand_in:
        return text
    out = []
    at = 0
    for match in age.finditer(text):
        after = text[match.end():]
        following = after.lstrip().split(" ", 1)[0].strip(",.:;!?").lower()
        if (len(stand_in) > match.end() - match.start() or after[:1] in ("'", "’")
                or following in nouns):
            continue
        out += [text[at: match.start()], stand_in.ljust(match.end() - match.start())]
        at = match.end()
    return "".join(out) + text[at:]


CAPITALIZED = re.compile(r"\b[A-Z][a-z]+\b")


def lowered_people(text: str, nouns: frozenset[str]) -> str:
    """Person nouns a title capitalizes that the small model misreads, lower-cased: it reads
    "Boy" in "Boy, 17, shot to death at gas station" as an interjection, and "boy" as the
    subject. Only the nouns listed (title_lowered_nouns): "Teen" or "Toddler" read better
    as written. Same length; recased() gives the claims the title's capitals back."""
    return CAPITALIZED.sub(
        lambda m: m.group(0).lower() if m.group(0).lower() in nouns else m.group(0), text)


def lethal_commas(text: str, comma_kill: re.Pattern[str] | None, adverb: str) -> str:
    """Headline shorthand for one victim hit and killed: "Man shot, killed by girlfriend"
    is read as "Man fatally shot by girlfriend" (the parser makes "killed" a clause of its
    own, and the toll would count one injured). Same length: "X, killed" and "fatally X"
    both add eight characters to X. `comma_kill` captures X as group "harm"."""
    if comma_kill is None or not adverb:
        return text

    def rewrite(match: re.Match[str]) -> str:
        new = f"{adverb} {match.group('harm')}"
        return new if len(new) == len(match.group(0)) else match.group(0)

    return comma_kill.sub(rewrite, text)


def past_endings(text: str, ending: re.Pattern[str] | None, past: str) -> str:
    """A headline's closing present tense read as the past: "Man shot on Elm Street dies"
    -> "... died" (same length). Read as written, the small model makes "shot" the verb and
    "dies" a plural noun, and finds one injured. `ending` matches the present form where
    the headline (or its clause before a comma) ends."""
    if ending is None or not past:
        return text
    return ending.sub(lambda m: past if len(past) == len(m.group(0)) else m.group(0), text)


def recased(claims: list[CasualtyClaim], parsed: str, title: str) -> list[CasualtyClaim]:
    """Claims read from a lower-cased title, with the title's own capitals in their words
    ("juliaca" -> "Juliaca") and a stand-in's own words ("child" -> "15-year-old"); claims
    from a title read as written are returned as they are.
    `parsed`: the text the claims were read from (a prefix of the title, maybe lower-cased)."""
    if title.startswith(parsed):
        return claims
    return [replace(c, **{name: _original(getattr(c, name), parsed, title)
                          for name in WORD_FIELDS}) for c in claims]


def _original(words: str | None, parsed: str, title: str) -> str | None:
    if not words:
        return words
    at = parsed.find(words)
    if at < 0:
        return words
    end = at + len(words)
    while end < len(parsed) and parsed[end] == " " and not title[end].isspace():
        end += 1  # a stand-in padded with spaces ("child      ") takes the title's word back
    return title[at: end].rstrip()
