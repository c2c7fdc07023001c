"""The Article record every reader produces, and the stable document id."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Article:
    text: str
    source_path: str
    source_line: int | None = None  # line in a .jsonl file
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    published_source: str = "none"  # metadata | html | inferred | none
    language: str | None = None
    credits: list[str] = field(default_factory=list)
    credit_spans: list[tuple[int, int]] = field(default_factory=list, repr=False)
    doc_id: str = ""

    def __post_init__(self) -> None:
        if not self.doc_id:
            self.doc_id = make_doc_id(self.outlet, self.url, self.text)

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def make_doc_id(outlet: str | None, url: str | None, text: str) -> str:
    """Stable across runs: hash of outlet+url when there is a url, else of the normalized text."""
    if url:
        basis = f"url\x00{outlet or ''}\x00{url.strip()}"
    else:
        basis = "text\x00" + " ".join(text.split())
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]
