"""Reads HTML pages: main text, title, date and site name via trafilatura.

The page's own date fills `published` (published_source = html); the site name fills
`outlet` when the page names one.
"""

from __future__ import annotations

from pathlib import Path

from pipeline import errors
from pipeline.errors import InputError
from pipeline.ingest.article import Article
from pipeline.ingest.fields import parse_published


def read_html_file(path: Path) -> Article:
    return article_from_html(path.read_bytes(), str(path))


def article_from_html(
    html: bytes | str, source: str, url: str | None = None, line: int | None = None
) -> Article:
    import trafilatura  # imported here: heavy, and only HTML and WARC inputs need it

    page = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_recall=True)
    if page is None or not (page.text or "").strip():
        raise InputError(source, errors.NO_HTML_TEXT, line)
    text = page.text
    title = (page.title or "").strip() or None
    if title and text.startswith(title + "\n"):  # the headline repeated as the first line
        text = text[len(title) + 1 :]
    try:
        published = parse_published(page.date, source, line)
    except InputError:
        published = None  # an unparseable page date is no date, not a bad document
    return Article(
        text=text,
        source_path=source,
        source_line=line,
        outlet=(page.sitename or "").strip() or None,
        url=url or page.url,
        title=title,
        published=published,
        published_source="html" if published else "none",
    )
