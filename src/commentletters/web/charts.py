"""Small charts drawn on the server as inline SVG: no JavaScript, readable without colour.

Each chart carries a <title> and a <desc> for screen readers, and the page shows the same numbers
in a table next to it, so the picture is a convenience, never the only way to the figures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

# Calm, distinguishable fills (colour-blind-safe palette), reused in order for series.
PALETTE = ("#33658a", "#86bbd8", "#758e4f", "#f6ae2d", "#f26419", "#5c4d7d", "#9c9c9c")


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    values: Sequence[float]


def _nice_max(value: float) -> float:
    """The next round number at or above ``value`` (1, 2, 5 × 10ⁿ) for the axis."""
    if value <= 0:
        return 1.0
    step = 1.0
    while step * 10 <= value:
        step *= 10
    for mult in (1, 2, 5, 10):
        if mult * step >= value:
            return float(mult * step)
    return float(10 * step)


def stacked_bars(
    title: str, categories: Sequence[str], series: Sequence[Series], *, width: int = 720, height: int = 260
) -> str:
    """Stacked vertical bars, one per category (e.g. a year), one colour per series (e.g. a topic)."""
    left, bottom, top, legend_w = 44, 28, 12, 170
    plot_w, plot_h = width - left - legend_w, height - top - bottom
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    peak = _nice_max(max(totals, default=0))
    slot = plot_w / max(len(categories), 1)
    bar = min(48.0, slot * 0.7)
    out = [_open(title, width, height, f"{len(categories)} bars, {len(series)} series")]
    out += _y_axis(left, top, plot_h, plot_w, peak)
    for i, cat in enumerate(categories):
        x = left + i * slot + (slot - bar) / 2
        y = top + plot_h
        for k, s in enumerate(series):
            v = s.values[i]
            if v <= 0:
                continue
            h = plot_h * v / peak
            y -= h
            out.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{PALETTE[k % len(PALETTE)]}"><title>{escape(cat)} · {escape(s.label)}: '
                f"{v:g}</title></rect>"
            )
        out.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle">{escape(cat)}</text>')
    for k, s in enumerate(series if len(series) > 1 else ()):
        y = top + 4 + k * 18
        out.append(
            f'<rect x="{width - legend_w + 10}" y="{y}" width="12" height="12" fill="{PALETTE[k % len(PALETTE)]}"/>'
        )
        out.append(f'<text x="{width - legend_w + 28}" y="{y + 10}">{escape(s.label[:24])}</text>')
    out.append("</svg>")
    return "".join(out)


def horizontal_bars(
    title: str, labels: Sequence[str], values: Sequence[float], *, unit: tuple[str, str] = ("", ""), width: int = 720
) -> str:
    """One horizontal bar per label (e.g. review length bands), value written at the bar's end."""
    row, left, right = 24, 150, 60
    height = row * len(labels) + 16
    peak = max(values, default=0) or 1
    out = [_open(title, width, height, f"{len(labels)} bars")]
    for i, (label, v) in enumerate(zip(labels, values, strict=True)):
        y = 8 + i * row
        w = (width - left - right) * v / peak
        out.append(f'<text x="{left - 8}" y="{y + 15}" text-anchor="end">{escape(label)}</text>')
        out.append(f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{PALETTE[0]}"/>')
        out.append(f'<text x="{left + w + 6:.1f}" y="{y + 15}">{v:g}{escape(unit[0] if v == 1 else unit[1])}</text>')
    out.append("</svg>")
    return "".join(out)


def _open(title: str, width: int, height: int, desc: str) -> str:
    ident = "chart-" + "-".join(re.findall(r"[a-z0-9]+", title.lower()))[:60]  # unique per chart on a page
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{ident}"><title id="{ident}">{escape(title)}</title>'
        f"<desc>{escape(desc)}</desc>"
    )


def _y_axis(left: int, top: int, plot_h: int, plot_w: int, peak: float) -> list[str]:
    out = []
    steps = next((n for n in (4, 5, 2) if peak % n == 0), 1)  # whole-number ticks for counts
    for frac in (k / steps for k in range(steps + 1)):
        y = top + plot_h - plot_h * frac
        out.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{peak * frac:g}</text>')
    return out
