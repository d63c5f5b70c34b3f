"""The team overview's look: its colours, type, the place and size of each section, and the
few line and box builders every section uses."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from veldwerk.domain.model import Member
from veldwerk.reports import fitting, fonts, page, texts
from veldwerk.reports.fitting import Cell, Line, Run, Style, ink
from veldwerk.reports.page import Box
from veldwerk.texts import text

INK = "#1f2a30"
ACCENT = "#1f4e5a"
MUTED = "#546e7a"
RULE = "#b0bec5"
WARN = "#8e3a12"
WARN_FILL = "#fcefe5"
BOX_FILL = "#f4f7f8"

TITLE = Style(fonts.BOLD, 15, 19, INK)
TAG = Style(fonts.BOLD, 8, 10, ACCENT)
META = Style(fonts.REGULAR, 8, 10.5, "#37474f")
META_B = Style(fonts.BOLD, 8, 10.5, "#37474f")
HEAD = Style(fonts.BOLD, 9.5, 14, ACCENT)
SUBHEAD = Style(fonts.BOLD, 8.5, 12, ACCENT)
BODY = Style(fonts.REGULAR, 8, 10, INK)
BODY_B = Style(fonts.BOLD, 8, 10, INK)
JIM = Style(fonts.BOLD, 8, 10, ACCENT)
GOAL = Style(fonts.BOLD, 8.5, 11, INK)
SMALL = Style(fonts.REGULAR, 7.2, 9, MUTED)
SMALL_B = Style(fonts.BOLD, 7.2, 9, "#37474f")
MORE = Style(fonts.REGULAR, 7.2, 9.5, MUTED)
ROLE = Style(fonts.BOLD, 7.5, 9.5, ACCENT)
NAME = Style(fonts.BOLD, 11, 13.5, INK)
WARN_TITLE = Style(fonts.BOLD, 11, 13.5, WARN)
WARN_TEXT = Style(fonts.REGULAR, 8.5, 10.5, WARN)
FOOT = Style(fonts.REGULAR, 7, 9, MUTED)
FOOT_B = Style(fonts.BOLD, 7, 9, WARN)

MARGIN_X = 32.0
TOP = page.HEIGHT - 28.0
BOTTOM = 24.0
WIDTH = page.WIDTH - 2 * MARGIN_X
CONTACT_H = 64.0
MIDDLE_H = 206.0
LEFT_W = 256.0
TIMELINE_H = 50.0
GAP = 9.0
INDENT = 11.0
PHONE_W = 58.0
COL_GAP = 6.0
SEP = " · "


def rule(c: Canvas, y: float) -> None:
    """A thin line across the page at `y`."""
    c.saveState()
    c.setStrokeColor(ink(RULE))
    c.setLineWidth(0.6)
    c.line(MARGIN_X, y, MARGIN_X + WIDTH, y)
    c.restoreState()


def frame(c: Canvas, box: Box, fill: str, stroke: str, width: float) -> None:
    """A rounded box filled with `fill`, its edge `width` points of `stroke`."""
    c.saveState()
    c.setFillColor(ink(fill))
    c.setStrokeColor(ink(stroke))
    c.setLineWidth(width)
    c.roundRect(box.x, box.y, box.width, box.height, 4, stroke=1, fill=1)
    c.restoreState()


def member_name(m: Member, lang: str) -> str:
    return fitting.clean(m.display_name) or text("report.unnamed", lang)


def more_line(n: int, lang: str, width: float, indent: float = 0.0) -> Line:
    """ "+N more" for what a section had to leave out."""
    return fitting.text_line([Run(texts.more(n, lang), MORE)], width, indent=indent)


def heading(title: str, width: float, right: str = "") -> Line:
    """A section's heading, with `right` (e.g. "+2 more") at its right end."""
    if not right:
        return fitting.text_line([Run(title, HEAD)], width)
    right_w = fitting.text_width(right, MORE)
    return Line(
        (
            Cell(0, width - right_w - 8, fitting.fit_runs([Run(title, HEAD)], width - right_w - 8)),
            Cell(width - right_w, right_w, (Run(right, MORE),), "right"),
        ),
        HEAD.leading,
    )
