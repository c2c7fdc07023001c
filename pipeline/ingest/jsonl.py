"""Reads .jsonl files (one article per line) lazily; a bad line never stops the others.

    {"outlet": "Reuters", "url": "...", "published": "2023-01-10", "text": "..."}
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from pipeline import errors
from pipeline.errors import InputError
from pipeline.ingest.article import Article
from pipeline.ingest.decode import decode_utf8
from pipeline.ingest.fields import metadata


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    with path.open("rb") as handle:
        yield from read_jsonl_stream(handle, str(path))


def read_jsonl_stream(handle: IO[bytes], source: str) -> Iterator[Article | InputError]:
    for number, raw in enumerate(handle, start=1):
        if not raw.strip():
            continue
        try:
            yield _article(raw, source, number)
        except InputError as err:
            yield err


def _article(raw: bytes, source: str, line: int) -> Article:
    text = decode_utf8(raw, source, line)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(source, errors.BAD_JSON.format(detail=err.msg), line) from err
    if not isinstance(record, dict):
        raise InputError(source, errors.NOT_OBJECT.format(kind=type(record).__name__), line)
    if "text" not in record:
        raise InputError(source, errors.MISSING_TEXT, line)
    body = record["text"]
    if not isinstance(body, str):
        raise InputError(
            source, errors.BAD_FIELD_TYPE.format(field="text", expected="string", got=body), line
        )
    if not body.strip():
        raise InputError(source, errors.EMPTY_TEXT, line)
    fields = metadata(record, source, line)
    if "published" in fields:
        fields["published_source"] = "metadata"
    doc_id = record.get("doc_id") if isinstance(record.get("doc_id"), str) else ""
    return Article(text=body, source_path=source, source_line=line, doc_id=doc_id, **fields)
