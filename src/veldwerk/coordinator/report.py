"""report.pdf: the overview a coordinator can pass on, with charts, drawn with reportlab.

It draws only what `overview.Overview` holds, so it publishes exactly what the CSV files publish
(protected: no number of families below the threshold, every count rounded, totals of the shown
parts), for all families or for one filtered view. The embedded font (`veldwerk.reports.fonts`)
prints every region name as typed; `invariant` keeps timestamps out of the file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from veldwerk.coordinator.overview import Bar, Overview
from veldwerk.coordinator.perturb import COARSE_FROM, COARSE_STEP, STEP
from veldwerk.coordinator.report_texts import shown_figure
from veldwerk.coordinator.suppress import METRIC_COLUMNS
from veldwerk.domain import codes
from veldwerk.reports import fonts
from veldwerk.texts import format_iso_date, text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
BAR_COLOUR = colors.HexColor("#2f6f8f")
ENABLER_COLOUR = colors.HexColor("#3f8f5f")
TREND_COLOUR = colors.HexColor("#8f6f2f")
GRID = colors.HexColor("#b8c4cc")
ROUNDING = {"step": STEP, "coarse_from": COARSE_FROM, "coarse_step": COARSE_STEP}


def _styles() -> dict[str, ParagraphStyle]:
    fonts.ensure_fonts()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=9.5, leading=12.5)
    return {
        "base": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444")
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=fonts.BOLD, fontSize=18, leading=22, spaceAfter=2
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName=fonts.BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.5),
        "head": ParagraphStyle("head", parent=base, fontName=fonts.BOLD, fontSize=7, leading=9),
    }


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(value), style)


def _label(kind: str, code: str, lang: str, width: int = 44) -> str:
    words = codes.label(kind, code, lang)
    return words if len(words) <= width else words[: width - 1] + "…"


def _bar_style(chart: HorizontalBarChart | VerticalBarChart, colour: Any, size: float) -> None:
    """What every chart of the report shares: the labels in the embedded font at `size`, no
    value axis, flat bars of `colour`, each with its number."""
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.strokeColor = GRID
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visible = False
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = size


def bar_chart(bars: Sequence[Bar], kind: str, lang: str, colour: Any) -> Drawing:
    """A horizontal bar chart of published numbers of families, most first; every bar has its
    number at its end (hidden bars are never drawn)."""
    shown = [b for b in bars if b.value is not None]
    row = 15
    height = row * len(shown) + 14
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x = 150
    chart.y = 4
    chart.width = CONTENT_WIDTH - chart.x - 30
    chart.height = row * len(shown)
    chart.data = [[b.value or 0 for b in reversed(shown)]]
    chart.categoryAxis.categoryNames = [_label(kind, b.code, lang) for b in reversed(shown)]
    _bar_style(chart, colour, 8)
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def quarter_labels(quarters: Sequence[str]) -> list[str]:
    """``Q1`` under each bar, with the year on a second line at every first quarter and at the
    start (written level, so the labels read as text)."""
    labels = []
    for i, q in enumerate(quarters):
        year, quarter = q.split("-")
        labels.append(f"{quarter}\n{year}" if i == 0 or quarter == "Q1" else quarter)
    return labels


def trend_chart(overview: Overview, lang: str) -> Drawing:
    """Families per quarter of opening as vertical bars; a hidden quarter has no bar and its
    marker (``<10`` or ``x``) above its place."""
    points = overview.quarters
    height = 150
    drawing = Drawing(CONTENT_WIDTH, height)
    chart = VerticalBarChart()
    chart.x = 30
    chart.y = 34
    chart.width = CONTENT_WIDTH - 40
    chart.height = height - 54
    chart.data = [[p.families.value for p in points]]  # None: no bar, no label
    chart.categoryAxis.categoryNames = quarter_labels([p.quarter for p in points])
    _bar_style(chart, TREND_COLOUR, 7)
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.barLabels.nudge = 6
    drawing.add(chart)
    step = chart.width / max(1, len(points))
    for i, p in enumerate(points):
        if p.families.value is None:
            drawing.add(
                String(
                    chart.x + step * (i + 0.5),
                    chart.y + 3,
                    p.families.text,
                    fontName=fonts.REGULAR,
                    fontSize=7,
                    textAnchor="middle",
                    fillColor=colors.HexColor("#666666"),
                )
            )
    return drawing


def _metrics_table(overview: Overview, lang: str, st: dict[str, ParagraphStyle]) -> Table:
    head = [_p(text(f"coordinator.report.col.{c}", lang), st["head"]) for c in METRIC_COLUMNS]
    rows: list[list[Any]] = [head]
    for row in overview.metrics:
        name = text("coordinator.report.all", lang) if row is overview.metrics[-1] else row[0]
        rows.append(
            [_p(name, st["cell"])] + [_p(shown_figure(v, lang), st["cell"]) for v in row[1:]]
        )
    widths = [CONTENT_WIDTH * w for w in (0.18, 0.11, 0.15, 0.09, 0.17, 0.15, 0.15)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -2), 0.3, GRID),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _quarter_table(overview: Overview, lang: str, st: dict[str, ParagraphStyle]) -> Table:
    rows: list[list[Any]] = [
        [
            _p(text("coordinator.report.col.quarter", lang), st["head"]),
            _p(text("coordinator.report.col.families", lang), st["head"]),
            _p(text("coordinator.report.col.wait", lang), st["head"]),
        ]
    ]
    for p in overview.quarters:
        rows.append(
            [
                _p(p.quarter, st["cell"]),
                _p(p.families.text, st["cell"]),
                _p(shown_figure(p.median_wait, lang), st["cell"]),
            ]
        )
    table = Table(
        rows,
        colWidths=[CONTENT_WIDTH * 0.2, CONTENT_WIDTH * 0.15, CONTENT_WIDTH * 0.35],
        hAlign="LEFT",
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
            ]
        )
    )
    return table


def _selection_line(overview: Overview, lang: str) -> str:
    s = overview.selection
    if s.is_everything:
        return text("coordinator.report.selection.all", lang)
    parts = [
        text("coordinator.report.selection.region", lang, region=s.region)
        if s.region
        else text("coordinator.report.selection.all_regions", lang)
    ]
    if s.first_quarter or s.last_quarter:
        parts.append(
            text(
                "coordinator.report.selection.period",
                lang,
                first=s.first_quarter or "…",
                last=s.last_quarter or "…",
            )
        )
    return ", ".join(parts)


def _hidden_line(bars: Sequence[Bar], kind: str, overview: Overview, lang: str) -> str:
    hidden = [codes.label(kind, b.code, lang) for b in bars if b.value is None]
    if not hidden:
        return ""
    return text(
        "coordinator.report.hidden_list", lang, t=overview.threshold, list=", ".join(hidden)
    )


def report_pdf(
    overview: Overview, *, lang: str = "en", rejected: int = 0, collected_at: str = ""
) -> bytes:
    """The report's bytes."""
    st = _styles()
    t = overview.threshold
    story: list[Any] = [
        _p(text("coordinator.report.title", lang), st["title"]),
        _p(text("coordinator.report.subtitle", lang), st["small"]),
        Spacer(1, 4),
        _p(_selection_line(overview, lang), st["base"]),
    ]
    if collected_at:
        when = format_iso_date(collected_at, lang, "long")
        story.append(_p(text("coordinator.report.collected_at", lang, when=when), st["base"]))
    story += [
        _p(text("coordinator.report.families_total", lang, n=overview.total.text), st["base"]),
        Spacer(1, 3),
        _p(text("coordinator.report.suppression", lang, t=t, **ROUNDING), st["small"]),
        _p(text("coordinator.report.metrics.title", lang), st["h2"]),
        _metrics_table(overview, lang, st),
    ]
    story += [
        _p(text("coordinator.report.barriers.title", lang), st["h2"]),
        _p(text("coordinator.report.barriers.intro", lang), st["small"]),
    ]
    for phase, bars in overview.barriers_by_phase:
        heading = _p(codes.label("phase", phase, lang), st["h3"])
        if bars:
            story.append(KeepTogether([heading, bar_chart(bars, "barrier", lang, BAR_COLOUR)]))
        else:
            story.append(
                KeepTogether(
                    [heading, _p(text("coordinator.report.barriers.none", lang, t=t), st["small"])]
                )
            )
    enablers = [b for b in overview.enablers if b.value is not None]
    block: list[Any] = [
        _p(text("coordinator.report.enablers.title", lang), st["h2"]),
        _p(text("coordinator.report.enablers.intro", lang), st["small"]),
    ]
    block.append(
        bar_chart(enablers, "enabler", lang, ENABLER_COLOUR)
        if enablers
        else _p(text("coordinator.report.enablers.none", lang, t=t), st["small"])
    )
    hidden = _hidden_line(overview.enablers, "enabler", overview, lang)
    if hidden:
        block.append(_p(hidden, st["small"]))
    story.append(KeepTogether(block))
    trend: list[Any] = [
        _p(text("coordinator.report.trends.title", lang), st["h2"]),
        _p(text("coordinator.report.trends.intro", lang), st["small"]),
    ]
    if overview.quarters:
        trend += [trend_chart(overview, lang), Spacer(1, 4), _quarter_table(overview, lang, st)]
    else:
        trend.append(_p(text("coordinator.report.trends.none", lang), st["small"]))
    story.append(KeepTogether(trend[:3]))
    story += trend[3:]
    if rejected:
        story += [
            Spacer(1, 8),
            _p(text("coordinator.report.rejected", lang, n=rejected), st["small"]),
        ]

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN, 10 * mm, text("coordinator.report.page", lang, n=doc.page)
        )
        canvas.drawString(MARGIN, 10 * mm, text("coordinator.report.title", lang))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=text("coordinator.report.title", lang),
        author="veldwerk",
        creator="veldwerk",
        lang=lang,
        invariant=1,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
