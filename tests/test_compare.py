"""Comparison tables on the shipped multi-outlet corpus: exact rows for keys checked by hand
against corpora/peru-2022-2023/README.md ("What differs across outlets")."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.compare.build import build_tables
from pipeline.compare.load import load_run
from pipeline.compare.tolls import bounds, event_key
from pipeline.config import Config
from pipeline.run import extract
from tests.conftest import REPO

CORPUS = REPO / "corpora" / "peru-2022-2023"


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory: pytest.TempPathFactory, config: Config, nlp) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "out"
    extract([CORPUS], out, config, show_progress=False)
    return out


@pytest.fixture(scope="module")
def tables(corpus_out: Path, config: Config) -> dict[str, pd.DataFrame]:
    return build_tables(load_run(corpus_out), str(config.models_dir))


def _figures(tables, key: str) -> list[tuple]:
    rows = tables["tolls"][tables["tolls"]["event_key"] == key]
    return sorted(zip(rows["outlet"], rows["published"], rows["count"], rows["qualifier"],
                      strict=True))


def _summary(tables, key: str) -> tuple:
    row = tables["toll_summary"].set_index("event_key").loc[key]
    return (row["n_outlets"], row["min"], row["max"], row["spread"], bool(row["disagree"]))


# Same date, different numbers: on 10 January the wire says 47 (evening count), the daily
# and the regional radio 45 (written on the night of the 9th). Ayacucho, 15 December: 8 on
# the day, 10 in the later reviews. Juliaca, 9 January: 17 in every outlet but the Spanish
# wire, whose 18 counts the police officer killed that night (Juliaca and Puno align as
# one region, in English and Spanish alike).
@pytest.mark.parametrize(
    ("key", "figures", "summary"),
    [
        ("killed|incident|PE-AYA|2022-12-15",
         [("Andean Rights Observatory", date(2023, 2, 10), 10, "exact"),
          ("Colectivo Andino de Derechos Humanos", date(2023, 2, 3), 10, "exact"),
          ("Lima Daily Record", date(2022, 12, 16), 8, "exact")],
         (3, 8, 10, 2, True)),
        ("killed|incident|PE-PUN|2023-01-09",
         [("Agencia Sudamericana de Prensa", date(2023, 1, 10), 18, "exact"),
          ("Andean Wire", date(2023, 1, 10), 17, "exact"),
          ("El Heraldo del Rímac", date(2023, 1, 22), 17, "exact"),
          ("Lima Daily Record", date(2023, 1, 10), 17, "at_least"),
          ("Radio Voz del Lago", date(2023, 1, 10), 17, "exact"),
          ("Workers' Tribune", date(2023, 1, 12), 17, "exact")],
         (6, 17, 18, 1, True)),
        # State media count deaths in confrontations only (42); the left-wing outlet
        # writes "nearly 50": a spread, but ranges that overlap.
        ("killed|cumulative|PE|2023-01-12",
         [("Peru Official News", date(2023, 1, 12), 42, "exact"),
          ("Workers' Tribune", date(2023, 1, 12), 50, "nearly")],
         (2, 42, 50, 8, False)),
    ],
)
def test_compare_toll_keys(tables, key, figures, summary) -> None:
    assert _figures(tables, key) == figures
    assert _summary(tables, key) == summary


def test_compare_running_totals_of_10_january(tables) -> None:
    figures = [f for f in _figures(tables, "killed|cumulative|PE|2023-01-10")
               if f[0] != "Agencia Sudamericana de Prensa"]
    assert figures == [("Andean Wire", date(2023, 1, 10), 47, "exact"),
                       ("Lima Daily Record", date(2023, 1, 10), 45, "exact"),
                       ("Radio Voz del Lago", date(2023, 1, 10), 45, "exact")]


def test_compare_spanish_wire_total_of_10_january(tables) -> None:
    figures = _figures(tables, "killed|cumulative|PE|2023-01-10")
    assert ("Agencia Sudamericana de Prensa", date(2023, 1, 10), 46, "exact") in figures


# The headline toll of a protest story is the wave's running toll, even where the story's
# own event is one death ("since the beginning of the protests, 42 people have died"): the
# figure outlets are compared on, not a background statistic.
@pytest.mark.parametrize(
    ("outlet", "published", "toll_killed"),
    [
        ("Andean Wire", date(2023, 1, 10), 47),
        ("Peru Official News", date(2023, 1, 12), 42),
        ("Workers' Tribune", date(2023, 1, 12), 50),
        ("Lima Daily Record", date(2023, 1, 22), 55),
        ("Andean Wire", date(2023, 1, 29), 56),
    ],
)
def test_compare_headline_toll_is_the_running_toll(corpus_out: Path, outlet, published,
                                                   toll_killed) -> None:
    articles = pd.read_parquet(corpus_out / "articles")
    row = articles[(articles["outlet"] == outlet) & (articles["published"] == published)]
    assert row["toll_killed"].tolist() == [toll_killed]


def test_compare_toll_rows_keep_their_source(tables) -> None:
    row = tables["tolls"].set_index(["event_key", "outlet"]).loc[
        ("killed|cumulative|PE|2023-01-10", "Lima Daily Record")]
    assert (row["attributed_to"], row["area"], row["date_basis"], row["n_claims"]) == (
        "the ombudsman's office", "Peru", "as_of", 3)


@pytest.mark.parametrize(
    ("qualifier", "count", "low", "high", "expected"),
    [
        ("exact", 17, 17, 17, (17, 17)),
        ("at_least", 18, 18, None, (18, math.inf)),
        ("more_than", 24, 25, None, (25, math.inf)),
        ("nearly", 50, None, 49, (0, 49)),
        ("approximately", 30, None, None, (27, 33)),
        ("vague", None, 12, 99, (12, 99)),
    ],
)
def test_compare_bounds(qualifier, count, low, high, expected) -> None:
    assert bounds(qualifier, count, low, high) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("killed", "incident", "PE-PUN", date(2023, 1, 9)), "killed|incident|PE-PUN|2023-01-09"),
        (("injured", "incident", None, None), "injured|incident|-|undated"),
    ],
)
def test_compare_event_key(args, expected) -> None:
    assert event_key(*args) == expected


@pytest.mark.parametrize(
    ("outlet", "descriptor", "n_mentions", "n_scare_quoted"),
    [
        ("Workers' Tribune", "illegitimate president", 1, 0),
        ("Workers' Tribune", "de facto", 1, 0),
        ("Workers' Tribune", "president", 3, 2),  # “president” Boluarte, twice
        ("Lima Daily Record", "president", 3, 0),
        ("Peru Official News", "president", 3, 0),
    ],
)
def test_compare_framing_boluarte(tables, outlet, descriptor, n_mentions, n_scare_quoted) -> None:
    framing = tables["framing"].set_index(["entity_key", "outlet", "descriptor"])
    row = framing.loc[("dina-boluarte", outlet, descriptor)]
    assert (row["canonical"], row["n_mentions"], row["n_scare_quoted"]) == (
        "Dina Boluarte", n_mentions, n_scare_quoted)


@pytest.mark.parametrize(
    ("outlet", "frame", "term", "n_mentions", "n_quoted"),
    [
        ("Workers' Tribune", "self_coup", "self-coup", 1, 1),  # rejected as press framing
        ("Workers' Tribune", "parliamentary_coup", "parliamentary coup", 1, 0),
        ("Lima Daily Record", "attempted_coup", "attempted coup", 2, 0),
        ("Lima Daily Record", "self_coup", "failed self-coup", 1, 0),
        ("Peru Official News", "constitutional_succession", "constitutional succession", 1, 0),
        ("Andes Markets Journal", "dissolve_bid", "bid to dissolve congress", 1, 0),
    ],
)
def test_compare_event_terms(tables, outlet, frame, term, n_mentions, n_quoted) -> None:
    terms = tables["event_terms"].set_index(["outlet", "frame", "term"])
    row = terms.loc[(outlet, frame, term)]
    assert (row["event"], row["n_mentions"], row["n_quoted"]) == (
        "castillo_removal", n_mentions, n_quoted)


def test_compare_event_terms_longest_wins(tables) -> None:
    """'parliamentary coup' is not also counted as a bare 'coup'."""
    terms = tables["event_terms"]
    wt = terms[(terms["outlet"] == "Workers' Tribune") & (terms["term"] == "coup")]
    assert wt["n_mentions"].tolist() == [2]  # "the coup of Dec. 7" twice, not 3


@pytest.mark.parametrize(
    ("demand_type", "outlet", "n_articles", "share"),
    [
        ("constituent_assembly", "Workers' Tribune", 2, 1.0),
        ("constituent_assembly", "Andean Wire", 0, 0.0),  # zero rows are kept
        ("release_detainee", "Peru Official News", 0, 0.0),
    ],
)
def test_compare_demand_coverage(tables, demand_type, outlet, n_articles, share) -> None:
    row = tables["demand_coverage"].set_index(["demand_type", "outlet"]).loc[
        (demand_type, outlet)]
    assert (row["n_articles"], row["share"]) == (n_articles, share)


def test_compare_state_media_only_propose_elections(tables) -> None:
    row = tables["demand_coverage"].set_index(["demand_type", "outlet"]).loc[
        ("new_elections", "Peru Official News")]
    assert (row["n_demand"], row["n_proposal"] > 0) == (0, True)


def test_compare_entity_coverage_boluarte_in_every_outlet_naming_her(tables) -> None:
    """English and Spanish articles give her the same key, so every outlet that names her
    counts (the Colectivo Andino's only article never does)."""
    cov = tables["entity_coverage"]
    outlets = set(cov[cov["entity_key"] == "dina-boluarte"]["outlet"])
    assert outlets == {"Andean Rights Observatory", "Andean Wire", "Andes Markets Journal",
                       "Lima Daily Record", "Peru Official News", "Workers' Tribune",
                       "Agencia Sudamericana de Prensa", "El Heraldo del Rímac",
                       "Lucha Popular", "Prensa Nacional del Perú", "Radio Voz del Lago"}


def test_compare_entities_carry_places(corpus_out: Path) -> None:
    entities = pd.read_parquet(corpus_out / "entities")
    juliaca = entities[entities["canonical"] == "Juliaca"]
    assert set(juliaca["place_key"].dropna()) == {"PE-PUN:juliaca"}
    assert set(juliaca["place_region"].dropna()) == {"PE-PUN"}
