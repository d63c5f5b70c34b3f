"""A few calm, line-drawn toolbar icons, painted at run time in the accent colour (no image files
to package, sharp at any scaling): new family, import, print, settings and lock."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from veldwerk.ui import style

Draw = Callable[[QPainter], None]
SIZE = 24.0  # the drawings use a 24 x 24 grid


def _new_family(p: QPainter) -> None:
    p.drawEllipse(QRectF(4, 4, 7, 7))
    p.drawArc(QRectF(1.5, 12, 12, 12), 0, 180 * 16)
    p.drawLine(QPointF(18, 6), QPointF(18, 16))
    p.drawLine(QPointF(13, 11), QPointF(23, 11))


def _import(p: QPainter) -> None:
    p.drawLine(QPointF(12, 2.5), QPointF(12, 15))
    p.drawPolyline([QPointF(7, 10), QPointF(12, 15), QPointF(17, 10)])
    p.drawPolyline([QPointF(3.5, 14), QPointF(3.5, 21), QPointF(20.5, 21), QPointF(20.5, 14)])


def _print(p: QPainter) -> None:
    p.drawRect(QRectF(7, 3, 10, 6))
    p.drawRoundedRect(QRectF(3, 9, 18, 9), 2, 2)
    p.drawRect(QRectF(7, 14, 10, 7))


def _settings(p: QPainter) -> None:
    p.drawEllipse(QPointF(12, 12), 3.2, 3.2)
    path = QPainterPath()
    for i in range(16):
        angle = math.pi * 2 * i / 16
        radius = 9.5 if i % 2 == 0 else 7.2
        point = QPointF(12 + radius * math.cos(angle), 12 + radius * math.sin(angle))
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    p.drawPath(path)


def _lock(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(4.5, 10.5, 15, 11), 2, 2)
    p.drawArc(QRectF(7.5, 3, 9, 13), 0, 180 * 16)
    p.drawLine(QPointF(7.5, 9.5), QPointF(7.5, 10.5))
    p.drawLine(QPointF(16.5, 9.5), QPointF(16.5, 10.5))
    p.drawLine(QPointF(12, 15), QPointF(12, 17.5))


DRAWINGS: dict[str, Draw] = {
    "new_family": _new_family,
    "import": _import,
    "print": _print,
    "settings": _settings,
    "lock": _lock,
}


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon `name` (a key of `DRAWINGS`), drawn for 1x, 2x and 3x screens, in `colour`:
    by default the accent, or the text colour of the system's high-contrast palette."""
    if colour is None:
        following = style.high_contrast_active()
        text = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
        colour = text if following else style.ACCENT
    result = QIcon()
    for scale in (1, 2, 3):
        pixmap = QPixmap(int(SIZE * scale), int(SIZE * scale))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        pen = QPen(QColor(colour), 1.7)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        DRAWINGS[name](painter)
        painter.end()
        result.addPixmap(pixmap)
    return result
