"""The journey as a horizontal timeline: the phases of the first 1000 days as bands, every event
as a mark above them (crises and milestones stand out), today marked, dates below.

Phases come from `domain.phases` (the spec's rule), never from the events themselves. Dates and
labels are only printed where they do not touch another one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from reportlab.pdfgen.canvas import Canvas

from veldwerk.domain import phases
from veldwerk.domain.codes import label
from veldwerk.domain.model import Family
from veldwerk.reports import fitting, fonts
from veldwerk.reports.fitting import Style, ink
from veldwerk.reports.page import Box
from veldwerk.texts import format_date, text

INK = "#263238"
MUTED = "#78909c"
CRISIS = "#b03a2e"
PHASE_FILL = {
    "wish": "#eceff1",
    "pregnancy": "#d6e4ec",
    "first_year": "#cfe3d6",
    "second_year": "#e8e1c9",
    "later": "#e0e0e0",
}

PHASE_LABEL = Style(fonts.REGULAR, 6.5, 8.0, INK)
DATE_LABEL = Style(fonts.REGULAR, 6.0, 7.5, "#455a64")
LEGEND = Style(fonts.REGULAR, 6.0, 8.0, "#37474f")

BAND = 13.0  # height of the phase band
MARKS = 12.0  # room for the event marks above the band


def time_range(family: Family, day: date) -> tuple[date, date]:
    """From the family's opening (or first event, if earlier) to today, the last event or a coming
    due date, whichever is latest; never empty."""
    dates = [e.date for e in family.journey]
    start = min([family.opened_on, *dates])
    end = max([day, *dates])
    if family.due_date is not None and family.due_date > end:
        end = family.due_date
    if end <= start:
        end = start + timedelta(days=1)
    return start, end


def phase_segments(family: Family, start: date, end: date) -> list[tuple[date, date, str]]:
    """The phases from `start` to `end` as (from, until, phase); equal neighbours merged."""
    timeline = phases.timeline_of(family)
    points = sorted({start, end, *(edge for edge in timeline.edges() if start < edge < end)})
    segments: list[tuple[date, date, str]] = []
    for a, b in zip(points, points[1:], strict=False):
        phase = timeline.phase_on(a)
        if segments and segments[-1][2] == phase:
            segments[-1] = (segments[-1][0], b, phase)
        else:
            segments.append((a, b, phase))
    return segments


def mark_kind(event_type: str) -> str:
    """How an event is marked: `crisis` and `milestone` stand out, the rest are `other`."""
    return event_type if event_type in ("crisis", "milestone") else "other"


def _mark_ops(kind: str, x: float, base: float) -> str:
    """The PDF path operators of one mark standing on `base` at `x`."""
    if kind == "crisis":
        return (
            f"{x - 3:.2f} {base:.2f} m {x + 3:.2f} {base:.2f} l {x:.2f} {base + MARKS - 1:.2f} l h"
        )
    if kind == "milestone":
        m = base + 4.5
        return (
            f"{x:.2f} {m + 4:.2f} m {x + 3.2:.2f} {m:.2f} l {x:.2f} {m - 4:.2f} l "
            f"{x - 3.2:.2f} {m:.2f} l h"
        )
    return f"{x:.2f} {base:.2f} m {x:.2f} {base + 7:.2f} l"


def draw_marks(c: Canvas, kind: str, xs: Sequence[float], base: float) -> None:
    """Marks of one `kind` at every x in `xs`, as a single path. The path is written as plain
    PDF operators (`addLiteral`): with 800 events, reportlab's path object costs more than all
    the rest of the timeline."""
    if not xs:
        return
    c.saveState()
    if kind == "crisis":
        c.setFillColor(ink(CRISIS))
        paint = "f"
    elif kind == "milestone":
        c.setFillColor(ink(INK))
        c.setStrokeColor(ink("#ffffff"))
        c.setLineWidth(0.4)
        paint = "B"
    else:
        c.setStrokeColor(ink(MUTED))
        c.setLineWidth(0.6)
        paint = "S"
    c.addLiteral(" ".join(_mark_ops(kind, x, base) for x in xs) + " " + paint)
    c.restoreState()


MARK_KINDS = ("other", "milestone", "crisis")  # drawn in this order: crises on top


def draw_mark_symbol(c: Canvas, kind: str, cx: float, cy: float, scale: float) -> None:
    """One mark, scaled, centred on (cx, cy): for legends and lists of events."""
    c.saveState()
    c.translate(cx, cy - 5.5 * scale)
    c.scale(scale, scale)
    draw_marks(c, kind, [0.0], 0.0)
    c.restoreState()


def _legend(c: Canvas, box: Box, lang: str, count_text: str, phases_unnamed: list[str]) -> None:
    """The marks' meaning at the top left, then a swatch for each phase whose band is too narrow
    to carry its own name, the number of events at the top right."""
    top = box.y + box.height
    baseline = fitting.baseline_in(top, LEGEND, LEGEND.leading)
    mid = top - LEGEND.leading / 2
    count_w = fitting.text_width(count_text, LEGEND)
    x = box.x
    items = [
        ("crisis", label("event_type", "crisis", lang)),
        ("milestone", label("event_type", "milestone", lang)),
        ("other", text("report.other_events", lang)),
    ]
    items += [(f"phase:{p}", label("phase", p, lang)) for p in phases_unnamed]
    for kind, name in items:
        room = box.x + box.width - count_w - 10 - (x + 9)
        shown = fitting.ellipsize(name, LEGEND, room)
        if not shown:
            break
        if kind.startswith("phase:"):
            c.saveState()
            c.setFillColor(ink(PHASE_FILL.get(kind[6:], "#eeeeee")))
            c.setStrokeColor(ink(MUTED))
            c.setLineWidth(0.4)
            c.rect(x, mid - 3, 7, 6, stroke=1, fill=1)
            c.restoreState()
        else:
            draw_mark_symbol(c, kind, x + 3.5, mid, 0.7)
        c.setFillColor(ink(LEGEND.color))
        c.setFont(LEGEND.font, LEGEND.size)
        c.drawString(x + 9, baseline, shown)
        x += 9 + fitting.text_width(shown, LEGEND) + 10
    c.setFillColor(ink(LEGEND.color))
    c.setFont(LEGEND.font, LEGEND.size)
    c.drawRightString(box.x + box.width, baseline, count_text)


def draw_timeline(c: Canvas, family: Family, box: Box, *, day: date, lang: str) -> None:
    """Draw the journey timeline of `family` in `box` (legend row, marks, phase band, dates)."""
    start, end = time_range(family, day)
    span = (end - start).days
    x0, w = box.x, box.width

    def x_of(d: date) -> float:
        return x0 + w * (d - start).days / span

    band_top = box.y + box.height - LEGEND.leading - MARKS - 2
    band_y = band_top - BAND

    unnamed: list[str] = []
    c.saveState()
    for a, b, phase in phase_segments(family, start, end):
        xa, xb = x_of(a), x_of(b)
        c.setFillColor(ink(PHASE_FILL.get(phase, "#eeeeee")))
        c.setStrokeColor(ink("#ffffff"))
        c.setLineWidth(1.0)
        c.rect(xa, band_y, xb - xa, BAND, stroke=1, fill=1)
        name = label("phase", phase, lang)
        if fitting.text_width(name, PHASE_LABEL) <= xb - xa - 6:
            c.setFillColor(ink(PHASE_LABEL.color))
            c.setFont(PHASE_LABEL.font, PHASE_LABEL.size)
            c.drawString(xa + 3, fitting.baseline_in(band_top, PHASE_LABEL, BAND), name)
        elif phase not in unnamed:
            unnamed.append(phase)
    c.restoreState()
    _legend(c, box, lang, text("report.events", lang, n=len(family.journey)), unnamed)

    for kind in MARK_KINDS:  # events within half a point of each other share one mark
        xs = {round(x_of(e.date) * 2) / 2 for e in family.journey if mark_kind(e.type) == kind}
        draw_marks(c, kind, sorted(xs), band_top + 1)

    today_x = x_of(day)
    c.saveState()
    c.setStrokeColor(ink(INK))
    c.setLineWidth(1.2)
    c.line(today_x, band_y, today_x, band_top + MARKS)
    c.restoreState()
    _dates(c, box, band_y, start, end, day, x_of, lang)


def _dates(
    c: Canvas,
    box: Box,
    band_y: float,
    start: date,
    end: date,
    day: date,
    x_of: Callable[[date], float],
    lang: str,
) -> None:
    """Date labels under the band: today, then start and end, then years, each only where it
    touches no label placed before it."""
    top = band_y - 2
    baseline = fitting.baseline_in(top, DATE_LABEL, DATE_LABEL.leading)
    taken: list[tuple[float, float]] = []
    left, right = box.x, box.x + box.width

    def place(text: str, x: float, align: str, bold: bool = False) -> None:
        style = Style(fonts.BOLD, DATE_LABEL.size, DATE_LABEL.leading, INK) if bold else DATE_LABEL
        w = fitting.text_width(text, style)
        a = x - w / 2 if align == "centre" else (x - w if align == "right" else x)
        a = min(max(a, left), right - w)
        if any(a < b1 + 4 and b0 < a + w + 4 for b0, b1 in taken):
            return
        taken.append((a, a + w))
        c.setFillColor(ink(style.color))
        c.setFont(style.font, style.size)
        c.drawString(a, baseline, text)

    today_text = f"{text('report.today', lang)} {format_date(day, lang)}"
    place(today_text, x_of(day), "centre", bold=True)
    place(format_date(start, lang), left, "left")
    place(format_date(end, lang), right, "right")
    for year in range(start.year + 1, end.year + 1):
        place(str(year), x_of(date(year, 1, 1)), "centre")
