"""Precision and recall of syndication marking on pairs built from the shipped corpus.

Positives: each article of corpora/peru-2022-2023 against reprints a syndicating site
would make (a dateline and a credit line added, the last paragraph cut, a few words
edited, all three together). Negatives: every pair of two different articles of the
corpus: the same events told by different outlets, the hard case for near-duplicates.

    .venv/bin/python benchmarks/dedup_pairs.py
"""

from __future__ import annotations

import hashlib
import itertools
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.dedup import find_groups  # noqa: E402
from pipeline.ingest import read_inputs  # noqa: E402


def reprints(text: str, rng: random.Random) -> list[str]:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]

    def edit(parts: list[str], n: int) -> list[str]:
        words = [(i, j) for i, p in enumerate(parts) for j in range(len(p.split()))]
        changed = [p.split() for p in parts]
        for i, j in rng.sample(words, n):
            changed[i][j] = rng.choice(["said", "the", "on", "Peru", "people", "reported"])
        return [" ".join(p) for p in changed]

    return [
        "LIMA (Syndicated) - " + text + "\n\nCopyright 2023. All rights reserved.",
        "\n\n".join(paragraphs[:-1]),
        "\n\n".join(edit(paragraphs, 5)),
        "PUNO, Peru - " + "\n\n".join(edit(paragraphs[:-1], 4)) + "\n\nMore to come.",
    ]


def row(doc_id: str, text: str) -> dict:
    return {"doc_id": doc_id, "text": text, "published": None,
            "text_sha256": hashlib.sha256(text.encode()).hexdigest()}


def main() -> None:
    articles = [a for a in read_inputs([REPO / "corpora" / "peru-2022-2023"]) if a.text]
    rng = random.Random(7)
    tp = fn = fp = tn = 0
    for index, article in enumerate(articles):
        for k, copy in enumerate(reprints(article.text, rng)):
            groups = find_groups([row(f"o{index}", article.text), row(f"r{index}-{k}", copy)])
            tp, fn = (tp + 1, fn) if groups else (tp, fn + 1)
    for (i, a), (j, b) in itertools.combinations(enumerate(articles), 2):
        groups = find_groups([row(f"a{i}", a.text), row(f"b{j}", b.text)])
        fp, tn = (fp + 1, tn) if groups else (fp, tn + 1)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"articles {len(articles)}: reprint pairs {tp + fn}, distinct pairs {fp + tn}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  "
          f"(true pos {tp}, false neg {fn}, false pos {fp}, true neg {tn})")


if __name__ == "__main__":
    main()
