"""The overview's charts: SVG drawn on the server by pygal, each with its figures as a table
(for screen readers, and for copying).

A chart goes into the page as an <img> with a data: URL, so it needs no request of its own
and no script: pygal puts a script in its SVG, which an image never runs, and the page's
Content-Security-Policy stays at "only our own files".
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from dataclasses import dataclass

import pygal
from pygal.style import Style

STYLE = Style(
    background="white",
    plot_background="white",
    foreground="#222",
    foreground_strong="#111",
    foreground_subtle="#666",
    opacity=".9",
    opacity_hover="1",
    colors=("#2b6cb0", "#c05621", "#718096", "#2f855a", "#b7791f", "#6b46c1"),
    font_family="system-ui, sans-serif",
)


@dataclass(frozen=True)
class Chart:
    key: str  # a name for ids and tests
    title: str
    image: str  # data:image/svg+xml;base64,…
    headers: tuple[str, ...]
    rows: tuple[tuple[str | int | float, ...], ...]
    description: str = ""  # the alt text: what the chart shows, in one line


def _config() -> dict:
    return {
        "style": STYLE,
        "js": [],  # pygal's tooltips come from a CDN: none
        "disable_xml_declaration": True,
        "width": 900,
        "height": 320,
        "legend_at_bottom": True,
        "print_values": False,
        "show_minor_x_labels": False,
        "truncate_label": 40,
    }


def _image(chart: pygal.graph.graph.Graph) -> str:
    svg = chart.render(is_unicode=True).encode("utf-8")
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def per_day(
    key: str,
    title: str,
    days: Sequence[str],
    series: dict[str, Sequence[int]],
    stacked: bool = True,
) -> Chart:
    """Bars per day, one series each (stacked: the bar is the day's total)."""
    kind = pygal.StackedBar if stacked else pygal.Bar
    chart = kind(**_config(), x_label_rotation=0)
    chart.x_labels = [day[5:] for day in days]  # MM-DD
    # About eight labels whatever the period: a label every n-th day.
    step = max(1, len(days) // 8)
    chart.x_labels_major = [day[5:] for n, day in enumerate(days) if n % step == 0]
    for name, values in series.items():
        chart.add(name, list(values))
    rows: tuple[tuple[str | int | float, ...], ...] = tuple(
        (day, *(values[n] for values in series.values())) for n, day in enumerate(days)
    )
    totals = ", ".join(f"{sum(values)} {name}" for name, values in series.items())
    return Chart(key, title, _image(chart), ("day", *series), rows, f"{title}: {totals}")


def ranking(
    key: str, title: str, items: Sequence[tuple[str, int]], value_name: str = "questions"
) -> Chart:
    """Horizontal bars, biggest on top."""
    chart = pygal.HorizontalBar(**_config(), show_legend=False)
    height = max(160, 36 * len(items) + 80)
    chart.config.height = height
    chart.x_labels = [label for label, _ in reversed(items)]
    chart.add(value_name, [value for _, value in reversed(items)])
    summary = "; ".join(f"{label}: {value}" for label, value in items[:3]) or "none yet"
    return Chart(
        key,
        title,
        _image(chart),
        ("", value_name),
        tuple((label, value) for label, value in items),
        f"{title}: {summary}",
    )


def bars(key: str, title: str, items: Sequence[tuple[str, int]], value_name: str) -> Chart:
    """One bar per category, in the given order."""
    chart = pygal.Bar(**_config(), show_legend=False)
    chart.x_labels = [label for label, _ in items]
    chart.x_labels_major = chart.x_labels  # every category named (minor labels are hidden)
    chart.add(value_name, [value for _, value in items])
    summary = ", ".join(f"{label}: {value}" for label, value in items)
    return Chart(
        key,
        title,
        _image(chart),
        ("", value_name),
        tuple((label, value) for label, value in items),
        f"{title}: {summary}",
    )
