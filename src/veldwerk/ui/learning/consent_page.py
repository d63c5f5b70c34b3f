"""Page 3, consent: every family with its consent for learning, changeable here. Only families
with consent are in the learning data; withdrawing takes the family out of the next export."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from veldwerk.ui import style
from veldwerk.ui.learning.consent_model import (
    CONSENT,
    NAME,
    ConsentDelegate,
    ConsentModel,
)
from veldwerk.ui.learning.page import LearningPage

if TYPE_CHECKING:
    from veldwerk.services.learning_overview import LearningSnapshot


class ConsentPage(LearningPage):
    """`consent_change_requested(ref, consent)` when the user picks another consent; the
    window confirms and stores it (the table shows the stored consent until then)."""

    consent_change_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._enabled = True
        self.explanation = style.label("", "", wrap=True)
        self.summary = style.label("", "subtle")
        self.note = style.label("", "subtle", wrap=True)
        self.note.hide()
        self.model = ConsentModel(self)
        self.model.change_requested.connect(self.consent_change_requested.emit)
        self.delegate = ConsentDelegate(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.clicked.connect(self._clicked)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(60)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.empty = style.label("", "subtle", wrap=True)
        self.empty.hide()
        layout = self.page_layout()
        layout.addWidget(self.explanation)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.retranslate()

    # ---- content -------------------------------------------------------------------------
    def show_snapshot(self, snapshot: LearningSnapshot, lang: str) -> None:
        self.model.set_rows(snapshot.consents, lang)
        self._texts()

    def clear(self) -> None:
        self.model.set_rows([], self.model.lang)
        self.show_note("")
        self._texts()

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def consent_of(self, ref: str) -> str | None:
        return next((r.consent for r in self.model.rows if r.ref == ref), None)

    def name_of(self, ref: str) -> str:
        return next((r.name for r in self.model.rows if r.ref == ref), ref)

    def index_of(self, ref: str) -> QModelIndex:
        row = self.model.row_of(ref)
        return QModelIndex() if row is None else self.model.index(row, CONSENT)

    def choose(self, ref: str, consent: str) -> None:
        """Pick `consent` for family `ref`, as the drop-down does."""
        index = self.index_of(ref)
        if index.isValid() and self._enabled:
            self.model.setData(index, consent)

    def revert(self, ref: str) -> None:
        """The change was not made: the table still shows the stored consent."""
        index = self.index_of(ref)
        if index.isValid():
            self.table.update(index)

    def set_enabled_actions(self, enabled: bool) -> None:
        self._enabled = enabled
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            if enabled
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )

    def _clicked(self, index: QModelIndex) -> None:
        """One click on a consent opens its drop-down."""
        if not self._enabled or index.column() != CONSENT:
            return
        self.table.edit(index)
        editor = self.delegate.editor
        if editor is not None:
            QTimer.singleShot(0, editor.showPopup)

    def _texts(self) -> None:
        rows = self.model.rows
        granted = sum(1 for r in rows if r.consent == "granted")
        self.summary.setText(
            self.tr("%1 of %2 families gave consent.")
            .replace("%1", str(granted))
            .replace("%2", str(len(rows)))
        )
        self.summary.setVisible(bool(rows))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 20)

    # ---- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Consent for learning"))
        self.explanation.setText(
            self.tr(
                "Only families that gave consent are in the learning data. Change it here when a "
                "family says yes or no: click the consent of a family and choose. When you "
                "withdraw consent, the family disappears from the next export."
            )
        )
        self.table.setAccessibleName(self.tr("Consent per family"))
        self.empty.setText(self.tr("There are no families in this profile yet."))
        self.model.set_rows(self.model.rows, self.model.lang)
        self._texts()
