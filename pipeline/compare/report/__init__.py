"""The HTML report: one index page with charts and one page per article, all static.

No script runs in it and nothing is fetched: charts are inline SVG, styles are inline,
and every piece of text from the articles is escaped (Jinja2 autoescaping; the SVG is
built with html.escape). A Content-Security-Policy meta tag forbids scripts as well.
"""

from pipeline.compare.report.pages import write_report

__all__ = ["write_report"]
