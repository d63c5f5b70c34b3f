"""The Inzage view of one family (issue 15): who viewed, changed, printed, saved, exported,
shared or received what, in time order, filterable by period and by kind of action, with a
button that writes the family's access report (made on the database worker, off the GUI
thread). Dutch in translations/veldwerk_nl.ts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Family
from veldwerk.services.access import ACTIONS, AccessEntry
from veldwerk.services.access_report import describe, when
from veldwerk.texts import text
from veldwerk.ui import dialogs

PERIODS: tuple[int | None, ...] = (None, 7, 30, 365)
"""The period filter: all, or the last so many days."""


class AccessView(QDialog):
    """The access log of `family`; `worker` is the database worker (`ui.db_worker`)."""

    def __init__(self, worker: Any, family: Family, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessView")
        self._worker = worker
        self._ref = family.ref
        self._request = 0
        self.entries: list[AccessEntry] = []
        self.period = QComboBox()
        self.action = QComboBox()
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        self.action_label = QLabel()
        self.action_label.setBuddy(self.action)
        self.table = QTableWidget(0, 3)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.count = QLabel()
        self.status.setWordWrap(True)
        self.report_button = QPushButton()
        self.close_button = QPushButton()
        filters = QHBoxLayout()
        for label, box in ((self.period_label, self.period), (self.action_label, self.action)):
            filters.addWidget(label)
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.report_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.reject)
        self.report_button.clicked.connect(self.make_report)
        self.retranslate()
        self.period.currentIndexChanged.connect(self.reload)
        self.action.currentIndexChanged.connect(self.reload)
        self.resize(900, 560)
        self.reload()

    # ---- filters -------------------------------------------------------------------------
    def _filters(self) -> tuple[date | None, list[str] | None]:
        days = PERIODS[max(self.period.currentIndex(), 0)]
        since = date.today() - timedelta(days=days - 1) if days else None
        chosen = self.action.currentData()
        return since, [chosen] if chosen else None

    def reload(self) -> None:
        self._request += 1
        request = self._request
        since, actions = self._filters()
        ref = self._ref
        self._worker.query(
            lambda ws: ws.access.entries(ref, since=since, actions=actions),
            lambda found: self._show(request, found),
            lambda err: self._failed(err),
        )

    def _show(self, request: int, found: list[AccessEntry]) -> None:
        if request != self._request:
            return
        self.entries = list(found)
        lang = self._worker.lang
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(reversed(self.entries)):  # newest on top
            cells = (when(e, lang), describe(e, lang), e.device_id[:8])
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(e.device_id if column == 2 else value)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if not self.entries:
            self.count.setText(self.tr("Nothing recorded in this period."))
        else:
            self.count.setText(self.tr("%n entries", "", len(self.entries)))

    def _failed(self, err: DomainError) -> None:
        lang = self._worker.lang
        self.status.setText(" ".join(dict.fromkeys(p.message(lang) for p in err.problems)))

    # ---- the report ----------------------------------------------------------------------
    def make_report(self) -> None:
        """Ask where, then write the family's access report on the worker."""
        lang = self._worker.lang
        name = f"inzage-{self._ref}.pdf" if lang == "nl" else f"access-{self._ref}.pdf"
        target = dialogs.save_file(
            self, self.tr("Save the access report"), name, self.tr("PDF files (*.pdf)")
        )
        if target is None:
            return
        ref = self._ref
        self.report_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the access report…"))
        self._worker.call(
            lambda ws: ws.access_report.write(ref, target, lang=lang),
            lambda _none: self._report_done(True),
            self._report_refused,
            on_failed=lambda: self._report_done(False),
        )

    def _report_refused(self, err: DomainError) -> None:
        self._failed(err)
        self._report_done(False)

    def _report_done(self, ok: bool) -> None:
        self.report_button.setEnabled(True)
        if ok:
            self.status.setText(self.tr("Access report saved."))
        elif not self.status.text() or self.status.text().endswith("…"):
            self.status.setText(self.tr("The access report could not be made."))
        self.reload()

    # ---- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self._worker.lang
        self.setWindowTitle(self.tr("Access log (Inzage): %1").replace("%1", self._ref))
        self.period_label.setText(self.tr("&Period:"))
        self.action_label.setText(self.tr("&Action:"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What and who"), self.tr("Device")]
        )
        self.table.setAccessibleName(self.tr("Access log entries"))
        self.period.setAccessibleName(self.tr("Period"))
        self.action.setAccessibleName(self.tr("Kind of action"))
        self.report_button.setText(self.tr("Make &access report…"))
        self.report_button.setAccessibleName(self.tr("Make the access report for the family"))
        self.close_button.setText(self.tr("Close"))
        periods = [
            self.tr("All"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("Last year"),
        ]
        _refill(self.period, [(p, str(d)) for p, d in zip(periods, PERIODS, strict=True)])
        actions: list[tuple[str, str | None]] = [(self.tr("All actions"), None)]
        actions += [(_capital(text(f"access.action.{a}", lang)), a) for a in ACTIONS]
        _refill(self.action, actions)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)


def _refill(box: QComboBox, items: list[tuple[str, str | None]]) -> None:
    index = max(box.currentIndex(), 0)
    box.blockSignals(True)
    box.clear()
    for label, data in items:
        box.addItem(label, data)
    box.setCurrentIndex(min(index, box.count() - 1))
    box.blockSignals(False)


def choose_action(view: AccessView, action: str) -> None:
    """For tests and screenshots: filter `view` to `action`."""
    index = view.action.findData(action)
    view.action.setCurrentIndex(index if index >= 0 else 0)


def _capital(value: str) -> str:
    return value[:1].upper() + value[1:]
