"""The items of the eco-map: a node for each network member and the family in the middle, in
the look of `ecomap_style` (the spec's shapes and colours in Qt). Pure drawing; where
everything goes is `ecomap_layout`.

A node can be drawn at three levels of detail (`FULL`, `COMPACT`, `SMALL`): the less room the
view has, the fewer and shorter the lines under a name, so the map fits without shrinking its
text out of reading (the list beside the map always has everything in full).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from veldwerk.domain import ecomap_spec as spec
from veldwerk.domain.model import NetworkMember
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.ecomap_style import (
    UNIT,
    colour,
    mark_ink,
    node_colours,
    node_path,
    node_pen,
)


@dataclass(frozen=True)
class Detail:
    """How much a node says and how much room the map takes: the width of a node's text, how
    many lines one fact may wrap to, how many facts it shows under the name (None: all), the
    radius of a circle or badge, the least radius of the family circle, the width of its text
    and the least length of a tie."""

    text_width: float
    wrap_lines: int
    facts: int | None
    dot: float
    centre: float
    centre_text: float
    tie: float


FULL = Detail(170.0, 2, None, 24.0, 60.0, 190.0, 40.0)
COMPACT = Detail(140.0, 1, 2, 20.0, 52.0, 130.0, 30.0)
SMALL = Detail(120.0, 1, 1, 15.0, 44.0, 100.0, 22.0)
DETAILS = (FULL, COMPACT, SMALL)
TEXT_WIDTH = FULL.text_width


def wrap(fm: QFontMetricsF, text: str, width: float, max_lines: int = 2) -> list[str]:
    """`text` in lines of at most `width`, at most `max_lines` (the last one elided)."""
    if max_lines <= 1:
        return [fm.elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight, width)]
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if fm.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        lines.append(fm.elidedText(current, Qt.TextElideMode.ElideRight, width))
    return lines


@dataclass(frozen=True)
class NodeText:
    """What a node says: its title line (bold) and the lines under it."""

    title: str
    lines: tuple[str, ...]
    badge: str = ""
    role: str = ""  # "vast aanspreekpunt" / "achterwacht", drawn emphasised


def initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


class PersonNode(QGraphicsItem):
    """One network member. Its position is the centre of its shape; the text sits inside a
    professional's rectangle and on the outer side of a circle or badge (`label_below`)."""

    def __init__(
        self,
        person: NetworkMember,
        text: NodeText,
        ended: bool,
        font: QFont,
        label_below: bool,
        detail: Detail = FULL,
    ) -> None:
        super().__init__()
        self.network_id = person.id
        self.kind = person.kind
        self.text = text
        self.ended = ended
        self.label_below = label_below
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        self.small_bold = QFont(self.small)
        self.small_bold.setBold(True)
        fm, fb = QFontMetricsF(self.small), QFontMetricsF(self.bold)
        self.line_h = fm.lineSpacing()
        self.title_h = fb.lineSpacing()
        width = detail.text_width
        self.detail = detail
        self.title = fb.elidedText(text.title, Qt.TextElideMode.ElideRight, width)
        facts = [t for t in text.lines if t][: detail.facts]
        self.lines = [line for t in facts for line in wrap(fm, t, width, detail.wrap_lines)]
        self.role = text.role  # a short label ("vast aanspreekpunt"), never shortened
        widths = [fb.horizontalAdvance(self.title)] + [fm.horizontalAdvance(t) for t in self.lines]
        if self.role:
            widths.append(QFontMetricsF(self.small_bold).horizontalAdvance(self.role))
        self.text_w = max(widths)
        self.text_h = (
            self.title_h + self.line_h * len(self.lines) + (self.line_h + 2 if self.role else 0)
        )
        if self.kind == "professional":
            w = max(self.text_w + 28, width - 20)
            h = self.text_h + 18
            self.shape_rect = QRectF(-w / 2, -h / 2, w, h)
            self.text_rect = self.shape_rect.adjusted(14, 9, -14, -9)
        else:
            r = detail.dot * 1.4 if self.kind == "jim" else detail.dot  # a diamond's corners
            self.shape_rect = QRectF(-r, -r, 2 * r, 2 * r)
            self.text_rect = QRectF()
            self.place_label(label_below)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)
        self.setToolTip("\n".join([text.title, *[t for t in (*text.lines, text.role) if t]]))

    def place_label(self, below: bool) -> None:
        """Put the text of a circle or badge below (or above) its shape."""
        if self.kind == "professional":
            return
        self.prepareGeometryChange()
        self.label_below = below
        r = self.shape_rect.height() / 2
        w = self.text_w + 12
        top = r + 6 if below else -r - 6 - self.text_h - 6
        self.text_rect = QRectF(-w / 2, top, w, self.text_h + 6)

    def extent(self) -> QRectF:
        """Shape and text together, around the node's position."""
        return self.shape_rect.united(self.text_rect)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        return self.extent().adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.shape_rect.united(self.text_rect))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        fill, _line = node_colours(self.kind, self.ended)
        selected = self.isSelected()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(node_pen(self.kind, self.ended, selected))
        painter.setBrush(QBrush(fill))
        painter.drawPath(node_path(self.kind, self.shape_rect))
        mark = {"badge": self.text.badge, "initials": initials(self.text.title)}.get(
            spec.node_style(self.kind).mark, ""
        )
        if mark:
            painter.setFont(self.bold)
            painter.setPen(mark_ink(self.kind, self.ended))
            painter.drawText(self.shape_rect, Qt.AlignmentFlag.AlignCenter, mark)
        if self.kind != "professional":
            painter.setPen(Qt.PenStyle.NoPen)
            back = QColor(colour(spec.LABEL_BACKGROUND))
            back.setAlpha(225)
            if selected:
                back = QColor(style.SELECTION_BG)
            painter.setBrush(back)
            painter.drawRoundedRect(self.text_rect, 5, 5)
        ink = colour(spec.MUTED if self.ended else spec.INK)
        y = self.text_rect.top() + (3 if self.kind != "professional" else 0)
        painter.setFont(self.bold)
        painter.setPen(ink)
        painter.drawText(
            QRectF(self.text_rect.left(), y, self.text_rect.width(), self.title_h),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        y += self.title_h
        painter.setFont(self.small)
        painter.setPen(colour(spec.MUTED))
        for text in self.lines:
            painter.drawText(
                QRectF(self.text_rect.left(), y, self.text_rect.width(), self.line_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += self.line_h
        if self.role:
            painter.setFont(self.small_bold)
            painter.setPen(colour(spec.MUTED if self.ended else spec.ROLE_INK))
            painter.drawText(
                QRectF(self.text_rect.left(), y + 2, self.text_rect.width(), self.line_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                self.role,
            )


class FamilyNode(QGraphicsItem):
    """The family in the middle: a circle with its name and the first names of the household."""

    def __init__(self, title: str, subtitle: str, font: QFont, detail: Detail = FULL) -> None:
        super().__init__()
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.bold.setPointSizeF(font.pointSizeF() * 1.15)
        self.small = QFont(font)
        self.small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        fb, fs = QFontMetricsF(self.bold), QFontMetricsF(self.small)
        self.title = title
        self.subtitle = subtitle
        widest = detail.centre_text
        title_w = min(fb.horizontalAdvance(title), widest)
        sub_w = min(fs.horizontalAdvance(subtitle), widest)
        self.radius = max(detail.centre, max(title_w, sub_w) / 2 + 18)
        self.setZValue(3)
        self.title_rect = fb.boundingRect(
            QRectF(0, 0, self.radius * 1.6, 200), int(Qt.TextFlag.TextWordWrap), title
        )
        self.sub_rect = fs.boundingRect(
            QRectF(0, 0, self.radius * 1.6, 200), int(Qt.TextFlag.TextWordWrap), subtitle
        )

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        r = self.radius + 3
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self.radius
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour(spec.FAMILY_LINE), spec.FAMILY_OUTLINE * UNIT))
        painter.setBrush(colour(spec.FAMILY_FILL))
        painter.drawEllipse(QRectF(-r, -r, 2 * r, 2 * r))
        width = r * 1.6
        total = self.title_rect.height() + (self.sub_rect.height() + 4 if self.subtitle else 0)
        top = -total / 2
        painter.setPen(colour(spec.INK))
        painter.setFont(self.bold)
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(
            QRectF(-width / 2, top, width, self.title_rect.height()), flags, self.title
        )
        if self.subtitle:
            painter.setPen(colour(spec.MUTED))
            painter.setFont(self.small)
            painter.drawText(
                QRectF(
                    -width / 2, top + self.title_rect.height() + 4, width, self.sub_rect.height()
                ),
                flags,
                self.subtitle,
            )
