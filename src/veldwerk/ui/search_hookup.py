"""Wiring search in everything into the main window with one call, `attach_search(window)`: the
family list's search field searches every record as you type, the results show under it, and
a chosen result opens its family at the tab of the record, with the record selected.

Which tab shows which record: members and the family itself Gezin, network Netwerk, journey
steps Klantreis, goals and actions Plan, reflections Reflecties."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QTreeWidget, QTreeWidgetItem, QWidget

from veldwerk.domain.model import Family
from veldwerk.domain.search import SearchHit
from veldwerk.ui.search_box import SearchBox, SearchPanel
from veldwerk.ui.tabs.record_tab import KEY

if TYPE_CHECKING:
    from veldwerk.ui.main_window import MainWindow

TAB_OF_KIND = {
    "family": 0,
    "member": 0,
    "network": 1,
    "event": 2,
    "goal": 3,
    "action": 3,
    "reflection": 4,
}


def record_key(family: Family, hit: SearchHit) -> int | None:
    """The key the hit's tab knows its record by (an action is shown on its goal's row)."""
    if hit.kind == "family":
        return None
    if hit.kind == "action":
        for goal in family.goals:
            if any(a.key == hit.record_id for a in goal.actions):
                return goal.key
        return None
    return hit.record_id


def select_record(tab: QWidget, key: int) -> None:
    """Choose the record `key` in `tab`: by the tab's own `select_key`, else in its tree."""
    own = getattr(tab, "select_key", None)
    if callable(own):
        own(key)
        return
    for tree in tab.findChildren(QTreeWidget):
        items: list[QTreeWidgetItem] = [
            item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))
        ]
        while items:
            item = items.pop(0)
            if item.data(0, KEY) == key:
                tree.setCurrentItem(item)
                tree.scrollToItem(item)
                return
            items += [c for j in range(item.childCount()) if (c := item.child(j))]


class _Opener(QObject):
    """Opens hits in the window; after the family is shown, selects the record."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._pending: SearchHit | None = None
        window.family_shown.connect(self._shown)

    def open(self, hit: SearchHit) -> None:
        window = self.window
        shown = window.current_family
        tab = TAB_OF_KIND.get(hit.kind, 0)
        if shown is not None and shown.key == hit.family_key:
            window.show_tab(tab)
            self._select(shown, hit)
            return
        if not window.confirm_leave_family():
            return
        self._pending = hit
        window.populate(select_key=hit.family_key, tab=tab)

    def _shown(self, family: Family | None) -> None:
        hit, self._pending = self._pending, None
        if hit is not None and family is not None and family.key == hit.family_key:
            self._select(family, hit)

    def _select(self, family: Family, hit: SearchHit) -> None:
        key = record_key(family, hit)
        tabs = self.window.detail.tabs
        tab = TAB_OF_KIND.get(hit.kind, 0)
        if key is not None and tab < len(tabs):
            select_record(tabs[tab], key)


def attach_search(window: MainWindow) -> SearchBox:
    """Search in everything on `window`'s family list; returns the `SearchBox`, whose
    `result_opened(hit)` signal tells of every result opened."""
    panel_widget = window.list_panel
    panel = SearchPanel(panel_widget)
    layout: Any = panel_widget.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(2, panel)  # under the search field, above the filters
    box = SearchBox(panel_widget.search, panel, window.worker)
    opener = _Opener(window)
    box.result_opened.connect(opener.open)
    box.families_found.connect(panel_widget.model.set_found)
    panel_widget.model.modelReset.connect(
        lambda: box.forget() if panel_widget.model.total == 0 else None
    )  # the list emptied: the profile was locked
    QWidget.setTabOrder(panel_widget.search, panel.view)
    panel.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return box
