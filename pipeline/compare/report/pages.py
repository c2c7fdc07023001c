"""Writes REPORT_DIR/index.html and REPORT_DIR/articles/<doc_id>.html."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd
from jinja2 import DictLoader, Environment, select_autoescape
from markupsafe import Markup

from pipeline.compare.load import Run
from pipeline.compare.report import templates
from pipeline.compare.report.charts import heatmap, line_chart
from pipeline.compare.report.highlight import Highlight, highlight

MAX_FRAMING_ROWS = 40
MAX_ENTITY_ROWS = 25
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_-]")


def write_report(report_dir: Path, run: Run, tables: dict[str, pd.DataFrame]) -> Path:
    env = Environment(
        loader=DictLoader({"base.html": templates.BASE, "index.html": templates.INDEX,
                           "article.html": templates.ARTICLE}),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    (report_dir / "articles").mkdir(parents=True, exist_ok=True)
    for article in _records(run.articles):
        page = env.get_template("article.html").render(
            title=article.get("title") or article["doc_id"], style=templates.STYLE,
            **_article_context(article, run))
        (report_dir / "articles" / page_name(article["doc_id"])).write_text(page, "utf-8")
    index = env.get_template("index.html").render(style=templates.STYLE,
                                                  title="newsclaims comparison",
                                                  **_index_context(run, tables))
    path = report_dir / "index.html"
    path.write_text(index, encoding="utf-8")
    return path


def page_name(doc_id: str) -> str:
    """A file name that is safe whatever the doc_id holds."""
    return _UNSAFE_NAME.sub("_", doc_id) + ".html"


def _index_context(run: Run, tables: dict[str, pd.DataFrame]) -> dict:
    articles = run.articles
    published = articles["published"].dropna()
    return {
        "out": str(run.out),
        "n_articles": len(articles),
        "n_outlets": articles["outlet"].nunique(),
        "first": min(published) if len(published) else "?",
        "last": max(published) if len(published) else "?",
        "toll_chart": Markup(_toll_chart(tables["tolls"])),
        "shared_keys": _shared_keys(tables["toll_summary"], tables["tolls"]),
        "events_chart": Markup(_events_chart(tables["event_terms"])),
        "quoted_terms": _records(tables["event_terms"][tables["event_terms"]["n_quoted"] > 0]),
        "framing_chart": Markup(_framing_chart(tables["framing"])),
        "scare_quoted": _records(tables["framing"][tables["framing"]["n_scare_quoted"] > 0]),
        "demand_chart": Markup(_share_chart(tables["demand_coverage"], "demand_type",
                                            "Demand coverage")),
        "entity_chart": Markup(_entity_chart(tables["entity_coverage"])),
        "articles": [{**a, "page": page_name(a["doc_id"])} for a in _records(articles)],
    }


def _toll_chart(tolls: pd.DataFrame) -> str:
    rows = tolls[(tolls["kind"] == "killed") & (tolls["scope"] == "cumulative")
                 & tolls["published"].notna() & tolls["count"].notna()]
    rows = rows[rows["area_key"].str.len() == 2]  # country-level totals only
    series: dict[str, list] = {}
    for r in rows.itertuples(index=False):
        series.setdefault(r.outlet, []).append((r.published, int(r.count)))
    return line_chart(series, "Reported death toll by publication date", "people killed")


def _shared_keys(summary: pd.DataFrame, tolls: pd.DataFrame) -> list[dict]:
    shared = summary[summary["n_outlets"] >= 2].sort_values(
        ["disagree", "kind", "date"], ascending=[False, True, True])
    keys = []
    for key in _records(shared):
        rows = _records(tolls[tolls["event_key"] == key["event_key"]])
        key["rows"] = [{**r, "page": page_name(r["doc_id"])} for r in rows]
        keys.append(key)
    return keys


def _events_chart(terms: pd.DataFrame) -> str:
    grouped = terms.groupby(["event", "frame", "outlet"])["n_mentions"].sum()
    values = {(f"{event}: {frame}", outlet): float(n)
              for (event, frame, outlet), n in grouped.items()}
    rows = sorted({r for r, _ in values})
    return heatmap(rows, sorted(terms["outlet"].unique()), values, "Event terms per outlet")


def _framing_chart(framing: pd.DataFrame) -> str:
    shared = framing.groupby("entity_key")["outlet"].nunique()
    rows = framing[framing["entity_key"].isin(shared[shared >= 2].index)]
    weight = rows.groupby(["canonical", "descriptor"])["n_mentions"].sum()
    top = weight.sort_values(ascending=False).head(MAX_FRAMING_ROWS)
    keep = {f"{c} — {d}" for c, d in top.index}
    values = {(f"{r.canonical} — {r.descriptor}", r.outlet): float(r.n_mentions)
              for r in rows.itertuples(index=False) if f"{r.canonical} — {r.descriptor}" in keep}
    return heatmap(sorted(keep), sorted(framing["outlet"].unique()), values,
                   "Descriptors per actor and outlet", color="148,103,189")


def _share_chart(table: pd.DataFrame, row_col: str, title: str) -> str:
    values = {(getattr(r, row_col), r.outlet): round(100 * r.share)
              for r in table.itertuples(index=False)}
    return heatmap(sorted(table[row_col].unique()), sorted(table["outlet"].unique()), values,
                   title, fmt="{:g}%", max_value=100, color="44,160,44")


def _entity_chart(coverage: pd.DataFrame) -> str:
    reach = coverage.groupby("canonical")["outlet"].nunique().sort_values(ascending=False)
    top = set(reach.head(MAX_ENTITY_ROWS).index)
    rows = coverage[coverage["canonical"].isin(top)]
    values = {(r.canonical, r.outlet): round(100 * r.share) for r in rows.itertuples(index=False)}
    return heatmap(sorted(top), sorted(coverage["outlet"].unique()), values,
                   "Actors named per outlet", fmt="{:g}%", max_value=100, color="255,127,14")


def _article_context(article: dict, run: Run) -> dict:
    doc_id = article["doc_id"]
    casualties = _records(run.casualties[run.casualties["doc_id"] == doc_id])
    demands = _records(run.demands[run.demands["doc_id"] == doc_id])
    spans = [Highlight(c["start_char"], c["end_char"], "casualty", _casualty_note(c))
             for c in casualties if c["field"] == "text"]  # title: not in text
    spans += [Highlight(d["start_char"], d["end_char"], "demand",
                        f"{d['demand_type']} ({d['kind']})") for d in demands]
    for e in _records(run.entities[run.entities["doc_id"] == doc_id]):
        note = f"{e['label']} {e['canonical']}"
        if len(e["descriptors"]):
            note += " — " + ", ".join(e["descriptors"])
        spans.append(Highlight(e["start_char"], e["end_char"], "entity", note))
    spans += [Highlight(d["start_char"], d["end_char"], "date", f"{d['value']}")
              for d in _records(run.dates[run.dates["doc_id"] == doc_id])]
    for c in casualties:
        c["value"] = c["count"] if c["count"] is not None else c["count_low"]
    url = article.get("url") or ""
    return {
        "a": article,
        "safe_url": url if re.match(r"https?://", url) else None,
        "text": highlight(article["text"], spans),
        "casualties": casualties,
        "demands": demands,
    }


def _casualty_note(c: dict) -> str:
    value = c["count"] if c["count"] is not None else c["count_low"]
    parts = [f"{c['kind']} {value} ({c['qualifier']})", c["scope"]]
    parts += [str(v) for v in (c["location"], c["event_date"], c["attributed_to"]) if v]
    return ", ".join(parts)


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts with None for missing values and ints for whole numbers."""
    out = []
    for row in frame.to_dict("records"):
        clean = {}
        for k, v in row.items():
            if isinstance(v, float) and math.isnan(v):
                v = None
            elif isinstance(v, float) and v.is_integer() and k.startswith(("count", "toll")):
                v = int(v)
            elif v is pd.NaT:
                v = None
            clean[k] = v
        out.append(clean)
    return out
