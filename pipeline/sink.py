"""Streaming Parquet output: row groups per table, staged, then renamed into place.

A run writes under OUT/.staging-<run_id>/ and only at the end moves each table folder to
OUT/<table>/ and writes OUT/_manifest.json last, so a killed run never looks complete.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import OutputError
from pipeline.schema import SCHEMAS, TABLES

MANIFEST = "_manifest.json"
STAGING_PREFIX = ".staging-"


def prepare_output(out: Path, overwrite: bool) -> None:
    """Refuse to mix a new run into an existing one, and never delete a foreign folder."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    entries = sorted(p.name for p in out.iterdir()) if out.exists() else []
    if not entries:
        return
    ours = {MANIFEST, *TABLES}
    foreign = [e for e in entries if e not in ours and not e.startswith(STAGING_PREFIX)]
    if foreign:
        raise OutputError(
            f"{out}: not empty and not a newsclaims output (holds {foreign[0]!r}); "
            "choose an empty or new folder"
        )
    if not overwrite:
        raise OutputError(
            f"{out}: already holds a newsclaims run; pass --overwrite to replace it, "
            "or choose another folder"
        )
    # The manifest goes first, so an interrupted replacement never looks complete.
    (out / MANIFEST).unlink(missing_ok=True)
    for entry in entries:
        if entry.startswith(STAGING_PREFIX):
            shutil.rmtree(out / entry, ignore_errors=True)


class TableWriter:
    """Buffers rows of one table and writes them in row groups with the declared schema."""

    def __init__(self, path: Path, schema: pa.Schema, row_group_size: int) -> None:
        self.path = path
        self.schema = schema
        self.row_group_size = row_group_size
        self.rows: list[dict[str, Any]] = []
        self.count = 0
        path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = pq.ParquetWriter(path, schema, compression="zstd")

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.rows.extend(rows)
        self.count += len(rows)
        if len(self.rows) >= self.row_group_size:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            batch = pa.RecordBatch.from_pylist(self.rows, schema=self.schema)
            self.writer.write_batch(batch, row_group_size=self.row_group_size)
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


class RunSink:
    """One staged Parquet part file per table for a run; `finish` publishes them."""

    def __init__(self, out: Path, run_id: str, row_group_size: int) -> None:
        self.out = out
        self.staging = out / f"{STAGING_PREFIX}{run_id}"
        self.writers = {
            table: TableWriter(
                self.staging / table / "part-00000.parquet", SCHEMAS[table], row_group_size
            )
            for table in TABLES
        }

    def write(self, table: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.writers[table].write(rows)

    def counts(self) -> dict[str, int]:
        return {table: writer.count for table, writer in self.writers.items()}

    def finish(self, manifest: dict[str, Any]) -> None:
        for writer in self.writers.values():
            writer.close()
        for table in TABLES:
            target = self.out / table
            if target.exists():
                shutil.rmtree(target)
            os.replace(self.staging / table, target)
        shutil.rmtree(self.staging, ignore_errors=True)
        write_json_atomic(self.out / MANIFEST, manifest)

    def abort(self) -> None:
        for writer in self.writers.values():
            try:
                writer.writer.close()
            except Exception:  # noqa: BLE001 - best effort while already failing
                pass
        shutil.rmtree(self.staging, ignore_errors=True)


def write_json_atomic(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)
