"""`compare(out, report_dir)`: read a run, build the comparison tables, write them as
Parquet next to a static HTML report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.compare.coverage import demand_coverage, entity_coverage
from pipeline.compare.events import event_terms
from pipeline.compare.framing import framing_table
from pipeline.compare.load import CompareError, Run, load_run
from pipeline.compare.located import Locator
from pipeline.compare.schema import COMPARE_SCHEMAS, COMPARE_TABLES
from pipeline.compare.tolls import toll_summary, toll_table
from pipeline.places import gazetteer

__all__ = ["CompareError", "build_tables", "compare", "default_report_dir"]
MARKER = "_compare.json"  # says a folder holds a comparison, so it may be rewritten


def default_report_dir(out: str | Path) -> Path:
    """OUT-compare, beside OUT (OUT itself holds only the run's tables)."""
    out = Path(out)
    return out.parent / f"{out.name}-compare"


def compare(out: str | Path, report_dir: str | Path | None = None,
            models_dir: str | Path | None = None) -> dict:
    """Write REPORT_DIR/<table>.parquet for every comparison table, REPORT_DIR/index.html
    and REPORT_DIR/articles/*.html; returns the summary also written to _compare.json."""
    from pipeline.compare.report import write_report

    run = load_run(out)
    report_dir = Path(report_dir) if report_dir else default_report_dir(out)
    _prepare(report_dir)
    tables = build_tables(run, str(models_dir or _default_models_dir()))
    for name, frame in tables.items():
        table = pa.Table.from_pandas(frame, schema=COMPARE_SCHEMAS[name], preserve_index=False)
        pq.write_table(table, report_dir / f"{name}.parquet")
    index = write_report(report_dir, run, tables)
    summary = {
        "out": str(out),
        "report": str(index),
        "rows": {name: len(frame) for name, frame in tables.items()},
        "disagreements": int(tables["toll_summary"]["disagree"].sum()),
    }
    (report_dir / MARKER).write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return summary


def build_tables(run: Run, models_dir: str) -> dict[str, pd.DataFrame]:
    """Every comparison table, in the columns of pipeline.compare.schema."""
    locator = Locator(gazetteer(models_dir), run.entities, run.articles, run.casualties)
    tolls = toll_table(run.casualties, locator)
    tables = {
        "tolls": tolls,
        "toll_summary": toll_summary(tolls),
        "framing": framing_table(run.entities),
        "event_terms": event_terms(run.articles, models_dir),
        "demand_coverage": demand_coverage(run.demands, run.articles),
        "entity_coverage": entity_coverage(run.entities, run.articles),
    }
    assert tuple(tables) == COMPARE_TABLES
    return tables


def _prepare(report_dir: Path) -> None:
    """An empty or new folder, or one an earlier comparison wrote (rewritten whole)."""
    if report_dir.exists():
        if not report_dir.is_dir():
            raise CompareError(f"{report_dir}: exists and is not a folder")
        entries = list(report_dir.iterdir())
        if entries and not (report_dir / MARKER).is_file():
            raise CompareError(f"{report_dir}: not empty and not a newsclaims comparison; "
                               "choose an empty or new folder")
        for entry in entries:
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    report_dir.mkdir(parents=True, exist_ok=True)
    (report_dir / MARKER).write_text('{"status": "writing"}', encoding="utf-8")  # first


def _default_models_dir() -> Path:
    from pipeline.config import load_config

    return load_config().models_dir
