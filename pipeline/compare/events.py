"""Event terms: how each outlet names the events themselves (coup, self-coup, attempted
coup, constitutional succession), counted from the article text with the lexicon in
models/events.yaml. A term inside quotation marks ("so-called “self-coup”") is counted as
quoted: the outlet mentions the word without adopting it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa
import spacy
import yaml
from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from pipeline.compare.schema import COMPARE_SCHEMAS

QUOTES = "\"“”«»‘’'"
# A sentence ends at . ! ? (or a closing quote after one) before a capital, but not after
# "Dec." or "U.S.": "on Dec. 7 the U.S. said. Then" splits once.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z]{2}\.)(?<!\b[A-Z]\.)(?<=[.!?\"”])\s+"
                           r"(?=[A-Z\"“¿¡«])")


@lru_cache(maxsize=4)
def load_terms(models_dir: str) -> dict[str, tuple[str, str]]:
    """term (lowercase) -> (event, frame), from models_dir/events.yaml."""
    raw = yaml.safe_load((Path(models_dir) / "events.yaml").read_text(encoding="utf-8"))
    return {
        str(term).lower(): (event, frame)
        for event, spec in raw.items()
        for frame, terms in spec["frames"].items()
        for term in terms
    }


def event_terms(articles: pd.DataFrame, models_dir: str) -> pd.DataFrame:
    terms = load_terms(models_dir)
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for term, pattern in zip(terms, nlp.tokenizer.pipe(terms), strict=True):
        matcher.add(term, [pattern])  # the span's label is the lexicon's term
    groups: dict[tuple, dict] = {}
    for row in articles.itertuples(index=False):
        doc = nlp.make_doc(row.text)
        starts = _sentence_starts(row.text)
        for span in filter_spans(matcher(doc, as_spans=True)):
            term = span.label_
            event, frame = terms[term]
            group = groups.setdefault((event, frame, term, row.outlet), {
                "n_mentions": 0, "docs": set(), "n_quoted": 0,
                "example_doc_id": row.doc_id,
                "example_sentence": _sentence(row.text, starts, span.start_char),
            })
            group["n_mentions"] += 1
            group["docs"].add(row.doc_id)
            group["n_quoted"] += int(_quoted(row.text, span.start_char, span.end_char))
    rows = [
        {"event": event, "frame": frame, "term": term, "outlet": outlet,
         "n_mentions": g["n_mentions"], "n_articles": len(g["docs"]), "n_quoted": g["n_quoted"],
         "example_doc_id": g["example_doc_id"], "example_sentence": g["example_sentence"]}
        for (event, frame, term, outlet), g in groups.items()
    ]
    rows.sort(key=lambda r: (r["event"], r["frame"], r["outlet"], r["term"]))
    return pa.Table.from_pylist(rows, schema=COMPARE_SCHEMAS["event_terms"]).to_pandas()


def _quoted(text: str, start: int, end: int) -> bool:
    """'the so-called “self-coup”': the term sits right inside quotation marks."""
    before = text[max(start - 1, 0):start]
    after = text[end:end + 1]
    return bool(before) and before in QUOTES and bool(after) and after in QUOTES


def _sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def _sentence(text: str, starts: list[int], offset: int) -> str:
    i = bisect_right(starts, offset) - 1
    end = starts[i + 1] if i + 1 < len(starts) else len(text)
    return " ".join(text[starts[i]:end].split())
