"""Readers: input paths -> a lazy stream of Articles, with bad documents as InputErrors.

A folder is walked in sorted order for .txt and .jsonl files; a path given by name must
be one of those; a bad document is yielded as an InputError so the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline import errors
from pipeline.errors import InputError
from pipeline.ingest.article import Article
from pipeline.ingest.jsonl import read_jsonl
from pipeline.ingest.text_file import read_text_file

READERS = {".txt": "text", ".jsonl": "jsonl"}

__all__ = ["Article", "check_paths", "read_inputs"]


def check_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Fail fast, before any work, on a path that does not exist."""
    checked = []
    for path in map(Path, paths):
        if not path.exists():
            raise InputError(str(path), errors.NO_SUCH_PATH)
        checked.append(path)
    return checked


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and child.suffix.lower() in READERS and not hidden:
                    yield from _read_file(child)
        else:
            yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    if suffix not in READERS:
        yield InputError(str(path), errors.UNSUPPORTED_SUFFIX.format(suffix=suffix))
        return
    try:
        if READERS[suffix] == "jsonl":
            yield from read_jsonl(path)
        else:
            yield read_text_file(path)
    except InputError as err:
        yield err
    except OSError as err:
        yield InputError(str(path), f"cannot read: {err.strerror or err}")
