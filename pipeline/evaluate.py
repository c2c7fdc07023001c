"""Scores extraction against hand-made gold fixtures: precision, recall and F1 per table.

Gold format (YAML; see README "Gold fixtures"): `documents:`, each with `id`, `text` or
`source` (relative to the gold file), optional `published`/`outlet`/`language`, and one
list of expected rows per scored table. A predicted row matches a gold row when every
field the gold row gives is equal; rows match one to one, except entities, which are
compared as sets of distinct rows per document, on the labels the gold annotates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from pipeline.config import TABLES, Config
from pipeline.errors import GoldError, InputError
from pipeline.extractor import Defaults, nlp_input, prepare_article
from pipeline.ingest.article import Article
from pipeline.ingest.fields import parse_published
from pipeline.ingest.text_file import read_text_file
from pipeline.nlp import cached_nlp
from pipeline.rows import doc_rows


@dataclass
class GoldDocument:
    id: str
    path: Path
    text: str
    published: date | None
    outlet: str | None
    language: str
    expected: dict[str, list[dict[str, Any]]]


@dataclass
class Score:
    matched_pred: int = 0
    n_pred: int = 0
    matched_gold: int = 0
    n_gold: int = 0
    misses: list[str] = field(default_factory=list)  # "doc: missing {...}" / "doc: extra {...}"

    @property
    def precision(self) -> float:
        return self.matched_pred / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_files(paths: Iterable[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml")))
        else:
            files.append(path)
    return files


def load_gold(path: Path) -> list[GoldDocument]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise GoldError(f"{path}: not valid YAML: {' '.join(str(err).split())}") from err
    if not isinstance(raw, dict) or not isinstance(raw.get("documents"), list):
        raise GoldError(f"{path}: expected a mapping with a 'documents' list")
    return [_gold_document(path, i, entry) for i, entry in enumerate(raw["documents"])]


def _gold_document(path: Path, index: int, entry: Any) -> GoldDocument:
    where = f"{path}: documents[{index}]"
    if not isinstance(entry, dict):
        raise GoldError(f"{where}: expected a mapping")
    if ("text" in entry) == ("source" in entry):
        raise GoldError(f"{where}: give exactly one of 'text' or 'source'")
    metadata: dict[str, Any] = {}
    if "source" in entry:
        source = (path.parent / str(entry["source"])).resolve()
        if not source.is_file():
            raise GoldError(f"{where}: source {source} not found")
        try:  # the same reader as `extract`: front matter is metadata, not text
            article = read_text_file(source)
        except InputError as err:
            raise GoldError(f"{where}: source {err}") from err
        text = article.text
        metadata = {"published": article.published, "outlet": article.outlet,
                    "language": article.language}
    else:
        text = str(entry["text"])
    expected = {}
    for table in TABLES:
        rows = entry.get(table)
        if rows is None:
            continue
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise GoldError(f"{where}: {table} must be a list of mappings")
        expected[table] = rows
    known = {"id", "text", "source", "published", "outlet", "language", *TABLES}
    unknown = sorted(set(entry) - known)
    if unknown:
        raise GoldError(f"{where}: unknown key {unknown[0]!r}; expected one of {sorted(known)}")
    return GoldDocument(
        id=str(entry.get("id", index)),
        path=path,
        text=text,
        published=parse_published(entry.get("published"), str(path), None)
        or metadata.get("published"),
        outlet=entry.get("outlet") or metadata.get("outlet"),
        language=str(entry.get("language") or metadata.get("language") or "en"),
        expected=expected,
    )


def predict(gold: GoldDocument, config: Config) -> dict[str, list[dict[str, Any]]]:
    """Run the same steps as `newsclaims extract` on one gold document."""
    article = Article(
        text=gold.text,
        source_path=str(gold.path),
        outlet=gold.outlet,
        published=gold.published,
        published_source="metadata" if gold.published else "none",
        language=gold.language,
    )
    article = prepare_article(article, Defaults(language=gold.language), config)
    nlp = cached_nlp(config, article.language or "en")
    doc = nlp(nlp_input(article, nlp, config.max_chars))
    return doc_rows(article, doc)


def evaluate(files: Iterable[Path], config: Config) -> dict[str, Score]:
    scores = {table: Score() for table in TABLES}
    for path in files:
        for gold in load_gold(path):
            predicted = predict(gold, config)
            for table, expected in gold.expected.items():
                score_rows(scores[table], f"{path.name}#{gold.id}", table, expected,
                           predicted[table])
    return {t: s for t, s in scores.items() if s.n_gold or s.n_pred}


def score_rows(
    score: Score, label: str, table: str, gold: list[dict], predicted: list[dict]
) -> None:
    if table == "entities":
        fields = sorted({k for row in gold for k in row}) or ["canonical", "label"]
        # Only the labels the gold annotates are scored (a gold of people and
        # organisations does not penalize places).
        labels = {_norm(r["label"]) for r in gold if "label" in r}
        if labels:
            predicted = [r for r in predicted if _norm(r.get("label")) in labels]
        gold_set = {tuple(_norm(r.get(f)) for f in fields) for r in gold}
        pred_set = {tuple(_norm(r.get(f)) for f in fields) for r in predicted}
        hits = gold_set & pred_set
        score.n_gold += len(gold_set)
        score.n_pred += len(pred_set)
        score.matched_gold += len(hits)
        score.matched_pred += len(hits)
        for kind, rows in (("missing", gold_set - hits), ("extra", pred_set - hits)):
            score.misses += [f"{label}: {kind} {dict(zip(fields, r, strict=True))}" for r in rows]
        return
    free = list(range(len(predicted)))
    # Most specific gold rows first, so a loose row does not take a specific row's match.
    for row in sorted(gold, key=len, reverse=True):
        match = next((i for i in free if _matches(row, predicted[i])), None)
        if match is None:
            score.misses.append(f"{label}: missing {row}")
        else:
            free.remove(match)
            score.matched_gold += 1
    score.matched_pred += len(predicted) - len(free)
    score.n_gold += len(gold)
    score.n_pred += len(predicted)
    keys = sorted({k for row in gold for k in row})
    for i in free:
        shown = {k: predicted[i].get(k) for k in keys} if keys else predicted[i]
        score.misses.append(f"{label}: extra {shown}")


def _matches(gold_row: dict[str, Any], predicted: dict[str, Any]) -> bool:
    return all(_norm(value) == _norm(predicted.get(key)) for key, value in gold_row.items())


def _norm(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip().casefold()


def format_scores(scores: dict[str, Score], thresholds: dict[str, float]) -> str:
    lines = [f"{'table':<12}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}{'min':>7}"]
    for table, s in scores.items():
        floor = f"{thresholds[table]:.2f}" if table in thresholds else "-"
        flag = "  BELOW" if table in thresholds and s.f1 < thresholds[table] else ""
        lines.append(
            f"{table:<12}{s.n_gold:>6}{s.n_pred:>6}{s.precision:>8.3f}{s.recall:>8.3f}"
            f"{s.f1:>8.3f}{floor:>7}{flag}"
        )
    return "\n".join(lines)
