"""Per-language data files: models/<lang>/<name>.yaml, read once per process.

Every component reads its word lists through here, keyed by the pipeline's language
(`nlp.lang`), so a Spanish pipeline gets models/es/dates.yaml and an English one
models/en/dates.yaml with the same code. A missing file is a configuration error that
names the file, not a silent fall-back to English.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import ConfigError

DEFAULT_MODELS_DIR = Path(__file__).resolve().parent.parent / "models"


def lexicon_path(models_dir: str | Path | None, lang: str, name: str) -> Path:
    """models_dir/<lang>/<name>.yaml ('es', 'dates' -> models/es/dates.yaml)."""
    path = Path(models_dir or DEFAULT_MODELS_DIR) / lang / f"{name}.yaml"
    if not path.is_file():
        raise ConfigError(
            f"{path}: {name} lexicon not found; a pipeline for {lang!r} needs "
            f"models/{lang}/{name}.yaml")
    return path


@lru_cache(maxsize=64)
def load_lexicon_data(models_dir: str | None, lang: str, name: str) -> dict[str, Any]:
    """The parsed YAML mapping of models_dir/<lang>/<name>.yaml (cached; do not mutate)."""
    path = lexicon_path(models_dir, lang, name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: not valid YAML: {' '.join(str(err).split())}") from err
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of sections")
    return data
