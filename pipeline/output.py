"""The output folder: its layout, how a run starts (new, resume, force) and how it ends.

    OUT/<table>/part-*.parquet   published tables (only complete runs' parts)
    OUT/_manifest.json           written last: its presence says OUT is complete
    OUT/.staging/                the unfinished run: committed chunks, run.json

A run publishes its staged parts into OUT/<table>/ and writes the manifest only when it
finishes; a killed run leaves its chunks in .staging/, where `--resume` picks them up.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import OutputError
from pipeline.schema import TABLES
from pipeline.sink import chunk_of

MANIFEST = "_manifest.json"
STAGING = ".staging"
RUN_INFO = "run.json"
MODES = ("new", "resume", "force")
# What must match for a resumed run to add to OUT: rows of another version differ.
COMPATIBILITY_KEYS = ("schema_version", "versions", "config_sha256")


class OutputFolder:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.staging = out / STAGING

    # ------------------------------------------------------------------ start
    def start(self, mode: str, run_info: dict[str, Any]) -> None:
        """Check OUT against the mode; leave a clean or resumable staging area."""
        if mode not in MODES:
            raise OutputError(f"unknown mode {mode!r}; expected one of {MODES}")
        if self.out.exists() and not self.out.is_dir():
            raise OutputError(f"{self.out}: exists and is not a folder")
        entries = sorted(p.name for p in self.out.iterdir()) if self.out.exists() else []
        foreign = [e for e in entries if e not in {MANIFEST, STAGING, *TABLES}]
        if foreign:
            raise OutputError(
                f"{self.out}: not empty and not a newsclaims output (holds {foreign[0]!r}); "
                "choose an empty or new folder"
            )
        if entries and mode == "new":
            raise OutputError(
                f"{self.out}: already holds a newsclaims run; pass --resume to add only new "
                "articles, --force to recompute everything, or choose another folder"
            )
        if mode == "force":
            self._clear()
        elif mode == "resume":
            self._check_compatible(run_info)
        (self.out / MANIFEST).unlink(missing_ok=True)  # from here on, OUT is incomplete
        self.staging.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(self.staging / ".tmp", ignore_errors=True)
        self._drop_orphan_parts()
        _write_json(self.staging / RUN_INFO, run_info)

    def _clear(self) -> None:
        (self.out / MANIFEST).unlink(missing_ok=True)  # first: never looks complete again
        for name in (STAGING, *TABLES):
            shutil.rmtree(self.out / name, ignore_errors=True)

    def _check_compatible(self, run_info: dict[str, Any]) -> None:
        for path in (self.out / MANIFEST, self.staging / RUN_INFO):
            if not path.is_file():
                continue
            earlier = json.loads(path.read_text(encoding="utf-8"))
            for key in COMPATIBILITY_KEYS:
                if earlier.get(key) != run_info.get(key):
                    raise OutputError(
                        f"{self.out}: cannot resume: {key} differs from the run already there "
                        f"({earlier.get(key)!r} vs {run_info.get(key)!r}); pass --force to "
                        "recompute everything"
                    )

    def _drop_orphan_parts(self) -> None:
        """Parts of a chunk whose articles part never landed: the chunk was killed."""
        complete = {chunk_of(p) for p in self.parts("articles", staged=True)}
        for table in TABLES:
            for part in self.parts(table, staged=True):
                if chunk_of(part) not in complete:
                    part.unlink()

    # ------------------------------------------------------------------ state
    def parts(self, table: str, staged: bool) -> list[Path]:
        folder = (self.staging if staged else self.out) / table
        return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []

    def all_parts(self, table: str) -> list[Path]:
        return self.parts(table, staged=False) + self.parts(table, staged=True)

    def read_columns(self, table: str, columns: list[str]) -> Iterator[dict[str, Any]]:
        for batch in self.read_batches(table, columns):
            yield from batch.to_pylist()

    def read_batches(
        self, table: str, columns: list[str], batch_size: int = 131_072
    ) -> Iterator[pa.RecordBatch]:
        """The table's rows in OUT and staging, at most batch_size at a time, one part file
        after the other (a dataset scan reads ahead in threads: tens of MB more)."""
        for part in self.all_parts(table):
            with pq.ParquetFile(part) as parquet:
                yield from parquet.iter_batches(batch_size, columns=columns, use_threads=False)

    def done_articles(self) -> set[tuple[str, str]]:
        """(doc_id, text_sha256) of every article already in OUT or staged."""
        return {(r["doc_id"], r["text_sha256"])
                for r in self.read_columns("articles", ["doc_id", "text_sha256"])}

    def recorded_errors(self) -> set[tuple]:
        return {(r["source_path"], r["source_line"], r["reason"])
                for r in self.read_columns("errors", ["source_path", "source_line", "reason"])}

    def row_counts(self) -> dict[str, int]:
        return {t: sum(pq.read_metadata(p).num_rows for p in self.all_parts(t)) for t in TABLES}

    # ------------------------------------------------------------------ finish
    def publish(self, manifest: dict[str, Any]) -> None:
        """Move the staged parts into OUT/<table>/, then write the manifest, last."""
        for table in TABLES:
            target = self.out / table
            target.mkdir(parents=True, exist_ok=True)
            for part in self.parts(table, staged=True):
                os.replace(part, target / part.name)
        shutil.rmtree(self.staging)
        _write_json(self.out / MANIFEST, manifest)

    def earlier_manifest(self) -> dict[str, Any] | None:
        path = self.out / MANIFEST
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
    os.replace(tmp, path)
