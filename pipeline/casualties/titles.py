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
* headline grammar the model misreads is rewritten to the same length first
  (pipeline/casualties/headline_prose.py): "15-year-old killed" -> "child       killed";
  the claims read from it get the title's own words back here (recased).

Pure: no spaCy. The inflected forms come from the model's lemmatizer tables, inverted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

from pipeline.casualties.headlines import is_title_case
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


def before_anniversary(claims: list[CasualtyClaim], text: str,
                       pattern: re.Pattern[str] | None,
                       memorial: frozenset[str] = frozenset()) -> list[CasualtyClaim]:
    """A title's claims before an anniversary it names: the words after it tell a past
    event, not news ("Elm City marks 5 years since fatal shooting" claims nothing; "Teen
    killed a year after brother shot" keeps "Teen killed"). None at all in a title with
    one of the `memorial` words: "Elm County remembers three slain officers, two years
    after ambush"."""
    match = pattern.search(text) if pattern is not None else None
    if match is None:
        return claims
    if memorial & set(re.findall(r"\w+", text.lower())):
        return []
    return [c for c in claims if c.start_char < match.start()]


def dying_victims(claims: list[CasualtyClaim], text: str,
                  ending: re.Pattern[str] | None) -> list[CasualtyClaim]:
    """A headline's closing "died" makes the one victim hurt before it a death: "Teen shot
    in Elm City dies, two others wounded" (the parser reads "Teen shot" as the subject of
    "died", a hurt victim) -> killed 1, injured 2. Only a one-victim injured claim with no
    comma or semicolon between it and the verb ("Man, 30, who shot himself ... dies"), and
    only where no killed claim already holds the verb."""
    if ending is None:
        return claims
    out = list(claims)
    for match in ending.finditer(text):
        verb = match.start()
        if any(c.kind == "killed" and c.start_char <= verb < c.end_char for c in out):
            continue
        hurt = [i for i, c in enumerate(out)
                if c.kind == "injured" and c.count == 1 and c.end_char <= verb
                and not re.search(r"[,;]", text[c.end_char: verb])]
        if hurt:
            i = max(hurt, key=lambda j: out[j].end_char)
            out[i] = replace(out[i], kind="killed", end_char=match.end())
    return out


def recased(claims: list[CasualtyClaim], parsed: str, title: str) -> list[CasualtyClaim]:
    """Claims read from a lower-cased title, with the title's own capitals in their words
    ("juliaca" -> "Juliaca") and a stand-in's own words ("child" -> "15-year-old",
    "man" -> "Timothy Agnew"); claims from a title read as written are returned as they
    are. `parsed`: the text the claims were read from (a prefix of the title, maybe
    lower-cased)."""
    if title.startswith(parsed):
        return claims
    return [replace(c, start_char=_name_start(c.start_char, parsed, title),
                    **{name: _original(getattr(c, name), parsed, title)
                       for name in WORD_FIELDS}) for c in claims]


def _name_start(at: int, parsed: str, title: str) -> int:
    """0 where only a name's padding comes before `at` ("          man killed" read from
    "Timothy Agnew killed"), else `at` (a blanked source "Police: " stays out)."""
    if at and not parsed[:at].strip() and not title[:at].rstrip().endswith(":"):
        return 0
    return at


def _original(words: str | None, parsed: str, title: str) -> str | None:
    if not words or not words.strip():
        return words
    words = words.strip()  # a blanked source or a name's padding before, a blanked phrase after
    at = parsed.find(words)
    if at < 0:
        return words
    end = at + len(words)
    # A stand-in padded with spaces ("child      ") takes the title's words back ("3 year
    # old"); not a comma ("boy (7) " read from "Boy, 7, "), nor a phrase blanked after a
    # space ("boy" + blanks read from "boy walking on sidewalk").
    if (end < len(parsed) and parsed[end] == " " and not title[end].isspace()
            and title[end] not in ",;:"):
        while end < len(parsed) and parsed[end] == " ":
            end += 1
    return title[_name_start(at, parsed, title): end].rstrip()
