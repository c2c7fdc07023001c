"""Doc + Article -> one list of row dicts per table, in the columns of pipeline.schema.

This is the only place that knows both the spaCy side and the Parquet side.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc

from pipeline.casualties.titles import recased
from pipeline.errors import InputError
from pipeline.extensions import doc_text
from pipeline.ingest.article import Article
from pipeline.places import fold
from pipeline.toll import headline_tolls
from pipeline.toll_words import toll_words
from pipeline.types import CasualtyClaim

MENTION_TABLES = {
    "entities": "entity_mentions",
    "dates": "dates",
    "casualties": "casualties",
    "demands": "demands",
}


class Sentences:
    """Maps a character offset to its sentence index and text, in O(log n). `text`: the
    text the Doc was made from, when the Doc holds it lower-cased (a Title Case title)."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        text = text if text is not None else doc_text(doc)
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
        self.starts = [start for start, _ in bounds]
        self.texts = [text[start:end].strip() for start, end in bounds]

    def locate(self, start_char: int) -> tuple[int, str]:
        idx = max(bisect_right(self.starts, start_char) - 1, 0)
        return idx, self.texts[idx]


def doc_rows(
    article: Article, doc: Doc, title: Doc | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Rows of every table for one article: `doc` is its text; `title`, when given, its
    title parsed on its own (extractor.parse_titles), whose casualty claims become rows
    with field "title" (offsets into articles.title) and count in the headline toll."""
    sentences = Sentences(doc)
    rows: dict[str, list[dict[str, Any]]] = {}
    for table, extension in MENTION_TABLES.items():
        rows[table] = [mention_row(item, sentences, article.doc_id)
                       for item in getattr(doc._, extension) or []]
    for row in rows["casualties"]:
        row["field"] = "text"
    heading = title_claims(article, title)
    if heading:
        title_sentences = Sentences(title, article.title)
        for claim in heading:
            row = mention_row(claim, title_sentences, article.doc_id)
            row["field"] = "title"
            rows["casualties"].append(row)
    _locate_casualties(rows["casualties"], doc._.entity_mentions or [])
    rows["articles"] = [article_row(article, doc, heading)]
    rows["errors"] = [
        error_row(InputError(article.source_path, fault, article.source_line, "extract",
                             article.doc_id))
        for fault in doc._.faults or []
    ]
    return rows


def mention_row(item: Any, sentences: Sentences, doc_id: str) -> dict[str, Any]:
    row = row_of(item)
    row["sent_idx"], row["sentence"] = sentences.locate(item.start_char)
    row["doc_id"] = doc_id
    return row


def title_claims(article: Article, title: Doc | None) -> list[CasualtyClaim]:
    """The casualty claims of the article's title, in the title's own capitals."""
    if title is None or not article.title:
        return []
    return recased(title._.casualties or [], doc_text(title), article.title)


def row_of(item: Any) -> dict[str, Any]:
    """A mention's fields as a row (dataclasses.asdict deep-copies: slow, and not needed)."""
    return {name: list(value) if isinstance(value, list) else value
            for name, value in vars(item).items()}


def _locate_casualties(casualties: list[dict[str, Any]], mentions: list) -> None:
    """A claim's location is the place the entities stage resolved for the same name."""
    places = {fold(m.text): m for m in mentions if m.place_key}
    places.update({fold(m.canonical): m for m in mentions if m.place_key})
    for row in casualties:
        place = places.get(fold(row["location"] or ""))
        if place is not None:
            row["location_key"], row["location_region"] = place.place_key, place.place_region


def article_row(
    article: Article, doc: Doc, heading: list[CasualtyClaim] | None = None
) -> dict[str, Any]:
    """`heading`: the title's casualty claims, which the headline toll reads first."""
    tolls = headline_tolls(doc._.casualties or [], doc_text(doc), toll_words(doc.lang_),
                           heading or [], article.title or "")
    return {
        "doc_id": article.doc_id,
        "outlet": article.outlet,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "published_source": article.published_source,
        "language": article.language or "en",
        "n_words": n_words(doc),
        "text_sha256": article.text_sha256,
        "credits": article.credits,
        "source_path": article.source_path,
        "source_line": article.source_line,
        "toll_killed": tolls.get("killed"),
        "toll_injured": tolls.get("injured"),
        "toll_arrested": tolls.get("arrested"),
        "duplicate_of": None,
        "syndication_group": None,
        "text": article.text,
    }


def n_words(doc: Doc) -> int:
    """Tokens that are neither space nor punctuation, counted over the Doc's columns."""
    flags = doc.to_array([IS_SPACE, IS_PUNCT])
    return int(len(doc) - (flags[:, 0] | flags[:, 1]).astype(bool).sum())


def error_row(err: InputError) -> dict:
    return {
        "source_path": err.source,
        "source_line": err.line,
        "doc_id": err.doc_id,
        "stage": err.stage,
        "reason": err.reason,
    }
