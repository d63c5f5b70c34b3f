"""The coordinator window's Installations tab: the installations waiting for the coordinator
(with the region they claim, their key's fingerprint, when they were first seen and why they
wait) and the enrolled ones. "Enrol…" and "End enrolment…" ask the window, which calls the
coordinator service (`enrol_dialog.py` asks for the region); this page only draws the lists."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veldwerk.coordinator.service import Enrolment, Installations, Waiting
from veldwerk.ui.coordinator.installation_models import EnrolledModel, WaitingModel
from veldwerk.ui.rows_model import RowsModel


def _table(model: RowsModel) -> QTableView:  # type: ignore[type-arg]
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    return view


class InstallationsPage(QWidget):
    """See the module's text."""

    enrol_requested = Signal(object)
    """A `Waiting` row the coordinator wants to enrol."""
    revoke_requested = Signal(object)
    """An `Enrolment` the coordinator wants to end."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.waiting_model = WaitingModel(lang, self)
        self.enrolled_model = EnrolledModel(lang, self)
        self.waiting_view = _table(self.waiting_model)
        self.enrolled_view = _table(self.enrolled_model)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("subtle")
        self.waiting_title = QLabel()
        self.waiting_title.setObjectName("sectionTitle")
        self.enrolled_title = QLabel()
        self.enrolled_title.setObjectName("sectionTitle")
        self.enrol_button = QPushButton()
        self.enrol_button.setObjectName("primary")
        self.enrol_button.clicked.connect(self._enrol_clicked)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self._revoke_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for title, view, button in (
            (self.waiting_title, self.waiting_view, self.enrol_button),
            (self.enrolled_title, self.enrolled_view, self.revoke_button),
        ):
            head = QHBoxLayout()
            head.addWidget(title, 1)
            head.addWidget(button)
            layout.addLayout(head)
            layout.addWidget(view, 1)
            view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def retranslate(self, lang: str) -> None:
        self.intro.setText(
            self.tr(
                "Only the installations you enrolled count. Someone who can write into the "
                "shared folder can put bundles there under a new installation, or under the "
                "name of a real one. Before you enrol an installation, call its case director "
                "and compare the key fingerprint: it must be exactly the same."
            )
        )
        self.waiting_title.setText(self.tr("Waiting (%n)", "", self.waiting_model.rowCount()))
        self.enrolled_title.setText(self.tr("Enrolled (%n)", "", self.enrolled_model.rowCount()))
        self.waiting_view.setAccessibleName(self.waiting_title.text())
        self.enrolled_view.setAccessibleName(self.enrolled_title.text())
        self.enrol_button.setText(self.tr("Enrol…"))
        self.revoke_button.setText(self.tr("End enrolment…"))
        self.waiting_model.set_lang(lang)
        self.enrolled_model.set_lang(lang)

    def set_installations(self, installations: Installations, lang: str) -> None:
        self.waiting_model.set_rows(installations.waiting)
        self.enrolled_model.set_rows(installations.enrolled)
        self.retranslate(lang)
        self._update_buttons()

    def selected_waiting(self) -> Waiting | None:
        rows = self.waiting_view.selectionModel().selectedRows()
        return self.waiting_model.row_at(rows[0].row()) if rows else None

    def selected_enrolment(self) -> Enrolment | None:
        rows = self.enrolled_view.selectionModel().selectedRows()
        return self.enrolled_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.enrol_button.setEnabled(self.selected_waiting() is not None)
        self.revoke_button.setEnabled(self.selected_enrolment() is not None)

    def _enrol_clicked(self) -> None:
        chosen = self.selected_waiting()
        if chosen is not None:
            self.enrol_requested.emit(chosen)

    def _revoke_clicked(self) -> None:
        chosen = self.selected_enrolment()
        if chosen is not None:
            self.revoke_requested.emit(chosen)
