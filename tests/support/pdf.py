"""Reading an overview PDF back for the tests: pages, text, characters with their boxes, fonts."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pdfplumber
import pypdf


@dataclass(frozen=True)
class Glyph:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def read(pdf: bytes) -> tuple[str, list[Glyph], tuple[float, float]]:
    """The first page's text, its printed characters (each with its box and font size) and the
    page's size.

    Characters rather than words: two texts printed over each other on one line would be read
    as a single garbled word, and a word-level check would miss them."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        chars = [
            Glyph(ch["text"], ch["x0"], ch["x1"], ch["top"], ch["bottom"], ch["size"])
            for ch in page.chars
            if ch["text"].strip()
        ]
        return page.extract_text() or "", chars, (page.width, page.height)


def overlapping(glyphs: list[Glyph], slack: float = 0.3) -> list[tuple[Glyph, Glyph]]:
    """Pairs of characters whose boxes overlap by more than `slack` points both ways (letters
    of one text only touch: each starts where the one before it ends)."""
    ordered = sorted(glyphs, key=lambda g: g.top)
    pairs: list[tuple[Glyph, Glyph]] = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.top >= a.bottom - slack:
                break
            if min(a.x1, b.x1) - max(a.x0, b.x0) > slack:
                pairs.append((a, b))
    return pairs


def outside(glyphs: list[Glyph], size: tuple[float, float], margin: float) -> list[Glyph]:
    """Characters that come closer than `margin` points to an edge of the page."""
    width, height = size
    return [
        g
        for g in glyphs
        if g.x0 < margin or g.x1 > width - margin or g.top < margin or g.bottom > height - margin
    ]


def fonts(pdf: bytes) -> list[dict[str, object]]:
    """The fonts of the first page: subtype, base name and whether the font file is embedded."""
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    found = []
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor = font.get("/FontDescriptor")
        embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
        found.append(
            {
                "subtype": font["/Subtype"],
                "name": str(font["/BaseFont"]),
                "embedded": embedded,
                "to_unicode": "/ToUnicode" in font,
            }
        )
    return found
