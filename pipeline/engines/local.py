"""The local engine: one process, or N worker processes each writing its own part files.

Workers get chunks of read (not yet prepared) articles through a bounded queue, so
reading never runs far ahead and memory stays flat, and they prepare the articles
themselves (language detection, publication date, credits): the main process only reads.
On Linux the workers are forked after the default language's pipeline is loaded, so
they share it instead of each loading the model and the gazetteer again; elsewhere they
are spawned and load it once each.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from pipeline.config import Config
from pipeline.errors import InputError, NewsclaimsError
from pipeline.extractor import ChunkProcessor
from pipeline.ingest import Article
from pipeline.ingest.language import reset_detector
from pipeline.progress import Progress

Item = Article | InputError
Prepare = Callable[[Item], Item | None]


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def prepared(chunk: list[Item], prepare: Prepare | None) -> list[Item]:
    if prepare is None:
        return chunk
    return [p for item in chunk if (p := prepare(item)) is not None]


def run_local(
    items: Iterable[Item], config: Config, staging: Path, run_id: str, n_process: int,
    progress: Progress, prepare: Prepare | None = None,
) -> None:
    """`prepare` (extractor.Preparer) is applied to every item where it is extracted;
    None: the items come prepared."""
    if n_process <= 1:
        processor = ChunkProcessor(config, staging, f"{run_id}-p00")
        for chunk in chunked(items, config.chunk_articles):
            if chunk := prepared(chunk, prepare):
                processor.process(chunk, lambda words: progress.update(1, words))
        return
    _run_workers(items, config, staging, run_id, n_process, progress, prepare)


def start_method() -> str:
    """fork where it is safe and available (Linux), so workers share the loaded model."""
    return "fork" if sys.platform == "linux" else "spawn"


def _run_workers(
    items: Iterable[Item], config: Config, staging: Path, run_id: str, n_process: int,
    progress: Progress, prepare: Prepare | None,
) -> None:
    method = start_method()
    context = mp.get_context(method)
    if method == "fork":
        from pipeline.nlp import cached_nlp

        cached_nlp(config, next(iter(config.languages), "en"))  # shared by every worker
    tasks = context.Queue(maxsize=2 * n_process)
    results = context.Queue()
    workers = [
        context.Process(target=_worker, args=(config, staging, f"{run_id}-p{i:02d}", tasks,
                                              results, prepare), daemon=True)
        for i in range(n_process)
    ]
    for worker in workers:
        worker.start()
    try:
        for chunk in chunked(items, config.chunk_articles):
            while True:
                _drain(results, progress)
                try:
                    tasks.put(chunk, timeout=0.5)
                    break
                except queue.Full:
                    _check_alive(workers)
        for _ in workers:
            tasks.put(None)
        finished = 0
        while finished < len(workers):
            try:
                finished += _handle(results.get(timeout=0.5), progress)
            except queue.Empty:
                _check_alive(workers)
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
            worker.join()


def _drain(results, progress: Progress) -> None:
    while True:
        try:
            _handle(results.get_nowait(), progress)
        except queue.Empty:
            return


def _handle(message: tuple, progress: Progress) -> int:
    kind, *payload = message
    if kind == "progress":
        progress.update(*payload)
    elif kind == "failed":
        raise NewsclaimsError(f"a worker process failed:\n{payload[0]}")
    return 1 if kind == "done" else 0


def _check_alive(workers: list) -> None:
    dead = [w for w in workers if w.exitcode not in (None, 0)]
    if dead:
        raise NewsclaimsError(f"a worker process died (exit code {dead[0].exitcode})")


def _worker(config: Config, staging: Path, worker_id: str, tasks, results,
            prepare: Prepare | None) -> None:
    try:
        reset_detector()
        processor = ChunkProcessor(config, staging, worker_id)
        while (chunk := tasks.get()) is not None:
            words: list[int] = []
            if chunk := prepared(chunk, prepare):
                processor.process(chunk, words.append)
            results.put(("progress", len(words), sum(words)))
        results.put(("done",))
    except BaseException:  # noqa: BLE001 - reported to the parent, which stops the run
        results.put(("failed", traceback.format_exc()))
