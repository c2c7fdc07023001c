"""Where the pipeline's time goes, stage by stage, on the shipped corpus (or any folder).

Every document is run component by component and each component is timed, so the share
of each newsclaims stage (dates, casualties, ...) can be read against the model's own.

    .venv/bin/python benchmarks/profile_stages.py [corpora] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.config import load_config  # noqa: E402
from pipeline.extractor import Defaults, nlp_input, prepare_article  # noqa: E402
from pipeline.ingest import Article, read_inputs  # noqa: E402
from pipeline.nlp import COMPONENTS, cached_nlp  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="*", default=[str(REPO / "corpora")])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    config = load_config()
    nlp = cached_nlp(config, "en")
    articles = [prepare_article(a, Defaults(), config)
                for a in read_inputs(map(Path, args.inputs))
                if isinstance(a, Article) and (a.language or "en") == "en"]
    for article in articles:  # one untimed pass: one-time costs (dateparser's time-zone
        nlp(nlp_input(article, nlp, config.max_chars))  # table, first lemmas) are not per-article
    times = dict.fromkeys(nlp.pipe_names, 0.0)
    for _ in range(args.repeat):
        for article in articles:
            doc = nlp_input(article, nlp, config.max_chars)
            for name, proc in nlp.pipeline:
                started = time.perf_counter()
                doc = proc(doc)
                times[name] += time.perf_counter() - started
    total = sum(times.values())
    words = sum(len(a.text.split()) for a in articles) * args.repeat
    print(f"{len(articles)} English articles x {args.repeat}, {words:,} words, {total:.2f} s")
    for name, seconds in times.items():
        print(f"  {name:24s} {seconds:7.2f} s  {seconds / total * 100:5.1f}%")
    ours = sum(t for n, t in times.items() if n in COMPONENTS)
    print(f"  {'the model':24s} {total - ours:7.2f} s  {(total - ours) / total * 100:5.1f}%"
          "  (newsclaims_morphology stands in for its attribute_ruler + lemmatizer)")
    print(f"  {'all newsclaims stages':24s} {ours:7.2f} s  {ours / total * 100:5.1f}%")


if __name__ == "__main__":
    main()
