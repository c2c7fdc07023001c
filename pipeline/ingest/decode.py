"""Strict UTF-8 decoding with an error that says where the bad byte is."""

from __future__ import annotations

from pipeline import errors
from pipeline.errors import InputError


def decode_utf8(data: bytes, source: str, line: int | None = None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if line is None:
            line = data.count(b"\n", 0, err.start) + 1
        raise InputError(source, errors.NOT_UTF8.format(pos=err.start), line) from err
