"""The CLI: thin commands, every one with help, library errors as one clear line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", sorted(main.commands))
def test_cli_every_command_has_help_with_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output or command == "schema" and "schema" in result.output


def test_cli_schema_prints_every_table(runner: CliRunner) -> None:
    result = runner.invoke(main, ["schema", "--json"])
    assert result.exit_code == 0
    tables = json.loads(result.output)
    assert list(tables) == ["articles", "entities", "dates", "casualties", "demands", "errors"]
    assert {"name": "count_low", "type": "int64", "nullable": True} in tables["casualties"]


def test_cli_extract_missing_path(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(main, ["extract", str(missing), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output == f"Error: {missing}: no such file or folder\n"
    assert not (tmp_path / "out").exists()


def test_cli_extract_bad_config_key(runner: CliRunner, tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("batch_size: 8\nworkers: 2\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(
        main, ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"),
               "--config", str(config)],
    )
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {config}: workers: unknown key; expected one of")
    assert result.output.count("\n") == 1


def test_cli_extract_bad_published_option(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(
        main, ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"),
               "--published", "10/01/2023"],
    )
    assert result.exit_code == 2
    assert "expected a date YYYY-MM-DD, got '10/01/2023'" in result.output


def test_cli_extract_refuses_to_mix_runs(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "_manifest.json").write_text("{}")
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {out}: already holds a newsclaims run; pass --resume to add only new "
        "articles, --force to recompute everything, or choose another folder\n"
    )


def test_cli_eval_bad_gold_file(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text("documents:\n  - id: x\n", encoding="utf-8")
    result = runner.invoke(main, ["eval", str(gold)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {gold}: documents[0]: give exactly one of 'text' or 'source'\n"
    )
