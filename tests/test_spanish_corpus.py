"""End to end: the nine Spanish articles of corpora/peru-2022-2023 run through the Spanish
pipeline and yield the claims their outlets report (corpus README, "What differs")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipeline.config import Config
from pipeline.run import extract
from tests.conftest import REPO

CORPUS = REPO / "corpora" / "peru-2022-2023"


@pytest.fixture(scope="module")
def spanish_out(tmp_path_factory: pytest.TempPathFactory, config: Config, nlp_es) -> Path:
    inputs = tmp_path_factory.mktemp("es-in")
    for path in sorted(CORPUS.glob("*.txt")):
        if "\nlanguage: es\n" in path.read_text("utf-8"):
            shutil.copy(path, inputs / path.name)
    out = inputs.parent / "es-out"
    extract([inputs], out, config, show_progress=False)
    return out


def _rows(out: Path, table: str) -> list[dict]:
    return ds.dataset(out / table).to_table().to_pylist()


def test_every_spanish_article_is_extracted(spanish_out: Path) -> None:
    articles = _rows(spanish_out, "articles")
    assert len(articles) == 9
    assert {a["language"] for a in articles} == {"es"}
    assert [e for e in _rows(spanish_out, "errors") if e["stage"] != "truncated"] == []


@pytest.mark.parametrize(
    ("outlet", "demand_type", "kind"),
    [
        ("El Heraldo del Rímac", "dissolve_legislature", "demand"),
        ("El Heraldo del Rímac", "release_detainee", "demand"),
        ("Agencia Sudamericana de Prensa", "remove_official", "demand"),
        ("Radio Voz del Lago", "constituent_assembly", "demand"),
        ("Prensa Nacional del Perú", "new_elections", "proposal"),
    ],
)
def test_outlets_demands(spanish_out: Path, outlet: str, demand_type: str, kind: str) -> None:
    by_doc = {a["doc_id"]: a["outlet"] for a in _rows(spanish_out, "articles")}
    found = {(by_doc[d["doc_id"]], d["demand_type"], d["kind"])
             for d in _rows(spanish_out, "demands")}
    assert (outlet, demand_type, kind) in found


def test_entities_align_with_english_keys(spanish_out: Path) -> None:
    keys = {e["entity_key"] for e in _rows(spanish_out, "entities")}
    assert {"congress-peru", "dina-boluarte", "pedro-castillo", "ombudsman-peru"} <= keys
