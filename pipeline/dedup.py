"""Syndication: wire copy reprinted by many sites is one report, not many.

Exact duplicates share a text hash; near-duplicates (the same story with a new headline,
a dateline or a trimmed last paragraph) are found with MinHash over word 5-shingles and
LSH, and confirmed when the estimated Jaccard similarity is at least THRESHOLD. Each
group's original is its earliest article (then the smallest doc_id), so the marking does
not depend on the order in which workers finished: `duplicate_of` points at it and
`syndication_group` is its doc_id for every member.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from datasketch import MinHash, MinHashLSH

from pipeline.output import OutputFolder
from pipeline.schema import SCHEMAS

THRESHOLD = 0.6
NUM_PERM = 64
SHINGLE = 5
_WORD = re.compile(r"\w+")


def signature(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))}
    template = _template()  # drawing the permutations costs more than hashing an article
    minhash = MinHash(num_perm=NUM_PERM, seed=1, permutations=template.permutations,
                      scheme=template.scheme)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1)


def find_groups(articles: Iterable[dict]) -> dict[str, str]:
    """doc_id -> the doc_id of its group's original, for every article in a group of 2+.

    Texts are read once and dropped: only hashes and signatures stay in memory.
    """
    records = sorted(
        (row["doc_id"], row["text_sha256"], row["published"], signature(row["text"]))
        for row in articles
    )  # sorted by doc_id: the same groups whatever order the parts were written in
    parent = {doc: doc for doc, *_ in records}

    def root(doc: str) -> str:
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_hash: dict[str, str] = {}
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    signatures: dict[str, MinHash] = {}
    for doc, sha, _, sig in records:
        if sha in by_hash:
            join(doc, by_hash[sha])
            continue
        by_hash[sha] = doc
        for other in lsh.query(sig):
            if sig.jaccard(signatures[other]) >= THRESHOLD:
                join(doc, other)
        lsh.insert(doc, sig)
        signatures[doc] = sig

    members: dict[str, list[tuple[str, date | None]]] = {}
    for doc, _, published, _ in records:
        members.setdefault(root(doc), []).append((doc, published))
    originals: dict[str, str] = {}
    for group in members.values():
        if len(group) > 1:
            first = min(group, key=lambda m: (m[1] or date.max, m[0]))[0]
            originals.update({doc: first for doc, _ in group})
    return originals


def mark_duplicates(folder: OutputFolder) -> int:
    """Set duplicate_of / syndication_group in the staged articles parts; count duplicates."""
    columns = ["doc_id", "text_sha256", "text", "published"]
    originals = find_groups(folder.read_columns("articles", columns))
    if originals:
        for part in folder.parts("articles", staged=True):
            _rewrite(part, originals)
    return sum(1 for doc, first in originals.items() if doc != first)


def _rewrite(part: Path, originals: dict[str, str]) -> None:
    table = pq.read_table(part, schema=SCHEMAS["articles"])
    ids = table.column("doc_id").to_pylist()
    group = [originals.get(doc) for doc in ids]
    duplicate = [g if g != doc else None for doc, g in zip(ids, group, strict=True)]
    table = table.set_column(
        table.schema.get_field_index("duplicate_of"), SCHEMAS["articles"].field("duplicate_of"),
        pa.array(duplicate, pa.string()),
    ).set_column(
        table.schema.get_field_index("syndication_group"),
        SCHEMAS["articles"].field("syndication_group"), pa.array(group, pa.string()),
    )
    tmp = part.with_suffix(".tmp")
    pq.write_table(table, tmp, compression="zstd")
    tmp.replace(part)
