"""Headline grammar rewritten where the small model misreads it, before a title is parsed.

Each rewrite keeps the title's length, so every offset the casualty stage reports still
points into the title: "15-year-old killed" -> "child       killed" (a bare age read as a
person noun), "Man shot, killed" -> "Man fatally shot", "Boy, 10, Critically Wounded" ->
"boy      critically wounded", "Teen shot in Elm City dies" -> "... died". The words each
rewrite reads are data in models/<lang>/casualties.yaml (pipeline/casualties/lexicon.py);
pipeline/casualties/titles.py gives the claims the title's own words back. Pure: no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.casualties.lexicon import Lexicon

CAPITALIZED = re.compile(r"\b[A-Z][a-z]+\b")
AGED_PERSON = re.compile(r"(\w+), \d{1,3},")
HARMED_PERSON = re.compile(r"(\w+) (\w+)\b")


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
