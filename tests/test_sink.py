"""Parquet output: declared schemas, chunk commits, and how OUT starts and finishes."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.errors import OutputError
from pipeline.output import MANIFEST, STAGING, OutputFolder
from pipeline.schema import SCHEMA_VERSION, SCHEMAS, TABLES, describe
from pipeline.sink import ChunkWriter

INFO = {"schema_version": SCHEMA_VERSION, "versions": {"newsclaims": "x"}, "config_sha256": "a"}


def _error_row(n: int) -> dict:
    return {"source_path": f"f{n}.txt", "source_line": n, "doc_id": None, "stage": "ingest",
            "reason": "empty file: no article text"}


def test_sink_chunk_round_trip_and_metadata(tmp_path: Path) -> None:
    chunk = ChunkWriter(tmp_path, "run1-p00-000000", row_group_size=2)
    rows = [_error_row(n) for n in range(5)]
    chunk.write("errors", rows)
    assert chunk.commit()["errors"] == 5
    part = tmp_path / "errors" / "part-run1-p00-000000.parquet"
    table = pq.read_table(part)
    assert table.schema.equals(SCHEMAS["errors"], check_metadata=False)
    assert table.to_pylist() == rows
    meta = pq.read_metadata(part)
    assert meta.num_row_groups == 3
    assert meta.metadata[b"newsclaims.schema_version"] == SCHEMA_VERSION.encode()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".tmp") == sorted(TABLES)


def test_sink_abort_leaves_no_part(tmp_path: Path) -> None:
    chunk = ChunkWriter(tmp_path, "c", row_group_size=10)
    chunk.write("errors", [_error_row(1)])
    chunk.abort()
    assert list(tmp_path.glob("*/part-*.parquet")) == []


def test_sink_rejects_a_row_that_breaks_the_schema(tmp_path: Path) -> None:
    chunk = ChunkWriter(tmp_path, "c", row_group_size=1)
    with pytest.raises((TypeError, ValueError)):
        chunk.write("errors", [{**_error_row(1), "source_line": "not a number"}])
    chunk.abort()


def test_output_new_run_refuses_to_mix(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text("{}")
    (tmp_path / "articles").mkdir()
    with pytest.raises(OutputError, match="already holds a newsclaims run; pass --resume"):
        OutputFolder(tmp_path).start("new", INFO)
    OutputFolder(tmp_path).start("force", INFO)
    assert not (tmp_path / MANIFEST).exists() and not (tmp_path / "articles").exists()


def test_output_never_deletes_a_foreign_folder(tmp_path: Path) -> None:
    (tmp_path / "thesis.docx").write_text("precious")
    with pytest.raises(OutputError, match="not a newsclaims output"):
        OutputFolder(tmp_path).start("force", INFO)
    assert (tmp_path / "thesis.docx").exists()


def test_output_resume_refuses_another_version(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    folder.start("new", INFO)
    with pytest.raises(OutputError, match="cannot resume: versions differs"):
        OutputFolder(tmp_path).start("resume", {**INFO, "versions": {"newsclaims": "y"}})


def test_output_resume_drops_a_killed_chunk_and_publishes(tmp_path: Path) -> None:
    folder = OutputFolder(tmp_path)
    folder.start("new", INFO)
    done = ChunkWriter(folder.staging, "a", 10)
    done.write("errors", [_error_row(1)])
    done.commit()
    killed = ChunkWriter(folder.staging, "b", 10)
    killed.write("errors", [_error_row(2)])
    killed.commit()
    (folder.staging / "articles" / "part-b.parquet").unlink()  # killed before its last rename
    OutputFolder(tmp_path).start("resume", INFO)
    assert folder.recorded_errors() == {("f1.txt", 1, "empty file: no article text")}
    folder.publish({"run": "done"})
    assert not (tmp_path / STAGING).exists()
    assert (tmp_path / MANIFEST).is_file()
    assert folder.row_counts()["errors"] == 1


def test_schema_describe_lists_every_table() -> None:
    text = describe()
    for table in TABLES:
        assert f"\n{table}\n" in text
