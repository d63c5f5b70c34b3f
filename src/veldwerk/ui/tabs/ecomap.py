"""The eco-map (ecogram) of the Netwerk tab, drawn with QGraphicsView.

The family is a circle in the middle with its name; every network member is a node around it:
professionals as blue rounded rectangles with their profession, the informal network as yellow
circles (with initials), the JIM as a purple badge marked "JIM" with whom they mentor. The tie
to each is drawn by its strength: strong thick and solid, normal solid, weak dashed, stressful a
warm red zig-zag. Ties that have ended are grey and dotted. The view scales the map to fit, but
never so small that the text cannot be read (it scrolls instead).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStyleOptionGraphicsItem,
    QWidget,
)

from veldwerk.domain.codes import label
from veldwerk.domain.model import Family, NetworkMember
from veldwerk.domain.rules import current_contact
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.dates_text import display
from veldwerk.ui.tabs.ecomap_layout import fitted_positions, ordered, positions, zigzag

MIN_SCALE = 0.8
MAX_SCALE = 1.4
TEXT_WIDTH = 170.0
ASPECTS = (0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.1)


def wrap(fm: QFontMetricsF, text: str, width: float, max_lines: int = 2) -> list[str]:
    """`text` in lines of at most `width`, at most `max_lines` (the last one elided)."""
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


def badge_path(outer: float, inner: float, points: int = 12) -> QPainterPath:
    """A seal (rosette) with `points` points, centred on (0, 0)."""
    path = QPainterPath()
    for k in range(points * 2):
        r = outer if k % 2 == 0 else inner
        a = -math.pi / 2 + math.pi * k / points
        p = QPointF(r * math.cos(a), r * math.sin(a))
        if k == 0:
            path.moveTo(p)
        else:
            path.lineTo(p)
    path.closeSubpath()
    return path


def tie_pen(strength: str, ended: bool) -> QPen:
    """The pen of a tie of `strength` (the zig-zag of a stressful tie is in the path)."""
    if ended:
        pen = QPen(style.ENDED, 1.6, Qt.PenStyle.DotLine)
    elif strength == "strong":
        pen = QPen(style.TIE, 5.0)
    elif strength == "weak":
        pen = QPen(style.TIE, 1.8, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([4.0, 3.0])
    elif strength == "stressful":
        pen = QPen(style.STRESS, 2.4)
    else:
        pen = QPen(style.TIE, 2.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def tie_path(start: QPointF, end: QPointF, strength: str, ended: bool) -> QPainterPath:
    path = QPainterPath(start)
    if strength == "stressful" and not ended:
        for x, y in zigzag(start.x(), start.y(), end.x(), end.y())[1:]:
            path.lineTo(x, y)
    else:
        path.lineTo(end)
    return path


def kind_colours(kind: str, ended: bool) -> tuple[QColor, QColor]:
    """(fill, outline) of a node."""
    if ended:
        return style.ENDED_FILL, style.ENDED
    if kind == "professional":
        return style.PROFESSIONAL_FILL, style.PROFESSIONAL_LINE
    if kind == "jim":
        return style.JIM_FILL, style.JIM_LINE
    return style.INFORMAL_FILL, style.INFORMAL_LINE


class PersonNode(QGraphicsItem):
    """One network member. Its position is the centre of its shape; the text sits inside a
    professional's rectangle and on the outer side of a circle or badge (`label_below`)."""

    def __init__(
        self, person: NetworkMember, text: NodeText, ended: bool, font: QFont, label_below: bool
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
        self.title = fb.elidedText(text.title, Qt.TextElideMode.ElideRight, TEXT_WIDTH)
        self.lines = [line for t in text.lines if t for line in wrap(fm, t, TEXT_WIDTH)]
        self.role = fb.elidedText(text.role, Qt.TextElideMode.ElideRight, TEXT_WIDTH)
        widths = [fb.horizontalAdvance(self.title)] + [fm.horizontalAdvance(t) for t in self.lines]
        if self.role:
            widths.append(QFontMetricsF(self.small_bold).horizontalAdvance(self.role))
        self.text_w = max(widths)
        self.text_h = (
            self.title_h + self.line_h * len(self.lines) + (self.line_h + 2 if self.role else 0)
        )
        if self.kind == "professional":
            w = max(self.text_w + 28, 150.0)
            h = self.text_h + 18
            self.shape_rect = QRectF(-w / 2, -h / 2, w, h)
            self.text_rect = self.shape_rect.adjusted(14, 9, -14, -9)
        else:
            r = 30.0 if self.kind == "jim" else 24.0
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
        fill, line = kind_colours(self.kind, self.ended)
        selected = self.isSelected()
        pen = QPen(style.INK if selected else line, 3.0 if selected else 1.6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        if self.kind == "professional":
            painter.drawRoundedRect(self.shape_rect, 10, 10)
        elif self.kind == "jim":
            painter.drawPath(
                badge_path(self.shape_rect.width() / 2, self.shape_rect.width() / 2 - 5)
            )
            painter.setFont(self.bold)
            painter.setPen(style.FAINT if self.ended else style.JIM_LINE.darker(140))
            painter.drawText(self.shape_rect, Qt.AlignmentFlag.AlignCenter, self.text.badge)
        else:
            painter.drawEllipse(self.shape_rect)
            painter.setFont(self.bold)
            painter.setPen(style.FAINT if self.ended else style.INK)
            painter.drawText(
                self.shape_rect, Qt.AlignmentFlag.AlignCenter, initials(self.text.title)
            )
        if self.kind != "professional":
            painter.setPen(Qt.PenStyle.NoPen)
            back = QColor(255, 255, 255, 225)
            if selected:
                back = QColor(style.SELECTION_BG)
            painter.setBrush(back)
            painter.drawRoundedRect(self.text_rect, 5, 5)
        ink = style.MUTED if self.ended else style.INK
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
        painter.setPen(style.MUTED)
        for text in self.lines:
            painter.drawText(
                QRectF(self.text_rect.left(), y, self.text_rect.width(), self.line_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += self.line_h
        if self.role:
            painter.setFont(self.small_bold)
            painter.setPen(style.MUTED if self.ended else style.PROFESSIONAL_LINE)
            painter.drawText(
                QRectF(self.text_rect.left(), y + 2, self.text_rect.width(), self.line_h),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                self.role,
            )


class FamilyNode(QGraphicsItem):
    """The family in the middle: a circle with its name and the first names of the household."""

    def __init__(self, title: str, subtitle: str, font: QFont) -> None:
        super().__init__()
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.bold.setPointSizeF(font.pointSizeF() * 1.15)
        self.small = QFont(font)
        self.small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        fb, fs = QFontMetricsF(self.bold), QFontMetricsF(self.small)
        self.title = title
        self.subtitle = subtitle
        title_w = min(fb.horizontalAdvance(title), 190.0)
        sub_w = min(fs.horizontalAdvance(subtitle), 190.0)
        self.radius = max(60.0, max(title_w, sub_w) / 2 + 18)
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
        painter.setPen(QPen(style.FAMILY_LINE, 2.4))
        painter.setBrush(style.FAMILY_FILL)
        painter.drawEllipse(QRectF(-r, -r, 2 * r, 2 * r))
        width = r * 1.6
        total = self.title_rect.height() + (self.sub_rect.height() + 4 if self.subtitle else 0)
        top = -total / 2
        painter.setPen(style.INK)
        painter.setFont(self.bold)
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(
            QRectF(-width / 2, top, width, self.title_rect.height()), flags, self.title
        )
        if self.subtitle:
            painter.setPen(style.MUTED)
            painter.setFont(self.small)
            painter.drawText(
                QRectF(
                    -width / 2, top + self.title_rect.height() + 4, width, self.sub_rect.height()
                ),
                flags,
                self.subtitle,
            )


class EcoMapView(QGraphicsView):
    """The eco-map of one family. Emits `person_selected(network_id)` when a node is clicked
    (empty string when none) and `person_activated(network_id)` on a double click."""

    person_selected = Signal(str)
    person_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QColor("#fbfcfd"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMinimumSize(QSize(320, 240))
        self.nodes: dict[str, PersonNode] = {}
        self.ties: dict[str, QGraphicsPathItem] = {}
        self.family_node: FamilyNode | None = None
        self._syncing = False
        self._shown: tuple[Family | None, str, date] = (None, "en", date.today())
        self._built_for = QSize(1, 1)
        self.scene().selectionChanged.connect(self._selection_changed)
        self.setAccessibleName(self.tr("Eco-map of the network"))

    # ---- content -------------------------------------------------------------------------
    def node_text(self, family: Family, person: NetworkMember, lang: str, today: date) -> NodeText:
        lines: list[str] = []
        badge = role_text = ""
        if person.kind == "professional":
            lines.append(label("profession", person.profession or "other", lang))
            if person.organisation:
                lines.append(person.organisation)
            for role in ("primary", "backup"):
                contact = current_contact(family, role, today)
                if contact is not None and contact.network_id == person.id:
                    role_text = label("contact_role", role, lang)
        elif person.kind == "jim":
            badge = self.tr("JIM")
            mentee = family.member(person.mentor_of or "")
            name = mentee.display_name or label("member_role", mentee.role, lang) if mentee else "?"
            lines.append(self.tr("JIM of %1").replace("%1", name))
            if person.relation:
                lines.append(person.relation)
        elif person.relation:
            lines.append(person.relation)
        if not person.involved_on(today) and person.until is not None and person.until <= today:
            lines.append(self.tr("until %1").replace("%1", display(person.until, lang)))
        return NodeText(person.name, tuple(lines), badge, role_text)

    def set_family(self, family: Family | None, lang: str, today: date) -> None:
        self._shown = (family, lang, today)
        self._build()

    def _build(self) -> None:
        family, lang, today = self._shown
        scene = self.scene()
        self._syncing = True
        selected = [nid for nid, node in self.nodes.items() if node.isSelected()]
        scene.clear()
        self.nodes.clear()
        self.ties.clear()
        self.family_node = None
        self._syncing = False
        if family is None:
            scene.setSceneRect(QRectF(0, 0, 1, 1))
            return
        font = self.font()
        names = [m.given_name or m.display_name for m in family.members if m.role != "unborn_child"]
        subtitle = " \u00b7 ".join(n for n in names if n)
        centre = FamilyNode(family.name, subtitle, font)
        scene.addItem(centre)
        self.family_node = centre
        people = ordered(family.network)
        nodes = []
        for person in people:
            ended = person.until is not None and person.until <= today
            nodes.append(
                PersonNode(
                    person,
                    self.node_text(family, person, lang, today),
                    ended,
                    font,
                    label_below=True,
                )
            )
        # a node in the upper half carries its text above its shape, away from its tie
        for node, (_x, y) in zip(nodes, positions(len(people)), strict=True):
            node.place_label(below=y >= -1)
        boxes = []
        for node in nodes:
            r = node.extent()
            boxes.append((r.x(), r.y(), r.width(), r.height()))
        points = self._best_layout(boxes, centre.radius)
        for person, node, (x, y) in zip(people, nodes, points, strict=True):
            ended = node.ended
            node.setPos(x, y)
            scene.addItem(node)
            self.nodes[person.id] = node
            length = math.hypot(x, y) or 1.0
            start = QPointF(x / length * centre.radius, y / length * centre.radius)
            tie = QGraphicsPathItem(tie_path(start, QPointF(x, y), person.strength, ended))
            tie.setPen(tie_pen(person.strength, ended))
            tie.setZValue(1 if not ended else 0)
            scene.addItem(tie)
            self.ties[person.id] = tie
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-24, -24, 24, 24))
        self._built_for = self.viewport().size()
        self.select(selected[0] if selected else None)
        self.fit()

    def _best_layout(
        self, boxes: list[tuple[float, float, float, float]], radius: float
    ) -> list[tuple[float, float]]:
        """Of the ellipses that fit, the one that fills the view best (largest scale)."""
        view = self.viewport().size()
        vw, vh = max(view.width(), 320), max(view.height(), 240)
        best: list[tuple[float, float]] = []
        best_scale = -1.0
        for aspect in ASPECTS:
            points = fitted_positions(boxes, radius, aspect)
            xs = [-radius, radius] + [x + b[0] for (x, _y), b in zip(points, boxes, strict=True)]
            xs += [x + b[0] + b[2] for (x, _y), b in zip(points, boxes, strict=True)]
            ys = [-radius, radius] + [y + b[1] for (_x, y), b in zip(points, boxes, strict=True)]
            ys += [y + b[1] + b[3] for (_x, y), b in zip(points, boxes, strict=True)]
            scale = min(vw / (max(xs) - min(xs) + 48), vh / (max(ys) - min(ys) + 48))
            if scale > best_scale + 0.01:
                best, best_scale = points, scale
        return best

    # ---- scaling -------------------------------------------------------------------------
    def fit(self) -> None:
        rect = self.sceneRect()
        view = self.viewport().rect()
        if rect.width() < 2 or view.width() < 2:
            return
        scale = min(view.width() / rect.width(), view.height() / rect.height())
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center())

    def current_scale(self) -> float:
        return float(self.transform().m11())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size, built = self.viewport().size(), self._built_for
        if self._shown[0] is not None and (
            abs(size.width() - built.width()) > built.width() * 0.15
            or abs(size.height() - built.height()) > built.height() * 0.15
        ):
            self._build()
        else:
            self.fit()

    # ---- selection -----------------------------------------------------------------------
    def select(self, network_id: str | None) -> None:
        """Select the node of `network_id` (None: none) without emitting `person_selected`."""
        self._syncing = True
        try:
            for nid, node in self.nodes.items():
                node.setSelected(nid == network_id)
        finally:
            self._syncing = False

    def _selection_changed(self) -> None:
        if self._syncing:
            return
        chosen = [n for n in self.nodes.values() if n.isSelected()]
        self.person_selected.emit(chosen[0].network_id if chosen else "")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, PersonNode):
            item = item.parentItem()
        if isinstance(item, PersonNode):
            self.person_activated.emit(item.network_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Eco-map of the network"))
        super().changeEvent(event)


def _sample(kind: str, ratio: float) -> QPixmap:
    """A small picture for the legend: a tie style or a node shape."""
    size = QSize(44, 22)
    pix = QPixmap(size * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if kind in ("strong", "normal", "weak", "stressful", "ended"):
        ended = kind == "ended"
        p.setPen(tie_pen("normal" if ended else kind, ended))
        p.drawPath(tie_path(QPointF(3, 11), QPointF(41, 11), kind, ended))
    else:
        fill, line = kind_colours(kind, False)
        p.setPen(QPen(line, 1.4))
        p.setBrush(fill)
        if kind == "professional":
            p.drawRoundedRect(QRectF(8, 3, 28, 16), 4, 4)
        elif kind == "jim":
            p.translate(22, 11)
            p.drawPath(badge_path(10, 8))
        else:
            p.drawEllipse(QRectF(13, 2, 18, 18))
    p.end()
    return pix


class EcoMapLegend(QWidget):
    """What the shapes and lines of the eco-map mean, always in words beside a small sample:
    two columns, the people and the ties."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(3)
        self.heads = [QLabel(self), QLabel(self)]
        self.items: dict[str, tuple[QLabel, QLabel]] = {}
        columns = (
            ("professional", "informal", "jim"),
            ("strong", "normal", "weak", "stressful", "ended"),
        )
        for c, keys in enumerate(columns):
            self.heads[c].setStyleSheet("font-weight: 600;")
            self.grid.addWidget(self.heads[c], 0, c)
            for r, key in enumerate(keys):
                pic, text = QLabel(self), QLabel(self)
                text.setStyleSheet(style.HINT_CSS)
                cell = QWidget(self)
                row = QHBoxLayout(cell)
                row.setContentsMargins(0, 0, 0, 0)
                row.setSpacing(6)
                row.addWidget(pic)
                row.addWidget(text, 1)
                self.grid.addWidget(cell, r + 1, c)
                self.items[key] = (pic, text)
        self.grid.setColumnStretch(2, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heads[0].setText(self.tr("People:"))
        self.heads[1].setText(self.tr("Ties:"))
        texts = {
            "professional": self.tr("professional"),
            "informal": self.tr("informal network"),
            "jim": self.tr("JIM (mentor)"),
            "strong": self.tr("strong"),
            "normal": self.tr("normal"),
            "weak": self.tr("weak"),
            "stressful": self.tr("stressful"),
            "ended": self.tr("ended"),
        }
        ratio = self.devicePixelRatioF() or 1.0
        for key, (pic, text) in self.items.items():
            pic.setPixmap(_sample(key, ratio))
            text.setText(texts[key])
        self.setAccessibleName(self.tr("Legend of the eco-map"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
