"""Coverage: which demands and which actors each outlet reports, as a share of its articles.

Zero rows are kept (every demand type seen in the run x every outlet): what an outlet
leaves out is part of the comparison.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

from pipeline.compare.framing import canonical_names
from pipeline.compare.schema import COMPARE_SCHEMAS

KINDS = ("demand", "call", "proposal", "promise")


def demand_coverage(demands: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    per_outlet = articles.groupby("outlet")["doc_id"].nunique().to_dict()
    rows = []
    for demand_type in sorted(demands["demand_type"].unique()):
        of_type = demands[demands["demand_type"] == demand_type]
        for outlet in sorted(per_outlet):
            rows_here = of_type[of_type["outlet"] == outlet]
            kinds = rows_here["kind"].value_counts().to_dict()
            n_articles = rows_here["doc_id"].nunique()
            rows.append({
                "demand_type": demand_type, "outlet": outlet, "n_articles": n_articles,
                "n_outlet_articles": per_outlet[outlet],
                "share": round(n_articles / per_outlet[outlet], 4),
                **{f"n_{k}": int(kinds.get(k, 0)) for k in KINDS},
                "n_rejected": int(rows_here["rejected_by"].notna().sum()),
            })
    return pa.Table.from_pylist(rows, schema=COMPARE_SCHEMAS["demand_coverage"]).to_pandas()


def entity_coverage(entities: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """entity_key x outlet, for the actors at least two outlets name."""
    per_outlet = articles.groupby("outlet")["doc_id"].nunique().to_dict()
    keyed = entities[entities["entity_key"].notna()]
    shared = keyed.groupby("entity_key")["outlet"].nunique()
    keyed = keyed[keyed["entity_key"].isin(shared[shared >= 2].index)]
    names = canonical_names(keyed)
    grouped = keyed.groupby(["entity_key", "outlet"]).agg(
        n_mentions=("doc_id", "size"), n_articles=("doc_id", "nunique")).reset_index()
    rows = [
        {
            "entity_key": r.entity_key, "canonical": names[r.entity_key][0],
            "label": names[r.entity_key][1], "outlet": r.outlet,
            "n_mentions": int(r.n_mentions), "n_articles": int(r.n_articles),
            "n_outlet_articles": per_outlet[r.outlet],
            "share": round(r.n_articles / per_outlet[r.outlet], 4),
        }
        for r in grouped.itertuples(index=False)
    ]
    return pa.Table.from_pylist(rows, schema=COMPARE_SCHEMAS["entity_coverage"]).to_pandas()
