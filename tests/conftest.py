"""Shared fixtures: the real model is loaded once per test run."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from pipeline.config import Config, load_config
from pipeline.nlp import cached_nlp

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = REPO / "corpora" / "seed" / "peru-one-month-after-castillo-coup.txt"

# The seed article's dates that issue #2 pins down: (text, timex_type, value), 2023-01-10.
SEED_DATES = [
    ("Dec. 7", "DATE", "2022-12-07"),
    ("Dec. 15", "DATE", "2022-12-15"),
    ("Jan. 9", "DATE", "2023-01-09"),
    ("July 2021", "DATE", "2021-07"),
    ("July 2022", "DATE", "2022-07"),
    ("18 months", "DURATION", "P18M"),
    ("four months", "DURATION", "P4M"),
]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite golden output files"
    )


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config()


@pytest.fixture(scope="session")
def nlp(config: Config) -> Language:
    """The full English pipeline (model + every newsclaims component), built once."""
    return cached_nlp(config, "en")


@pytest.fixture(scope="session")
def nlp_es(config: Config) -> Language:
    """The full Spanish pipeline (es_core_news_sm + our components), built once; the tests
    that use it skip when the model package is not installed."""
    pytest.importorskip("es_core_news_sm")
    return cached_nlp(config, "es")


@pytest.fixture(scope="session")
def blank_en() -> Language:
    """A blank English pipeline for tests where the model is not the point."""
    return spacy.blank("en")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))

