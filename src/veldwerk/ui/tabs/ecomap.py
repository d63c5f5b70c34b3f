"""The eco-map (ecogram) of the Netwerk tab, drawn with QGraphicsView.

The family is a circle in the middle with its name; every network member is a node around it,
in the look and order of `domain.ecomap_spec` (the same as the printed overview's eco-map): the
JIM a dark purple diamond marked "JIM" with whom they mentor, the informal network yellow
circles with initials, professionals blue rounded rectangles holding their profession. The tie
to each is drawn by its strength: strong thick and solid, normal solid, weak dashed, stressful a
red zig-zag. Ties that have ended are grey and dotted (the items: `ecomap_items`, their look in
Qt: `ecomap_style`).

The map always fits the view it has (the whole network in sight): when the view is small, the
nodes say less (see `ecomap_items.Detail`) before the drawing is scaled down; only below
`MIN_SCALE` does the view scroll instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsView, QWidget

from veldwerk.domain import ecomap_spec as spec
from veldwerk.domain.codes import label
from veldwerk.domain.model import Family, NetworkMember
from veldwerk.domain.rules import current_contact
from veldwerk.texts import format_date
from veldwerk.ui.tabs.ecomap_items import (
    DETAILS,
    FULL,
    Detail,
    FamilyNode,
    NodeText,
    PersonNode,
)
from veldwerk.ui.tabs.ecomap_layout import angles, fitted_positions
from veldwerk.ui.tabs.ecomap_style import colour, tie_path, tie_pen

MIN_SCALE = 0.4
"""The least scale: below it the text cannot be read, and the view scrolls instead."""
MAX_SCALE = 1.4
READABLE = 0.85
"""The least scale at which a level of detail is taken while a more detailed one fits."""
MARGIN = 16.0
ASPECTS = (0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.1)
STEPS = {
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_Home: 0,
    Qt.Key.Key_End: 0,
}
"""How far each key moves the choice round the map (0: to the first or the last)."""
TURNS = (0.0, 0.5)
"""The first node at the top, or half a step past it: whichever makes the larger map."""


@dataclass
class _Arrangement:
    detail: Detail
    centre: FamilyNode
    nodes: list[PersonNode]
    points: list[tuple[float, float]]
    scale: float


class EcoMapView(QGraphicsView):
    """The eco-map of one family. Emits `person_selected(network_id)` when a node is clicked
    or chosen with the arrow keys (empty string when none) and `person_activated(network_id)`
    on a double click or Enter.

    By keyboard: the arrow keys go round the people in the order they are drawn (Home and End:
    the first and the last), Enter opens the chosen one. For a screen reader the map's name
    says who is chosen, and its description lists everyone with their tie (`spoken`)."""

    person_selected = Signal(str)
    person_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(colour(spec.BACKGROUND))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMinimumSize(QSize(320, 240))
        self.nodes: dict[str, PersonNode] = {}
        self.ties: dict[str, QGraphicsPathItem] = {}
        self.family_node: FamilyNode | None = None
        self._syncing = False
        self._shown: tuple[Family | None, str, date] = (None, "en", date.today())
        self._built_for = QSize(1, 1)
        self.detail = FULL
        self.spoken: dict[str, str] = {}
        """Each person on the map in words (network id -> text), as a screen reader says it."""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scene().selectionChanged.connect(self._selection_changed)
        self._announce()

    # ---- content -------------------------------------------------------------------------
    def node_text(self, family: Family, person: NetworkMember, lang: str, today: date) -> NodeText:
        lines: list[str] = []
        badge = role_text = ""
        rule = spec.node_style(person.kind).detail
        if rule == "profession":
            lines.append(label("profession", person.profession or "other", lang))
            if person.organisation:
                lines.append(person.organisation)
            for role in ("primary", "backup"):
                contact = current_contact(family, role, today)
                if contact is not None and contact.network_id == person.id:
                    role_text = label("contact_role", role, lang)
        elif rule == "mentee":
            badge = self.tr("JIM")
            mentee = family.member(person.mentor_of or "")
            name = mentee.display_name or label("member_role", mentee.role, lang) if mentee else "?"
            lines.append(self.tr("JIM of %1").replace("%1", name))
            if person.relation:
                lines.append(person.relation)
        elif person.relation:
            lines.append(person.relation)
        if not person.involved_on(today) and person.until is not None and person.until <= today:
            lines.append(self.tr("until %1").replace("%1", format_date(person.until, lang)))
        return NodeText(person.name, tuple(lines), badge, role_text)

    def spoken_text(self, text: NodeText, person: NetworkMember, lang: str, ended: bool) -> str:
        """A person of the map in words: name, what the node says, the tie (or that it ended)."""
        strength = label("strength", person.strength, lang)
        tie = self.tr("tie ended") if ended else self.tr("tie: %1").replace("%1", strength)
        kind = label("network_kind", person.kind, lang) if person.kind != "jim" else ""
        parts = [text.title, kind, *text.lines, text.role, tie]
        return ", ".join(p for p in parts if p)

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
        self.spoken.clear()
        self.family_node = None
        self._syncing = False
        self._built_for = self.viewport().size()
        if family is None:
            scene.setSceneRect(QRectF(0, 0, 1, 1))
            self._announce()
            return
        people = spec.ordered_network(family)
        texts = [self.node_text(family, person, lang, today) for person in people]
        for person, text in zip(people, texts, strict=True):
            ended = person.until is not None and person.until <= today
            self.spoken[person.id] = self.spoken_text(text, person, lang, ended)
        best: _Arrangement | None = None
        for detail in DETAILS:  # the most detail that still reads well, else the largest map
            arrangement = self._arrange(family, people, texts, detail)
            if best is None or arrangement.scale > best.scale + 0.01:
                best = arrangement
            if arrangement.scale >= READABLE:
                best = arrangement
                break
        assert best is not None
        self.detail = best.detail
        centre = best.centre
        scene.addItem(centre)
        self.family_node = centre
        for person, node, (x, y) in zip(people, best.nodes, best.points, strict=True):
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
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        self.select(selected[0] if selected else None)
        self.fit()

    def _arrange(
        self,
        family: Family,
        people: list[NetworkMember],
        texts: list[NodeText],
        detail: Detail,
    ) -> _Arrangement:
        """The nodes at `detail`, where they go, and the scale that fits them in the view."""
        font = self.font()
        today = self._shown[2]
        names = [m.given_name or m.display_name for m in family.members if m.role != "unborn_child"]
        subtitle = " \u00b7 ".join(n for n in names if n)
        centre = FamilyNode(family.name, subtitle, font, detail)
        nodes = []
        for person, text in zip(people, texts, strict=True):
            ended = person.until is not None and person.until <= today
            nodes.append(PersonNode(person, text, ended, font, label_below=True, detail=detail))
        best: tuple[float, float, list[tuple[float, float]]] | None = None
        for turn in TURNS:
            # a node in the upper half carries its text above its shape, away from its tie
            for node, angle in zip(nodes, angles(len(nodes), turn), strict=True):
                node.place_label(below=math.sin(angle) >= -0.01)
            boxes = []
            for node in nodes:
                r = node.extent()
                boxes.append((r.x(), r.y(), r.width(), r.height()))
            points, scale = self._best_layout(boxes, centre.radius, detail.tie, turn)
            if best is None or scale > best[1] + 0.01:
                best = (turn, scale, points)
        assert best is not None
        turn, scale, points = best
        for node, angle in zip(nodes, angles(len(nodes), turn), strict=True):
            node.place_label(below=math.sin(angle) >= -0.01)
        return _Arrangement(detail, centre, nodes, points, scale)

    def _best_layout(
        self,
        boxes: list[tuple[float, float, float, float]],
        radius: float,
        tie: float,
        turn: float,
    ) -> tuple[list[tuple[float, float]], float]:
        """Of the ellipses that fit, the one that fills the view best, and its scale."""
        view = self.viewport().size()
        vw, vh = max(view.width(), 200), max(view.height(), 150)
        best: list[tuple[float, float]] = []
        best_scale = -1.0
        for aspect in ASPECTS:
            points = fitted_positions(boxes, radius, aspect, tie, turn)
            xs = [-radius, radius] + [x + b[0] for (x, _y), b in zip(points, boxes, strict=True)]
            xs += [x + b[0] + b[2] for (x, _y), b in zip(points, boxes, strict=True)]
            ys = [-radius, radius] + [y + b[1] for (_x, y), b in zip(points, boxes, strict=True)]
            ys += [y + b[1] + b[3] for (_x, y), b in zip(points, boxes, strict=True)]
            room = 2 * MARGIN + 8  # the scene's margin and the items' outline
            scale = min(vw / (max(xs) - min(xs) + room), vh / (max(ys) - min(ys) + room))
            if scale > best_scale + 0.01:
                best, best_scale = points, scale
        return best, best_scale

    # ---- scaling -------------------------------------------------------------------------
    def fit(self) -> None:
        """Scale the map to fill the view (fitInView, keeping its proportions), within
        `MIN_SCALE` and `MAX_SCALE`; below the least scale the view scrolls."""
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
        self._announce()

    def chosen(self) -> str | None:
        """The network id of the person chosen on the map, if any."""
        return next((nid for nid, node in self.nodes.items() if node.isSelected()), None)

    def _selection_changed(self) -> None:
        if self._syncing:  # `select` or a rebuild: they say it themselves
            return
        self._announce()
        self.person_selected.emit(self.chosen() or "")

    def _announce(self) -> None:
        """The map's accessible name (with who is chosen) and description (everyone)."""
        title = self.tr("Eco-map of the network")
        chosen = self.chosen()
        self.setAccessibleName(f"{title}: {self.spoken[chosen]}" if chosen else title)
        hint = self.tr("People on the map: %1. The arrow keys choose one; Enter opens them.")
        hint = hint.replace("%1", str(len(self.spoken)))
        self.setAccessibleDescription(" ".join([hint, *(f"{t}." for t in self.spoken.values())]))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        """The arrow keys (and Home, End) choose the next or previous person; Enter opens."""
        order = list(self.nodes)
        key = Qt.Key(event.key())
        chosen = self.chosen()
        if order and key in STEPS:
            at = order.index(chosen) if chosen in order else -1
            step = STEPS[key]
            if step == 0:
                target = 0 if key == Qt.Key.Key_Home else len(order) - 1
            elif at < 0:
                target = 0 if step > 0 else len(order) - 1
            else:
                target = (at + step) % len(order)
            self.scene().clearSelection()
            node = self.nodes[order[target]]
            node.setSelected(True)
            self.ensureVisible(node)
            event.accept()
            return
        if chosen is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.person_activated.emit(chosen)
            event.accept()
            return
        super().keyPressEvent(event)

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
            self._announce()
        super().changeEvent(event)
