"""The one date field of every form: typed (24-11-2026, 1-3-26, 2026-03-01) or picked from a
calendar, and empty (with a dd-mm-jjjj placeholder) while there is no date. What a text means is
the domain's rule (`domain.dates.parse_typed_date`); the field only calls it."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from PySide6.QtCore import QDate, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap
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
from veldwerk.domain.dates import EARLIEST_DATE, LATEST_DATE, parse_typed_date, typed_form
from veldwerk.domain.errors import DomainError, Problem


def calendar_icon(size: int, ratio: float) -> QIcon:
    """A small calendar page, drawn (no image files needed): in the palette's text and base
    colours, so it shows in a high-contrast palette too (the light palette: dark on white)."""
    pix = QPixmap(int(size * ratio), int(size * ratio))
    pix.setDevicePixelRatio(ratio)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = QGuiApplication.palette()
    ink = palette.color(QPalette.ColorRole.Text)
    p.setPen(QPen(ink, 1.2))
    p.setBrush(palette.color(QPalette.ColorRole.Base))
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
    """A line edit for a date with a calendar button. `value()` raises a `DomainError` (with the
    reason: ``date.no_such_day`` for 31-02-2026, ``date.not_a_date``) when the text is no date;
    an empty field is None, never today."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(16)
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
        first, last = EARLIEST_DATE, LATEST_DATE
        self.calendar.setDateRange(
            QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
        )
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
        self.edit.setToolTip(self.tr("Day-month-year, for example 24-11-2026 or 24-11-26"))
        self.button.setText(self.tr("Calendar"))  # shown as an icon, spoken and in the tooltip
        self.button.setToolTip(self.tr("Pick a date from the calendar"))
        self.button.setAccessibleName(self.tr("Pick a date from the calendar"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt naming)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def set_accessible_name(self, name: str) -> None:
        self.setAccessibleName(name)

    def _prepare_calendar(self) -> None:
        day = self.value_or_none() or clock.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _picked(self, qd: QDate) -> None:
        self.set_value(date(qd.year(), qd.month(), qd.day()))
        self._menu.close()
        self.edit.setFocus()

    def value(self) -> date | None:
        """The date typed, None when empty; a `DomainError` (no place) when it is no date."""
        return parse_typed_date(self.edit.text(), clock.today())

    def value_or_none(self) -> date | None:
        """The date typed, None when empty or not (yet) a date: for hints while typing."""
        try:
            return self.value()
        except DomainError:
            return None

    def problems(self, place: str) -> list[Problem]:
        """Why the text is no date, at `place` (empty when it is a date or empty)."""
        try:
            self.value()
        except DomainError as error:
            return [Problem(place, p.code, p.params) for p in error.problems]
        return []

    def set_value(self, day: date | None) -> None:
        self.edit.setText(typed_form(day))

    def text(self) -> str:
        return self.edit.text()


def date_problems(fields: Mapping[str, DateField], required: Collection[str] = ()) -> list[Problem]:
    """Why any of `fields` (by the place each stands for) holds no date, and which of the
    `required` places are left empty."""
    problems = [p for place, field in fields.items() for p in field.problems(place)]
    problems += [
        Problem(place, "ui.required") for place in required if not fields[place].text().strip()
    ]
    return problems
