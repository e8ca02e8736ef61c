"""The desk's charts, drawn on the server as accessible SVG.

No chart library and no CDN: a chart is a few rectangles and labels. Each
SVG is a standalone, well-formed XML fragment with ``role="img"``, a
``<title>`` and a ``<desc>`` naming it for screen readers, a ``<title>`` on
every bar for the mouse, and the template prints the same figures as a data
table next to it (``Chart.table``), for anyone who cannot see the picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

SVG_NS = "http://www.w3.org/2000/svg"
# Distinct from each other (after Okabe-Ito) and each at least 3:1 against white.
PALETTE = [
    "#0072b2",
    "#d55e00",
    "#007a5a",
    "#b3478f",
    "#8a6d00",
    "#4b4b9f",
    "#a0522d",
    "#555555",
    "#7b3294",
]
INK = "#333333"
GRID = "#d9d9d9"


@dataclass
class Series:
    name: str
    values: list[int]
    color: str = ""


@dataclass
class Chart:
    """A bar chart: one bar per label, stacked when there are several series."""

    key: str
    title: str
    description: str
    labels: list[str]
    series: list[Series]
    label_header: str = ""
    long_labels: list[str] = field(default_factory=list)
    width: int = 720
    height: int = 260

    def __post_init__(self) -> None:
        for i, series in enumerate(self.series):
            series.color = series.color or PALETTE[i % len(PALETTE)]

    @property
    def totals(self) -> list[int]:
        return [sum(s.values[i] for s in self.series) for i in range(len(self.labels))]

    @property
    def total(self) -> int:
        return sum(self.totals)

    @property
    def table(self) -> dict:
        """The figures as rows for the fallback table: one row per label."""
        names = self.long_labels or self.labels
        rows = [
            {"label": names[i], "values": [s.values[i] for s in self.series], "total": total}
            for i, total in enumerate(self.totals)
        ]
        return {"columns": [s.name for s in self.series], "rows": rows}

    def svg(self) -> SafeString:
        return mark_safe(_bar_svg(self))


def _nice_max(value: int, ticks: int = 4) -> int:
    """A round top for the scale whose ``ticks`` steps are whole numbers: 4, 8, 20, 40…"""
    needed = max(1, -(-value // ticks))  # ceil(value / ticks)
    step = 1
    while True:
        for factor in (1, 2, 5):
            if needed <= step * factor:
                return step * factor * ticks
        step *= 10


def _open_svg(key: str, width: int, height: int, title: str, description: str) -> list[str]:
    return [
        f'<svg xmlns="{SVG_NS}" class="desk-chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'aria-labelledby="{key}-title {key}-desc" focusable="false">',
        f'<title id="{key}-title">{escape(title)}</title>',
        f'<desc id="{key}-desc">{escape(description)}</desc>',
    ]


def _bar_svg(chart: Chart) -> str:
    left, right, top, bottom = 40, 10, 12, 34
    plot_w = chart.width - left - right
    plot_h = chart.height - top - bottom
    top_value = _nice_max(max(chart.totals, default=0))
    parts = _open_svg(chart.key, chart.width, chart.height, chart.title, chart.description)
    # The scale: four grid lines with their values.
    for i in range(5):
        label = f"{top_value * i // 4:,}".replace(",", ".")
        y = top + plot_h - plot_h * i / 4
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="{INK}">{label}</text>'
        )
    count = max(1, len(chart.labels))
    slot = plot_w / count
    bar_w = max(2.0, slot * 0.7)
    every = max(1, round(count / 10))  # at most about ten labels under the bars
    names = chart.long_labels or chart.labels
    for i, label in enumerate(chart.labels):
        x = left + slot * i + (slot - bar_w) / 2
        y = top + plot_h
        for series in chart.series:
            value = series.values[i]
            if not value:
                continue
            h = plot_h * value / top_value
            y -= h
            tip = (
                f"{names[i]} — {series.name}: {value}"
                if len(chart.series) > 1
                else (f"{names[i]}: {value}")
            )
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{series.color}"><title>{escape(tip)}</title></rect>'
            )
        if i % every == 0:
            parts.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
                f'font-size="11" fill="{INK}">{escape(label)}</text>'
            )
    parts.append(
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
        f'stroke="{INK}" stroke-width="1"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


@dataclass
class TimelineItem:
    at: datetime
    title: str


def timeline_svg(
    key: str, start: datetime, hours: int, items: list[TimelineItem], title: str, description: str
) -> SafeString:
    """The next ``hours`` as a line with a mark at each scheduled story."""
    width, height, left, right = 720, 70, 16, 16
    plot_w = width - left - right
    axis_y = 30
    parts = _open_svg(key, width, height, title, description)
    parts.append(
        f'<line x1="{left}" y1="{axis_y}" x2="{left + plot_w}" y2="{axis_y}" '
        f'stroke="{INK}" stroke-width="2"/>'
    )
    for h in range(0, hours + 1, 3):
        x = left + plot_w * h / hours
        moment = timezone.localtime(start) + timedelta(hours=h)
        anchor = "start" if h == 0 else "end" if h == hours else "middle"
        parts.append(
            f'<line x1="{x:.1f}" y1="{axis_y - 5}" x2="{x:.1f}" y2="{axis_y + 5}" '
            f'stroke="{INK}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{axis_y + 22}" text-anchor="{anchor}" font-size="11" '
            f'fill="{INK}">{moment:%H:%M}</text>'
        )
    span = hours * 3600
    for item in items:
        offset = (item.at - start).total_seconds()
        x = left + plot_w * min(max(offset, 0), span) / span
        when = timezone.localtime(item.at)
        parts.append(
            f'<circle cx="{x:.1f}" cy="{axis_y}" r="7" fill="{PALETTE[0]}" stroke="#ffffff" '
            f'stroke-width="2"><title>{when:%H:%M} — {escape(item.title)}</title></circle>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))
