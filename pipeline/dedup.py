"""Syndication: wire copy reprinted by many sites is one report, not many.

Near-duplicates (the same story with a new headline, a dateline or a trimmed last
paragraph) and exact copies are found with MinHash over word 5-shingles (datasketch) and
banded LSH, and confirmed when the estimated Jaccard similarity is at least THRESHOLD; an
exact copy has the same signature, so it needs no separate pass. Each group's original is
its earliest article (then the smallest doc_id), so the marking does not depend on the
order in which workers finished: `duplicate_of` points at it and `syndication_group` is its
doc_id for every member.

Memory is the reason for the index below: a run over millions of articles keeps every
signature until the end. Signatures are rows of one uint32 array (256 bytes per article)
and each band is a column of hashes that is sorted to find candidates, instead of a MinHash
object and a set per band for each article (about 4 kB per article with datasketch's
MinHashLSH). Texts are read a few hundred at a time and dropped.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from datasketch import MinHash

from pipeline.output import OutputFolder
from pipeline.schema import SCHEMAS

THRESHOLD = 0.6
NUM_PERM = 64
BANDS, ROWS = 10, 6  # datasketch's optimum for THRESHOLD 0.6 and 64 permutations
SHINGLE = 5
READ_BATCH = 512  # articles whose texts are in memory at once
_WORD = re.compile(r"\w+")
_NO_DATE = date.max.toordinal()
_MIXERS = np.random.default_rng(1).integers(1, 2**63, SHINGLE + ROWS, dtype=np.uint64) | 1  # odd
_SHINGLE_MIXERS, _BAND_MIXERS = _MIXERS[:SHINGLE], _MIXERS[SHINGLE:]


def signature(text: str) -> np.ndarray:
    """The MinHash of the text's word 5-shingles: NUM_PERM uint32 values.

    A shingle is hashed from its words' CRC-32s (one C call per word, then numpy), which
    is several times faster than hashing each shingle's string; datasketch then applies
    its permutations (its affine32 scheme mixes the input bits first).
    """
    words = _WORD.findall(text.lower())
    hashes = np.zeros(max(len(words), SHINGLE), dtype=np.uint64)
    hashes[: len(words)] = [zlib.crc32(word.encode("utf-8")) for word in words]
    n = len(hashes) - SHINGLE + 1
    shingles = sum(hashes[i : i + n] * _SHINGLE_MIXERS[i] for i in range(SHINGLE))
    template = _template()  # drawing the permutations costs more than hashing an article
    minhash = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int,
                      permutations=template.permutations, scheme=template.scheme)
    minhash.update_batch(np.unique(shingles & np.uint64(0xFFFFFFFF)).tolist())
    return minhash.hashvalues


@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1)


class SyndicationIndex:
    """Every article's doc_id, publication day and signature, packed; groups at the end."""

    def __init__(self) -> None:
        self.doc_ids: list[str] = []
        self.days = array("i")  # publication date ordinals; date.max for none
        self.signatures = array("I")  # NUM_PERM values per article, row after row

    def add(self, doc_id: str, published: date | None, text: str) -> None:
        self.doc_ids.append(doc_id)
        self.days.append(published.toordinal() if published else _NO_DATE)
        self.signatures.frombytes(signature(text).astype(np.uint32).tobytes())

    def groups(self) -> dict[str, str]:
        """doc_id -> the doc_id of its group's original, for every article in a group of 2+."""
        matrix = np.frombuffer(self.signatures, dtype=np.uint32).reshape(-1, NUM_PERM)
        components = _Components(len(self.doc_ids))
        for band in range(BANDS):
            for members in _same_band_runs(matrix[:, band * ROWS : (band + 1) * ROWS]):
                _join_similar(members, matrix, components)
        originals: dict[str, str] = {}
        for group in components.groups():
            first = min(group, key=lambda i: (self.days[i], self.doc_ids[i]))
            originals.update({self.doc_ids[i]: self.doc_ids[first] for i in group})
        return originals


def _same_band_runs(band: np.ndarray) -> Iterable[np.ndarray]:
    """Indices of the articles that share this band's values, one array per run of 2+."""
    keys = (band.astype(np.uint64) * _BAND_MIXERS).sum(axis=1)  # a collision only costs a check
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1], True])
    for start, end in zip(starts[:-1], starts[1:], strict=True):
        if end - start > 1:
            yield order[start:end]


def _join_similar(members: np.ndarray, matrix: np.ndarray, components: _Components) -> None:
    """Join each candidate to the earlier ones whose estimated Jaccard passes THRESHOLD.

    A run whose members an earlier band already joined into one group is skipped: wire
    copy shares most bands, and without the skip each band would compare it all again.
    """
    if len({components.root(i) for i in members.tolist()}) == 1:
        return
    for k in range(1, len(members)):
        similar = (matrix[members[:k]] == matrix[members[k]]).mean(axis=1) >= THRESHOLD
        for other in members[:k][similar].tolist():
            components.join(int(members[k]), other)


class _Components:
    """Union-find over article positions; remembers which positions were ever joined."""

    def __init__(self, n: int) -> None:
        self.parent = array("q", range(n))
        self.joined: set[int] = set()

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
            self.joined.update((a, b))

    def groups(self) -> list[list[int]]:
        by_root: dict[int, list[int]] = {}
        for i in self.joined:
            by_root.setdefault(self.root(i), []).append(i)
        return list(by_root.values())


def find_groups(articles: Iterable[dict]) -> dict[str, str]:
    """doc_id -> its group's original, for rows with doc_id, published and text."""
    index = SyndicationIndex()
    for row in articles:
        index.add(row["doc_id"], row["published"], row["text"])
    return index.groups()


def mark_duplicates(folder: OutputFolder) -> int:
    """Set duplicate_of / syndication_group in the staged articles parts; count duplicates."""
    index = SyndicationIndex()
    for batch in folder.read_batches("articles", ["doc_id", "published", "text"], READ_BATCH):
        for doc_id, published, text in zip(*(c.to_pylist() for c in batch.columns),
                                            strict=True):
            index.add(doc_id, published, text)
    originals = index.groups()
    if originals:
        for part in folder.parts("articles", staged=True):
            _rewrite(part, originals)
    return sum(1 for doc, first in originals.items() if doc != first)


def _rewrite(part: Path, originals: dict[str, str]) -> None:
    """The part with its marks set, written row group by row group (a whole part holds
    a chunk's texts: tens of MB read at once)."""
    schema = SCHEMAS["articles"]
    duplicate_at = schema.get_field_index("duplicate_of")
    group_at = schema.get_field_index("syndication_group")
    tmp = part.with_suffix(".tmp")
    with pq.ParquetFile(part) as source, pq.ParquetWriter(tmp, schema,
                                                          compression="zstd") as target:
        for index in range(source.num_row_groups):
            table = source.read_row_group(index, use_threads=False)
            ids = table.column("doc_id").to_pylist()
            group = [originals.get(doc) for doc in ids]
            duplicate = [g if g != doc else None for doc, g in zip(ids, group, strict=True)]
            table = table.set_column(duplicate_at, schema.field(duplicate_at),
                                     pa.array(duplicate, pa.string()))
            table = table.set_column(group_at, schema.field(group_at),
                                     pa.array(group, pa.string()))
            target.write_table(table)
    tmp.replace(part)
