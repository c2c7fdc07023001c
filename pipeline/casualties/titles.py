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
from collections.abc import Callable, Iterable, Iterator, Mapping
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


def as_prose(text: str, lex: Lexicon, gate: Callable[[str], bool] | None = None) -> str:
    """Headline grammar rewritten where the small model misreads it, each rewrite keeping
    the length (offsets hold): "Boy, 15, shot, killed" -> "boy, 15, fatally shot";
    "12-year-old dies" -> "child        dies"; a closing "dies" -> "died". With the
    `gate`, a leading source that names no casualty is blanked: "Police: boy, 12, shot"."""
    text = stand_in_ages(text, lex.headline_grade, lex.age_stand_in, lex.person_nouns)
    text = stand_in_ages(text, lex.headline_age, lex.age_stand_in, lex.person_nouns)
    text = lowered_people(text, lex.title_lowered_nouns)
    text = dead_as_died(text, lex.title_dead, lex.title_ending_past,
                        lex.person_nouns | {lex.age_stand_in}, lex.title_dead_blockers)
    text = counted_dies(text, lex.title_counted_dies, lex.title_ending_past)
    text = lethal_people(text, lex.title_fatal_person, lex.title_fatal_stand_in)
    text = lethal_commas(text, lex.comma_kill, lex.comma_kill_adverb)
    text = blanked(text, lex.title_blanks)
    text = blanked_participles(text, lex.title_participle, lex.person_nouns)
    text = broken_leaves(text, lex.title_leaves_hurt, lex.person_nouns)
    if gate is not None:
        text = without_source(text, lex.title_source, gate, lex.person_nouns,
                              lex.title_source_harm)
    text = blanked_ages(text, lex.title_aged_harm, lex.person_nouns)
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


def stand_in_names(text: str, name: re.Pattern[str] | None, stand_in: str) -> str:
    """A victim's name opening a headline, read as the stand-in person noun: "Timothy
    Agnew killed, four wounded" -> "          man killed, ..." (the parser makes the name
    the killer, or no one). `name` matches the name only before a harm verb; padded with
    spaces before the stand-in (offsets hold; recased() gives the claims the name back).
    Run before lower-casing: a name is told by its capitals ("Sylvester Gardner, 28,
    Killed In ...")."""
    if name is None or not stand_in:
        return text
    return name.sub(lambda m: stand_in.rjust(len(m.group(0)))
                    if len(stand_in) <= len(m.group(0)) else m.group(0), text)


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


def blanked(text: str, pattern: re.Pattern[str] | None) -> str:
    """Words of headline shorthand the small model misreads, blanked with spaces (same
    length): "Teen shoots, kills self" -> "Teen         kills self" (read as written,
    "shoots" is a noun and "kills" finds no victim); the verb left says the whole harm."""
    if pattern is None:
        return text
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def blanked_participles(text: str, pattern: re.Pattern[str] | None,
                        nouns: frozenset[str]) -> str:
    """A participle phrase between a person noun and a harm word, blanked with spaces (same
    length): "15-year-old boy walking on sidewalk killed in ..." -> "15-year-old boy
    killed in ..." (read as written, the tagger hangs "killed" on "sidewalk" and finds no
    victim). `pattern` captures the noun (group "noun", one of `nouns`) and the phrase
    (group "phrase")."""
    if pattern is None:
        return text
    out = []
    at = 0
    for match in pattern.finditer(text):
        if match.group("noun").lower() in nouns:
            out += [text[at: match.start("phrase")], " " * len(match.group("phrase"))]
            at = match.end("phrase")
    return "".join(out) + text[at:]


def without_source(text: str, source: re.Pattern[str] | None, gate: Callable[[str], bool],
                   nouns: frozenset[str], harm: frozenset[str] = frozenset()) -> str:
    """A title's leading source blanked (same length) before a person named by the age
    after it: "Police: Boy, 11, shot and killed" -> "        boy, 11, ..." (the parser
    hangs "boy" on "Police" and finds no victim), or before a person noun and one of the
    `harm` words: "UPDATE: Juvenile killed in ..." -> "        Juvenile killed in ...". Not a
    source that names a casualty itself ("Two killed: ..."), nor before other words
    ("Update: Four people shot, two dead" reads better as written)."""
    match = source.match(text) if source is not None else None
    if match is None or gate(match.group(0)):
        return text
    person = AGED_PERSON.match(text, match.end()) or HARMED_PERSON.match(text, match.end())
    if person is None or person.group(1).lower() not in nouns or (
            person.lastindex == 2 and person.group(2).lower() not in harm):
        return text
    return " " * match.end() + text[match.end():]


AGED_PERSON = re.compile(r"(\w+), \d{1,3},")
HARMED_PERSON = re.compile(r"(\w+) (\w+)\b")


def broken_leaves(text: str, pattern: re.Pattern[str] | None, nouns: frozenset[str]) -> str:
    """A headline's "leaves" before a hurt group read as a clause break (same length):
    "Englewood Shooting Leaves Five Teens Wounded" -> "englewood shooting;       five teens
    wounded" (read as written, the tagger makes "wounded" a clause of its own and finds no
    victim). `pattern` matches the space before "leaves" and the word; its group "noun",
    the word before the harm, must be one of `nouns` or its plural ("teens")."""
    if pattern is None:
        return text

    def rewrite(match: re.Match[str]) -> str:
        noun = match.group("noun").lower()
        if noun not in nouns and not (noun.endswith("s") and noun[:-1] in nouns):
            return match.group(0)
        return ";".ljust(len(match.group(0)))

    return pattern.sub(rewrite, text)


def blanked_ages(text: str, pattern: re.Pattern[str] | None, nouns: frozenset[str]) -> str:
    """A person noun's age between commas, opening a title before a harm word, blanked
    (same length): "Boy, 10, critically wounded in ..." -> "boy      critically wounded in
    ..." (the tagger reads "boy, 10," as an address or a list and finds no victim; "boy
    (10)" fails on "8)", an emoticon to the tokenizer). `pattern` captures groups "noun"
    and "age"; the noun must be in `nouns`."""
    if pattern is None:
        return text

    def rewrite(match: re.Match[str]) -> str:
        if match.group("noun").lower() not in nouns:
            return match.group(0)
        return text[match.start(): match.end("noun")].ljust(len(match.group(0)))

    return pattern.sub(rewrite, text)


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


def dead_as_died(text: str, dead: re.Pattern[str] | None, past: str,
                 nouns: frozenset[str] | set[str], blockers: frozenset[str]) -> str:
    """A title's "dead" right after a person noun read as the verb: "Paulding County Toddler
    dead after shooting self" -> "... toddler died after ..." (same length; the small model
    makes "dead" an adjective on the noun phrase, which then has no verb and no claim).
    `dead` captures the word before as group "word"; only a person noun counts ("1 dead"
    is read as written), and not after one of `blockers` in its clause: "shooting leaves
    boy dead" (a complement)."""
    if dead is None or len(past) != len("dead"):
        return text

    def rewrite(match: re.Match[str]) -> str:
        clause = re.split(r"[,;:]", text[: match.start()])[-1].lower().split()
        if match.group("word").lower() not in nouns or blockers & set(clause):
            return match.group(0)
        word = match.group("word")  # "Toddler" lower-cased: read as a name, it has no claim
        return word.lower() + match.group(0)[len(word): -len(past)] + past

    return dead.sub(rewrite, text)


def counted_dies(text: str, pattern: re.Pattern[str] | None, past: str) -> str:
    """A figure's "dies" read as the past: "Family of four dies in murder-suicide" ->
    "... four died in ..." (same length: the small model reads "four dies" as a plural
    noun). `pattern` captures the verb as group "verb"."""
    if pattern is None or len(past) != len("dies"):
        return text
    out = []
    at = 0
    for match in pattern.finditer(text):
        out += [text[at: match.start("verb")], past]
        at = match.end("verb")
    return "".join(out) + text[at:]


def lethal_people(text: str, pattern: re.Pattern[str] | None, stand_in: str) -> str:
    """A lethal adjective on the victim noun read as the stand-in adjective, padded with
    spaces (same length): "Fatal victim ID'd, 3 others injured" -> "dead  victim ID'd, ..."
    (the small model finds no claim in "fatal victim", one killed in "dead victim");
    recased() gives the claim the title's words back."""
    if pattern is None or not stand_in:
        return text
    return pattern.sub(lambda m: stand_in.ljust(len(m.group(0)))
                       if len(stand_in) <= len(m.group(0)) else m.group(0), text)


def past_endings(text: str, ending: re.Pattern[str] | None, past: str) -> str:
    """A headline's closing present tense read as the past: "Man shot on Elm Street dies"
    -> "... died" (same length). Read as written, the small model makes "shot" the verb and
    "dies" a plural noun, and finds one injured. `ending` matches the present form where
    the headline (or its clause before a comma) ends."""
    if ending is None or not past:
        return text
    return ending.sub(lambda m: past if len(past) == len(m.group(0)) else m.group(0), text)


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
