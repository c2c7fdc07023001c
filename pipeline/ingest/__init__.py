"""Readers: input paths -> a lazy stream of Articles, with bad documents as InputErrors.

Inputs are files (.txt, .jsonl, .html/.htm, .warc/.warc.gz), folders of them (walked in
sorted order, other files skipped), glob patterns ("crawl/*.warc.gz") and `-` (JSONL on
standard input). A bad document is yielded as an InputError so the batch goes on.
"""

from __future__ import annotations

import glob
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline import errors
from pipeline.errors import InputError
from pipeline.ingest.article import Article
from pipeline.ingest.html import read_html_file
from pipeline.ingest.jsonl import read_jsonl, read_jsonl_stream
from pipeline.ingest.text_file import read_text_file
from pipeline.ingest.warc import read_warc

STDIN = "-"
__all__ = ["Article", "check_paths", "read_inputs", "STDIN"]


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    return {".txt": "text", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}.get(
        path.suffix.lower()
    )


def check_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand globs and fail fast, before any work, on a path that does not exist."""
    checked = []
    for raw in map(str, paths):
        if raw == STDIN:
            checked.append(Path(STDIN))
        elif Path(raw).exists():
            checked.append(Path(raw))
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputError(raw, errors.NO_GLOB_MATCH)
            checked.extend(map(Path, matches))
        else:
            raise InputError(raw, errors.NO_SUCH_PATH)
    return checked


def read_inputs(
    paths: Iterable[Path], skipped: Counter | None = None
) -> Iterator[Article | InputError]:
    """Every article of every input, in order; `skipped` counts WARC records passed over."""
    skipped = Counter() if skipped is None else skipped
    for path in paths:
        if str(path) == STDIN:
            yield from read_jsonl_stream(sys.stdin.buffer, "<stdin>")
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and kind_of(child) and not hidden:
                    yield from _read_file(child, skipped)
        else:
            yield from _read_file(path, skipped)


def _read_file(path: Path, skipped: Counter) -> Iterator[Article | InputError]:
    kind = kind_of(path)
    if kind is None:
        yield InputError(str(path), errors.UNSUPPORTED_SUFFIX.format(suffix=path.suffix.lower()))
        return
    try:
        if kind == "jsonl":
            yield from read_jsonl(path)
        elif kind == "warc":
            yield from read_warc(path, skipped)
        elif kind == "html":
            yield read_html_file(path)
        else:
            yield read_text_file(path)
    except InputError as err:
        yield err
    except OSError as err:
        yield InputError(str(path), f"cannot read: {err.strerror or err}")
