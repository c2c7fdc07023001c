"""Proof that newsclaims_morphology gives what the model's attribute_ruler + lemmatizer
give: every token's POS, TAG, MORPH and LEMMA (and the parse and entities around them)
compared between the stock model and the model with the replacement, same texts, same
order. Texts: the shipped corpora (each language with its model) and, when present, the
external benchmark texts (read here, never copied into the project).

    .venv/bin/python benchmarks/check_morphology.py [--gva 500] [--tempeval]

Exits 1 when any token differs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from pipeline.config import load_config  # noqa: E402
from pipeline.ingest import Article, read_inputs  # noqa: E402
from pipeline.ingest.language import detect_language  # noqa: E402
from pipeline.morphology import replace_stock_morphology  # noqa: E402
from pipeline.nlp import load_model  # noqa: E402

SHARED = REPO.parent / "shared" / "benchmarks"  # ../shared beside the checkout
ATTRS = {"POS": POS, "TAG": TAG, "MORPH": MORPH, "LEMMA": LEMMA, "DEP": DEP, "HEAD": HEAD,
         "ENT_IOB": ENT_IOB, "ENT_TYPE": ENT_TYPE}


def corpus_texts(language: str) -> list[str]:
    texts = []
    for item in read_inputs([REPO / "corpora"]):
        if isinstance(item, Article):
            found = item.language or detect_language(item.text, ("en", "es"))
            if found == language:
                texts.append(item.text)
    return texts


def gva_texts(limit: int) -> Iterator[str]:
    path = SHARED / "semeval2018-task5-gva" / "documents.jsonl"
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if n >= limit:
                return
            yield json.loads(line)["text"]


def tempeval_texts() -> Iterator[str]:
    folder = SHARED / "tempeval3" / "te3-platinum-input"
    for path in sorted(folder.glob("*.TE3input")) if folder.is_dir() else []:
        raw = path.read_text(encoding="utf-8")
        body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
        yield re.sub(r"<[^>]+>", "", body.group(1) if body else raw)


def compare(model: str, texts: list[str]) -> tuple[int, dict[str, int], list[str]]:
    """(tokens compared, differences per attribute, a few examples)."""
    stock = load_model(model)
    fast = load_model(model)
    if not replace_stock_morphology(fast):
        raise SystemExit(f"{model}: newsclaims_morphology cannot replace its components")
    tokens, diffs, examples = 0, dict.fromkeys(ATTRS, 0), []
    ids = list(ATTRS.values())
    for a, b in zip(stock.pipe(texts, batch_size=64), fast.pipe(texts, batch_size=64),
                    strict=True):
        left, right = a.to_array(ids), b.to_array(ids)
        tokens += len(a)
        for col, name in enumerate(ATTRS):
            bad = np.nonzero(left[:, col] != right[:, col])[0] if len(a) else []
            diffs[name] += len(bad)
            for i in bad[: 3 - len(examples)]:
                t, u = a[int(i)], b[int(i)]
                examples.append(f"{name} {t.text!r}: stock {t.pos_}/{t.morph}/{t.lemma_}, "
                                f"fast {u.pos_}/{u.morph}/{u.lemma_}")
    return tokens, diffs, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gva", type=int, default=500, help="GVA documents to compare")
    parser.add_argument("--tempeval", action="store_true", help="also TempEval-3 platinum")
    args = parser.parse_args()
    config = load_config()
    sets = [(lang, f"corpora ({lang})", corpus_texts(lang)) for lang in config.languages]
    external = list(gva_texts(args.gva)) + (list(tempeval_texts()) if args.tempeval else [])
    if external:
        sets.append(("en", f"external benchmark texts ({len(external)} docs)", external))
    failed = False
    for lang, label, texts in sets:
        tokens, diffs, examples = compare(config.languages[lang], texts)
        total = sum(diffs.values())
        failed |= total > 0
        print(f"{label}: {len(texts)} docs, {tokens:,} tokens, differences: "
              + ", ".join(f"{k} {v}" for k, v in diffs.items()))
        for line in examples:
            print("   ", line)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
