"""Throughput against the floor, in one run on the same texts (issue: batch at scale).

The texts are the articles' headlines and bodies, as a user would parse them: the bare
runs parse every headline, `newsclaims extract` only those that name a casualty (up to the
casualty stage), and words/s counts the words of both. `--no-titles` leaves headlines out.

Rounds alternate between the measurements so a busy shared machine slows all alike; the
best round of each is kept. Model loading is excluded everywhere.

- floor: bare `nlp.pipe` of our pipeline (model + newsclaims components), same batch size
- end to end: `newsclaims extract` from JSONL to every Parquet table, one process
- end to end with `--n-process 2`
- the full default model alone (`spacy.load`, every component, no newsclaims stages)
- startup of `newsclaims --help`

    .venv/bin/python benchmarks/throughput.py --articles 1000 --rounds 2
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from synthetic import write_corpus  # noqa: E402

from pipeline.config import load_config  # noqa: E402
from pipeline.nlp import cached_nlp, load_model  # noqa: E402
from pipeline.run import extract  # noqa: E402


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--sentences", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-titles", action="store_true",
                        help="articles without headlines: bodies only, everywhere")
    args = parser.parse_args()
    config = load_config()
    ours = cached_nlp(config, "en")
    default = load_model(config.languages["en"])
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "c.jsonl", args.articles, args.sentences,
                              titles=not args.no_titles)
        lines = corpus.read_text(encoding="utf-8").splitlines()
        articles = [json.loads(line) for line in lines]
        texts = [a["title"] for a in articles if "title" in a] + [a["text"] for a in articles]
        words = sum(len(t.split()) for t in texts)

        def floor() -> None:
            docs = (ours.make_doc(t) for t in texts)
            for doc in ours.pipe(docs, batch_size=config.batch_size):
                doc._.published = date(2023, 1, 10)

        def model_alone() -> None:
            for _ in default.pipe(texts, batch_size=config.batch_size):
                pass

        def end_to_end(n_process: int) -> None:
            out = Path(tmp) / "out"
            extract([corpus], out, config, n_process=n_process, show_progress=False)
            shutil.rmtree(out)

        best: dict[str, float] = {}
        for _ in range(args.rounds):
            for name, action in (("floor", floor), ("e2e", lambda: end_to_end(1)),
                                 ("e2e2", lambda: end_to_end(2)), ("model", model_alone)):
                best[name] = min(best.get(name, float("inf")), timed(action))
    help_seconds = min(
        timed(lambda: subprocess.run([str(REPO / ".venv" / "bin" / "newsclaims"), "--help"],
                                     check=True, capture_output=True))
        for _ in range(5)
    )
    rate = {name: words / seconds for name, seconds in best.items()}
    print(f"CPU: {cpu_name()} ({len(__import__('os').sched_getaffinity(0))} cores)")
    kind = "articles without headlines" if args.no_titles else "articles"
    print(f"{args.articles} {kind}, {words:,} words, best of {args.rounds} rounds\n")
    print("| measurement | seconds | words/s | ratio |")
    print("|---|---|---|---|")
    rows = [
        ("bare nlp.pipe, our pipeline (floor)", "floor", rate["floor"] / rate["floor"]),
        ("newsclaims extract, 1 process", "e2e", rate["e2e"] / rate["floor"]),
        ("newsclaims extract, --n-process 2", "e2e2", rate["e2e2"] / rate["e2e"]),
        ("bare nlp.pipe, full default model alone", "model", rate["e2e"] / rate["model"]),
    ]
    for label, key, ratio in rows:
        print(f"| {label} | {best[key]:.1f} | {rate[key]:,.0f} | {ratio:.2f} |")
    print("\nratios: end to end / floor; --n-process 2 / 1 process; end to end / model alone")
    print(f"`newsclaims --help` startup: {help_seconds:.2f} s")


if __name__ == "__main__":
    main()
