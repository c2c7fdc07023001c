"""TempEval-3 Task A (temporal expressions) figures for the dates stage.

Runs the pipeline on each gold document with its DCT as the publication date and prints,
per split, extent precision/recall/F1 (strict = same characters, relaxed = any overlap),
type F1 and value F1 (attribute accuracy over relaxed matches x relaxed F1), as the
TempEval-3 scorer defines them. Develop on TimeBank and AQUAINT; te3-platinum is held out.

Two notations differ from TimeML 1.2 and name the same value: newsclaims writes a decade
as "199X" (TimeML: "199") and counts durations in decades/centuries ("P3DE", "P2CE";
TimeBank: "P30Y", "P200Y"). "value F1" compares values after mapping these notations;
"exact val F1" compares the strings as the TempEval-3 scorer does.

Example:
    .venv/bin/python benchmarks/tempeval3.py                 # every split
    .venv/bin/python benchmarks/tempeval3.py --split TimeBank --limit 20 --errors /tmp/e.txt
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO.parent / "shared" / "benchmarks" / "tempeval3" / "timex3_gold.jsonl"
SPLITS = ("TimeBank", "AQUAINT", "te3-platinum")
OUR_STAGES = ("newsclaims_entities", "newsclaims_casualties", "newsclaims_demands")


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    exact_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, gold: list[dict], pred: list, text: str, doc_id: str) -> None:
        self.gold += len(gold)
        self.pred += len(pred)
        spans = {(g["start"], g["end"]) for g in gold}
        self.strict += sum((p.start_char, p.end_char) in spans for p in pred)
        used: set[int] = set()
        matched_gold: set[int] = set()
        for gi, g in enumerate(gold):
            best = None
            for pi, p in enumerate(pred):
                if pi in used or p.end_char <= g["start"] or p.start_char >= g["end"]:
                    continue
                overlap = min(p.end_char, g["end"]) - max(p.start_char, g["start"])
                if best is None or overlap > best[0]:
                    best = (overlap, pi)
            if best is None:
                self.errors.append(f"{doc_id}\tMISSED\t{g['text']!r}\t{g['type']}\t{g['value']}"
                                   f"\t{_context(text, g['start'], g['end'])}")
                continue
            used.add(best[1])
            matched_gold.add(gi)
            p = pred[best[1]]
            self.relaxed += 1
            self.type_ok += p.timex_type == g["type"]
            self.value_ok += timeml_value(p.value) == timeml_value(g["value"])
            self.exact_ok += p.value == g["value"]
            if (p.text, p.timex_type, p.value) != (g["text"], g["type"], g["value"]):
                self.errors.append(
                    f"{doc_id}\tDIFF\t{g['text']!r}->{p.text!r}\t{g['type']}->{p.timex_type}\t"
                    f"{g['value']}->{p.value}\t{_context(text, g['start'], g['end'])}")
        for pi, p in enumerate(pred):
            if pi not in used:
                self.errors.append(f"{doc_id}\tSPURIOUS\t{p.text!r}\t{p.timex_type}\t{p.value}"
                                   f"\t{_context(text, p.start_char, p.end_char)}")

    def figures(self) -> dict[str, float]:
        def f1(tp_p: int, tp_r: int) -> tuple[float, float, float]:
            p = tp_p / self.pred if self.pred else 0.0
            r = tp_r / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        sp, sr, sf = f1(self.strict, self.strict)
        rp, rr, rf = f1(self.relaxed, self.relaxed)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        exact_acc = self.exact_ok / self.relaxed if self.relaxed else 0.0
        return {"strict P": sp, "strict R": sr, "strict F1": sf, "relaxed P": rp,
                "relaxed R": rr, "relaxed F1": rf, "type F1": rf * type_acc,
                "value F1": rf * value_acc, "exact val F1": rf * exact_acc}


_DECADE = re.compile(r"(\d{3})X")  # 199X -> 199
_BIG_UNITS = re.compile(r"P(\d+)(DE|CE)")  # P3DE -> P30Y, P2CE -> P200Y


def timeml_value(value: str) -> str:
    """A value in TimeML 1.2's notation for decades and long durations."""
    if m := _DECADE.fullmatch(value):
        return m[1]
    if m := _BIG_UNITS.fullmatch(value):
        return f"P{int(m[1]) * (10 if m[2] == 'DE' else 100)}Y"
    return value


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 50):start] + "[" + text[start:end] + "]"
            + text[end:end + 30]).replace("\n", " ")


def load_gold(path: Path, splits: set[str], limit: int | None) -> list[dict]:
    docs, per_split = [], defaultdict(int)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if doc["split"] not in splits:
                continue
            if limit is not None and per_split[doc["split"]] >= limit:
                continue
            per_split[doc["split"]] += 1
            docs.append(doc)
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="timex3_gold.jsonl")
    parser.add_argument("--split", action="append", choices=SPLITS,
                        help="repeatable; default: every split")
    parser.add_argument("--limit", type=int, default=None, help="documents per split")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--full", action="store_true",
                        help="run every newsclaims component (default: model + dates only)")
    parser.add_argument("--errors", type=Path, default=None,
                        help="write misses, spurious and wrong values here (dev splits only)")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        sys.exit(f"gold file not found: {args.gold} (expected ../shared/benchmarks/tempeval3/"
                 "timex3_gold.jsonl beside the repo; give --gold PATH)")

    sys.path.insert(0, str(REPO))
    from pipeline.components import dates as dates_component
    from pipeline.config import load_config
    from pipeline.nlp import build_nlp
    from pipeline.normalize.dates import get_normalizer
    from pipeline.normalize.timex.absolute import dateparse

    splits = set(args.split or SPLITS)
    docs = load_gold(args.gold, splits, args.limit)
    nlp = build_nlp(load_config(), "en")
    disabled = [] if args.full else [n for n in OUR_STAGES if n in nlp.pipe_names]

    def make(doc: dict):
        spacy_doc = nlp.make_doc(doc["text"])
        spacy_doc._.published = date.fromisoformat(doc["dct"][:10])
        return spacy_doc

    with nlp.select_pipes(disable=disabled):
        started = time.perf_counter()
        out = list(nlp.pipe((make(d) for d in docs), batch_size=args.batch_size))
        total = time.perf_counter() - started
    # Time the dates stage alone on the same parsed docs, caches emptied first.
    for cached in (get_normalizer().normalize, dateparse):
        cached.cache_clear()
    stage = nlp.get_pipe("newsclaims_dates")
    started = time.perf_counter()
    for doc in out:
        stage(doc)
    dates_time = time.perf_counter() - started
    _ = dates_component

    tallies: dict[str, Tally] = defaultdict(Tally)
    for gold_doc, doc in zip(docs, out, strict=True):
        tallies[gold_doc["split"]].add(gold_doc["timexes"], doc._.dates, gold_doc["text"],
                                       gold_doc["doc_id"])
    columns = ["strict P", "strict R", "strict F1", "relaxed P", "relaxed R", "relaxed F1",
               "type F1", "value F1", "exact val F1"]
    print(f"{'split':<14}{'docs':>5}{'gold':>6}{'pred':>6}"
          + "".join(f"{c:>13}" for c in columns))
    for split in SPLITS:
        if split not in tallies:
            continue
        tally = tallies[split]
        n_docs = sum(d["split"] == split for d in docs)
        figs = tally.figures()
        print(f"{split:<14}{n_docs:>5}{tally.gold:>6}{tally.pred:>6}"
              + "".join(f"{100 * figs[c]:>13.2f}" for c in columns))
    scope = "all components" if args.full else "model + dates"
    print(f"\n{len(docs)} docs; pipeline {total:.1f}s ({scope}); dates stage alone "
          f"{dates_time:.2f}s = {100 * dates_time / total:.1f}% of it")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as handle:
            for split, tally in tallies.items():
                if split == "te3-platinum":
                    continue  # held out: never look at its errors while tuning
                handle.write("\n".join(tally.errors) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
