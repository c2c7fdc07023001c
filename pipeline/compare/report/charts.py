"""Inline SVG charts, built here (no chart library, nothing fetched): a line chart of
figures over dates per series, and a heatmap of a matrix. Every label is escaped."""

from __future__ import annotations

from datetime import date
from html import escape

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
           "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#637939"]


def line_chart(series: dict[str, list[tuple[date, int]]], title: str, y_label: str,
               width: int = 1100, height: int = 420) -> str:
    """One line per series (an outlet), points at (publication date, figure)."""
    points = [(d, v) for values in series.values() for d, v in values]
    if not points:
        return f'<p class="empty">{escape(title)}: no figures to plot.</p>'
    left, right, top, bottom = 60, 230, 30, 50
    days = [d.toordinal() for d, _ in points]
    d0, d1 = min(days), max(days)
    d1 = d1 if d1 > d0 else d0 + 1
    vmax = max(v for _, v in points) or 1
    vmax = _nice(vmax)

    def x(d: date) -> float:
        return left + (d.toordinal() - d0) / (d1 - d0) * (width - left - right)

    def y(v: float) -> float:
        return top + (1 - v / vmax) * (height - top - bottom)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
             f"<title>{escape(title)}</title>"]
    for i in range(5):  # horizontal grid and y ticks
        v = vmax * i / 4
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                     'stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" '
                     f'font-size="11">{v:g}</text>')
    for d in _date_ticks(date.fromordinal(d0), date.fromordinal(d1)):
        parts.append(f'<line x1="{x(d):.1f}" x2="{x(d):.1f}" y1="{top}" y2="{height - bottom}" '
                     'stroke="#eee"/>')
        parts.append(f'<text x="{x(d):.1f}" y="{height - bottom + 16}" text-anchor="middle" '
                     f'font-size="11">{d.isoformat()}</text>')
    parts.append(f'<text x="14" y="{(top + height - bottom) / 2:.0f}" font-size="12" '
                 f'transform="rotate(-90 14 {(top + height - bottom) / 2:.0f})" '
                 f'text-anchor="middle">{escape(y_label)}</text>')
    for i, (name, values) in enumerate(sorted(series.items())):
        color = PALETTE[i % len(PALETTE)]
        values = sorted(values)
        if len(values) > 1:
            path = " ".join(f"{x(d):.1f},{y(v):.1f}" for d, v in values)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" '
                         'stroke-width="2"/>')
        for d, v in values:
            parts.append(f'<circle cx="{x(d):.1f}" cy="{y(v):.1f}" r="4.5" fill="{color}">'
                         f"<title>{escape(name)}: {v} ({d.isoformat()})</title></circle>")
        ly = top + 10 + i * 20
        parts.append(f'<rect x="{width - right + 15}" y="{ly - 9}" width="12" height="12" '
                     f'fill="{color}"/><text x="{width - right + 32}" y="{ly + 1}" '
                     f'font-size="12">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def heatmap(rows: list[str], cols: list[str], values: dict[tuple[str, str], float],
            title: str, fmt: str = "{:g}", max_value: float | None = None,
            color: str = "31,119,180") -> str:
    """A matrix: one cell per (row, col), shaded by value, with the value written in it."""
    if not rows or not cols:
        return f'<p class="empty">{escape(title)}: nothing to show.</p>'
    cell_w, cell_h, left, top = 92, 24, 260, 120
    width, height = left + cell_w * len(cols) + 10, top + cell_h * len(rows) + 10
    top_value = max_value or max(values.values(), default=1) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
             f"<title>{escape(title)}</title>"]
    for j, col in enumerate(cols):
        cx = left + j * cell_w + cell_w / 2
        parts.append(f'<text x="{cx:.0f}" y="{top - 8}" font-size="11" '
                     f'transform="rotate(-35 {cx:.0f} {top - 8})">{escape(_short(col, 26))}'
                     f"<title>{escape(col)}</title></text>")
    for i, row in enumerate(rows):
        ry = top + i * cell_h
        parts.append(f'<text x="{left - 6}" y="{ry + 16}" text-anchor="end" font-size="11">'
                     f"{escape(_short(row, 40))}<title>{escape(row)}</title></text>")
        for j, col in enumerate(cols):
            value = values.get((row, col), 0)
            alpha = min(value / top_value, 1) if top_value else 0
            parts.append(f'<rect x="{left + j * cell_w}" y="{ry}" width="{cell_w - 2}" '
                         f'height="{cell_h - 2}" fill="rgba({color},{0.08 + 0.85 * alpha:.2f})">'
                         f"<title>{escape(row)} / {escape(col)}: {fmt.format(value)}</title>"
                         "</rect>")
            if value:
                ink = "#fff" if alpha > 0.55 else "#000"
                parts.append(f'<text x="{left + j * cell_w + cell_w / 2 - 1:.0f}" '
                             f'y="{ry + 16}" text-anchor="middle" font-size="11" fill="{ink}">'
                             f"{escape(fmt.format(value))}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _nice(value: float) -> float:
    """The round number just above value, for the top of an axis: 47 -> 50, 193 -> 200."""
    step = 10 ** max(len(str(int(value))) - 1, 0)
    return float(-(-value // step) * step) if value > 10 else 10.0


def _date_ticks(start: date, end: date, n: int = 6) -> list[date]:
    span = (end - start).days
    if span <= 0:
        return [start]
    return [date.fromordinal(start.toordinal() + round(span * i / (n - 1))) for i in range(n)]
