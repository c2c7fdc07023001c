"""The seed article, end to end through Parquet: the values issue #2 pins down exactly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.config import Config
from pipeline.run import Defaults, extract
from tests.conftest import REPO, SEED, SEED_DATES


def _rows(out: Path, table: str) -> list[dict]:
    return ds.dataset(out / table, format="parquet").to_table().to_pylist()


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory, config: Config, nlp) -> Path:
    out = tmp_path_factory.mktemp("dated") / "out"
    extract([SEED], out, config, Defaults(published=date(2023, 1, 10)))
    return out


@pytest.fixture(scope="module")
def undated(tmp_path_factory: pytest.TempPathFactory, config: Config, nlp) -> Path:
    out = tmp_path_factory.mktemp("undated") / "out"
    extract([SEED], out, config)
    return out


def test_seed_casualties(dated: Path) -> None:
    rows = _rows(dated, "casualties")
    killed = [r for r in rows if r["kind"] == "killed"]
    [toll] = [r for r in killed if r["count"] == 45]
    assert (toll["qualifier"], toll["scope"]) == ("exact", "cumulative")
    [nearly] = [r for r in killed if r["count"] == 30]
    assert nearly["qualifier"] == "nearly"
    assert "unarmed civilians" in nearly["victims"]
    assert "army" in nearly["perpetrator"] and "police" in nearly["perpetrator"]
    [juliaca] = [r for r in killed if r["count_low"] == 18]
    assert juliaca["qualifier"] == "at_least"
    assert juliaca["location"] in ("Juliaca", "Juliaca, Puno")
    assert juliaca["event_date"] == date(2023, 1, 9)
    assert "police" in juliaca["perpetrator"]
    assert juliaca["scope"] == "incident"


def test_seed_no_false_or_duplicate_casualties(dated: Path) -> None:
    rows = _rows(dated, "casualties")
    for trap in ("18 months", "17 large companies", "80 percent", "a thousand", "17 groups"):
        unit = trap.split()[-1]
        assert not [r for r in rows if trap in r["sentence"] and unit in r["count_text"]]
    assert not [r for r in rows if r["count"] in (17, 80, 1000)]
    keys = [(r["kind"], r["count"], r["qualifier"], r["sent_idx"]) for r in rows]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(("text", "timex_type", "value"), SEED_DATES)
def test_seed_dates(dated: Path, text: str, timex_type: str, value: str) -> None:
    found = {(r["timex_type"], r["value"]) for r in _rows(dated, "dates") if r["text"] == text}
    assert found == {(timex_type, value)}


def test_seed_demands_of_the_movement(dated: Path) -> None:
    rows = [r for r in _rows(dated, "demands") if "demands of the movement" in r["sentence"]]
    assert sorted((r["demand_type"], r["target_key"]) for r in rows) == [
        ("constituent_assembly", None),
        ("dissolve_legislature", "congress-peru"),
        ("new_elections", None),
        ("release_detainee", "pedro-castillo"),
        ("remove_official", "dina-boluarte"),
    ]
    assert {r["actor"] for r in rows} == {"the movement"}
    assert {r["target"] for r in rows if r["target_key"] == "pedro-castillo"} == {"Pedro Castillo"}


def test_seed_entities(dated: Path) -> None:
    rows = _rows(dated, "entities")
    castillo = [r for r in rows if "Castillo" in r["text"]]
    assert len(castillo) >= 15
    assert {(r["canonical"], r["label"]) for r in castillo} == {("Pedro Castillo", "PERSON")}
    boluarte = [r for r in rows if "Boluarte" in r["text"]]
    assert {r["canonical"] for r in boluarte} == {"Dina Boluarte"}
    bare = [r for r in rows if r["text"] == "Fujimori"]
    assert bare and {(r["canonical"], r["entity_key"]) for r in bare} == {("Fujimori", None)}
    [murderous] = [r for r in boluarte if r["scare_quoted"]]
    assert {"murderous", "president"} <= set(murderous["descriptors"])


def test_seed_without_metadata_infers_the_publication_date(undated: Path) -> None:
    [article] = _rows(undated, "articles")
    assert article["published_source"] == "inferred"
    values = {(r["text"], r["value"]) for r in _rows(undated, "dates")}
    assert ("Jan. 9", "2023-01-09") in values
    assert ("Dec. 7", "2022-12-07") in values
    assert not [v for t, v in values if t == "Dec. 7" and v != "2022-12-07"]


def test_seed_gold_passes_the_eval_gate(nlp) -> None:
    result = CliRunner().invoke(main, ["eval", str(REPO / "tests" / "fixtures" / "gold")])
    assert result.exit_code == 0, result.output
