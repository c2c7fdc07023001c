"""Real news inputs: HTML pages, WARC crawls, globs and standard input, end to end."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.errors import InputError
from pipeline.ingest import Article, check_paths, read_inputs

PAGE = """<html><head><title>Juliaca toll rises</title>
<meta property="og:site_name" content="Altiplano Herald">
<meta property="article:published_time" content="2023-01-10T08:00:00-05:00"></head>
<body><nav>Home | World | Sports</nav><article><h1>Juliaca toll rises</h1>
<p>Police opened fire on protesters in Juliaca on Monday, killing at least 17 people,
according to the ombudsman's office. The clashes began near the city's airport.</p>
<p>Protesters demanded the resignation of President Dina Boluarte and early elections,
while the government declared a curfew in the Puno region for three days.</p>
</article><footer>All rights reserved</footer></body></html>"""


def _warc(path: Path) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)

        def response(url: str, status: str, ctype: str, body: bytes) -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers))

        response("https://altiplano.example/juliaca", "200 OK", "text/html; charset=utf-8",
                 PAGE.encode())
        response("https://altiplano.example/logo.png", "200 OK", "image/png", b"\x89PNG")
        response("https://altiplano.example/gone", "404 Not Found", "text/html", b"<p>no</p>")
        writer.write_record(writer.create_warc_record(
            "https://altiplano.example/juliaca", "request", payload=io.BytesIO(b"GET /")))
    return path


def test_inputs_html_page(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [article] = list(read_inputs([tmp_path]))
    assert isinstance(article, Article)
    assert article.title == "Juliaca toll rises"
    assert article.outlet == "Altiplano Herald"
    assert (article.published, article.published_source) == (date(2023, 1, 10), "html")
    assert article.text.startswith("Police opened fire on protesters in Juliaca")
    assert "All rights reserved" not in article.text and "Sports" not in article.text


def test_inputs_warc_one_article_per_html_response(tmp_path: Path) -> None:
    skipped: Counter = Counter()
    items = list(read_inputs([_warc(tmp_path / "crawl.warc.gz")], skipped))
    [article] = items
    assert article.url == "https://altiplano.example/juliaca"
    assert article.source_line == 1
    assert skipped == Counter({"warc non-HTML response": 1, "warc HTTP 404": 1,
                               "warc request record": 1})


def test_inputs_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not a crawl")
    [err] = list(read_inputs([path]))
    assert isinstance(err, InputError)
    assert err.reason.startswith("not a readable WARC file")


def test_inputs_globs(tmp_path: Path) -> None:
    for name in ("a.jsonl", "b.jsonl", "c.txt"):
        (tmp_path / name).write_text('{"text": "x"}\n', encoding="utf-8")
    assert [p.name for p in check_paths([str(tmp_path / "*.jsonl")])] == ["a.jsonl", "b.jsonl"]
    with pytest.raises(InputError, match="no file matches this pattern"):
        check_paths([str(tmp_path / "*.warc.gz")])


def test_inputs_stdin_and_warc_end_to_end(tmp_path: Path, nlp) -> None:
    warc = _warc(tmp_path / "crawl.warc.gz")
    line = json.dumps({"text": "Two people died in Cusco on Sunday.", "outlet": "EFE",
                       "published": "2023-01-10"})
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "extract", "-", str(warc), "-o", str(out)],
        input=line + "\n", capture_output=True, text=True, check=True,
    )
    assert "2 articles added" in result.stdout
    articles = ds.dataset(out / "articles", format="parquet").to_table().to_pylist()
    assert sorted((a["outlet"], a["published_source"]) for a in articles) == [
        ("Altiplano Herald", "html"), ("EFE", "metadata")]
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["last_run"]["warc_records_skipped"] == {
        "warc non-HTML response": 1, "warc HTTP 404": 1, "warc request record": 1}
    killed = ds.dataset(out / "casualties", format="parquet").to_table().to_pylist()
    assert sorted((c["kind"], c["count_low"]) for c in killed) == [("killed", 2), ("killed", 17)]
