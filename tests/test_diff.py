"""`newsclaims diff`: claims added, removed and changed between two runs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.config import Config
from pipeline.diff import DiffError, diff_runs
from pipeline.run import extract

ARTICLES = [
    {"outlet": "Test Wire", "url": "https://news.example/a", "published": "2023-01-10",
     "text": "Security forces killed 17 people in Juliaca on Monday, the health ministry "
             "said. Police arrested 30 demonstrators in Lima."},
    {"outlet": "Test Daily", "url": "https://news.example/b", "published": "2023-01-11",
     "text": "At least 18 people died in the clashes in Juliaca, officials said on Tuesday."},
]


@pytest.fixture(scope="module")
def run_a(tmp_path_factory: pytest.TempPathFactory, config: Config, nlp) -> Path:
    base = tmp_path_factory.mktemp("diff")
    source = base / "in.jsonl"
    source.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    out = base / "a"
    extract([source], out, config, show_progress=False)
    return out


@pytest.fixture
def run_b(run_a: Path, tmp_path: Path) -> Path:
    """A copy of run A with one casualty count changed and one date row removed."""
    out = tmp_path / "b"
    shutil.copytree(run_a, out)
    _rewrite(out / "casualties", lambda rows: [
        {**r, "count": 16} if r["count"] == 17 else r for r in rows])
    _rewrite(out / "dates", lambda rows: rows[1:])
    return out


def _rewrite(folder: Path, change) -> None:
    files = sorted(folder.glob("*.parquet"))
    table = ds.dataset([str(f) for f in files], format="parquet").to_table()
    for f in files:
        f.unlink()
    rows = change(table.to_pylist())
    pq.write_table(table.schema.empty_table().from_pylist(rows, schema=table.schema),
                   folder / "part-0.parquet")


def test_diff_same_run_has_no_change(run_a: Path) -> None:
    result = diff_runs(run_a, run_a)
    assert not result.any_change
    assert {t: (d.added, d.removed, d.changed) for t, d in result.tables.items()} == {
        t: (0, 0, 0) for t in ("articles", "entities", "dates", "casualties", "demands")}


def test_diff_lists_changed_and_removed_claims(run_a: Path, run_b: Path) -> None:
    result = diff_runs(run_a, run_b)
    changed = [c for c in result.changes if c.status == "changed"]
    assert [(c.table, c.columns) for c in changed] == [("casualties", {"count": (17, 16)})]
    assert [(c.table, c.status) for c in result.changes if c.status != "changed"] == [
        ("dates", "removed")]
    assert (result.tables["casualties"].changed, result.tables["dates"].removed) == (1, 1)
    back = diff_runs(run_b, run_a)
    assert [(c.table, c.status) for c in back.changes if c.status != "changed"] == [
        ("dates", "added")]


def test_diff_cli_fail_on_change(run_a: Path, run_b: Path) -> None:
    runner = CliRunner()
    same = runner.invoke(main, ["diff", str(run_a), str(run_a), "--fail-on-change"])
    assert same.exit_code == 0, same.output
    changed = runner.invoke(main, ["diff", str(run_a), str(run_b), "--fail-on-change"])
    assert changed.exit_code == 1
    assert "casualties  changed" in changed.output and "count: 17 -> 16" in changed.output
    assert changed.output.strip().endswith("Error: 2 claims differ")
    report_only = runner.invoke(main, ["diff", str(run_a), str(run_b), "--no-details"])
    assert report_only.exit_code == 0 and "casualties  changed" not in report_only.output


def test_diff_refuses_a_folder_that_is_not_a_run(run_a: Path, tmp_path: Path) -> None:
    with pytest.raises(DiffError, match="not a finished newsclaims run"):
        diff_runs(run_a, tmp_path)
    result = CliRunner().invoke(main, ["diff", str(run_a), str(tmp_path)])
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path}: not a finished newsclaims run " \
                            "(no _manifest.json)\n"
