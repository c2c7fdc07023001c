"""Article titles: which are parsed, what their claims are, and how they reach Parquet
(casualties.field = "title") and the headline toll."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from spacy.language import Language

from pipeline.casualties.headline_prose import (
    as_prose,
    stand_in_ages,
    stand_in_names,
    without_source,
)
from pipeline.casualties.lexicon import load_lexicon
from pipeline.casualties.titles import (
    TitleGate,
    dying_victims,
    inflections,
    recased,
    text_to_parse,
)
from pipeline.config import Config
from pipeline.extensions import doc_text
from pipeline.extractor import parse_titles
from pipeline.run import extract
from pipeline.toll import headline_tolls
from pipeline.types import CasualtyClaim

PUBLISHED = date(2023, 1, 10)
WORD = re.compile(r"[^\W\d_][\w'-]*")


@pytest.mark.parametrize(
    ("lemmas", "rules", "exceptions", "expected"),
    [
        (["kill"], [[["s", ""], ["ed", ""], ["ing", ""]]], [],
         {"kill", "kills", "killed", "killing", "killled", "killling"}),
        (["injure"], [[["es", "e"], ["ed", "e"], ["ing", "e"]]], [],
         {"injure", "injures", "injured", "injuring"}),
        (["injury"], [[["ies", "y"]]], [], {"injury", "injuries"}),
        # exceptions: "shot" is a form of "shoot"; forms of other lemmas stay out
        (["shoot"], [], [{"shot": ["shoot"], "went": ["go"]}], {"shoot", "shot"}),
        # rules nested one level deeper (Spanish groups) are read too; junk is skipped
        (["herir"], [[[["ido", "ir"]], "junk"]], [{"hirió": "herir"}],
         {"herir", "herido", "hirió"}),
    ],
)
def test_titles_inflections(lemmas, rules, exceptions, expected) -> None:
    assert inflections(lemmas, rules, exceptions) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Two Shot Dead in Juliaca", True),
        ("teen killed in crash", True),
        ("Congress Debates Early Election", False),
        ("Shooting suspect arrested", True),
        ("", False),
        (None, False),
        ("killed " * 100, False),  # a paragraph crawled as a title
    ],
)
def test_titles_gate(title, expected) -> None:
    gate = TitleGate({"shot", "dead", "killed", "arrested"}, WORD)
    assert gate(title) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Teen Dies After Shooting - WBOY - Clarksburg, Morgantown: News, Sports",
         "Teen Dies After Shooting"),
        ("Man shot in fa - | WBTV Charlotte", "Man shot in fa"),
        ("ELM CITY - Two killed in crash", "ELM CITY - Two killed in crash"),
        ("Shot fired | Two dead", "Shot fired | Two dead"),
        ("Council approves budget - Elm Courier", "Council approves budget - Elm Courier"),
    ],
)
def test_titles_headline_drops_the_site_name(title: str, expected: str) -> None:
    gate = TitleGate({"shot", "dead", "killed", "dies"}, WORD)
    assert gate.headline(title) == expected


def test_titles_open_gate_lets_short_titles_through() -> None:
    gate = TitleGate((), WORD, open_gate=True)
    assert (gate("Anything at all"), gate(""), gate("x" * 1000)) == (True, False, False)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Teen Shot and Killed in Itasca County", "teen shot and killed in itasca county"),
        ("THREE DEAD AFTER SHOOTING AT BAR", "three dead after shooting at bar"),
        ("Three dead after shooting at Joe's Bar", "Three dead after shooting at Joe's Bar"),
    ],
)
def test_titles_text_to_parse(title: str, expected: str) -> None:
    assert text_to_parse(title) == expected


def test_titles_recased_gives_the_title_its_capitals() -> None:
    claim = CasualtyClaim(start_char=0, end_char=9, kind="killed", count=2, count_low=2,
                          count_high=2, qualifier="exact", count_text="two",
                          location="juliaca", victims=None)
    [back] = recased([claim], "two dead in juliaca", "Two Dead in Juliaca")
    assert (back.count_text, back.location, back.victims) == ("Two", "Juliaca", None)
    assert recased([claim], "Two dead", "Two dead") == [claim]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("15-year-old killed in shooting", "child       killed in shooting"),
        ("two-year-old dies", "child        dies"),
        ("police: 18-month-old dead", "police: child        dead"),
        ("2 year old dies", "child      dies"),
        # before a person noun, a possessive, a plural: as written
        ("15-year-old boy killed", "15-year-old boy killed"),
        ("5-year-old's party ends in shooting", "5-year-old's party ends in shooting"),
        ("12-year-olds shot", "12-year-olds shot"),
        ("10-year anniversary of shooting", "10-year anniversary of shooting"),
    ],
)
def test_titles_stand_in_ages(title: str, expected: str) -> None:
    lex = load_lexicon(str(Path(__file__).resolve().parent.parent / "models"), "en")
    found = stand_in_ages(title, lex.headline_age, lex.age_stand_in, lex.person_nouns)
    assert (found, len(found)) == (expected, len(title))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Man shot, killed outside bar", "Man fatally shot outside bar"),
        ("Woman stabbed, killed at home", "Woman fatally stabbed at home"),
        ("Police: Boy, 12, shot in leg", "Police: boy, 12, shot in leg"),
        ("Man shot on Elm Street dies", "Man shot on Elm Street died"),
        ("Teen shot in Elm City dies, two hurt", "Teen shot in Elm City died, two hurt"),
        ("police: 3-year-old shot, killed", "police: child      fatally shot"),
        # as written: a "dies" that does not close the headline, other capitals, "shot, hurt"
        ("Man dies in crash on Route 9", "Man dies in crash on Route 9"),
        ("Boyd County man shot, wounded", "Boyd County man shot, wounded"),
        # "shoots, kills" is one harm: the verb left says it
        ("Teen shoots, kills neighbor", "Teen         kills neighbor"),
        ("Man stabs and kills cousin", "Man           kills cousin"),
        ("3 found shot dead in car", "3 found      dead in car"),
        ("Man shoots two, kills one", "Man shoots two, kills one"),
        # a school grade read as the age stand-in; a person's "dead" read as "died"
        ("Elm City 7th-grader dies in crash", "Elm City child      dies in crash"),
        ("Sixth grader dead after fall", "child        died after fall"),
        ("Elm County Toddler dead after fall", "Elm County toddler died after fall"),
        ("Man dead, woman hurt in Elm City", "man died, woman hurt in Elm City"),
        # as written: a complement ("leaves ... dead"), a figure, "dead set", plural graders
        ("Shooting leaves man dead in Elm City", "Shooting leaves man dead in Elm City"),
        ("Manhunt ends with suspect dead", "Manhunt ends with suspect dead"),
        ("1 dead after Elm Street crash", "1 dead after Elm Street crash"),
        ("Teen dead set on making varsity", "Teen dead set on making varsity"),
        ("Two 8th-graders hurt in crash", "Two 8th-graders hurt in crash"),
        # a figure's "dies"; "fatal victim" read as "dead victim"
        ("Family of four dies in fire", "Family of four died in fire"),
        ("Fatal victim identified", "dead  victim identified"),
        ("Fatal shooting victim identified", "Fatal shooting victim identified"),
        # "leaves" before a hurt person group read as a clause break; not before a bare figure
        ("Elm Park shooting leaves two teens hurt", "Elm Park shooting;       two teens hurt"),
        ("Crash leaves girl injured", "Crash;       girl injured"),
        ("Brawl leaves nine wounded", "Brawl leaves nine wounded"),
        ("Storm leaves roads injured", "Storm leaves roads injured"),
        # a person's age between commas blanked before an adverb and harm, or harm + while
        ("Girl, 9, seriously hurt at Elm Park", "girl     seriously hurt at Elm Park"),
        ("Man, 40, stabbed while jogging", "Man      stabbed while jogging"),
        ("Girl, 9, hurt at Elm Park", "girl, 9, hurt at Elm Park"),
        ("Elm Road, 12, badly hurt", "Elm Road, 12, badly hurt"),
        # a participle phrase between a person and a harm word, blanked
        ("Woman jogging along Elm Road wounded", "Woman" + " " * 24 + "wounded"),
        ("Teen shooting victim wounded again", "Teen shooting victim wounded again"),
        ("Elm Park sitting area hurt by storm", "Elm Park sitting area hurt by storm"),
    ],
)
def test_titles_as_prose(title: str, expected: str) -> None:
    lex = load_lexicon(str(Path(__file__).resolve().parent.parent / "models"), "en")
    assert (as_prose(title, lex), len(as_prose(title, lex))) == (expected, len(title))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a victim's name before the harm verb, read as a person noun (padded before it)
        ("Timothy Agnew killed, two hurt", "          man killed, two hurt"),
        ("Dana C. Reyes, 19, shot dead", "          man, 19, shot dead"),
        ("Dana Reyes, 19, Killed In Elm City", "       man, 19, Killed In Elm City"),
        # not a person noun, a Title Case figure, other verbs
        ("Elm City man killed in crash", "Elm City man killed in crash"),
        ("Four People Killed In Elm City", "Four People Killed In Elm City"),
        ("Jordan Lee wins shooting contest", "Jordan Lee wins shooting contest"),
    ],
)
def test_titles_stand_in_names(title: str, expected: str) -> None:
    lex = load_lexicon(str(Path(__file__).resolve().parent.parent / "models"), "en")
    assert stand_in_names(title, lex.headline_name, lex.name_stand_in) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Police: Boy, 11, shot and killed", "        Boy, 11, shot and killed"),
        ("Elm County Sheriff: girl, 6, shot", "                    girl, 6, shot"),
        # a source that names a casualty, or words other than a person and an age: as written
        ("Two killed: Elm City police", "Two killed: Elm City police"),
        ("Update: Four people shot, two dead", "Update: Four people shot, two dead"),
        ("Police: Elm Street, 12, shot", "Police: Elm Street, 12, shot"),
        # a person noun and a harm word after the source: blanked; other words: as written
        ("UPDATE: Teen stabbed at Elm Park", "        Teen stabbed at Elm Park"),
        ("UPDATE: Teen charged in Elm Park stabbing", "UPDATE: Teen charged in Elm Park stabbing"),
        ("Update: Elm killed in storm", "Update: Elm killed in storm"),
    ],
)
def test_titles_without_source(title: str, expected: str) -> None:
    lex = load_lexicon(str(Path(__file__).resolve().parent.parent / "models"), "en")
    gate = TitleGate({"killed", "shot", "dead"}, WORD)
    assert without_source(title, lex.title_source, gate, lex.person_nouns,
                          lex.title_source_harm) == expected


def _claim(kind: str, count: int, start: int, end: int) -> CasualtyClaim:
    return CasualtyClaim(start_char=start, end_char=end, kind=kind, count=count,
                         count_low=count, count_high=count, qualifier="exact", count_text="")


@pytest.mark.parametrize(
    ("text", "claims", "expected"),
    [
        # "Teen shot" hurt, then the closing "died": killed, the verb in its words
        ("Teen shot in Elm City died, two others wounded",
         [_claim("injured", 1, 0, 9), _claim("injured", 2, 28, 46)],
         [("killed", 1, 0, 26), ("injured", 2, 28, 46)]),
        # a comma between the hurt victim and the verb, a figure, a killed claim: as found
        ("Man shot, brother died", [_claim("injured", 1, 0, 8)], [("injured", 1, 0, 8)]),
        ("Two shot in Elm City died", [_claim("injured", 2, 0, 8)], [("injured", 2, 0, 8)]),
        ("Man shot by cousin died", [_claim("injured", 1, 0, 8), _claim("killed", 1, 0, 23)],
         [("injured", 1, 0, 8), ("killed", 1, 0, 23)]),
        # a "died" that does not close the headline
        ("Man shot died in hospital", [_claim("injured", 1, 0, 8)], [("injured", 1, 0, 8)]),
    ],
)
def test_titles_dying_victims(text: str, claims: list[CasualtyClaim],
                              expected: list[tuple]) -> None:
    lex = load_lexicon(str(Path(__file__).resolve().parent.parent / "models"), "en")
    found = dying_victims(claims, text, lex.title_death_ending)
    assert [(c.kind, c.count, c.start_char, c.end_char) for c in found] == expected


def test_titles_recased_gives_a_stand_in_its_name() -> None:
    claim = _claim("killed", 1, 10, 20)
    claim = CasualtyClaim(**{**claim.__dict__, "victims": "man"})
    [back] = recased([claim], "          man killed", "Timothy Agnew killed")
    assert (back.start_char, back.victims) == (0, "Timothy Agnew")


@pytest.mark.parametrize(
    ("title", "parsed", "victims", "expected"),
    [
        ("Boy, 7, shot while playing", "boy     shot while playing", "boy     ", "Boy"),
        ("Boy walking home shot", "boy              shot", "boy              ", "Boy"),
        ("3 year old shot", "child      shot", "child     ", "3 year old"),
    ],
)
def test_titles_recased_victims(title: str, parsed: str, victims: str, expected: str) -> None:
    claim = CasualtyClaim(start_char=0, end_char=len(parsed), kind="injured", count=1,
                          count_low=1, count_high=1, qualifier="exact", count_text="",
                          victims=victims)
    [back] = recased([claim], parsed, title)
    assert back.victims == expected


def test_titles_recased_gives_a_stand_in_its_age() -> None:
    claim = CasualtyClaim(start_char=0, end_char=18, kind="killed", count=1, count_low=1,
                          count_high=1, qualifier="exact", count_text=None,
                          location="elm city", victims="child")
    [back] = recased([claim], "child       killed in elm city", "15-Year-Old Killed in Elm City")
    assert (back.victims, back.location) == ("15-Year-Old", "Elm City")


TITLES = [
    ("Teen Shot and Killed in Itasca County", [("killed", 1, "exact", "Teen Shot and Killed")]),
    ("Three Dead, One Wounded in Apartment Shooting",
     [("killed", 3, "exact", "Three Dead"), ("injured", 1, "exact", "One Wounded")]),
    ("At least 17 dead in Juliaca as protests return to Peru's south",
     [("killed", 17, "at_least", "At least 17 dead")]),
    ("Police: 1 Dead, 3 Injured in Overnight Shooting",
     [("killed", 1, "exact", "1 Dead"), ("injured", 3, "exact", "3 Injured")]),
    ("Police detain 193 protesters at San Marcos university",
     [("arrested", 193, "exact", "detain 193")]),
    ("Boy, 9, Dies After Shooting at Elm County Home",
     [("killed", 1, "exact", "Boy, 9, Dies")]),
    # one victim, read as "girl fatally shot": no injured claim beside the killed one
    ("Girl Shot, Killed at Elm County Party",
     [("killed", 1, "exact", "Girl Shot, Killed")]),
    ("Teen Charged in Shooting Deaths of Mother, Brother",
     [("killed", 2, "exact", "Deaths of Mother, Brother")]),
    # a trigger word that makes no claim: parsed, nothing kept
    ("Shooting range opens in Elm County", []),
]


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_titles_parsed_claims(nlp: Language, title: str, expected: list[tuple]) -> None:
    [doc] = parse_titles(nlp, [(title, PUBLISHED)])
    found = recased(doc._.casualties, doc_text(doc), title)
    assert [(c.kind, c.count, c.qualifier, title[c.start_char:c.end_char])
            for c in found] == expected


# Headline grammar: a bare age as the subject or object (read through a stand-in noun), and
# titles that must stay without a toll (anniversaries, trials, charges, statistics).
TITLE_TOLLS = [
    ("14-year-old killed in Elm Street shooting", (1, None)),
    ("9-Year-Old Dies After Shooting at Elm County Home", (1, None)),
    ("Sheriff: 8-year-old shot and killed while playing with rifle", (1, None)),
    ("Police: 3-year-old dies after accidentally shooting himself", (1, None)),
    ("16-year-old wounded in Elm Park drive-by", (None, 1)),
    ("11-year-old in critical condition after accidental shooting", (None, 1)),
    ("Two-Year-Old Killed in Overnight Elm City Shooting", (1, None)),
    ("Arrest made in slaying of 5-year-old on Elm Street", (1, None)),
    ("18-month-old dead after shooting in Elm Grove", (1, None)),
    ("Father accidentally shoots 6-year-old in leg", (None, 1)),
    ("Coroner identifies 15-year-old killed in Elm City shooting", (1, None)),
    ("17-year-old fatally shot by Elm County deputy", (1, None)),
    ("Police identify 19-year-old killed in Elm Park shooting", (1, None)),
    ("4-year-old found dead from gunshot wound in Elm County", (1, None)),
    ("13-year-old grazed by bullet outside Elm Street home", (None, 1)),
    ("15-year-old boy killed in Elm Street shooting", (1, None)),
    ("Teen shot and killed in Elm City", (1, None)),
    ("Three dead, two wounded in Elm Street shooting", (3, 2)),
    # "shot, killed" is one victim: killed, not also injured
    ("Man shot, killed outside Elm Street bar", (1, None)),
    ("Woman stabbed, killed in Elm City apartment", (1, None)),
    ("Teen shot, killed; two others hurt in Elm Park", (1, 2)),
    ("Police officer shot, wounded in Elm City", (None, 1)),
    # a capitalized "Boy" read as an interjection, unless lower-cased
    ("Boy, 12, shot to death near Elm Park", (1, None)),
    ("Boy, 10, wounded in Elm Street drive-by", (None, 1)),
    # a closing "dies"
    ("Man shot on Elm Street dies", (1, None)),
    ("Girl shot by brother in Elm County dies, sheriff says", (1, None)),
    # person nouns of trades and titles
    ("Elm City firefighter fatally shot at home", (1, None)),
    ("Retired professor killed in Elm County shooting", (1, None)),
    ("Man arrested after shooting, no one hurt", (None, 0)),
    # a lethal adjective hedged: the victim lived
    ("Nearly fatal stabbing sends teen to hospital", (None, 1)),
    ("Police: Two non-fatal shootings overnight in Elm City", (None, None)),
    ("Nonfatal shooting reported on Elm Street", (None, None)),
    # a closing "dies" of the one victim hurt before it
    ("Teen shot in Elm City dies, two others wounded", (1, 2)),
    ("Man shot by cousin in Elm County dies", (1, None)),
    ("Officials: Girl, 6, who shot herself with father's gun dies", (1, None)),
    ("Woman stabbed at Elm Street bus stop dies", (1, None)),
    # a source before a person named by an age; a source that names the dead itself
    ("Police: Boy, 9, shot and killed by stray bullet", (1, None)),
    ("Sheriff: Girl, 14, shot in Elm County", (None, 1)),
    ("Two killed: Elm City police", (2, None)),
    ("Update: Four people shot, two dead in Elm City", (2, 2)),
    # a victim's name before the verb
    ("Marcus Hill killed, three wounded in Elm Park shooting", (1, 3)),
    ("Jamal Carter, 19, shot dead outside Elm Street store", (1, None)),
    ("Dana Reyes dies after Elm Street shooting", (1, None)),
    ("Dana Reyes, 24, Killed In Elm Street Shooting, Police Say", (1, None)),
    # one harm in two verbs; "found shot dead"
    ("Man shoots and kills neighbor in Elm County dispute", (1, None)),
    ("Woman stabs, kills husband in Elm City", (1, None)),
    ("4 found shot dead in Elm County farmhouse", (4, None)),
    ("Man found shot dead in Elm Park", (1, None)),
    # round 3: a school grade as one person (never its ordinal as a toll)
    ("Elm City 7th-grader dies in accidental shooting", (1, None)),
    ("Sixth grader dead after shooting at Elm Park home", (1, None)),
    ("Two 8th-graders shot outside Elm City school", (None, 2)),
    # a person's "dead" as the verb; not a complement
    ("Elm County Toddler dead after shooting self with father's gun", (1, None)),
    ("1 person dead, 3 wounded in Elm City shootings", (1, 3)),
    ("Shooting leaves Elm City man dead, woman hurt", (1, 1)),
    ("Manhunt ends with suspect dead in Elm County", (1, None)),
    ("Elm County teen dead set on making varsity", (None, None)),
    # a figure's "dies"; a lethal adjective on the victim noun
    ("Police: Family of four dies in Elm City murder-suicide", (4, None)),
    ("Fatal victim identified, 2 others wounded in Elm City shooting", (1, 2)),
    ("Fatal Victim Identified In Elm Street Shooting", (1, None)),
    ("Deadly gunman's brother speaks out", (None, None)),
    ("Dice maker says sales of four dies doubled", (None, None)),
    # a subjectless "after being shot" about the person the headline describes
    ("Elm County toddler recovering after being shot at apartment complex", (None, 1)),
    ("12-year-old girl in surgery after being shot by cousin", (None, 1)),
    ("Elm City Boy on Life Support After Being Shot in the Head Dies", (1, None)),
    ("Elm Park Shooting Leaves Three Teens Wounded", (None, 3)),
    ("Late-night shooting leaves child injured, police say", (None, 1)),
    ("Girl, 8, Critically Wounded In Elm Street Shooting", (None, 1)),
    ("Girl, 8, shot while riding bike on Elm Street", (None, 1)),
    ("UPDATE: Juvenile killed in Elm County crash", (1, None)),
    ("14-year-old girl walking to school killed by stray bullet", (1, None)),
    ("Elm City police: Robber kills teen accomplice during holdup", (1, None)),
    # no toll
    ("Elm City marks 5 years since fatal shooting", (None, None)),
    ("Elm County remembers three slain officers, two years after ambush", (None, None)),
    ("Vigil marks one year since teen was killed on Elm Street", (None, None)),
    ("UPDATE: Teen charged with attempted murder in Elm Park", (None, None)),
    ("Death threats made against Elm City mayor", (None, None)),
    ("Elm County prosecutor seeks death penalty in 2015 shooting", (None, None)),
    ("Near-death experience leaves Elm City man grateful", (None, None)),
    ("Jordan Lee killed it at Elm City talent show", (None, None)),
    ("Elm County marks 10-year anniversary of school shooting", (None, None)),
    ("30-year-old charged with attempted murder in Elm City", (None, None)),
    ("Jury convicts 25-year-old of 2014 murder", (None, None)),
    ("Elm City records 2016's 100th homicide", (None, None)),
    ("5-year-old's birthday party ends in shooting", (None, None)),
    ("Shooting range opens for 12-year-old hunters", (None, None)),
    ("Sentencing set for 22-year-old in Elm Street shooting", (None, None)),
    ("Jury selection begins in trial of 24-year-old accused of murder", (None, None)),
    ("Police search for 19-year-old wanted in shooting", (None, None)),
]


@pytest.mark.parametrize(("title", "expected"), TITLE_TOLLS)
def test_titles_headline_grammar_tolls(nlp: Language, title: str,
                                       expected: tuple[int | None, int | None]) -> None:
    [doc] = parse_titles(nlp, [(title, PUBLISHED)])
    claims = [] if doc is None else recased(doc._.casualties, doc_text(doc), title)
    tolls = headline_tolls(claims, title)
    assert (tolls["killed"], tolls["injured"]) == expected


SPANISH_TITLES = [
    # irregular verb forms the lemmatizer tables do not give (title_forms in the lexicon)
    ("Juliaca de luto: murieron 17 personas tras la represión del lunes",
     [("killed", 17, "exact", "murieron 17")]),
    ("La policía detuvo a 193 estudiantes en San Marcos",
     [("arrested", 193, "exact", "detuvo a 193")]),
    ("El Congreso vuelve a rechazar el adelanto de elecciones", None),  # not parsed
]


@pytest.mark.parametrize(("title", "expected"), SPANISH_TITLES)
def test_titles_spanish(nlp_es: Language, title: str, expected: list[tuple] | None) -> None:
    [doc] = parse_titles(nlp_es, [(title, PUBLISHED)])
    if expected is None:
        assert doc is None
        return
    assert [(c.kind, c.count, c.qualifier, title[c.start_char:c.end_char])
            for c in doc._.casualties] == expected


def test_titles_without_trigger_are_not_parsed(nlp: Language) -> None:
    docs = parse_titles(nlp, [("Congress debates the budget", PUBLISHED), (None, None),
                              ("Two killed in Puno", PUBLISHED)])
    assert docs[:2] == [None, None]
    assert docs[2] is not None and doc_text(docs[2]) == "Two killed in Puno"
    assert docs[2]._.published == PUBLISHED
    assert docs[2]._.demands is None  # the stages after the casualty stage do not run


@pytest.fixture(scope="module")
def titled_out(tmp_path_factory: pytest.TempPathFactory, config: Config, nlp) -> Path:
    folder = tmp_path_factory.mktemp("titled")
    records = [
        # the body never gives the figure: only the title does
        {"outlet": "Elm Courier", "url": "https://elm.example/1", "published": "2016-05-02",
         "title": "Two Men Killed in Elm Street Shooting",
         "text": "Police are investigating a shooting on Elm Street on Sunday night.\n\n"
                 "Officers found the victims near a parked car, a spokesman said."},
        # title and body agree: the title's claim is written, the toll is not doubled
        {"outlet": "Elm Courier", "url": "https://elm.example/2", "published": "2016-05-03",
         "title": "Woman wounded in drive-by",
         "text": "A woman was wounded in a drive-by shooting on Monday, police said."},
        # no trigger in the title: nothing from it
        {"outlet": "Elm Courier", "url": "https://elm.example/3", "published": "2016-05-04",
         "title": "City council approves budget",
         "text": "The council approved the budget on Tuesday."},
    ]
    source = folder / "titled.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = folder / "out"
    extract([source], out, config, show_progress=False)
    return out


def _table(out: Path, name: str) -> list[dict]:
    return ds.dataset(out / name, format="parquet").to_table().to_pylist()


def test_titles_claims_reach_parquet_with_field_title(titled_out: Path) -> None:
    articles = {a["url"]: a for a in _table(titled_out, "articles")}
    rows = sorted((articles_by_id(articles)[r["doc_id"]], r["field"], r["kind"], r["count"],
                   r["start_char"], r["end_char"], r["sent_idx"], r["sentence"])
                  for r in _table(titled_out, "casualties"))
    assert rows == [
        ("https://elm.example/1", "title", "killed", 2, 0, 14, 0,
         "Two Men Killed in Elm Street Shooting"),
        ("https://elm.example/2", "text", "injured", 1, 0, 19, 0,
         "A woman was wounded in a drive-by shooting on Monday, police said."),
        ("https://elm.example/2", "title", "injured", 1, 0, 13, 0,
         "Woman wounded in drive-by"),
    ]
    # title offsets point into articles.title
    [row] = [r for r in _table(titled_out, "casualties") if r["field"] == "title"
             and r["kind"] == "killed"]
    title = articles["https://elm.example/1"]["title"]
    assert title[row["start_char"]:row["end_char"]] == "Two Men Killed"


def test_titles_count_in_the_headline_toll(titled_out: Path) -> None:
    tolls = {a["url"]: (a["toll_killed"], a["toll_injured"])
             for a in _table(titled_out, "articles")}
    assert tolls == {"https://elm.example/1": (2, None), "https://elm.example/2": (None, 1),
                     "https://elm.example/3": (None, None)}


def articles_by_id(articles: dict[str, dict]) -> dict[str, str]:
    return {a["doc_id"]: url for url, a in articles.items()}
