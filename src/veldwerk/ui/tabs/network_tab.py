"""Netwerk: everyone around the family, as a list grouped by kind and as an eco-map.

The list and the map sit side by side (a splitter, half each at first), the legend of the map
under both. Both stay readable in a window of 1280 x 800: the list's columns are fitted to its
width (who someone is wraps onto a second line) and the map draws itself to fit its view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain import clock
from veldwerk.domain import ecomap_spec as spec
from veldwerk.domain.codes import label
from veldwerk.domain.model import Family, NetworkMember
from veldwerk.domain.removal import network_removal
from veldwerk.domain.rules import current_contact
from veldwerk.texts import format_date
from veldwerk.ui.editing import FamilyEditor
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.ecomap import EcoMapView
from veldwerk.ui.tabs.ecomap_legend import EcoMapLegend
from veldwerk.ui.tabs.network_dialog import NetworkDialog
from veldwerk.ui.tabs.network_list import NAME_COLUMN, PHONE_COLUMN, WHO_COLUMN, NetworkList
from veldwerk.ui.tabs.plural import plural
from veldwerk.ui.tabs.record_tab import KEY, RecordTab, tree_key

if TYPE_CHECKING:
    from veldwerk.workspace import Workspace

NETWORK_ID = Qt.ItemDataRole.UserRole + 1
GROUPS = spec.KINDS


class RatioSplitter(QSplitter):
    """A side-by-side splitter that gives its first pane `ratio` of the width when it first gets
    a real size; after that the user's choice stands."""

    def __init__(self, ratio: float, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.ratio = ratio
        self._done = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._first_split()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self._first_split()

    def _first_split(self) -> None:
        width = self.width()
        if not self._done and self.isVisible() and width > 400:
            self._done = True
            first = int(width * self.ratio)
            self.setSizes([first, width - first])


class NetworkTab(RecordTab):
    def __init__(self, editor: FamilyEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.tree = NetworkList(self)
        self.tree.itemSelectionChanged.connect(self._tree_selection)
        self.tree.itemActivated.connect(self._double_clicked)
        self.map = EcoMapView(self)
        self.map.setMinimumSize(QSize(280, 200))
        self.map.person_selected.connect(self._map_selection)
        self.map.person_activated.connect(self._map_activated)
        self.legend = EcoMapLegend(self)
        self.splitter = RatioSplitter(0.5, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.map)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.splitter, 1)
        column.addWidget(self.legend)
        self.set_view(page)
        self.fill()

    def tab_title(self) -> str:
        return self.tr("Network")

    def retranslate(self) -> None:
        self.set_action_texts(
            self.tr("&Add person"), self.tr("&Change person"), self.tr("&Remove person")
        )
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Who"), self.tr("Tie"), self.tr("Phone")]
        )
        self.tree.setAccessibleName(self.tr("Network members"))

    def group_title(self, kind: str, count: int) -> str:
        if kind == "jim":
            return self.tr("JIM (%n)", "", count)
        if kind == "informal":
            return self.tr("Informal network (%n)", "", count)
        return self.tr("Professionals (%n)", "", count)

    def who_text(self, family: Family, person: NetworkMember) -> str:
        lang, today = self.editor.lang, clock.today()
        parts: list[str] = []
        if person.kind == "professional":
            parts.append(label("profession", person.profession or "other", lang))
            if person.organisation:
                parts.append(person.organisation)
            for role in ("primary", "backup"):
                contact = current_contact(family, role, today)
                if contact is not None and contact.network_id == person.id:
                    parts.append(label("contact_role", role, lang))
        elif person.kind == "jim":
            mentee = family.member(person.mentor_of or "")
            name = (
                (mentee.display_name or label("member_role", mentee.role, lang)) if mentee else "?"
            )
            parts.append(self.tr("JIM of %1").replace("%1", name))
            if person.relation:
                parts.append(person.relation)
        elif person.relation:
            parts.append(person.relation)
        return " \u00b7 ".join(parts)

    def tie_text(self, person: NetworkMember) -> str:
        lang, today = self.editor.lang, clock.today()
        if person.until is not None and person.ended_by(today):
            return self.tr("ended %1").replace("%1", format_date(person.until, lang))
        return label("strength", person.strength, lang)

    def refresh(self) -> None:
        selected = self.selected_key()
        self.tree.clear()
        family = self.family
        lang, today = self.editor.lang, clock.today()
        self.map.set_family(family, lang, today)
        if family is None:
            self.show_view(False, self.tr("No family is open."))
            return
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind in GROUPS:
            people = [n for n in family.network if n.kind == kind]
            if not people:
                continue
            group = QTreeWidgetItem([self.group_title(kind, len(people))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for person in people:
                item = QTreeWidgetItem(
                    [
                        person.name,
                        self.who_text(family, person),
                        self.tie_text(person),
                        person.phone or "",
                    ]
                )
                item.setData(0, KEY, person.key)
                item.setData(0, NETWORK_ID, person.id)
                if person.email:
                    item.setToolTip(PHONE_COLUMN, person.email)
                reach = " \u00b7 ".join(t for t in (person.phone, person.email) if t)
                item.setToolTip(NAME_COLUMN, f"{person.name}\n{reach}" if reach else person.name)
                item.setToolTip(WHO_COLUMN, item.text(WHO_COLUMN))
                if person.ended_by(today):
                    for col in range(4):
                        item.setForeground(col, QBrush(style.MUTED))
                group.addChild(item)
                if person.key == selected:
                    item.setSelected(True)
                    self.tree.setCurrentItem(item)
            group.setExpanded(True)
        self.tree.fit_columns()
        self.show_view(
            bool(family.network),
            self.tr(
                "Nobody in the network yet. Add a professional, someone close "
                "to the family or their JIM with \u201cAdd person\u201d."
            ),
        )
        self._tree_selection()

    def _items(self) -> list[QTreeWidgetItem]:
        return self.tree._people()

    def selected_key(self) -> int | None:
        return tree_key(self.tree)

    def selected_network_id(self) -> str | None:
        items = [i for i in self.tree.selectedItems() if i.data(0, KEY) is not None]
        return str(items[0].data(0, NETWORK_ID)) if items else None

    def _tree_selection(self) -> None:
        self.map.select(self.selected_network_id())
        self._update_actions()

    def _map_selection(self, network_id: str) -> None:
        for item in self._items():
            item.setSelected(item.data(0, NETWORK_ID) == network_id)
            if item.data(0, NETWORK_ID) == network_id:
                self.tree.scrollToItem(item)
        self._update_actions()

    def _map_activated(self, network_id: str) -> None:
        person = self.family.network_member(network_id) if self.family else None
        if person is not None:
            self.open_editor(person.key)

    def _double_clicked(self, item: QTreeWidgetItem, _col: int) -> None:
        key = item.data(0, KEY)
        if key is not None:
            self.open_editor(int(key))

    dialog_class = NetworkDialog

    def records(self, family: Family) -> Sequence[Any]:
        return family.network

    def delete_question(self, family: Family, record: Any) -> str | None:
        person: NetworkMember = record
        removal = network_removal(family, person.id)
        if removal.held_contact_role:
            self.tell(
                self.tr("This cannot be deleted"),
                self.tr(
                    "%1 is or was the fixed contact person or the backup contact. "
                    "That history is kept, so %1 stays in the network. Fill in "
                    "\u201cinvolved until\u201d instead."
                ).replace("%1", person.name),
            )
            return None
        steps = removal.steps
        if steps:
            self.tell(
                self.tr("This cannot be deleted"),
                plural(
                    self.tr(
                        "%1 is named in %n step(s) of the journey. Fill in "
                        "\u201cinvolved until\u201d instead, or remove %1 from "
                        "those steps first.",
                        "",
                        steps,
                    ),
                    steps,
                ).replace("%1", person.name),
            )
            return None
        return self.tr("Remove %1 from the network?").replace("%1", person.name)

    def delete_record(self, ws: Workspace, ref: str, key: int) -> Family:
        return ws.families.delete_network_member(ref, key)
