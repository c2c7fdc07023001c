"""Every Parquet table's schema, declared once, with the schema version in its metadata.

Writers always pass these schemas; nothing is inferred from the first row.
"""

from __future__ import annotations

import pyarrow as pa

# 2: nullable resolved-place columns added.
# 3: casualties.field ("text" | "title"): titles are read too, their claims written with
#    offsets into articles.title, so every offset says which string it points into.
SCHEMA_VERSION = "3"

_str = pa.string()
_int = pa.int32()
_date = pa.date32()


def _mention(*fields: pa.Field) -> list[pa.Field]:
    """Columns every mention table starts with: where the claim is in the article."""
    return [
        pa.field("doc_id", _str, nullable=False),
        pa.field("sent_idx", _int, nullable=False),
        pa.field("start_char", _int, nullable=False),
        pa.field("end_char", _int, nullable=False),
        *fields,
        pa.field("sentence", _str, nullable=False),
    ]


_FIELDS: dict[str, list[pa.Field]] = {
    "articles": [
        pa.field("doc_id", _str, nullable=False),
        pa.field("outlet", _str),
        pa.field("url", _str),
        pa.field("title", _str),
        pa.field("published", _date),
        pa.field("published_source", _str, nullable=False),  # metadata|html|inferred|none
        pa.field("language", _str, nullable=False),
        pa.field("n_words", _int, nullable=False),
        pa.field("text_sha256", _str, nullable=False),
        pa.field("credits", pa.list_(_str), nullable=False),
        pa.field("source_path", _str, nullable=False),
        pa.field("source_line", _int),
        pa.field("toll_killed", _int),
        pa.field("toll_injured", _int),
        pa.field("toll_arrested", _int),
        pa.field("duplicate_of", _str),
        pa.field("syndication_group", _str),
        pa.field("text", _str, nullable=False),
    ],
    "entities": _mention(
        pa.field("text", _str, nullable=False),
        pa.field("label", _str, nullable=False),
        pa.field("canonical", _str, nullable=False),
        pa.field("entity_key", _str),
        pa.field("descriptors", pa.list_(_str), nullable=False),
        pa.field("scare_quoted", pa.bool_(), nullable=False),
        pa.field("place_key", _str),
        pa.field("place_region", _str),
        pa.field("place_country", _str),
    ),
    "dates": _mention(
        pa.field("text", _str, nullable=False),
        pa.field("timex_type", _str, nullable=False),
        pa.field("value", _str, nullable=False),
        pa.field("granularity", _str),
        pa.field("date_start", _date),
        pa.field("date_end", _date),
        pa.field("anchor", _str, nullable=False),
    ),
    "casualties": _mention(
        pa.field("field", _str, nullable=False),  # text | title: what the offsets point into
        pa.field("kind", _str, nullable=False),
        pa.field("count", pa.int64()),
        pa.field("count_low", pa.int64()),
        pa.field("count_high", pa.int64()),
        pa.field("qualifier", _str, nullable=False),
        pa.field("count_text", _str, nullable=False),
        pa.field("victims", _str),
        pa.field("victim_group", _str, nullable=False),
        pa.field("perpetrator", _str),
        pa.field("perpetrator_group", _str),
        pa.field("location", _str),
        pa.field("event_date", _date),
        pa.field("scope", _str, nullable=False),
        pa.field("attributed_to", _str),
        pa.field("negated", pa.bool_(), nullable=False),
        pa.field("location_key", _str),
        pa.field("location_region", _str),
    ),
    "demands": _mention(
        pa.field("actor", _str),
        pa.field("demand_text", _str, nullable=False),
        pa.field("demand_type", _str, nullable=False),
        pa.field("mm_category", _str),
        pa.field("target", _str),
        pa.field("target_key", _str),
        pa.field("kind", _str, nullable=False),
        pa.field("rejected_by", _str),
    ),
    "errors": [
        pa.field("source_path", _str, nullable=False),
        pa.field("source_line", _int),
        pa.field("doc_id", _str),
        pa.field("stage", _str, nullable=False),  # ingest | language | extract
        pa.field("reason", _str, nullable=False),
    ],
}

TABLES = tuple(_FIELDS)

SCHEMAS: dict[str, pa.Schema] = {
    name: pa.schema(
        fields,
        metadata={"newsclaims.schema_version": SCHEMA_VERSION, "newsclaims.table": name},
    )
    for name, fields in _FIELDS.items()
}


def describe() -> str:
    """Every table's schema as text, for `newsclaims schema`."""
    blocks = [f"newsclaims schema version {SCHEMA_VERSION}"]
    for name, schema in SCHEMAS.items():
        lines = [f"\n{name}"]
        for f in schema:
            null = "" if f.nullable else " not null"
            lines.append(f"  {f.name}: {f.type}{null}")
        blocks.append("\n".join(lines))
    return "\n".join(blocks)
