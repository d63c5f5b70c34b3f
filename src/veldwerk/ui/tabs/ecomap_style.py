"""The eco-map's visual language (`domain.ecomap_spec`) in Qt: colours, pens, paths and shapes.

One tie unit (the width of a normal tie) is `UNIT` pixels on the screen; every size of the spec
is scaled by it. The map's own layout is `ecomap_layout`, its items `ecomap_items`.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen

from veldwerk.domain import ecomap_spec as spec
from veldwerk.ui.tabs import style

UNIT = 2.0
"""Pixels per tie unit."""


GROUNDS = frozenset(
    {spec.BACKGROUND, spec.LABEL_BACKGROUND, spec.FAMILY_FILL, spec.ENDED_FILL}
    | {node.fill for node in spec.NODES.values()}
)
"""The spec's colours that are filled under something; the others are inks and lines."""


def colour(hex_code: str) -> QColor:
    """The QColor of a spec colour; with the system's high-contrast palette, its base for a
    fill and its text colour for an ink or a line (shapes and dashes still tell them apart)."""
    if style.following():
        return QColor(style.PHASE_BG if hex_code in GROUNDS else style.INK)
    return _own(hex_code)


@cache
def _own(hex_code: str) -> QColor:
    return QColor(hex_code)


def node_colours(kind: str, ended: bool) -> tuple[QColor, QColor]:
    """(fill, outline) of a node of `kind`."""
    fill, line = spec.node_colours(kind, ended)
    return colour(fill), colour(line)


def mark_ink(kind: str, ended: bool) -> QColor:
    """The colour of what a node's shape holds ("JIM", initials)."""
    return colour(spec.MUTED if ended else spec.node_style(kind).mark_ink)


def node_pen(kind: str, ended: bool, selected: bool = False) -> QPen:
    """The outline of a node (a selected node: thicker and in ink)."""
    if selected:
        return QPen(colour(spec.INK), spec.NODE_OUTLINE * UNIT * 1.9)
    return QPen(node_colours(kind, ended)[1], spec.NODE_OUTLINE * UNIT)


def node_path(kind: str, rect: QRectF) -> QPainterPath:
    """The shape of a node of `kind` filling `rect` (centred in it)."""
    shape = spec.node_style(kind).shape
    path = QPainterPath()
    if shape == spec.DIAMOND:
        c = rect.center()
        radius = min(rect.width(), rect.height()) / 2
        corners = [QPointF(x, y) for x, y in spec.diamond_points(c.x(), c.y(), radius)]
        path.moveTo(corners[0])
        for p in corners[1:]:
            path.lineTo(p)
        path.closeSubpath()
    elif shape == spec.ROUNDED_RECT:
        r = spec.CORNER * min(rect.width(), rect.height())
        path.addRoundedRect(rect, r, r)
    else:
        path.addEllipse(rect)
    return path


def tie_pen(strength: str, ended: bool) -> QPen:
    """The pen of a tie of `strength` (the zig-zag of a stressful tie is in its path)."""
    tie = spec.tie_style(strength, ended)
    pen = QPen(colour(tie.colour), tie.width * UNIT)
    if tie.dash:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern(list(tie.dash))  # Qt counts dashes in pen widths, as the spec does
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def tie_path(start: QPointF, end: QPointF, strength: str, ended: bool) -> QPainterPath:
    """The line of a tie from `start` to `end`: straight, or a zig-zag when stressful."""
    path = QPainterPath(start)
    if spec.tie_style(strength, ended).zigzag:
        points = spec.zigzag_points(
            start.x(),
            start.y(),
            end.x(),
            end.y(),
            spec.ZIGZAG_AMPLITUDE * UNIT,
            spec.ZIGZAG_WAVELENGTH * UNIT,
        )
        for x, y in points[1:]:
            path.lineTo(x, y)
    else:
        path.lineTo(end)
    return path
