"""Parquet output: declared schemas, round trip, staging, and no mixing of runs."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.errors import OutputError
from pipeline.schema import SCHEMA_VERSION, SCHEMAS, TABLES, describe
from pipeline.sink import MANIFEST, RunSink, prepare_output


def _error_row(n: int) -> dict:
    return {"source_path": f"f{n}.txt", "source_line": n, "doc_id": None, "stage": "ingest",
            "reason": "empty file: no article text"}


def test_sink_round_trip_and_metadata(tmp_path: Path) -> None:
    sink = RunSink(tmp_path, "run1", row_group_size=2)
    rows = [_error_row(n) for n in range(5)]
    sink.write("errors", rows)
    sink.finish({"run_id": "run1"})
    table = pq.read_table(tmp_path / "errors")
    assert table.schema.equals(SCHEMAS["errors"], check_metadata=False)
    assert table.to_pylist() == rows
    meta = pq.read_metadata(next((tmp_path / "errors").glob("*.parquet")))
    assert meta.num_row_groups == 3
    assert meta.metadata[b"newsclaims.schema_version"] == SCHEMA_VERSION.encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*TABLES, MANIFEST])


def test_sink_abort_leaves_nothing_that_looks_complete(tmp_path: Path) -> None:
    sink = RunSink(tmp_path, "run2", row_group_size=10)
    sink.write("errors", [_error_row(1)])
    sink.abort()
    assert list(tmp_path.iterdir()) == []


def test_sink_rejects_a_row_that_breaks_the_schema(tmp_path: Path) -> None:
    sink = RunSink(tmp_path, "run3", row_group_size=1)
    with pytest.raises((TypeError, ValueError)):
        sink.write("errors", [{**_error_row(1), "source_line": "not a number"}])
    sink.abort()


def test_prepare_output_refuses_to_mix_runs(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text("{}")
    (tmp_path / "articles").mkdir()
    with pytest.raises(OutputError, match="already holds a newsclaims run; pass --overwrite"):
        prepare_output(tmp_path, overwrite=False)
    prepare_output(tmp_path, overwrite=True)
    assert not (tmp_path / MANIFEST).exists()


def test_prepare_output_never_deletes_a_foreign_folder(tmp_path: Path) -> None:
    (tmp_path / "thesis.docx").write_text("precious")
    with pytest.raises(OutputError, match="not a newsclaims output"):
        prepare_output(tmp_path, overwrite=True)
    assert (tmp_path / "thesis.docx").exists()


def test_schema_describe_lists_every_table() -> None:
    text = describe()
    for table in TABLES:
        assert f"\n{table}\n" in text
