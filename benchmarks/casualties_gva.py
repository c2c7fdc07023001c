"""Headline tolls against the Gun Violence Archive (SemEval-2018 Task 5 document pool).

Runs the newsclaims pipeline over every GVA-linked news article (publication date = the
document's dct), applies pipeline.toll.headline_tolls, and scores toll_killed and
toll_injured against GVA's incident counts (a null toll counts as 0): exact match, within
+-1, and a 0/1/2/3+ confusion table. Gold is per incident, not per article (see the data
README's caveats): an article written before a victim died legitimately disagrees.

Titles are read as in production (pipeline.extractor.parse_titles: the title as its own
Doc, its claims read as the article's first paragraph); `--titles none` scores the body
alone, `--titles prepend` the body with the title prepended as a first paragraph.

Documents whose md5 doc_id starts with 0-3 are the development subset (rules were tuned
on them); the rest are held out and reported separately.

Example:
    .venv/bin/python benchmarks/casualties_gva.py --limit 300
    .venv/bin/python benchmarks/casualties_gva.py --subset dev --errors /tmp/dev-errors.jsonl
    .venv/bin/python benchmarks/casualties_gva.py --gold PATH/documents.jsonl --batch-size 64
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.casualties.titles import recased  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.extensions import doc_text  # noqa: E402
from pipeline.extractor import parse_titles  # noqa: E402
from pipeline.nlp import build_nlp  # noqa: E402
from pipeline.toll import headline_tolls  # noqa: E402
from pipeline.types import CasualtyClaim  # noqa: E402

DEFAULT_GOLD = REPO.parent / "shared" / "benchmarks" / "semeval2018-task5-gva" / "documents.jsonl"
DEV_PREFIXES = tuple("0123")
# Only the casualty stage and what it reads are needed to score tolls.
UNUSED_COMPONENTS = ("newsclaims_entities", "newsclaims_demands")
BUCKETS = ("0", "1", "2", "3+")


def in_subset(doc_id: str, subset: str) -> bool:
    """"dev" (doc_id 0-3*), "heldout" (4-f*) or "all"."""
    if subset == "all":
        return True
    return doc_id.startswith(DEV_PREFIXES) == (subset == "dev")


def load_gold(path: Path, limit: int | None = None, subset: str = "all") -> list[dict]:
    """Documents of the subset with text and gold counts, in file order (first `limit`)."""
    if not path.is_file():
        sys.exit(
            f"gold file not found: {path}\n"
            "expected ../shared/benchmarks/semeval2018-task5-gva/documents.jsonl next to the "
            "repository, or pass --gold PATH"
        )
    docs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if not record["text"].strip() or record["gold_num_killed"] is None:
                continue
            if not in_subset(record["doc_id"], subset):
                continue
            docs.append(record)
            if limit is not None and len(docs) >= limit:
                break
    return docs


TITLES = ("field", "none", "prepend")
CHUNK = 512  # records whose titles are parsed together, as the extractor does per chunk


def article_text(record: dict, titles: str) -> str:
    """The text the pipeline reads: the body, or (prepend) the title as its first paragraph."""
    return f"{record['title']}\n\n{record['text']}" if titles == "prepend" else record["text"]


def run_claims(
    records: list[dict], batch_size: int, titles: str
) -> Iterator[tuple[list[CasualtyClaim], list[CasualtyClaim]]]:
    """Each record's (text claims, title claims), from nlp.pipe in batches, in this process:
    spaCy's own worker processes cannot carry Doc._.published (a date) to the components."""
    nlp = build_nlp(load_config(), "en")
    for at in range(0, len(records), CHUNK):
        chunk = records[at: at + CHUNK]
        heads = [None] * len(chunk)
        if titles == "field":
            heads = parse_titles(
                nlp, [(r["title"], date.fromisoformat(r["dct"])) for r in chunk], batch_size)

        def docs(chunk: list[dict] = chunk) -> Iterable:
            for record in chunk:
                doc = nlp.make_doc(article_text(record, titles))
                doc._.published = date.fromisoformat(record["dct"])
                yield doc

        with nlp.select_pipes(disable=[n for n in UNUSED_COMPONENTS if n in nlp.pipe_names]):
            bodies = nlp.pipe(docs(), batch_size=batch_size)
            for record, doc, head in zip(chunk, bodies, heads, strict=True):
                head_claims = [] if head is None else recased(
                    head._.casualties or [], doc_text(head), record["title"])
                yield doc._.casualties, head_claims


def bucket(n: int) -> str:
    return "3+" if n >= 3 else str(n)


def score(pairs: list[tuple[int, int]]) -> dict:
    """pairs: (predicted, gold). Exact and +-1 accuracy, and a bucket confusion table."""
    total = len(pairs) or 1
    return {
        "n": len(pairs),
        "exact": sum(p == g for p, g in pairs) / total,
        "within1": sum(abs(p - g) <= 1 for p, g in pairs) / total,
        "confusion": Counter((bucket(g), bucket(p)) for p, g in pairs),
    }


def report(name: str, rows: list[dict]) -> None:
    print(f"\n== {name}: {len(rows)} documents")
    for kind in ("killed", "injured"):
        result = score([(r[f"toll_{kind}"] or 0, r[f"gold_{kind}"]) for r in rows])
        print(f"  toll_{kind}: exact {result['exact']:.3f}  within+-1 {result['within1']:.3f}")
        print("    gold\\pred " + " ".join(f"{b:>6}" for b in BUCKETS))
        for gold in BUCKETS:
            cells = " ".join(f"{result['confusion'][(gold, p)]:>6}" for p in BUCKETS)
            print(f"    {gold:>9} {cells}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="documents.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="first N scored documents")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--titles", choices=TITLES, default="field",
                        help="field: titles read as in production (default); none: the body "
                             "alone; prepend: the title prepended to the body")
    parser.add_argument("--subset", choices=("dev", "heldout", "all"), default="all",
                        help="dev: doc_id 0-3* (tune here); heldout: the rest; all: both")
    parser.add_argument("--errors", type=Path, default=None,
                        help="write mismatching documents (doc_id, tolls, gold) as JSONL")
    args = parser.parse_args(argv)

    records = load_gold(args.gold, args.limit, args.subset)
    started = time.perf_counter()
    rows = []
    claims_per_doc = run_claims(records, args.batch_size, args.titles)
    for record, (claims, title_claims) in zip(records, claims_per_doc, strict=True):
        tolls = headline_tolls(claims, article_text(record, args.titles),
                               title_claims=title_claims, title=record["title"] or "")
        rows.append({
            "doc_id": record["doc_id"],
            "dev": record["doc_id"].startswith(DEV_PREFIXES),
            "toll_killed": tolls["killed"],
            "toll_injured": tolls["injured"],
            "gold_killed": record["gold_num_killed"],
            "gold_injured": record["gold_num_injured"],
        })
    elapsed = time.perf_counter() - started
    n_chars = sum(len(r["text"]) for r in records)
    print(f"{len(rows)} documents, {n_chars / 1e6:.1f}M chars in {elapsed:.0f}s "
          f"({len(rows) / elapsed:.1f} docs/s, batch {args.batch_size}, "
          f"titles {args.titles})")
    if args.subset == "all":
        report("all", rows)
    if args.subset in ("all", "dev"):
        report("dev (doc_id 0-3*)", [r for r in rows if r["dev"]])
    if args.subset in ("all", "heldout"):
        report("held-out (doc_id 4-f*)", [r for r in rows if not r["dev"]])
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as out:
            for r in rows:
                if (r["toll_killed"] or 0, r["toll_injured"] or 0) != (
                    r["gold_killed"], r["gold_injured"]
                ):
                    out.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
