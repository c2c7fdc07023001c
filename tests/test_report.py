"""The HTML report: self-contained, escaped (an article's <script> runs nothing), and it
loads in a real headless browser with no console errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.compare import CompareError, compare
from pipeline.config import Config
from pipeline.run import extract

HOSTILE = [
    {"outlet": "Evil <script>alert('outlet')</script> News",
     "url": "javascript:alert(1)", "published": "2023-01-10",
     "title": "Title <img src=x onerror=alert('title')>",
     "text": "Police killed 17 people in Juliaca on Monday <script>alert('text')</script>. "
             "The \"murderous\" <b onmouseover=alert(2)>President</b> Dina Boluarte spoke. "
             "<img src=x onerror=alert('img')> Protesters demanded new elections."},
    {"outlet": "Plain Wire", "url": "https://news.example/b", "published": "2023-01-11",
     "title": "At least 18 dead in Juliaca",
     "text": "At least 18 people died in the clashes in Juliaca on Monday, the ombudsman's "
             "office said. The death toll rose to 47, officials said."},
]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, config: Config, nlp) -> Path:
    base = tmp_path_factory.mktemp("report")
    source = base / "in.jsonl"
    source.write_text("\n".join(json.dumps(a) for a in HOSTILE) + "\n", encoding="utf-8")
    extract([source], base / "out", config, show_progress=False)
    result = CliRunner().invoke(main, ["compare", str(base / "out"), "-o", str(base / "rep")])
    assert result.exit_code == 0, result.output
    return base / "rep"


def _pages(report: Path) -> list[Path]:
    return [report / "index.html", *sorted((report / "articles").glob("*.html"))]


def test_report_writes_tables_index_and_article_pages(report: Path) -> None:
    names = {p.name for p in report.iterdir()}
    assert {"index.html", "articles", "_compare.json", "tolls.parquet", "toll_summary.parquet",
            "framing.parquet", "event_terms.parquet", "demand_coverage.parquet",
            "entity_coverage.parquet"} <= names
    assert len(list((report / "articles").glob("*.html"))) == 2


def test_report_escapes_everything_from_the_articles(report: Path) -> None:
    for page in _pages(report):
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html.lower(), page
        assert not re.search(r"<[^>]*\son\w+\s*=", html, re.IGNORECASE), page  # no handlers
        assert "<img" not in html and "<b " not in html, page
        assert 'href="javascript:' not in html, page
    index = (report / "index.html").read_text(encoding="utf-8")
    assert "Evil &lt;script&gt;alert(&#39;outlet&#39;)&lt;/script&gt; News" in index
    articles = "".join(p.read_text(encoding="utf-8") for p in _pages(report)[1:])
    assert "&lt;script&gt;alert(" in articles and "&lt;img src=x onerror=alert(" in articles


def test_report_is_self_contained(report: Path) -> None:
    for page in _pages(report):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"src=\"(https?:)?//", html), page  # nothing fetched
        assert "<link" not in html and "@import" not in html and "url(" not in html, page
        assert "Content-Security-Policy" in html


def test_report_highlights_claims_in_the_text(report: Path) -> None:
    pages = [p.read_text(encoding="utf-8") for p in _pages(report)[1:]]
    assert any('<mark class="hl-casualty' in p for p in pages)
    assert any("killed 17 (exact)" in p for p in pages)


def test_report_refuses_a_folder_it_did_not_write(report: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(CompareError, match="not a newsclaims comparison"):
        compare(report.parent / "out", tmp_path)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_report_loads_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "index.png"
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr",
         "--v=0", f"--screenshot={shot}", "--window-size=1200,2000",
         (report / "index.html").as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    console = [line for line in proc.stderr.splitlines()
               if "CONSOLE" in line or "Uncaught" in line or "Refused to" in line]
    assert console == []
    assert shot.stat().st_size > 20_000  # a page with charts, not a blank one
