"""Readers: metadata, front matter, JSONL, folders, and one clear error per bad document."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.ingest import Article, check_paths, read_inputs
from pipeline.ingest.article import make_doc_id


def _read(paths: list[Path]) -> list[Article | InputError]:
    return list(read_inputs(paths))


def test_ingest_txt_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "---\noutlet: Andina\nurl: https://example.org/a\npublished: 2023-01-10\n---\nBody text.\n",
        encoding="utf-8",
    )
    [article] = _read([path])
    assert isinstance(article, Article)
    assert (article.outlet, article.url, article.published) == (
        "Andina", "https://example.org/a", date(2023, 1, 10)
    )
    assert article.published_source == "metadata"
    assert article.text == "Body text.\n"
    assert article.doc_id == make_doc_id("Andina", "https://example.org/a", "ignored")


def test_ingest_plain_txt_has_no_metadata(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Just prose.", encoding="utf-8")
    [article] = _read([path])
    assert article.published is None and article.published_source == "none"
    assert article.doc_id == make_doc_id(None, None, "Just   prose.")  # whitespace-normalized


def test_ingest_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"outlet": "EFE", "published": "2023-01-09", "text": "First."}),
        "{not json",
        json.dumps({"outlet": "EFE"}),
        json.dumps(["a list"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Second.", "published": "9 January"}),
        "",
        json.dumps({"text": "Third.", "author": "ignored extra field"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read([path])
    problems = [(i.line, i.reason) for i in items if isinstance(i, InputError)]
    assert problems == [
        (2, "invalid JSON: Expecting property name enclosed in double quotes"),
        (3, "missing 'text' field"),
        (4, "expected a JSON object with a 'text' field, got list"),
        (5, "empty article text"),
        (6, "field 'published' must be a date YYYY-MM-DD, got '9 January'"),
    ]
    good = [i for i in items if isinstance(i, Article)]
    assert [(a.text, a.source_line) for a in good] == [("First.", 1), ("Third.", 8)]


def test_ingest_non_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Line one\nPer\xfa\n".encode("latin-1"))
    [err] = _read([path])
    assert isinstance(err, InputError)
    assert str(err) == f"{path}:2: not valid UTF-8 (byte 12): re-encode the file as UTF-8"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty file: no article text"),
        ("---\noutlet: X\n---\n\n", "empty article text"),
        ("---\npublisher: X\n---\nText", "unknown field 'publisher'; expected one of"),
        ("---\npublished: tomorrow\n---\nText", "field 'published' must be a date"),
        ("---\n- a\n- b\n---\nText", "front matter must be a mapping"),
        ("---\nkey: [unclosed\n---\nText", "front matter is not valid YAML"),
    ],
)
def test_ingest_bad_txt(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    [err] = _read([path])
    assert isinstance(err, InputError)
    assert err.reason.startswith(message)
    assert str(err).startswith(str(path))


def test_ingest_front_matter_is_loaded_safely(tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_text("---\noutlet: !!python/object/apply:os.system ['true']\n---\nText", "utf-8")
    [err] = _read([path])
    assert isinstance(err, InputError)
    assert "not valid YAML" in err.reason


def test_ingest_folder_walk(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("skipped", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("skipped", encoding="utf-8")
    texts = [a.text for a in _read([tmp_path])]
    assert texts == ["B.", "A."]


def test_ingest_named_file_of_unknown_type(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF")
    [err] = _read([path])
    assert err.reason.startswith("unsupported file type '.pdf'; expected .txt, .jsonl")


def test_ingest_missing_path_fails_fast(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        check_paths([tmp_path / "missing.txt"])
