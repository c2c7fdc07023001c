"""Reads .txt articles: plain text, optionally preceded by YAML front matter.

    ---
    outlet: Reuters
    published: 2023-01-10
    ---
    Article text...
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from pipeline import errors
from pipeline.errors import InputError
from pipeline.ingest.article import Article
from pipeline.ingest.decode import decode_utf8
from pipeline.ingest.fields import METADATA_FIELDS, metadata

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)


def read_text_file(path: Path) -> Article:
    source = str(path)
    text = decode_utf8(path.read_bytes(), source)
    fields: dict = {}
    match = _FRONT_MATTER.match(text)
    if match:
        fields = _front_matter(match.group(1), source)
        text = text[match.end() :]
    if not text.strip():
        reason = errors.EMPTY_FILE if not match else errors.EMPTY_TEXT
        raise InputError(source, reason)
    return Article(text=text, source_path=source, **fields)


def _front_matter(block: str, source: str) -> dict:
    try:
        raw = yaml.safe_load(block)
    except yaml.YAMLError as err:
        line = getattr(getattr(err, "problem_mark", None), "line", None)
        raise InputError(
            source,
            errors.BAD_FRONT_MATTER.format(detail=getattr(err, "problem", None) or err),
            None if line is None else line + 2,  # +1 for 1-based, +1 for the opening ---
        ) from err
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InputError(source, errors.FRONT_MATTER_NOT_MAPPING, 2)
    for key in raw:
        if key not in METADATA_FIELDS:
            raise InputError(
                source, errors.UNKNOWN_FIELD.format(field=key, expected=list(METADATA_FIELDS))
            )
    fields = metadata(raw, source, None)
    if "published" in fields:
        fields["published_source"] = "metadata"
    return fields
