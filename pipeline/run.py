"""Batch orchestration: inputs -> Articles -> nlp.pipe -> rows -> staged Parquet -> manifest."""

from __future__ import annotations

import hashlib
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from tqdm import tqdm

import pipeline
from pipeline import errors
from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.ingest import Article, check_paths, read_inputs
from pipeline.ingest.credits import blank_out, find_credits, load_credit_rules
from pipeline.nlp import cached_nlp
from pipeline.normalize.published import infer_published
from pipeline.rows import doc_rows, error_row
from pipeline.schema import SCHEMA_VERSION
from pipeline.sink import RunSink, prepare_output


@dataclass(frozen=True)
class Defaults:
    """Metadata that fills what an article's own metadata lacks (CLI --outlet etc.)."""

    outlet: str | None = None
    published: date | None = None
    language: str = "en"


def prepare_article(article: Article, defaults: Defaults, models_dir: str) -> Article:
    """Fill missing metadata, infer a missing publication date, set credits aside."""
    article.outlet = article.outlet or defaults.outlet
    article.language = article.language or defaults.language
    if article.published is None and defaults.published is not None:
        article.published, article.published_source = defaults.published, "metadata"
    if article.published is None:
        inferred = infer_published(article.text)
        if inferred is not None:
            article.published, article.published_source = inferred, "inferred"
    article.credit_spans = find_credits(article.text, load_credit_rules(models_dir))
    article.credits = [article.text[a:b].strip() for a, b in article.credit_spans]
    return article


def nlp_input(article: Article, nlp: Language) -> Doc:
    """The Doc the components see: credit lines blanked, publication date attached."""
    doc = nlp.make_doc(blank_out(article.text, article.credit_spans))
    doc._.published = article.published
    return doc


def extract(
    inputs: list[str | Path],
    out: str | Path,
    config: Config,
    defaults: Defaults = Defaults(),
    overwrite: bool = False,
    n_process: int | None = None,
    show_progress: bool | None = None,
) -> dict[str, Any]:
    """Run the whole batch; returns the manifest written to OUT/_manifest.json."""
    paths = check_paths(inputs)
    out = Path(out)
    prepare_output(out, overwrite)
    out.mkdir(parents=True, exist_ok=True)
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8]
    sink = RunSink(out, run_id, config.row_group_size)
    started = time.monotonic()
    load_seconds = 0.0
    counts = {"articles_in": 0, "words": 0}
    progress = tqdm(
        desc="articles",
        unit="doc",
        disable=not (sys.stderr.isatty() if show_progress is None else show_progress),
    )
    try:
        for language in config.languages:
            loading = time.monotonic()
            nlp = cached_nlp(config, language)
            load_seconds += time.monotonic() - loading
            stream = _articles(paths, language, defaults, config, sink)
            tuples = ((nlp_input(a, nlp), a) for a in stream)
            processes = n_process or config.n_process
            for doc, article in nlp.pipe(
                tuples, as_tuples=True, batch_size=config.batch_size, n_process=processes
            ):
                rows = doc_rows(article, doc)
                for table, table_rows in rows.items():
                    sink.write(table, table_rows)
                counts["articles_in"] += 1
                counts["words"] += rows["articles"][0]["n_words"]
                progress.update(1)
    except BaseException:
        sink.abort()
        raise
    finally:
        progress.close()
    timings = _timings(time.monotonic() - started, load_seconds, counts["words"], sink.counts())
    manifest = _manifest(run_id, paths, config, sink.counts(), timings, counts["words"])
    sink.finish(manifest)
    return manifest


def _articles(
    paths: list[Path], language: str, defaults: Defaults, config: Config, sink: RunSink
) -> Iterator[Article]:
    """The articles of one language (one pass per language, so each pass streams).

    Ingest and language errors are recorded in the first language's pass only.
    """
    models_dir = str(config.models_dir)
    first_pass = language == next(iter(config.languages))
    for item in read_inputs(paths):
        if isinstance(item, InputError):
            if first_pass:
                sink.write("errors", [error_row(item, stage="ingest")])
            continue
        article = prepare_article(item, defaults, models_dir)
        if article.language == language:
            yield article
        elif first_pass and article.language not in config.languages:
            reason = errors.NO_PIPELINE.format(
                language=article.language, configured=sorted(config.languages)
            )
            err = InputError(article.source_path, reason, article.source_line)
            sink.write("errors", [error_row(err, article.doc_id, stage="language")])


def _manifest(
    run_id: str,
    paths: list[Path],
    config: Config,
    counts: dict[str, int],
    timings: dict[str, float | None],
    words: int,
) -> dict[str, Any]:
    config_bytes = Path(config.source).read_bytes() if Path(config.source).is_file() else b""
    return {
        "run_id": run_id,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema_version": SCHEMA_VERSION,
        "versions": {
            "newsclaims": pipeline.__version__,
            "spacy": spacy.__version__,
            "models": {lang: _model_version(name) for lang, name in config.languages.items()},
        },
        "config": config.source,
        "config_sha256": hashlib.sha256(config_bytes).hexdigest(),
        "inputs": [str(p) for p in paths],
        "counts": counts,
        "timings": timings,
        "words": words,
    }


def _timings(
    wall: float, load: float, words: int, counts: dict[str, int]
) -> dict[str, float | None]:
    """Throughput is over processing time: model loading is a fixed cost, reported apart."""
    busy = wall - load
    return {
        "wall_seconds": round(wall, 3),
        "model_load_seconds": round(load, 3),
        "process_seconds": round(busy, 3),
        "articles_per_second": round(counts["articles"] / busy, 3) if busy > 0 else None,
        "words_per_second": round(words / busy, 1) if busy > 0 else None,
    }


def _model_version(name: str) -> str:
    try:
        meta = spacy.info(name)  # reads the installed package's meta without loading it
        return f"{name} {meta.get('version', '?')}"
    except Exception:  # noqa: BLE001 - a path or an unusual package: name it without a version
        return name
