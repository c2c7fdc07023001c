"""Read a finished run (OUT) into pandas frames, one per table, for the comparisons."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds

from pipeline.errors import NewsclaimsError
from pipeline.output import MANIFEST
from pipeline.schema import SCHEMAS

NO_OUTLET = "(no outlet)"  # articles whose metadata names no outlet
READ_TABLES = ("articles", "entities", "dates", "casualties", "demands")
# What a column a run of an older schema lacks meant there (else it is read as empty):
# before schema 3 every casualty claim was read from the text.
OLDER_RUNS = {("casualties", "field"): "text"}


class CompareError(NewsclaimsError):
    """OUT cannot be compared (not a finished run, or a report folder that cannot be used)."""


@dataclass
class Run:
    """One run's tables; every mention row already carries its article's outlet and date."""

    out: Path
    articles: pd.DataFrame
    entities: pd.DataFrame
    dates: pd.DataFrame
    casualties: pd.DataFrame
    demands: pd.DataFrame


def load_run(out: str | Path) -> Run:
    out = Path(out)
    if not (out / MANIFEST).is_file():
        raise CompareError(f"{out}: not a finished newsclaims run (no {MANIFEST}); "
                           "run `newsclaims extract ... -o OUT` first")
    frames = {name: _read(out, name) for name in READ_TABLES}
    articles = frames["articles"]
    articles["outlet"] = articles["outlet"].fillna(NO_OUTLET)
    meta = articles[["doc_id", "outlet", "published"]]
    return Run(
        out=out,
        articles=articles.sort_values(["published", "outlet", "doc_id"], na_position="last")
        .reset_index(drop=True),
        **{name: frames[name].merge(meta, on="doc_id", how="inner")
           for name in ("entities", "dates", "casualties", "demands")},
    )


def _read(out: Path, table: str) -> pd.DataFrame:
    """The table as written; columns a run of an older schema lacks are added empty."""
    schema = SCHEMAS[table]
    folder = out / table
    files = sorted(folder.glob("*.parquet")) if folder.is_dir() else []
    if not files:
        return schema.empty_table().to_pandas()
    frame = ds.dataset([str(f) for f in files], format="parquet").to_table().to_pandas()
    for field in schema:
        if field.name not in frame.columns:
            frame[field.name] = OLDER_RUNS.get((table, field.name))
    return frame
