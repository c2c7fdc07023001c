"""The Ray engine: the same extraction on a Ray cluster, with Ray Data.

The driver reads the inputs once and stages the prepared articles as Parquet shards in
OUT/.staging/.input/ (so OUT must be on storage every node sees, as for any Ray job
writing files). A Ray Dataset of shard paths feeds an actor pool: each actor loads the
model once, reads a shard (Arrow), writes its own part files (one committed chunk per
shard) and returns only a small Arrow summary. Neither Docs nor the model travel between processes.

Point it at a cluster with `--address ray://HEAD:10001` (or `auto` on a cluster node);
without one, a local Ray is started.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.config import Config
from pipeline.engines.local import chunked
from pipeline.errors import InputError, NewsclaimsError
from pipeline.extractor import ChunkProcessor
from pipeline.ingest import Article
from pipeline.progress import Progress
from pipeline.rows import error_row
from pipeline.sink import ChunkWriter

INPUT_SCHEMA = pa.schema([
    ("doc_id", pa.string()), ("text", pa.string()), ("source_path", pa.string()),
    ("source_line", pa.int32()), ("outlet", pa.string()), ("url", pa.string()),
    ("title", pa.string()), ("published", pa.date32()), ("published_source", pa.string()),
    ("language", pa.string()), ("credits", pa.list_(pa.string())),
    ("credit_spans", pa.list_(pa.list_(pa.int32()))),
])


def article_to_row(article: Article) -> dict[str, Any]:
    return {field.name: getattr(article, field.name) for field in INPUT_SCHEMA}


def row_to_article(row: dict[str, Any]) -> Article:
    row = dict(row)
    row["credit_spans"] = [tuple(span) for span in row["credit_spans"] or []]
    published = row["published"]
    row["published"] = published if isinstance(published, date | None) else published.date()
    return Article(**row)


class ExtractActor:
    """One per worker: loads the model once, writes a committed chunk per batch."""

    def __init__(self, config: Config, staging: str, run_id: str) -> None:
        self.processor = ChunkProcessor(config, Path(staging), f"{run_id}-r{uuid.uuid4().hex[:6]}")

    def __call__(self, batch: pa.Table) -> pa.Table:
        words: list[int] = []
        for shard in batch.column("shard").to_pylist():
            rows = pq.read_table(shard, schema=INPUT_SCHEMA).to_pylist()
            self.processor.process([row_to_article(row) for row in rows], words.append)
        return pa.table({"articles": [len(words)], "words": [sum(words)]})


def stage_inputs(
    items: Iterable[Article | InputError], config: Config, staging: Path, run_id: str
) -> Path:
    """Write prepared articles as input shards; ingest errors go to a driver chunk."""
    shards = staging / ".input"
    shutil.rmtree(shards, ignore_errors=True)
    shards.mkdir(parents=True)
    errors = ChunkWriter(staging, f"{run_id}-driver", config.row_group_size)
    try:
        for number, chunk in enumerate(chunked(items, config.chunk_articles)):
            articles = [a for a in chunk if isinstance(a, Article)]
            errors.write("errors", [error_row(e) for e in chunk if isinstance(e, InputError)])
            if articles:
                rows = [article_to_row(a) for a in articles]
                table = pa.Table.from_pylist(rows, schema=INPUT_SCHEMA)
                pq.write_table(table, shards / f"shard-{number:06d}.parquet")
    except BaseException:
        errors.abort()
        raise
    errors.commit()
    return shards


def run_ray(
    items: Iterable[Article | InputError], config: Config, staging: Path, run_id: str,
    address: str | None, progress: Progress, n_actors: int | None = None,
) -> None:
    try:
        import ray
    except ImportError as err:
        raise NewsclaimsError(
            "the Ray engine needs Ray: pip install 'newsclaims[ray]'"
        ) from err
    shards = stage_inputs(items, config, staging, run_id)
    if not any(shards.iterdir()):
        shutil.rmtree(shards)
        return
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, include_dashboard=False, log_to_driver=False,
                 configure_logging=False)
    try:
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        actors = n_actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        # Items are shard paths: each actor reads its shard itself, so no read tasks
        # compete with the actors for CPUs.
        shard_paths = [{"shard": str(p)} for p in sorted(shards.glob("shard-*.parquet"))]
        dataset = ray.data.from_items(shard_paths).map_batches(
            ExtractActor,
            fn_constructor_args=(config, str(staging), run_id),
            batch_size=1,
            batch_format="pyarrow",
            concurrency=actors,
            num_cpus=1,
        )
        for summary in dataset.iter_batches(batch_format="pyarrow", batch_size=None):
            for row in summary.to_pylist():
                progress.update(row["articles"], row["words"])
    finally:
        if started_here:
            ray.shutdown()
        shutil.rmtree(shards, ignore_errors=True)
