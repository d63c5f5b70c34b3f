"""The dashboard's charts (QtCharts), drawn only from an `Overview`: numbers already suppressed.

A hidden number never becomes a bar; the categories it belongs to are named in a line beside the
chart, without a number.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QSizePolicy

from veldwerk.coordinator.overview import Bar, QuarterPoint
from veldwerk.domain import codes

translate = QCoreApplication.translate

BAR = QColor("#2f6f8f")
ENABLER = QColor("#2f7a4f")
TREND = QColor("#8f6f2f")
LINE = QColor("#1f4e5a")


MAX_TICKS = 6


def whole_step(top: float, most: int = MAX_TICKS) -> int:
    """The smallest step of 1, 2 or 5 times a power of ten that reaches `top` from 0 in at most
    `most` - 1 steps: ticks at whole numbers only, never more than `most` of them."""
    top = max(top, 1.0)
    power = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * power
            if math.ceil(top / step) <= most - 1:
                return step
        power *= 10


def whole_axis(top: float, title: str = "") -> QValueAxis:
    """A value axis from 0 past `top` (room above the highest bar for its label) with a tick
    at every whole `whole_step`, labelled as whole numbers ("%d")."""
    step = whole_step(top * 1.08)
    axis = QValueAxis()
    axis.setRange(0, step * max(1, math.ceil(top * 1.08 / step)))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setMinorTickCount(0)
    axis.setLabelFormat("%d")
    if title:
        axis.setTitleText(title)
    return axis


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(4)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def bar_chart(
    title: str, bars: Sequence[Bar], kind: str, lang: str, colour: QColor, most: int = 10
) -> QChart:
    """Horizontal bars for the published numbers among `bars` (most first, at most `most`),
    each labelled with its number."""
    shown = [b for b in bars if b.value is not None][:most]
    chart = _chart(title)
    series = QHorizontalBarSeries()
    values = QBarSet(title)
    values.setColor(colour)
    values.setBorderColor(colour)
    values.setLabelColor(QColor("white"))
    for bar in reversed(shown):
        values.append(float(bar.value or 0))
    series.append(values)
    series.setBarWidth(0.7)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(6)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([codes.label(kind, b.code, lang) for b in reversed(shown)] or [" "])
    categories.setTruncateLabels(False)
    categories.setGridLineVisible(False)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    axis = QValueAxis()  # hidden: each bar carries its number; the bars use the width
    top = max((b.value or 0 for b in shown), default=1)
    axis.setRange(0, top * 1.02 + 1)
    axis.setLabelFormat("%d")
    axis.setVisible(False)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    return chart


def quarter_names(points: Sequence[QuarterPoint]) -> list[str]:
    """Each quarter's axis name (rich text, unique as the axis needs): ``Q1`` with the year below
    it, and a hidden quarter's marker (``<5`` or ``x``) below that, since it has no bar to carry
    a number."""
    names = []
    for p in points:
        year, quarter = p.quarter.split("-")
        lines = [quarter, year]
        if p.families.value is None:
            lines.append(f"<b>{html.escape(p.families.text)}</b>")
        names.append("<br>".join(lines))
    return names


def trend_chart(points: Sequence[QuarterPoint]) -> QChart:
    """Families per quarter of opening as bars (hidden quarters have none), and the median weeks
    from signal to intake as a line where it can be shown."""
    chart = _chart(trend_title())
    series = QBarSeries()
    values = QBarSet(translate("CoordinatorCharts", "Families"))
    values.setColor(TREND)
    values.setBorderColor(TREND)
    values.setLabelColor(QColor("white"))
    for p in points:
        values.append(float(p.families.value or 0))  # a hidden quarter: no bar, no label
    series.append(values)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    quarters = QBarCategoryAxis()
    quarters.append(quarter_names(points) or [" "])
    quarters.setTruncateLabels(False)
    quarters.setGridLineVisible(False)
    chart.addAxis(quarters, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(quarters)
    top = max((p.families.value or 0 for p in points), default=1)
    counts = whole_axis(top, translate("CoordinatorCharts", "Families"))
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(counts)
    waits = [(i, float(p.median_wait)) for i, p in enumerate(points) if p.median_wait]
    if waits:
        line = QLineSeries()
        line.setName(translate("CoordinatorCharts", "Median weeks from signal to intake"))
        pen = QPen(LINE)
        pen.setWidth(2)
        line.setPen(pen)
        line.setPointsVisible(True)
        for i, w in waits:
            line.append(i, w)
        chart.addSeries(line)
        weeks = whole_axis(max(w for _, w in waits), translate("CoordinatorCharts", "Weeks"))
        chart.addAxis(weeks, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(weeks)
        positions = QValueAxis()
        positions.setRange(-0.5, len(points) - 0.5)
        positions.setVisible(False)
        chart.addAxis(positions, Qt.AlignmentFlag.AlignTop)
        line.attachAxis(positions)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def trend_title() -> str:
    return translate("CoordinatorCharts", "Families per quarter in which support started")


def bars_text(bars: Sequence[Bar], kind: str, lang: str) -> str:
    """A bar chart in words, for a screen reader: every category with its number as published
    (also the hidden ones, as ``<10`` or ``x``)."""
    return "; ".join(f"{codes.label(kind, b.code, lang)}: {b.text}" for b in bars)


def trend_text(points: Sequence[QuarterPoint]) -> str:
    """The trend chart in words: each quarter, its families and (where shown) the median wait."""
    parts = []
    for p in points:
        text = translate("CoordinatorCharts", "%1: %2 families").replace("%1", p.quarter)
        text = text.replace("%2", p.families.text)
        if p.median_wait:
            weeks = translate("CoordinatorCharts", "median %1 weeks from signal to intake")
            text += ", " + weeks.replace("%1", str(p.median_wait))
        parts.append(text)
    return "; ".join(parts)


def describe(view: QChartView, title: str, text: str) -> None:
    """Give a chart its text equivalent: the title as its name, the numbers as its description."""
    view.setAccessibleName(title)
    view.setAccessibleDescription(text)


def chart_view(chart: QChart | None = None) -> QChartView:
    view = QChartView()
    view.setFrameShape(QFrame.Shape.StyledPanel)  # its frame shows the keyboard focus
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(300)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    if chart is not None:
        view.setChart(chart)
    return view


def bar_values(chart: QChart) -> list[float]:
    """Every bar value drawn in `chart` (for tests and checks)."""
    values: list[float] = []
    for series in chart.series():
        if isinstance(series, QBarSeries | QHorizontalBarSeries):
            for bar_set in series.barSets():
                values += [bar_set.at(i) for i in range(bar_set.count())]
    return values
