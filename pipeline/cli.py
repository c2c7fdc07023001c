"""The `newsclaims` command: thin wrappers that validate options and call the library."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from pipeline.errors import NewsclaimsError


def _config_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="config.yaml to use (default: the project's config.yaml).",
    )(command)


def _library_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the library's own exceptions into one readable line and exit code 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except NewsclaimsError as err:
            raise click.ClickException(str(err)) from err

    return wrapper


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"expected a date YYYY-MM-DD, got {value!r}") from err


@click.group()
@click.version_option(package_name="newsclaims")
def main() -> None:
    """Extract comparable claims from news articles into Parquet."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=click.Path(path_type=Path),
              help="Output folder (one Parquet dataset per table).")
@_config_option
@click.option("--outlet", help="Outlet name for articles whose metadata has none.")
@click.option("--published", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for articles whose metadata has none.")
@click.option("--language", default=None,
              help="Language for articles whose metadata has none (default: detect it).")
@click.option("--resume", is_flag=True,
              help="Add to OUT: skip articles already there (same doc_id and text), "
                   "finish a killed run.")
@click.option("--force", "--overwrite", "force", is_flag=True,
              help="Recompute everything, replacing the run in OUT.")
@click.option("--n-process", type=click.IntRange(min=1), default=None,
              help="Worker processes, each writing its own part files (default: config).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local",
              show_default=True,
              help="Run here, or on a Ray cluster (pip install 'newsclaims[ray]').")
@click.option("--address", default=None,
              help="Ray cluster address (default: start a local Ray).")
@_library_errors
def extract(
    inputs: tuple[str, ...],
    out: Path,
    config_path: Path | None,
    outlet: str | None,
    published: date | None,
    language: str | None,
    resume: bool,
    force: bool,
    n_process: int | None,
    engine: str,
    address: str | None,
) -> None:
    """Read articles and write OUT/{articles,entities,dates,casualties,demands,errors}/
    plus OUT/_manifest.json.

    INPUTS are .txt files (optional YAML front matter), .jsonl (one article per line),
    .html/.htm pages, .warc/.warc.gz crawls, folders and glob patterns of them, or - for
    JSONL on standard input.

    Example:

        newsclaims extract corpora -o out --published 2023-01-10
        newsclaims extract 'crawl/*.warc.gz' -o out --resume --n-process 2
    """
    from pipeline.config import load_config
    from pipeline.run import Defaults
    from pipeline.run import extract as run_extract

    if resume and force:
        raise click.UsageError("--resume and --force exclude each other")
    config = load_config(config_path)
    defaults = Defaults(outlet=outlet, published=published, language=language)
    mode = "resume" if resume else "force" if force else "new"
    manifest = run_extract(list(inputs), out, config, defaults, mode, n_process, engine, address)
    counts, last = manifest["counts"], manifest["last_run"]
    timings = last["timings"]
    click.echo(
        f"{last['articles_added']} articles added ({last['articles_already_done']} already "
        f"done, {last['duplicates_in_out']} duplicates); OUT holds {counts['articles']} "
        "articles, "
        + ", ".join(f"{counts[t]} {t}" for t in ("entities", "dates", "casualties", "demands"))
        + f", {counts['errors']} errors; {timings['wall_seconds']:.1f}s, "
        f"{timings['words_per_second'] or 0:,.0f} words/s -> {out}"
    )


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def schema(as_json: bool) -> None:
    """Print every output table's schema.

    Example:

        newsclaims schema
    """
    from pipeline.schema import SCHEMAS, describe

    if as_json:
        tables = {
            name: [{"name": f.name, "type": str(f.type), "nullable": f.nullable} for f in s]
            for name, s in SCHEMAS.items()
        }
        click.echo(json.dumps(tables, indent=2))
    else:
        click.echo(describe())


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_config_option
@click.option("--min-f1", type=click.FloatRange(0, 1), default=None,
              help="One threshold for every table (default: config eval.min_f1).")
@click.option("--details", is_flag=True, help="Also list every missing and extra row.")
@_library_errors
def evaluate_command(
    gold: tuple[Path, ...], config_path: Path | None, min_f1: float | None, details: bool
) -> None:
    """Score extraction against gold fixtures; exit 1 when a table's F1 is below threshold.

    Example:

        newsclaims eval tests/fixtures/gold/
    """
    from pipeline.config import load_config
    from pipeline.evaluate import evaluate, format_scores, gold_files

    config = load_config(config_path)
    scores = evaluate(gold_files(gold), config)
    thresholds = {t: min_f1 for t in scores} if min_f1 is not None else config.min_f1
    click.echo(format_scores(scores, thresholds))
    if details:
        for table, score in scores.items():
            for miss in score.misses:
                click.echo(f"{table}  {miss}")
    failing = [t for t, s in scores.items() if t in thresholds and s.f1 < thresholds[t]]
    if failing:
        raise click.ClickException("below threshold: " + ", ".join(failing))


@main.command(name="compare")
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--report-dir", type=click.Path(path_type=Path), default=None,
              help="Folder for the tables and the report (default: OUT-compare beside OUT).")
@_config_option
@_library_errors
def compare_command(out: Path, report_dir: Path | None, config_path: Path | None) -> None:
    """Compare outlets in a run: toll, framing, event-term and coverage tables (Parquet)
    and a static HTML report (REPORT_DIR/index.html, one page per article).

    Example:

        newsclaims compare out -o report
    """
    from pipeline.compare import compare
    from pipeline.config import load_config

    summary = compare(out, report_dir, load_config(config_path).models_dir)
    rows = ", ".join(f"{n} {t}" for t, n in summary["rows"].items())
    click.echo(f"{rows}; {summary['disagreements']} toll keys where outlets disagree "
               f"-> {summary['report']}")


@main.command(name="diff")
@click.argument("out_a", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("out_b", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--details/--no-details", default=True, show_default=True,
              help="List every added, removed and changed claim.")
@click.option("--fail-on-change", is_flag=True, help="Exit 1 when any claim differs.")
@_library_errors
def diff_command(out_a: Path, out_b: Path, details: bool, fail_on_change: bool) -> None:
    """List claims added, removed and changed between two runs of the same corpus.

    Example:

        newsclaims diff baseline-out out --fail-on-change
    """
    from pipeline.diff import diff_runs

    result = diff_runs(out_a, out_b)
    click.echo(result.summary())
    if details:
        for change in result.changes:
            click.echo(change.describe())
    if fail_on_change and result.any_change:
        raise click.ClickException(f"{len(result.changes)} claims differ")


if __name__ == "__main__":
    main()
