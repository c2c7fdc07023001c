"""Score the demands stage against gold fixtures (until `newsclaims eval` covers it).

Usage:  .venv/bin/python benchmarks/demands_score.py tests/fixtures/demands/dev.yaml [-v]

Matching follows the gold format: a predicted row matches a gold row when every field the
gold row gives is equal; rows are matched one to one. Three views are reported:
  type      rows projected on demand_type
  type+key  rows projected on (demand_type, target_key); a gold row without target_key
            expects none (stricter than the format's "omitted = not scored")
  full      every field the gold row gives (the `newsclaims eval` rule)
"""

from __future__ import annotations

import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

import yaml

from pipeline.config import load_config
from pipeline.nlp import annotate, build_nlp


def load_docs(path: Path) -> list[dict]:
    docs = yaml.safe_load(path.read_text(encoding="utf-8"))["documents"]
    for doc in docs:
        if "source" in doc:
            doc["text"] = (path.parent / doc["source"]).read_text(encoding="utf-8")
    return [d for d in docs if "demands" in d]


def equal(gold: object, pred: object) -> bool:
    if isinstance(gold, str) and isinstance(pred, str):
        return gold.strip() == pred.strip()
    return gold == pred


def match(gold: list[dict], pred: list[dict], fields: list[str] | None) -> int:
    """Greedy one-to-one matching; fields=None means every field the gold row gives."""
    used: set[int] = set()
    hits = 0
    for row in gold:
        keys = fields if fields is not None else list(row)
        for i, cand in enumerate(pred):
            if i not in used and all(equal(row.get(k), cand.get(k)) for k in keys):
                used.add(i)
                hits += 1
                break
    return hits


def prf(hits_p: int, n_pred: int, hits_g: int, n_gold: int) -> tuple[float, float, float]:
    p = hits_p / n_pred if n_pred else 1.0
    r = hits_g / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    paths = [Path(a) for a in argv if not a.startswith("-")]
    nlp = build_nlp(load_config(), "en")
    views = {"type": ["demand_type"], "type+key": ["demand_type", "target_key"], "full": None}
    totals = {v: [0, 0] for v in views}
    n_gold = n_pred = 0
    for path in paths:
        for doc in load_docs(path):
            published = doc.get("published")
            published = published if isinstance(published, date) else date(2023, 1, 10)
            out = annotate(nlp, doc["text"], published)
            pred = [asdict(d) for d in out._.demands]
            gold = doc["demands"] or []
            n_gold += len(gold)
            n_pred += len(pred)
            for view, fields in views.items():
                totals[view][0] += match(gold, pred, fields)
            full_hits = match(gold, pred, None)
            key_hits = match(gold, pred, views["type+key"])
            if verbose and (min(full_hits, key_hits) != len(gold) or len(pred) != len(gold)):
                print(f"--- {path.name}:{doc['id']}: {doc['text'][:150]!r}")
                for g in gold:
                    print("   gold", g)
                for p in pred:
                    keep = ("demand_type", "target_key", "kind", "actor", "rejected_by",
                            "demand_text")
                    print("   pred", {k: p[k] for k in keep})
    print(f"documents: {', '.join(str(p) for p in paths)}  gold rows {n_gold}, "
          f"predicted rows {n_pred}")
    for view in views:
        hits = totals[view][0]
        p, r, f = prf(hits, n_pred, hits, n_gold)
        print(f"  {view:9} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
