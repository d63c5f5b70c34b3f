"""Tag chips: a barrier (knelpunt) or an enabler (what helped) as a small labelled pill.

Colour never stands alone: a barrier chip has a triangle, an enabler chip a check mark, and both
carry their label."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from veldwerk.ui.tabs import style

BARRIER = "barrier"
ENABLER = "enabler"
PAD_X = 7.0
ICON = 9.0
GAP = 5.0
SPACING = 6.0


def chip_height(fm: QFontMetricsF) -> float:
    return fm.height() + 6.0


def chip_width(fm: QFontMetricsF, text: str) -> float:
    return PAD_X + ICON + GAP + fm.horizontalAdvance(text) + PAD_X


def layout_chips(
    fm: QFontMetricsF,
    chips: Sequence[tuple[str, str]],
    width: float,
    widths: dict[str, float] | None = None,
) -> list[tuple[QRectF, str, str]]:
    """Rectangles (from (0, 0)) for `chips` ((kind, text) pairs) wrapped to `width`; `widths`
    remembers each text's chip width between calls."""
    out: list[tuple[QRectF, str, str]] = []
    h = chip_height(fm)
    x = y = 0.0
    for kind, text in chips:
        if widths is None:
            natural = chip_width(fm, text)
        else:
            natural = widths.get(text, -1.0)
            if natural < 0:
                natural = widths[text] = chip_width(fm, text)
        w = min(natural, max(width, 40.0))
        if x > 0 and x + w > width:
            x = 0.0
            y += h + 4.0
        out.append((QRectF(x, y, w, h), kind, text))
        x += w + SPACING
    return out


def chips_height(
    fm: QFontMetricsF,
    chips: Sequence[tuple[str, str]],
    width: float,
    widths: dict[str, float] | None = None,
) -> float:
    rects = layout_chips(fm, chips, width, widths)
    return rects[-1][0].bottom() if rects else 0.0


def paint_chip(painter: QPainter, rect: QRectF, kind: str, text: str, fm: QFontMetricsF) -> None:
    barrier = kind == BARRIER
    bg = style.BARRIER_BG if barrier else style.ENABLER_BG
    line = style.BARRIER_BORDER if barrier else style.ENABLER_BORDER
    ink = style.BARRIER_INK if barrier else style.ENABLER_INK
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(line, 1.0))
    painter.setBrush(bg)
    painter.drawRoundedRect(
        rect.adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2, rect.height() / 2
    )
    cx = rect.left() + PAD_X + ICON / 2
    cy = rect.center().y()
    if barrier:
        tri = QPolygonF(
            [
                QPointF(cx, cy - ICON / 2),
                QPointF(cx + ICON / 2, cy + ICON / 2 - 1),
                QPointF(cx - ICON / 2, cy + ICON / 2 - 1),
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(line)
        painter.drawPolygon(tri)
    else:
        tick = QPainterPath(QPointF(cx - ICON / 2, cy))
        tick.lineTo(cx - ICON / 8, cy + ICON / 2 - 1)
        tick.lineTo(cx + ICON / 2, cy - ICON / 2 + 1)
        painter.setPen(
            QPen(
                line, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
            )
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    painter.setPen(ink)
    text_rect = QRectF(
        rect.left() + PAD_X + ICON + GAP,
        rect.top(),
        rect.width() - PAD_X * 2 - ICON - GAP,
        rect.height(),
    )
    painter.drawText(
        text_rect,
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        fm.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width() + 1),
    )
    painter.restore()


class ChipStrip(QWidget):
    """A row of chips as a widget (the legend above the timeline)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips: list[tuple[str, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_chips(self, chips: Sequence[tuple[str, str]]) -> None:
        self.chips = list(chips)
        self.setAccessibleName(", ".join(text for _kind, text in self.chips))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        fm = QFontMetricsF(self.font())
        width = sum(chip_width(fm, t) + SPACING for _k, t in self.chips)
        return QSize(int(width) + 2, int(chip_height(fm)) + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt naming)
        painter = QPainter(self)
        fm = QFontMetricsF(self.font())
        painter.setFont(self.font())
        for rect, kind, text in layout_chips(fm, self.chips, float(self.width())):
            paint_chip(painter, rect.translated(0.5, 0.5), kind, text, fm)
        painter.end()
