"""`newsclaims diff OUT_A OUT_B`: the claims two runs of the same corpus disagree on.

The regression view for CI when a model or a pattern changes. Rows are matched by doc_id
and a claim key (the claim's character span, plus for casualties the kind and the field the
span is in, title or text; a second claim on the same span is told apart by its order); a
matched row whose other columns differ is "changed", with the columns that changed. The
sentence text and index are not compared (a different sentence splitter moves them without
changing any claim).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds

from pipeline.errors import NewsclaimsError
from pipeline.output import MANIFEST

CLAIM_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("doc_id",),
    "entities": ("doc_id", "start_char", "end_char"),
    "dates": ("doc_id", "start_char", "end_char"),
    "casualties": ("doc_id", "field", "start_char", "end_char", "kind"),
    "demands": ("doc_id", "start_char", "end_char"),
}
IGNORED = {"sentence", "sent_idx", "text", "source_path", "source_line"}


class DiffError(NewsclaimsError):
    """A folder given to diff is not a finished newsclaims run."""


@dataclass
class Change:
    table: str
    status: str  # added | removed | changed
    key: tuple
    columns: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # column -> (a, b)

    def describe(self) -> str:
        key = ":".join(str(k) for k in self.key)
        if self.status != "changed":
            return f"{self.table}  {self.status}  {key}"
        detail = "; ".join(f"{c}: {a!r} -> {b!r}" for c, (a, b) in self.columns.items())
        return f"{self.table}  changed  {key}  {detail}"


@dataclass
class TableDiff:
    added: int = 0
    removed: int = 0
    changed: int = 0
    unchanged: int = 0


@dataclass
class RunDiff:
    tables: dict[str, TableDiff]
    changes: list[Change]

    @property
    def any_change(self) -> bool:
        return bool(self.changes)

    def summary(self) -> str:
        lines = [f"{'table':<12}{'added':>8}{'removed':>9}{'changed':>9}{'unchanged':>11}"]
        for name, t in self.tables.items():
            lines.append(f"{name:<12}{t.added:>8}{t.removed:>9}{t.changed:>9}{t.unchanged:>11}")
        return "\n".join(lines)


def diff_runs(out_a: str | Path, out_b: str | Path) -> RunDiff:
    tables, changes = {}, []
    for table, key_columns in CLAIM_KEYS.items():
        rows_a = _keyed(_rows(Path(out_a), table), key_columns)
        rows_b = _keyed(_rows(Path(out_b), table), key_columns)
        stats = TableDiff()
        for key in sorted(rows_a.keys() | rows_b.keys(), key=_sort_key):
            a, b = rows_a.get(key), rows_b.get(key)
            if a is None:
                stats.added += 1
                changes.append(Change(table, "added", key))
            elif b is None:
                stats.removed += 1
                changes.append(Change(table, "removed", key))
            else:
                columns = {c: (a.get(c), b.get(c)) for c in sorted(a.keys() | b.keys())
                           if c not in IGNORED and not _same(a.get(c), b.get(c))}
                if columns:
                    stats.changed += 1
                    changes.append(Change(table, "changed", key, columns))
                else:
                    stats.unchanged += 1
        tables[table] = stats
    return RunDiff(tables, changes)


def _rows(out: Path, table: str) -> list[dict]:
    if not (out / MANIFEST).is_file():
        raise DiffError(f"{out}: not a finished newsclaims run (no {MANIFEST})")
    files = sorted((out / table).glob("*.parquet")) if (out / table).is_dir() else []
    if not files:
        return []
    rows = ds.dataset([str(f) for f in files], format="parquet").to_table().to_pylist()
    if table == "casualties":
        for row in rows:  # runs before schema version 3 read the text only
            row.setdefault("field", "text")
    return rows


def _keyed(rows: list[dict], key_columns: tuple[str, ...]) -> dict[tuple, dict]:
    """Key each row by its claim key plus its rank among rows sharing that key."""
    rows = sorted(rows, key=lambda r: tuple(str(r.get(c)) for c in sorted(r)))
    keyed: dict[tuple, dict] = {}
    for row in rows:
        key = base = tuple(row.get(c) for c in key_columns)
        n = 1
        while key in keyed:  # a second claim on the same span: (doc, start, end, 1)
            key, n = (*base, n), n + 1
        keyed[key] = row
    return keyed


def _sort_key(key: tuple) -> tuple:
    return tuple(str(k).zfill(10) if isinstance(k, int) else str(k) for k in key)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b
