"""Peak memory does not grow with the corpus: `newsclaims extract` on N and 10N articles.

Each run is a separate process; its peak RSS comes from the kernel (ru_maxrss).

    .venv/bin/python benchmarks/memory.py --articles 1000 10000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_corpus  # noqa: E402


def peak_rss_mb(command: list[str]) -> tuple[float, float]:
    """Run `command` in a fresh child (via a wrapper, so ru_maxrss is its own)."""
    wrapper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
        "stdout=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    started = time.monotonic()
    out = subprocess.run([sys.executable, "-c", wrapper, *command], check=True,
                         capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--sentences", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'articles':>9} {'peak RSS MB':>12} {'seconds':>8}")
        results = []
        for n in args.articles:
            corpus = write_corpus(Path(tmp) / f"c{n}.jsonl", n, args.sentences)
            command = [sys.executable, "-m", "pipeline.cli", "extract", str(corpus),
                       "-o", str(Path(tmp) / f"out{n}")]
            rss, seconds = peak_rss_mb(command)
            results.append(rss)
            print(f"{n:>9} {rss:>12.1f} {seconds:>8.1f}", flush=True)
        growth = (results[-1] - results[0]) / results[0] * 100
        print(f"peak RSS growth from {args.articles[0]} to {args.articles[-1]} articles: "
              f"{growth:+.1f}%")


if __name__ == "__main__":
    main()
