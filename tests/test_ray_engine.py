"""The Ray engine gives exactly the local engine's rows (a local Ray with 2 CPUs)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipeline.config import load_config
from pipeline.run import extract
from pipeline.schema import TABLES
from tests.test_run import _small_chunk_config, _synthetic

ray = pytest.importorskip("ray")


def _rows(out: Path) -> dict[str, list[str]]:
    return {t: sorted(map(repr, ds.dataset(out / t, format="parquet").to_table().to_pylist()))
            for t in TABLES}


def test_ray_engine_equals_local(tmp_path: Path, nlp) -> None:
    config = load_config(_small_chunk_config(tmp_path))
    inputs = _synthetic(tmp_path / "some.jsonl", 30)
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    extract([inputs, tmp_path / "bad.jsonl"], tmp_path / "local", config)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        manifest = extract([inputs, tmp_path / "bad.jsonl"], tmp_path / "ray", config,
                           engine="ray")
    finally:
        ray.shutdown()
    assert manifest["last_run"]["engine"] == "ray"
    assert manifest["counts"]["articles"] == 30 and manifest["counts"]["errors"] == 1
    assert _rows(tmp_path / "ray") == _rows(tmp_path / "local")
    assert not (tmp_path / "ray" / ".staging").exists()
