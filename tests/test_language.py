"""Language routing: metadata, then --language, then detection; no pipeline -> OUT/errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.extractor import Defaults, prepare_article
from pipeline.ingest import Article
from pipeline.ingest.language import decide_language, detect_language
from pipeline.run import extract

SPANISH = "Los manifestantes exigen la renuncia de Boluarte y el cierre del Congreso."
ENGLISH = "Protesters demanded the resignation of Boluarte and the closure of Congress."
PORTUGUESE = "Os manifestantes exigem a renúncia da presidente e novas eleições no país."


@pytest.mark.parametrize(
    ("metadata", "option", "text", "expected"),
    [
        ("en", "es", SPANISH, ("en", "metadata")),
        (None, "es", ENGLISH, ("es", "option")),
        (None, None, SPANISH, ("es", "detected")),
        (None, None, ENGLISH, ("en", "detected")),
        (None, None, PORTUGUESE, ("pt", "detected")),
        (None, None, "   ", ("en", "default")),
        (None, None, "Article 3.", ("en", "default")),
    ],
)
def test_decide_language(metadata, option, text, expected) -> None:
    assert decide_language(metadata, option, text, ["en", "es"]) == expected


def test_detection_is_restricted_but_names_common_languages() -> None:
    assert detect_language(SPANISH, ("en",)) == "es"


def test_prepare_article_detects_and_rejects_unconfigured(config: Config) -> None:
    article = prepare_article(Article(text=SPANISH, source_path="a.txt"), Defaults(), config)
    assert article.language == "es"
    with pytest.raises(InputError) as err:
        prepare_article(Article(text=PORTUGUESE, source_path="b.txt"), Defaults(), config)
    assert (err.value.stage, err.value.reason) == (
        "language", "no pipeline configured for language 'pt'; configured: ['en', 'es']")


def test_run_routes_each_language_and_records_the_rest(
        tmp_path: Path, config: Config, nlp, nlp_es) -> None:
    inputs = tmp_path / "batch.jsonl"
    inputs.write_text("\n".join([
        f'{{"text": "{ENGLISH}", "url": "u1"}}',
        f'{{"text": "{SPANISH}", "url": "u2"}}',
        f'{{"text": "{PORTUGUESE}", "url": "u3"}}',
    ]) + "\n", "utf-8")
    extract([inputs], tmp_path / "out", config, Defaults(published=date(2023, 1, 10)),
            show_progress=False)
    articles = ds.dataset(tmp_path / "out" / "articles").to_table().to_pylist()
    assert sorted((a["url"], a["language"]) for a in articles) == [("u1", "en"), ("u2", "es")]
    demands = ds.dataset(tmp_path / "out" / "demands").to_table().to_pylist()
    assert sorted(d["demand_type"] for d in demands) == [
        "dissolve_legislature", "dissolve_legislature", "remove_official", "remove_official"]
    errors = ds.dataset(tmp_path / "out" / "errors").to_table().to_pylist()
    assert [(e["source_line"], e["stage"]) for e in errors] == [(3, "language")]
