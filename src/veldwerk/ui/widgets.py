"""Small input widgets shared by the shell's forms."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from veldwerk.domain import clock


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DateField(QWidget):
    """A date with a calendar popup, shown as 24-11-2026 in Dutch and 2026-11-24 in English.
    When `optional`, a checkbox in front says whether there is a date at all."""

    changed = Signal()

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDate(to_qdate(clock.today()))
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setMaximumDate(QDate(2200, 12, 31))
        self.check: QCheckBox | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        if optional:
            self.check = QCheckBox()
            self.check.toggled.connect(self._toggled)
            row.addWidget(self.check)
            self.edit.setEnabled(False)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.setFocusProxy(self.check or self.edit)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._apply_format()

    def value(self) -> date | None:
        if self.check is not None and not self.check.isChecked():
            return None
        return from_qdate(self.edit.date())

    def set_value(self, day: date | None) -> None:
        if day is not None:
            self.edit.setDate(to_qdate(day))
        if self.check is not None:
            self.check.setChecked(day is not None)

    def set_accessible_name(self, name: str) -> None:
        self.edit.setAccessibleName(name)
        if self.check is not None:
            self.check.setAccessibleName(name)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.changed.emit()

    def _apply_format(self) -> None:
        dutch = QLocale().language() == QLocale.Language.Dutch
        self.edit.setDisplayFormat("dd-MM-yyyy" if dutch else "yyyy-MM-dd")
        if self.check is not None:
            self.check.setText(self.tr("known"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._apply_format()
        super().changeEvent(event)
