"""Simple icons drawn as vector shapes: a person, two people, a heart, a list, a phone, a letter,
a check box and a warning sign. Each is drawn centred on (cx, cy) within a square of `size`
points, in one colour colour, so it prints clearly in black and white.

They are drawn for veldwerk and fall under its own licence, so they may be used in a product
municipalities buy (no symbol set is taken in: Mulberry is on neither PyPI nor Debian, Sclera
and ARASAAC allow no commercial use)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from reportlab.pdfgen.canvas import Canvas

from veldwerk.reports.fitting import Marker, ink

Icon = Callable[[Canvas, float, float, float, str], None]
"""(canvas, cx, cy, size, colour)."""


@contextmanager
def _pen(
    c: Canvas, colour: str, *, width: float | None = None, fill: bool = False
) -> Iterator[None]:
    """Draw in `colour`: lines `width` wide (when given) and/or fills; the canvas's state is
    put back afterwards."""
    c.saveState()
    if width is not None:
        c.setStrokeColor(ink(colour))
    if fill:
        c.setFillColor(ink(colour))
    if width is not None:
        c.setLineWidth(width)
    try:
        yield
    finally:
        c.restoreState()


def _lines(
    c: Canvas, points: Sequence[tuple[float, float]], *, closed: bool, stroke: int, fill: int
) -> None:
    """Straight lines through `points` (back to the first when `closed`)."""
    p = c.beginPath()
    p.moveTo(*points[0])
    for x, y in points[1:]:
        p.lineTo(x, y)
    if closed:
        p.close()
    c.drawPath(p, stroke=stroke, fill=fill)


def person(c: Canvas, cx: float, cy: float, size: float, colour: str) -> None:
    """A head and shoulders."""
    s = size
    with _pen(c, colour, fill=True):
        c.circle(cx, cy + 0.2 * s, 0.17 * s, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(cx - 0.32 * s, cy - 0.4 * s)
        p.curveTo(
            cx - 0.32 * s, cy - 0.02 * s, cx + 0.32 * s, cy - 0.02 * s, cx + 0.32 * s, cy - 0.4 * s
        )
        p.close()
        c.drawPath(p, stroke=0, fill=1)


def two_people(c: Canvas, cx: float, cy: float, size: float, colour: str) -> None:
    """Two people side by side: someone who takes over."""
    person(c, cx - 0.17 * size, cy + 0.04 * size, 0.8 * size, colour)
    c.saveState()
    c.setStrokeColor(ink("#ffffff"))
    c.setLineWidth(0.06 * size)
    c.setFillColor(ink(colour))
    c.circle(cx + 0.2 * size, cy + 0.1 * size, 0.13 * size, stroke=1, fill=1)
    p = c.beginPath()
    p.moveTo(cx - 0.05 * size, cy - 0.4 * size)
    p.curveTo(
        cx - 0.05 * size,
        cy - 0.08 * size,
        cx + 0.45 * size,
        cy - 0.08 * size,
        cx + 0.45 * size,
        cy - 0.4 * size,
    )
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    c.restoreState()


def heart(c: Canvas, cx: float, cy: float, size: float, colour: str) -> None:
    """A heart: someone you chose yourself."""
    s = size
    with _pen(c, colour, fill=True):
        p = c.beginPath()
        p.moveTo(cx, cy - 0.36 * s)
        p.curveTo(cx - 0.5 * s, cy, cx - 0.36 * s, cy + 0.42 * s, cx, cy + 0.2 * s)
        p.curveTo(cx + 0.36 * s, cy + 0.42 * s, cx + 0.5 * s, cy, cx, cy - 0.36 * s)
        p.close()
        c.drawPath(p, stroke=0, fill=1)


def checklist(c: Canvas, cx: float, cy: float, size: float, colour: str) -> None:
    """A sheet with three ticked lines: the plan."""
    s = size
    with _pen(c, colour, width=0.06 * s):
        c.roundRect(cx - 0.3 * s, cy - 0.4 * s, 0.6 * s, 0.8 * s, 0.06 * s, stroke=1, fill=0)
        for i in range(3):
            y = cy + 0.2 * s - i * 0.22 * s
            c.line(cx - 0.2 * s, y, cx - 0.14 * s, y - 0.06 * s)
            c.line(cx - 0.14 * s, y - 0.06 * s, cx - 0.06 * s, y + 0.06 * s)
            c.line(cx + 0.0 * s, y, cx + 0.2 * s, y)


def phone(c: Canvas, cx: float, cy: float, size: float, colour: str) -> None:
    """A mobile phone."""
    s = size
    with _pen(c, colour, width=0.09 * s, fill=True):
        c.roundRect(cx - 0.22 * s, cy - 0.4 * s, 0.44 * s, 0.8 * s, 0.08 * s, stroke=1, fill=0)
        c.line(cx - 0.22 * s, cy + 0.24 * s, cx + 0.22 * s, cy + 0.24 * s)
        c.line(cx - 0.22 * s, cy - 0.24 * s, cx + 0.22 * s, cy - 0.24 * s)
        c.circle(cx, cy - 0.32 * s, 0.04 * s, stroke=0, fill=1)


def mail(c: Canvas, cx: float, cy: float, size: float, colour: str) -> None:
    """A letter in its envelope."""
    s = size
    with _pen(c, colour, width=0.08 * s):
        c.setLineJoin(1)
        c.rect(cx - 0.4 * s, cy - 0.27 * s, 0.8 * s, 0.54 * s, stroke=1, fill=0)
        flap = [(cx - 0.4 * s, cy + 0.27 * s), (cx, cy - 0.04 * s), (cx + 0.4 * s, cy + 0.27 * s)]
        _lines(c, flap, closed=False, stroke=1, fill=0)


def box_todo(c: Canvas, cx: float, cy: float, size: float, colour: str) -> None:
    """An empty check box: still to do."""
    s = size
    with _pen(c, colour, width=0.08 * s):
        c.rect(cx - 0.32 * s, cy - 0.32 * s, 0.64 * s, 0.64 * s, stroke=1, fill=0)


def box_doing(c: Canvas, cx: float, cy: float, size: float, colour: str) -> None:
    """A half-filled check box: started."""
    s = size
    box_todo(c, cx, cy, size, colour)
    with _pen(c, colour, fill=True):
        half = [
            (cx - 0.32 * s, cy - 0.32 * s),
            (cx + 0.32 * s, cy - 0.32 * s),
            (cx - 0.32 * s, cy + 0.32 * s),
        ]
        _lines(c, half, closed=True, stroke=0, fill=1)


def warning(c: Canvas, cx: float, cy: float, size: float, colour: str) -> None:
    """A triangle with an exclamation mark."""
    s = size
    with _pen(c, colour, width=0.08 * s, fill=True):
        c.setLineJoin(1)
        triangle = [
            (cx, cy + 0.42 * s),
            (cx + 0.46 * s, cy - 0.36 * s),
            (cx - 0.46 * s, cy - 0.36 * s),
        ]
        _lines(c, triangle, closed=True, stroke=1, fill=0)
        c.setLineWidth(0.1 * s)
        c.line(cx, cy + 0.16 * s, cx, cy - 0.1 * s)
        c.circle(cx, cy - 0.22 * s, 0.05 * s, stroke=0, fill=1)


def for_action(status: str) -> Icon:
    """The check box of an action: half filled when started, empty when still to do."""
    return box_doing if status == "doing" else box_todo


def marker(icon: Icon, size: float, colour: str, centre: float) -> Marker:
    """`icon` as a line marker: `size` points, centred `centre` points after the line's start."""

    def draw(c: Canvas, x: float, y_mid: float, height: float) -> None:
        icon(c, x + centre, y_mid, size, colour)

    return draw


def in_circle(
    c: Canvas, icon: Icon, cx: float, cy: float, size: float, ring: str, colour: str
) -> None:
    """`icon` in a filled circle of diameter `size` (the family version's section badges)."""
    with _pen(c, ring, fill=True):
        c.circle(cx, cy, size / 2, stroke=0, fill=1)
    icon(c, cx, cy, size * 0.62, colour)
