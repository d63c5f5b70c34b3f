"""The family's access report (issue 15, AVG art. 15): several A4 pages of headings and short
paragraphs, in easy words. What it says is composed by `services.access_report`; this module
only lays it out (the embedded font, the page helpers of the overviews, a page number below)."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from veldwerk.progress import CancelToken, Progress, check, report
from veldwerk.reports import fonts, page
from veldwerk.reports.fitting import Style, clean, ink, wrap

INK = "#1c2428"
ACCENT = "#1f4e5a"
TITLE = Style(fonts.BOLD, 24, 30, INK)
HEAD = Style(fonts.BOLD, 17, 23, ACCENT)
TEXT = Style(fonts.REGULAR, 12, 17, INK)
SMALL = Style(fonts.REGULAR, 10, 14, "#455a64")
MARGIN_X = 52.0
TOP = page.HEIGHT - 56.0
BOTTOM = 56.0
WIDTH = page.WIDTH - 2 * MARGIN_X
BULLET = 14.0


@dataclass(frozen=True)
class Section:
    """A heading and its lines; a line starting with "• " is drawn as a list item."""

    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ReportText:
    title: str
    intro: tuple[str, ...]
    sections: tuple[Section, ...]
    page_label: Callable[[int], str]


class _Writer:
    def __init__(self, c: Canvas, page_label: Callable[[int], str]) -> None:
        self.c = c
        self.y = TOP
        self.n = 1
        self._label = page_label

    def _footer(self) -> None:
        self.c.setFont(SMALL.font, SMALL.size)
        self.c.setFillColor(ink(SMALL.color))
        self.c.drawRightString(MARGIN_X + WIDTH, BOTTOM - 28, self._label(self.n))

    def new_page(self) -> None:
        self._footer()
        self.c.showPage()
        self.n += 1
        self.y = TOP

    def room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def text(self, value: str, style: Style, indent: float = 0.0) -> None:
        bullet = value.startswith("• ")
        body = value[2:] if bullet else value
        lines = wrap(clean(body), style, WIDTH - indent - (BULLET if bullet else 0.0)) or [""]
        for i, line in enumerate(lines):
            self.room(style.leading)
            self.y -= style.leading
            self.c.setFont(style.font, style.size)
            self.c.setFillColor(ink(style.color))
            x = MARGIN_X + indent
            if bullet:
                if i == 0:
                    self.c.drawString(x, self.y, "•")
                x += BULLET
            self.c.drawString(x, self.y, line)

    def finish(self) -> None:
        self._footer()


def build_access_report(
    content: ReportText,
    *,
    lang: str,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> bytes:
    """The report as PDF bytes (no names or dates in its metadata)."""
    buffer = io.BytesIO()
    c = page.new_canvas(buffer, title=content.title, lang=lang)
    w = _Writer(c, content.page_label)
    w.text(content.title, TITLE)
    w.y -= 6
    for paragraph in content.intro:
        w.text(paragraph, TEXT)
        w.y -= 4
    total = len(content.sections)
    for i, section in enumerate(content.sections):
        check(cancel)
        report(progress, i, total)
        w.room(HEAD.leading + 2 * TEXT.leading + 14)  # a heading never ends a page
        w.y -= 14
        w.text(section.heading, HEAD)
        w.y -= 2
        for line in section.lines:
            w.text(line, TEXT)
    report(progress, total, total)
    w.finish()
    c.save()
    return buffer.getvalue()


def sections_of(pairs: Sequence[tuple[str, Sequence[str]]]) -> tuple[Section, ...]:
    return tuple(Section(h, tuple(lines)) for h, lines in pairs)
