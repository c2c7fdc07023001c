"""Schemas of the comparison tables, declared once (like pipeline.schema for the run)."""

from __future__ import annotations

import pyarrow as pa

_str, _int, _date, _f = pa.string(), pa.int64(), pa.date32(), pa.float64()


def _f_(name: str, typ: pa.DataType, nullable: bool = True) -> pa.Field:
    return pa.field(name, typ, nullable=nullable)


_FIELDS: dict[str, list[pa.Field]] = {
    # One row per event key, outlet and article: the figure that article gives for the key.
    "tolls": [
        _f_("event_key", _str, False),
        _f_("kind", _str, False),  # killed | injured | arrested | missing
        _f_("scope", _str, False),  # incident | cumulative
        _f_("area_key", _str),  # region (PE-PUN) or country (PE) the figure is about
        _f_("area", _str),
        _f_("place", _str),  # most specific place named: "Juliaca"
        _f_("place_key", _str),
        _f_("place_source", _str, False),  # claim | sentence | article | none
        _f_("date", _date),  # event date (incident) or "as of" date (cumulative)
        _f_("date_basis", _str, False),  # event | as_of | none
        _f_("doc_id", _str, False),
        _f_("outlet", _str, False),
        _f_("published", _date),
        _f_("count", _int),  # the figure compared (count, else the low bound)
        _f_("count_low", _int),
        _f_("count_high", _int),
        _f_("qualifier", _str, False),
        _f_("count_text", _str, False),
        _f_("attributed_to", _str),
        _f_("victim_group", _str, False),
        _f_("negated", pa.bool_(), False),
        _f_("n_claims", _int, False),  # claims of this key in the article (largest kept)
        _f_("start_char", _int, False),
        _f_("end_char", _int, False),
        _f_("sentence", _str, False),
    ],
    "toll_summary": [
        _f_("event_key", _str, False),
        _f_("kind", _str, False),
        _f_("scope", _str, False),
        _f_("area_key", _str),
        _f_("area", _str),
        _f_("date", _date),
        _f_("date_basis", _str, False),
        _f_("n_outlets", _int, False),
        _f_("n_articles", _int, False),
        _f_("min", _int),
        _f_("max", _int),
        _f_("spread", _int),
        _f_("disagree", pa.bool_(), False),  # two outlets' ranges do not overlap
        _f_("outlets", pa.list_(_str), False),
    ],
    "framing": [
        _f_("entity_key", _str, False),
        _f_("canonical", _str, False),
        _f_("label", _str, False),
        _f_("outlet", _str, False),
        _f_("descriptor", _str, False),
        _f_("n_mentions", _int, False),
        _f_("n_articles", _int, False),
        _f_("n_scare_quoted", _int, False),
        _f_("example_doc_id", _str, False),
        _f_("example_sentence", _str, False),
    ],
    "event_terms": [
        _f_("event", _str, False),
        _f_("frame", _str, False),
        _f_("term", _str, False),
        _f_("outlet", _str, False),
        _f_("n_mentions", _int, False),
        _f_("n_articles", _int, False),
        _f_("n_quoted", _int, False),  # mentions inside quotation marks: "self-coup"
        _f_("example_doc_id", _str, False),
        _f_("example_sentence", _str, False),
    ],
    "demand_coverage": [
        _f_("demand_type", _str, False),
        _f_("outlet", _str, False),
        _f_("n_articles", _int, False),
        _f_("n_outlet_articles", _int, False),
        _f_("share", _f, False),
        _f_("n_demand", _int, False),
        _f_("n_call", _int, False),
        _f_("n_proposal", _int, False),
        _f_("n_promise", _int, False),
        _f_("n_rejected", _int, False),
    ],
    "entity_coverage": [
        _f_("entity_key", _str, False),
        _f_("canonical", _str, False),
        _f_("label", _str, False),
        _f_("outlet", _str, False),
        _f_("n_mentions", _int, False),
        _f_("n_articles", _int, False),
        _f_("n_outlet_articles", _int, False),
        _f_("share", _f, False),
    ],
}

COMPARE_TABLES = tuple(_FIELDS)
COMPARE_SCHEMAS: dict[str, pa.Schema] = {
    name: pa.schema(fields, metadata={"newsclaims.compare_table": name})
    for name, fields in _FIELDS.items()
}
