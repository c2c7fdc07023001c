"""Syndication: exact and near-duplicate copies of one wire story form one group."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pyarrow.dataset as ds

from pipeline import dedup
from pipeline.config import Config
from pipeline.dedup import find_groups
from pipeline.output import OutputFolder
from pipeline.run import extract
from pipeline.sink import ChunkWriter

STORY = (
    "Police opened fire on protesters in the southern city of Juliaca on Monday, killing at "
    "least 17 people, the ombudsman's office said, in the deadliest day of the unrest that "
    "followed the removal of President Pedro Castillo. Hundreds of demonstrators had tried to "
    "take the city's airport. The health ministry said 68 people were injured, among them "
    "several police officers. Protesters demand the resignation of President Dina Boluarte, "
    "the closure of Congress and early elections."
)


def _row(doc_id: str, text: str, published: date | None = date(2023, 1, 10)) -> dict:
    return {"doc_id": doc_id, "text_sha256": str(hash(text)), "published": published,
            "text": text}


def test_dedup_groups_copies_and_keeps_distinct_stories_apart() -> None:
    rows = [
        _row("d", "JULIACA, Peru (Andean Wire) - " + STORY + " Reporting by A. Quispe."),
        _row("a", STORY, date(2023, 1, 11)),
        _row("b", STORY, date(2023, 1, 9)),  # the earliest copy is the group's original
        _row("c", STORY.replace("at least 17", "17").replace("Monday", "Jan. 9")),
        _row("x", "Copper output at Las Bambas fell by half in January as road blockades cut "
                  "the mine off from the port, the company said, adding that it expected to "
                  "resume normal shipments once the protests in the south ended."),
    ]
    groups = find_groups(rows)
    assert groups == {"a": "b", "b": "b", "c": "b", "d": "b"}


def test_dedup_marks_articles_in_out(tmp_path: Path, config: Config, nlp) -> None:
    inputs = tmp_path / "wire.jsonl"
    lines = [{"text": STORY, "outlet": f"Site {i}", "url": f"https://site{i}.example/x",
              "published": f"2023-01-1{i}"} for i in range(3)]
    lines.append({"text": "A different story about copper prices in Lima.", "outlet": "Z"})
    inputs.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    manifest = extract([inputs], tmp_path / "out", config)
    assert manifest["last_run"]["duplicates_in_out"] == 2
    rows = ds.dataset(tmp_path / "out" / "articles", format="parquet").to_table().to_pylist()
    marks = sorted((r["outlet"], r["duplicate_of"] is None, r["syndication_group"] is None)
                   for r in rows)
    assert marks == [("Site 0", True, False), ("Site 1", False, False),
                     ("Site 2", False, False), ("Z", True, True)]


def test_dedup_groups_do_not_depend_on_the_order_rows_arrive_in() -> None:
    rows = [_row(f"s{i}", STORY.replace("17", str(17 + i))) for i in range(6)]
    rows += [_row(f"t{i}", f"Story number {i} about roads, mines and ports in region {i}.")
             for i in range(6)]
    expected = find_groups(rows)
    assert set(expected) == {f"s{i}" for i in range(6)}
    assert find_groups(list(reversed(rows))) == expected
    assert find_groups(rows[::2] + rows[1::2]) == expected


def test_dedup_exact_copies_of_short_and_empty_texts_are_grouped() -> None:
    rows = [_row("a", "Boluarte resigns?"), _row("b", "Boluarte resigns?"),
            _row("c", ""), _row("d", ""), _row("e", "Boluarte stays.")]
    assert find_groups(rows) == {"a": "a", "b": "a", "c": "c", "d": "c"}


def _article(doc_id: str, text: str, published: date) -> dict:
    return {"doc_id": doc_id, "text": text, "published": published, "published_source": "x",
            "language": "en", "n_words": 1, "text_sha256": "x", "credits": [],
            "source_path": "x"}


def test_mark_duplicates_reads_parts_batch_by_batch(tmp_path: Path) -> None:
    """More articles than READ_BATCH, in two parts: copies across parts still group."""
    folder = OutputFolder(tmp_path / "out")
    n = dedup.READ_BATCH + 40
    for chunk, ids in (("w0-000000", range(0, n, 2)), ("w1-000000", range(1, n, 2))):
        writer = ChunkWriter(folder.staging, chunk, row_group_size=100)
        writer.write("articles", [
            _article(f"d{i:04d}", STORY if i % 100 == 0 else f"Unrelated note {i}.",
                     date(2023, 1, 1) + timedelta(days=i % 7))
            for i in ids])
        writer.commit()
    assert dedup.mark_duplicates(folder) == len(range(0, n, 100)) - 1
    rows = ds.dataset(folder.staging / "articles", format="parquet").to_table().to_pylist()
    marked = {r["doc_id"]: (r["duplicate_of"], r["syndication_group"]) for r in rows
              if r["syndication_group"]}
    assert marked == {f"d{i:04d}": (None if i == 0 else "d0000", "d0000")
                      for i in range(0, n, 100)}
