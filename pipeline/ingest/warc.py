"""Reads WARC / WARC.gz crawls (e.g. CC-NEWS): one article per HTML response record.

Records that are not HTTP 200 HTML responses are skipped and counted, not reported as
errors: a crawl is mostly such records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from pipeline.errors import InputError
from pipeline.ingest.article import Article
from pipeline.ingest.html import article_from_html


def read_warc(path: Path, skipped: Counter) -> Iterator[Article | InputError]:
    source = str(path)
    number = 0
    with path.open("rb") as handle:
        try:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                if record.format != "warc":  # warcio reads any text as a lenient ARC record
                    yield InputError(source, "not a readable WARC file: no WARC header found")
                    return
                reason = _skip_reason(record)
                if reason:
                    skipped[reason] += 1
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                try:
                    yield article_from_html(record.content_stream().read(), source, url, number)
                except InputError as err:
                    yield err
        except ArchiveLoadFailed as err:
            yield InputError(source, f"not a readable WARC file: {' '.join(str(err).split())}")
            return
    if number == 0:
        yield InputError(source, "not a readable WARC file: no records found")


def _skip_reason(record) -> str | None:
    if record.rec_type != "response":
        return f"warc {record.rec_type} record"
    if record.http_headers is None:
        return "warc response without HTTP headers"
    status = record.http_headers.get_statuscode()
    if status != "200":
        return f"warc HTTP {status}"
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in content_type:
        return "warc non-HTML response"
    return None
