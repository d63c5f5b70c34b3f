"""Page 3, consent: every family with its consent for learning, changeable here. Only families
with consent are in the learning data; withdrawing takes the family out of the next export."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain import codes
from veldwerk.ui import style
from veldwerk.ui.learning.snapshot import ConsentRow, LearningSnapshot

CONSENT_ORDER = ("granted", "refused", "unknown")


class ConsentPage(QWidget):
    """`consent_change_requested(ref, consent)` when the user picks another consent; the
    window confirms and stores it, or calls `revert(ref)`."""

    consent_change_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConsentRow] = []
        self._lang = "nl"
        self.combos: dict[str, QComboBox] = {}
        self.heading = style.label("", "heading")
        self.explanation = style.label("", "", wrap=True)
        self.note = style.label("", "subtle", wrap=True)
        self.note.hide()
        self.summary = style.label("", "subtle")
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = style.label("", "subtle", wrap=True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.retranslate()

    # ---- content -------------------------------------------------------------------------
    def show_snapshot(self, snapshot: LearningSnapshot, lang: str) -> None:
        self._rows = list(snapshot.consents)
        self._lang = lang
        self._build()

    def clear(self) -> None:
        self._rows = []
        self.show_note("")
        self._build()

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def consent_of(self, ref: str) -> str | None:
        return next((r.consent for r in self._rows if r.ref == ref), None)

    def name_of(self, ref: str) -> str:
        return next((r.name for r in self._rows if r.ref == ref), ref)

    def revert(self, ref: str) -> None:
        """Show the stored consent again (the change was not made)."""
        combo = self.combos.get(ref)
        consent = self.consent_of(ref)
        if combo is not None and consent is not None:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(consent)))
            combo.blockSignals(False)

    def set_enabled_actions(self, enabled: bool) -> None:
        for combo in self.combos.values():
            combo.setEnabled(enabled)

    def _build(self) -> None:
        self.combos.clear()
        self.table.clearContents()
        self.table.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            status = codes.label("family_status", row.status, self._lang)
            for column, text in ((0, row.ref), (1, row.name), (2, status)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(i, column, item)
            combo = QComboBox()
            for code in CONSENT_ORDER:
                combo.addItem(codes.label("consent", code, self._lang), code)
            combo.setCurrentIndex(max(0, combo.findData(row.consent)))
            combo.setAccessibleName(self.tr("Consent for learning of %1").replace("%1", row.ref))
            combo.currentIndexChanged.connect(
                lambda _i, ref=row.ref, c=combo: self._picked(ref, c))
            self.combos[row.ref] = combo
            cell = QWidget()
            box = QHBoxLayout(cell)
            box.setContentsMargins(6, 3, 6, 3)
            box.addWidget(combo)
            self.table.setCellWidget(i, 3, cell)
        granted = sum(1 for r in self._rows if r.consent == "granted")
        self.summary.setText(self.tr("%1 of %2 families gave consent.").replace(
            "%1", str(granted)).replace("%2", str(len(self._rows))))
        has_rows = bool(self._rows)
        self.summary.setVisible(has_rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._set_focus_order()

    def _set_focus_order(self) -> None:
        combos = list(self.combos.values())
        for first, second in zip(combos, combos[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _picked(self, ref: str, combo: QComboBox) -> None:
        consent = combo.currentData()
        if isinstance(consent, str) and consent != self.consent_of(ref):
            self.consent_change_requested.emit(ref, consent)

    # ---- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Consent for learning"))
        self.explanation.setText(self.tr(
            "Only families that gave consent are in the learning data. Change it here when a "
            "family says yes or no. When you withdraw consent, the family disappears from the "
            "next export."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Ref"), self.tr("Family"), self.tr("Status"), self.tr("Consent")])
        self.table.setAccessibleName(self.tr("Consent per family"))
        self.empty.setText(self.tr("There are no families in this profile yet."))
        self._build()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
