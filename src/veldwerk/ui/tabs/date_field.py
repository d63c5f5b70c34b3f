"""A date field that can be typed (24-11-2026) or picked from a calendar, and can stay empty."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from veldwerk.domain import clock
from veldwerk.ui.tabs.dates_text import field_text, parse_date


def calendar_icon(size: int, ratio: float) -> QIcon:
    """A small calendar page, drawn (no image files needed)."""
    pix = QPixmap(int(size * ratio), int(size * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#3e4a51")
    p.setPen(QPen(ink, 1.2))
    p.setBrush(QColor("#ffffff"))
    body = QRectF(1.5, 2.5, size - 3, size - 4)
    p.drawRoundedRect(body, 2, 2)
    p.fillRect(QRectF(1.5, 2.5, size - 3, size * 0.25), ink)
    cell = (size - 6) / 4
    for r in range(2):
        for c in range(3):
            p.fillRect(
                QRectF(3.5 + c * cell * 1.3, size * 0.45 + r * cell * 1.2, cell * 0.8, cell * 0.7),
                ink,
            )
    p.end()
    return QIcon(pix)


class DateField(QWidget):
    """A line edit for a date with a calendar button. `value()` raises ValueError when the text
    cannot be read; an empty field is None."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(10)
        fm = self.edit.fontMetrics()
        self.edit.setFixedWidth(fm.horizontalAdvance("00-00-00000") + 18)
        self.button = QToolButton(self)
        self.button.setIcon(
            calendar_icon(self.button.iconSize().height() or 16, self.devicePixelRatioF() or 1.0)
        )
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._menu = QMenu(self.button)
        self.calendar = QCalendarWidget(self._menu)
        self.calendar.setGridVisible(False)
        action = QWidgetAction(self._menu)
        action.setDefaultWidget(self.calendar)
        self._menu.addAction(action)
        self._menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(self._menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self._retranslate()

    def _retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.button.setToolTip(self.tr("Pick a date from the calendar"))
        self.button.setAccessibleName(self.tr("Pick a date from the calendar"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _prepare_calendar(self) -> None:
        try:
            day = self.value() or clock.today()
        except ValueError:
            day = clock.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, qd: QDate) -> None:
        self.set_value(date(qd.year(), qd.month(), qd.day()))
        self._menu.close()
        self.edit.setFocus()

    def value(self) -> date | None:
        """The date typed, None when empty; ValueError when it cannot be read."""
        return parse_date(self.edit.text())

    def set_value(self, day: date | None) -> None:
        self.edit.setText(field_text(day))

    def text(self) -> str:
        return self.edit.text()
