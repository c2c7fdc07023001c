"""Streaming Parquet writers: row groups per table, one part file per table per chunk.

A chunk is a batch of articles written by one worker. Its part files are written under a
temporary name and renamed into OUT/.staging/<table>/ when the chunk is done, the
articles part last: a chunk whose articles part exists is complete (resume relies on it).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import SCHEMAS, TABLES

# Articles last: its part is the mark that the chunk is complete.
COMMIT_ORDER = tuple(t for t in TABLES if t != "articles") + ("articles",)


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


class ChunkWriter:
    """The part files of one chunk: written under staging/.tmp/, committed by rename."""

    def __init__(self, staging: Path, chunk_id: str, row_group_size: int) -> None:
        self.staging = staging
        self.chunk_id = chunk_id
        self.tmp = staging / ".tmp" / chunk_id
        self.writers = {
            table: TableWriter(self.tmp / f"{table}.parquet", SCHEMAS[table], row_group_size)
            for table in TABLES
        }

    def write(self, table: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            self.writers[table].write(rows)

    def counts(self) -> dict[str, int]:
        return {table: writer.count for table, writer in self.writers.items()}

    def commit(self) -> dict[str, int]:
        for writer in self.writers.values():
            writer.close()
        for table in COMMIT_ORDER:
            target = self.staging / table / part_name(self.chunk_id)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.tmp / f"{table}.parquet", target)
        shutil.rmtree(self.tmp, ignore_errors=True)
        return self.counts()

    def abort(self) -> None:
        for writer in self.writers.values():
            try:
                writer.writer.close()
            except Exception:  # noqa: BLE001 - best effort while already failing
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)


def part_name(chunk_id: str) -> str:
    return f"part-{chunk_id}.parquet"


def chunk_of(part: Path) -> str:
    return part.name.removeprefix("part-").removesuffix(".parquet")
