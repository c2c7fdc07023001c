"""Validation of the metadata fields an article may carry (front matter or a JSON line)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pipeline import errors
from pipeline.errors import InputError

METADATA_FIELDS = ("outlet", "url", "title", "published", "language")


def parse_published(value: Any, source: str, line: int | None) -> date | None:
    """Accept a YAML date, 'YYYY-MM-DD' or an ISO timestamp (its date part is kept)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
        except ValueError:
            pass
    raise InputError(source, errors.BAD_DATE.format(field="published", got=value), line)


def metadata(record: dict[str, Any], source: str, line: int | None) -> dict[str, Any]:
    """The known metadata fields of `record`, type-checked; other keys are left out."""
    out: dict[str, Any] = {}
    for name in METADATA_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if name == "published":
            out[name] = parse_published(value, source, line)
        elif isinstance(value, str):
            out[name] = value.strip() or None
        else:
            raise InputError(
                source,
                errors.BAD_FIELD_TYPE.format(field=name, expected="string", got=value),
                line,
            )
    return out
