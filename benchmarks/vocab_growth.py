"""What a long run over real news adds to spaCy's vocabulary, with and without memory zones.

Synthetic articles (benchmarks/memory.py) reuse a small vocabulary; real news does not:
every new name, number and typo becomes a string and a lexeme that spaCy keeps for the
life of the process, so a week-long run grows without end. `newsclaims extract` parses
each chunk inside `nlp.memory_zone()`, which frees them when the chunk is written. This
script parses real articles (the GVA benchmark's documents, from ../shared) in chunks,
once plainly and once with a zone per chunk, each in a fresh process, and prints the
vocabulary size and RSS after each checkpoint.

    .venv/bin/python benchmarks/vocab_growth.py --docs 2000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from contextlib import nullcontext
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOCUMENTS = REPO.parent / "shared" / "benchmarks" / "semeval2018-task5-gva" / "documents.jsonl"
CHUNK = 250  # articles per memory zone, about a production chunk


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


def measure(path: Path, n_docs: int, zones: bool) -> None:
    """Parse the first n_docs texts; print one JSON line per checkpoint."""
    sys.path.insert(0, str(REPO))
    from pipeline.config import load_config
    from pipeline.nlp import cached_nlp

    config = load_config()
    nlp = cached_nlp(config, "en")
    with path.open(encoding="utf-8") as lines:
        texts = [t[: config.max_chars] for line in lines
                 if (t := json.loads(line).get("text"))][:n_docs]
    for start in range(0, len(texts), CHUNK):
        with nlp.memory_zone() if zones else nullcontext():
            for _ in nlp.pipe(texts[start : start + CHUNK], batch_size=64):
                pass
        print(json.dumps({"docs": start + CHUNK, "strings": len(nlp.vocab.strings),
                          "lexemes": len(nlp.vocab), "rss_mb": round(rss_mb(), 1)}),
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--documents", type=Path, default=DOCUMENTS)
    parser.add_argument("--measure", choices=["plain", "zones"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.documents, args.docs, args.measure == "zones")
        return
    if not args.documents.exists():
        sys.exit(f"{args.documents}: not found (it comes with ../shared/benchmarks)")
    results = {}
    for mode in ("plain", "zones"):
        out = subprocess.run([sys.executable, __file__, "--docs", str(args.docs),
                              "--documents", str(args.documents), "--measure", mode],
                             check=True, capture_output=True, text=True).stdout
        results[mode] = [json.loads(line) for line in out.splitlines()]
    print("| articles | strings, plain | strings, zones | RSS plain MB | RSS zones MB |")
    print("|---|---|---|---|---|")
    for plain, zoned in zip(results["plain"], results["zones"], strict=True):
        print(f"| {plain['docs']:,} | {plain['strings']:,} | {zoned['strings']:,} "
              f"| {plain['rss_mb']} | {zoned['rss_mb']} |")


if __name__ == "__main__":
    main()
