"""Framing: the words each outlet attaches to the same actor.

One row per entity_key, outlet and descriptor ("illegitimate president", "former
president", "vandals"), with how often, how many of those mentions were scare-quoted
("“president” Boluarte") and one example sentence, so a reader can check the words.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

from pipeline.compare.schema import COMPARE_SCHEMAS


def framing_table(entities: pd.DataFrame) -> pd.DataFrame:
    keyed = entities[entities["entity_key"].notna()]
    names = canonical_names(keyed)
    groups: dict[tuple[str, str, str], dict] = {}
    for row in keyed.itertuples(index=False):
        for descriptor in dict.fromkeys(row.descriptors):
            key = (row.entity_key, row.outlet, descriptor)
            group = groups.setdefault(key, {
                "n_mentions": 0, "docs": set(), "n_scare_quoted": 0,
                "example_doc_id": row.doc_id, "example_sentence": row.sentence,
            })
            group["n_mentions"] += 1
            group["docs"].add(row.doc_id)
            group["n_scare_quoted"] += int(bool(row.scare_quoted))
    rows = [
        {
            "entity_key": entity, "canonical": names[entity][0], "label": names[entity][1],
            "outlet": outlet, "descriptor": descriptor,
            "n_mentions": g["n_mentions"], "n_articles": len(g["docs"]),
            "n_scare_quoted": g["n_scare_quoted"],
            "example_doc_id": g["example_doc_id"], "example_sentence": g["example_sentence"],
        }
        for (entity, outlet, descriptor), g in groups.items()
    ]
    rows.sort(key=lambda r: (r["entity_key"], r["outlet"], -r["n_mentions"], r["descriptor"]))
    return pa.Table.from_pylist(rows, schema=COMPARE_SCHEMAS["framing"]).to_pandas()


def canonical_names(entities: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """entity_key -> its most frequent canonical name and label across the run."""
    counts = entities.groupby(["entity_key", "canonical", "label"]).size().reset_index(name="n")
    counts = counts.sort_values(["entity_key", "n", "canonical"], ascending=[True, False, True])
    first = counts.drop_duplicates("entity_key")
    return {k: (c, lab) for k, c, lab in zip(first["entity_key"], first["canonical"],
                                             first["label"], strict=True)}
