"""Toll comparison: which figure each outlet gave for the same event, and where they differ.

Claims are aligned on an event key: kind | scope | area | date.
- An incident ("17 killed in Juliaca on 9 January") is keyed by the region of its place
  (Juliaca and "the Puno region" are both PE-PUN) and its event date.
- A running total ("the death toll rose to 47") is keyed by its country (or region) and
  its "as of" date, the article's publication date: 45, 46 and 47 on 10 January line up.
- A figure with neither place nor event date is read as a running total: in news, an
  unplaced, undated count of the dead ("Forty-eight people have died") is the total so far.
Each article gives one row per key, its largest figure (a total contains its parts: "47 ...
41 in clashes and six in accidents"), like the headline toll in pipeline.toll.
"""

from __future__ import annotations

import math
from datetime import date
from itertools import combinations

import pandas as pd
import pyarrow as pa

from pipeline.compare.located import Locator
from pipeline.compare.schema import COMPARE_SCHEMAS

INF = math.inf


def event_key(kind: str, scope: str, area_key: str | None, day: date | None) -> str:
    """'killed|incident|PE-PUN|2023-01-09', 'killed|cumulative|PE|2023-01-10'."""
    return f"{kind}|{scope}|{area_key or '-'}|{day.isoformat() if day else 'undated'}"


def bounds(qualifier: str, count: float | None, low: float | None, high: float | None
           ) -> tuple[float, float]:
    """The range of true values a figure allows: 'at least 18' -> (18, inf),
    'nearly 50' -> (low or 0, 49), 'about 30' -> (27, 33), 'dozens' -> (12, 99)."""
    c = None if _missing(count) else float(count)
    lo = None if _missing(low) else float(low)
    hi = None if _missing(high) else float(high)
    if qualifier in ("at_least", "more_than"):
        return (lo if lo is not None else c or 0.0, INF)
    if qualifier in ("at_most", "nearly"):
        return (lo if lo is not None else 0.0, hi if hi is not None else c or 0.0)
    if qualifier == "approximately" and c is not None and lo is None:
        return (math.floor(0.9 * c), math.ceil(1.1 * c))
    if c is not None and lo is None and hi is None:
        return (c, c)
    return (lo if lo is not None else c or 0.0, hi if hi is not None else c or INF)


def claim_rows(casualties: pd.DataFrame, locator: Locator) -> list[dict]:
    """Every casualty claim with its event key fields."""
    rows = []
    for claim in casualties.to_dict("records"):
        scope = claim["scope"]
        event_date = None if _missing(claim["event_date"]) else claim["event_date"]
        located = locator.locate(claim, scope)
        if scope == "incident" and located.place is None and event_date is None:
            scope = "cumulative"
            located = locator.locate({**claim, "location": None}, scope)
        place = located.place
        if scope == "cumulative":
            day, basis = _date(claim["published"]), "as_of"
        else:
            day, basis = event_date, "event" if event_date else "none"
        area_key = place.area_key if place else None
        value = 0 if claim["negated"] else _value(claim)
        rows.append({
            "event_key": event_key(claim["kind"], scope, area_key, day),
            "kind": claim["kind"],
            "scope": scope,
            "area_key": area_key,
            "area": (place.region or place.name) if place else None,
            "place": place.name if place else None,
            "place_key": place.key if place else None,
            "place_source": located.source,
            "date": day,
            "date_basis": basis,
            "doc_id": claim["doc_id"],
            "outlet": claim["outlet"],
            "published": _date(claim["published"]),
            "count": value,
            "count_low": _int(claim["count_low"]),
            "count_high": _int(claim["count_high"]),
            "qualifier": claim["qualifier"],
            "count_text": claim["count_text"],
            "attributed_to": None if _missing(claim["attributed_to"]) else claim["attributed_to"],
            "victim_group": claim["victim_group"],
            "negated": bool(claim["negated"]),
            "start_char": int(claim["start_char"]),
            "end_char": int(claim["end_char"]),
            "sentence": claim["sentence"],
        })
    return rows


def toll_table(casualties: pd.DataFrame, locator: Locator) -> pd.DataFrame:
    """One row per event key and article: the article's largest figure for that key."""
    best: dict[tuple[str, str], dict] = {}
    counts: dict[tuple[str, str], int] = {}
    for row in claim_rows(casualties, locator):
        key = (row["event_key"], row["doc_id"])
        counts[key] = counts.get(key, 0) + 1
        kept = best.get(key)
        if kept is None or (row["count"] or 0) > (kept["count"] or 0):
            best[key] = row
    rows = [{**row, "n_claims": counts[key]} for key, row in best.items()]
    rows.sort(key=lambda r: (r["kind"], r["scope"], r["area_key"] or "", r["date"] or date.min,
                             r["published"] or date.min, r["outlet"], r["doc_id"]))
    return _frame(rows, "tolls")


def toll_summary(tolls: pd.DataFrame) -> pd.DataFrame:
    """One row per event key: how many outlets gave a figure, the range, and whether two
    outlets' figures cannot both be right (their ranges do not overlap)."""
    rows = []
    for key, group in tolls.groupby("event_key", sort=False):
        first = {k: None if _missing(v) else v for k, v in group.iloc[0].to_dict().items()}
        values = [v for v in group["count"] if not _missing(v)]
        ranges = [
            (r["outlet"], bounds(r["qualifier"], r["count"], r["count_low"], r["count_high"]))
            for r in group.to_dict("records")
        ]
        disagree = any(
            a_out != b_out and (a[0] > b[1] or b[0] > a[1])
            for (a_out, a), (b_out, b) in combinations(ranges, 2)
        )
        rows.append({
            "event_key": key,
            "kind": first["kind"],
            "scope": first["scope"],
            "area_key": first["area_key"],
            "area": first["area"],
            "date": first["date"],
            "date_basis": first["date_basis"],
            "n_outlets": group["outlet"].nunique(),
            "n_articles": group["doc_id"].nunique(),
            "min": int(min(values)) if values else None,
            "max": int(max(values)) if values else None,
            "spread": int(max(values) - min(values)) if values else None,
            "disagree": disagree,
            "outlets": sorted(group["outlet"].unique()),
        })
    return _frame(rows, "toll_summary")


def _frame(rows: list[dict], table: str) -> pd.DataFrame:
    return pa.Table.from_pylist(rows, schema=COMPARE_SCHEMAS[table]).to_pandas()


def _value(claim: dict) -> int | None:
    """The figure compared: the count, else the conservative low bound ('dozens' -> 12)."""
    for column in ("count", "count_low"):
        if not _missing(claim[column]):
            return int(claim[column])
    return None


def _int(value) -> int | None:
    return None if _missing(value) else int(value)


def _date(value) -> date | None:
    return None if _missing(value) else value


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT
