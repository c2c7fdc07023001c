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

from pipeline.casualties.titles import TitleGate, inflections, recased, text_to_parse
from pipeline.config import Config
from pipeline.extensions import doc_text
from pipeline.extractor import parse_titles
from pipeline.run import extract
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
    ("Girl Shot, Killed at Elm County Party",
     [("injured", 1, "exact", "Girl Shot"), ("killed", 1, "exact", "Girl Shot, Killed")]),
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
