"""The sheet both overviews are drawn on: one A4 page, fonts embedded, no timestamps or names
in the document's metadata."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from veldwerk.reports import fonts

WIDTH, HEIGHT = A4


@dataclass(frozen=True)
class Box:
    """A rectangle on the page: (x, y) is its lower-left corner."""

    x: float
    y: float
    width: float
    height: float


def new_canvas(buffer: io.BytesIO, *, title: str, lang: str) -> Canvas:
    """An A4 canvas writing into `buffer`, speaking `lang`, whose only font is the embedded one.

    `invariant` keeps creation dates and random ids out, so the same family prints the same bytes;
    the title names the kind of page, never the family."""
    fonts.ensure_fonts()
    c = Canvas(
        buffer,
        pagesize=A4,
        invariant=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
        lang=lang,
    )
    c.setTitle(title)
    c.setAuthor("veldwerk")
    c.setCreator("veldwerk")
    return c


def finish(c: Canvas, buffer: io.BytesIO) -> bytes:
    """Close the single page and return the PDF."""
    c.showPage()
    c.save()
    return buffer.getvalue()
