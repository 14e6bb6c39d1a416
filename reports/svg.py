"""Inline SVG plots for the HTML report: no script, no external file, readable offline and in print."""

from __future__ import annotations

from datetime import date
from collections.abc import Sequence

from markupsafe import Markup, escape

__all__ = ["sparkline", "weekly_chart", "heatmap", "hbars", "COVERAGE_COLOURS", "COVERAGE_SHORT"]

COVERAGE_COLOURS = {
    "couvert": "#9fd5a8",
    "faible": "#ffd98a",
    "elongation": "#9cc2f0",
    "nouveau": "#f4a3a3",
    "nouveau_bloc": "#d9a3e8",
    None: "#eeeeee",
}
COVERAGE_SHORT = {"couvert": "C", "faible": "F", "elongation": "E", "nouveau": "N", "nouveau_bloc": "NB", None: ""}
LINE = "#1f5fa8"
ACCENT = "#c0392b"


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _points(values: Sequence[float], width: float, height: float, pad: float, top: float) -> list[tuple[float, float]]:
    n = len(values)
    step = (width - 2 * pad) / max(n - 1, 1)
    scale = (height - 2 * pad) / top if top > 0 else 0
    return [(pad + i * step, height - pad - v * scale) for i, v in enumerate(values)]


def sparkline(values: Sequence[float], label: str = "", width: int = 120, height: int = 28, recent: int = 4) -> Markup:
    """A small weekly curve (share of offers, 0–1); the last ``recent`` weeks drawn in the accent colour."""
    if not values:
        return Markup("")
    top = max(max(values), 0.05)
    pts = _points(values, width, height, 3, top)
    path = " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in pts)
    area = f"{_fmt(pts[0][0])},{height - 3} {path} {_fmt(pts[-1][0])},{height - 3}"
    tail = " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in pts[-(recent + 1) :]) if len(pts) > recent else ""
    title = escape(label or "part des offres par semaine")
    last = pts[-1]
    return Markup(
        f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{title}"><title>{title} : de {values[0]:.0%} à {values[-1]:.0%}, maximum {max(values):.0%}</title>'
        f'<polygon points="{area}" fill="#dbe7f5"/>'
        f'<polyline points="{path}" fill="none" stroke="{LINE}" stroke-width="1.5"/>'
        + (f'<polyline points="{tail}" fill="none" stroke="{ACCENT}" stroke-width="2"/>' if tail else "")
        + f'<circle cx="{_fmt(last[0])}" cy="{_fmt(last[1])}" r="2.2" fill="{ACCENT}"/></svg>'
    )


def weekly_chart(
    weeks: Sequence[date],
    series: Sequence[tuple[str, Sequence[float]]],
    title: str = "",
    width: int = 560,
    height: int = 170,
    percent: bool = True,
) -> Markup:
    """A weekly line chart with axes: one line per ``(label, values)``; values are shares when ``percent``."""
    if not weeks or not series:
        return Markup("")
    left, right, top_pad, bottom = 44, 12, 14, 34
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    top = _nice(max((max(v) for _, v in series if v), default=0), percent)
    palette = [LINE, ACCENT, "#2e8b57", "#8e44ad", "#d35400"]
    parts = [
        f'<svg class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i in range(5):
        v = top * i / 4
        y = top_pad + plot_h - plot_h * i / 4
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{_fmt(y)}" y2="{_fmt(y)}" stroke="#ddd"/>')
        text = f"{v:.0%}" if percent else f"{v:.0f}"
        parts.append(
            f'<text x="{left - 4}" y="{_fmt(y + 3)}" font-size="9" text-anchor="end" fill="#555">{text}</text>'
        )
    n = len(weeks)
    step = plot_w / max(n - 1, 1)
    every = max(1, round(n / 8))
    for i, w in enumerate(weeks):
        if i % every == 0 or (i == n - 1 and (n - 1) % every > every / 2):
            x = left + i * step
            parts.append(
                f'<text x="{_fmt(x)}" y="{height - bottom + 13}" font-size="9" text-anchor="middle" '
                f'fill="#555">{w:%d/%m}</text>'
            )
    parts.append(
        f'<line x1="{left}" x2="{left + plot_w}" y1="{top_pad + plot_h}" y2="{top_pad + plot_h}" stroke="#999"/>'
    )
    for k, (label, values) in enumerate(series):
        colour = palette[k % len(palette)]
        pts = [(left + i * step, top_pad + plot_h - (v / top) * plot_h) for i, v in enumerate(values)]
        path = " ".join(f"{_fmt(x)},{_fmt(y)}" for x, y in pts)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.8"/>')
        for x, y in pts:
            parts.append(f'<circle cx="{_fmt(x)}" cy="{_fmt(y)}" r="1.8" fill="{colour}"/>')
        lx = left + k * plot_w / len(series)  # legends side by side under the plot
        ly = height - 8
        parts.append(
            f'<rect x="{_fmt(lx)}" y="{ly - 7}" width="10" height="3" fill="{colour}"/>'
            f'<text x="{_fmt(lx + 14)}" y="{ly - 3}" font-size="9.5" fill="#333">'
            f"{escape(_short(label, 48))}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def heatmap(
    rows: Sequence[str],
    cols: Sequence[str],
    cells: dict[tuple[str, str], str | None],
    row_notes: Sequence[str] = (),
    title: str = "",
) -> Markup:
    """Skills (rows) × certifications (columns), each cell coloured by its coverage value."""
    if not rows or not cols:
        return Markup("")
    label_w, cell_w, cell_h, head_h, note_w = 300, 78, 20, 28, 60
    width = label_w + cell_w * len(cols) + note_w
    height = head_h + cell_h * len(rows) + 4
    parts = [
        f'<svg class="heatmap" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for j, col in enumerate(cols):
        x = label_w + j * cell_w + cell_w / 2
        parts.append(
            f'<text x="{_fmt(x)}" y="{head_h - 8}" font-size="10" font-weight="bold" text-anchor="middle">'
            f"{escape(col)}</text>"
        )
    if row_notes:
        parts.append(
            f'<text x="{label_w + cell_w * len(cols) + 6}" y="{head_h - 8}" font-size="9" fill="#555">offres</text>'
        )
    for i, row in enumerate(rows):
        y = head_h + i * cell_h
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 14}" font-size="10" text-anchor="end">{escape(_short(row, 52))}'
            f"<title>{escape(row)}</title></text>"
        )
        for j, col in enumerate(cols):
            value = cells.get((row, col))
            x = label_w + j * cell_w
            parts.append(
                f'<rect x="{x + 1}" y="{y + 1}" width="{cell_w - 2}" height="{cell_h - 2}" rx="2" '
                f'fill="{COVERAGE_COLOURS.get(value, "#eee")}"><title>{escape(row)} — {escape(col)} : '
                f"{escape(value or 'non lié')}</title></rect>"
            )
            parts.append(
                f'<text x="{_fmt(x + cell_w / 2)}" y="{y + 14}" font-size="9.5" text-anchor="middle" '
                f'fill="#222">{COVERAGE_SHORT.get(value, "")}</text>'
            )
        if row_notes:
            parts.append(
                f'<text x="{label_w + cell_w * len(cols) + 6}" y="{y + 14}" font-size="9.5" fill="#555">'
                f"{escape(row_notes[i])}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def hbars(items: Sequence[tuple[str, float, str]], title: str = "", width: int = 820, bar_h: int = 18) -> Markup:
    """Horizontal bars: ``(label, value 0–1, text shown after the bar)``."""
    if not items:
        return Markup("")
    label_w, text_w = 320, 170
    plot_w = width - label_w - text_w
    height = bar_h * len(items) + 6
    parts = [
        f'<svg class="bars" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for i, (label, value, text) in enumerate(items):
        y = 3 + i * bar_h
        w = max(1.0, plot_w * max(0.0, min(1.0, value)))
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar_h - 6}" font-size="10" text-anchor="end">'
            f"{escape(_short(label, 52))}</text>"
            f'<rect x="{label_w}" y="{y + 2}" width="{_fmt(w)}" height="{bar_h - 5}" fill="{LINE}" rx="2"/>'
            f'<text x="{_fmt(label_w + w + 5)}" y="{y + bar_h - 6}" font-size="9.5" fill="#333">'
            f"{escape(text)}</text>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _nice(x: float, percent: bool = True) -> float:
    """A round top for the y axis whose quarters are round too (shares up to 1, else whole counts)."""
    for step in (0.04, 0.08, 0.2, 0.4, 0.6, 0.8, 1.0) if percent else ():
        if x <= step:
            return step
    magnitude = 1.0
    while True:
        for m in (4, 8, 12, 20):
            if x <= m * magnitude:
                return m * magnitude
        magnitude *= 10


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
