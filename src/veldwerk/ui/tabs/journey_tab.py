"""Klantreis: the journey as a timeline, grouped by phase, newest or oldest first, each step
with its barriers and what helped as chips.

The legend of the chips sits in the button row when there is room for it, and on a row of its
own under it when there is not, so the tab never asks for more width than its buttons and the
order chooser (the family list beside it stays readable on a 1280-pixel screen).

A long journey is laid out in batches: the first `LAYOUT_BATCH` rows at once (more than a screen
holds), the rest in the next moments between other events, so showing a family with 2,000 steps
does not wait for rows nobody sees yet. When a step further down must be scrolled to (it was just
saved), that timeline is laid out in one go instead."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QWidget,
)

from veldwerk.domain.model import Event, Family
from veldwerk.ui.editing import FamilyEditor
from veldwerk.ui.tabs.chips import BARRIER, ENABLER, ChipStrip
from veldwerk.ui.tabs.event_dialog import EventDialog, event_summary
from veldwerk.ui.tabs.record_tab import RecordTab
from veldwerk.ui.tabs.timeline_view import KEY_ROLE, TimelineDelegate, TimelineModel
from veldwerk.ui.team.words import mark_text

if TYPE_CHECKING:
    from veldwerk.services.team_view import AwayChange
    from veldwerk.workspace import Workspace

LAYOUT_BATCH = 150


class JourneyTab(RecordTab):
    def __init__(self, editor: FamilyEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.legend = ChipStrip(self)
        self.order_label = QLabel(self)
        self.order = QComboBox(self)
        self.order.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.order.addItem("", True)
        self.order.addItem("", False)
        self.order_label.setBuddy(self.order)
        self.legend.setMinimumWidth(1)  # it moves to a row of its own rather than widen the tab
        self.toolbar.addWidget(self.legend)
        self.toolbar.addSpacing(16)
        self.toolbar.addWidget(self.order_label)
        self.toolbar.addWidget(self.order)
        self.legend_row = QHBoxLayout()
        self.legend_row.setContentsMargins(0, 0, 0, 0)
        self.legend_row.addStretch(1)
        self.layout_.insertLayout(1, self.legend_row)
        self.legend_wrapped = False
        self.model = TimelineModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.delegate = TimelineDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(False)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(LAYOUT_BATCH)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(0)
        self.list.activated.connect(lambda _i: self.edit_action.trigger())
        self.list.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.order.currentIndexChanged.connect(lambda _i: self.refresh())
        self.set_view(self.list)
        self.fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.delegate.clear_cache()  # measured with the old font or style
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.place_legend()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.place_legend()

    def place_legend(self) -> None:
        """The legend in the button row when everything fits there, else on the row below."""
        margins = self.layout_.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        self.toolbar.invalidate()  # texts may have changed (language) since it was measured
        row = self.toolbar.sizeHint().width()
        if self.legend_wrapped:  # the row's hint is without the legend now
            row += self.legend.sizeHint().width() + self.toolbar.spacing()
        wrap = row > room
        if wrap == self.legend_wrapped:
            return
        self.legend_wrapped = wrap
        if wrap:
            self.toolbar.removeWidget(self.legend)
            self.legend_row.addWidget(self.legend)
        else:
            self.legend_row.removeWidget(self.legend)
            self.toolbar.insertWidget(self.toolbar.indexOf(self.order_label) - 1, self.legend)

    def tab_title(self) -> str:
        return self.tr("Journey")

    def retranslate(self) -> None:
        self.set_action_texts(
            self.tr("&Add step"), self.tr("&Change step"), self.tr("&Remove step")
        )
        self.order_label.setText(self.tr("&Order:"))
        self.order.setItemText(0, self.tr("Newest first"))
        self.order.setItemText(1, self.tr("Oldest first"))
        self.order.setAccessibleName(self.tr("Order"))
        widest = max(
            self.order.fontMetrics().horizontalAdvance(self.order.itemText(i))
            for i in range(self.order.count())
        )
        self.order.setMinimumWidth(widest + 56)
        self.legend.set_chips([(BARRIER, self.tr("barrier")), (ENABLER, self.tr("what helped"))])
        self.legend.setToolTip(self.tr("How the tags of each step are shown"))
        self.list.setAccessibleName(self.tr("Journey timeline"))

    @property
    def newest_first(self) -> bool:
        return bool(self.order.currentData())

    def set_newest_first(self, newest: bool) -> None:
        self.order.setCurrentIndex(0 if newest else 1)

    def refresh(self) -> None:
        selected = self.selected_key()
        self.model.set_family(self.family, self.editor.lang, self.newest_first)
        row = self.model.row_of_key(selected) if selected is not None else -1
        self._lay_out_at_once(row >= LAYOUT_BATCH)
        if self.family is None:  # nothing of a family stays in memory (e.g. after a lock)
            self.model.forget()
            self.delegate.forget_rows()
            self.show_view(False, self.tr("No family is open."))
            return
        if selected is not None:
            self.select_key(selected)
        self.show_view(
            bool(self.family.journey),
            self.tr(
                "No steps in the journey yet. Add the first one with "
                "\u201cAdd step\u201d: a signal, an intake, a home visit."
            ),
        )
        self._update_actions()

    def set_team_changes(self, away: Sequence[AwayChange]) -> None:
        """Mark the steps a colleague added or changed since you last looked, with who and
        when ("since you were away"); an empty list takes the marks away."""
        lang = self.editor.lang
        marks = {
            c.key: mark_text(c, lang)
            for c in reversed(away)  # newest last, so it wins
            if c.kind == "event" and c.key is not None and c.what in ("added", "changed")
        }
        if self.model.set_marks(marks):
            self.delegate.forget_rows()  # a marked step is one line higher
            self.list.doItemsLayout()

    def _lay_out_at_once(self, at_once: bool) -> None:
        """All rows in one pass (to scroll to one far down) or in batches (the usual)."""
        mode = QListView.LayoutMode.SinglePass if at_once else QListView.LayoutMode.Batched
        if self.list.layoutMode() != mode:
            self.list.setLayoutMode(mode)

    def select_key(self, key: int) -> None:
        row = self.model.row_of_key(key)
        if row >= LAYOUT_BATCH:  # only laid-out rows can be scrolled to
            self._lay_out_at_once(True)
        if row >= 0:
            index = self.model.index(row)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(index)

    def selected_key(self) -> int | None:
        if not hasattr(self, "list"):
            return None
        for index in self.list.selectionModel().selectedIndexes():
            key = index.data(KEY_ROLE)
            if key is not None:
                return int(key)
        return None

    dialog_class = EventDialog

    def records(self, family: Family) -> Sequence[Any]:
        return family.journey

    def delete_question(self, family: Family, record: Any) -> str | None:
        event: Event = record
        return self.tr("Remove this step from the journey?\n\n%1").replace(
            "%1", event_summary(event, self.editor.lang)
        )

    def delete_record(self, ws: Workspace, ref: str, key: int) -> Family:
        return ws.families.delete_event(ref, key)

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "order"):
            self.order.setEnabled(self.family is not None)

    def row_texts(self) -> list[str]:
        """Every row of the timeline in words, top to bottom (for tests and screen readers)."""
        return [self.model.spoken(r) for r in self.model.rows]

    def item_key(self, index: int) -> object:
        return self.model.index(index).data(KEY_ROLE)
