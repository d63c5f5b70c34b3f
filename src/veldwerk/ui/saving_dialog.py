"""The base of the dialogs that save through the database worker (a family's details, a new
family, a change of contact person, the settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from veldwerk.domain.errors import DomainError
from veldwerk.ui.field_errors import FieldErrors

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker


class SavingDialog(QDialog):
    """Window-modal (never blocking): open it with `open()`. It has the field errors with their
    general line, Cancel and the primary button (`ok_button`, which calls `_submit`), and saves
    once at a time: `_begin_save` before asking the worker, then `_done`, `_refused` (the
    services said no: the reasons go next to their fields) or `_failed` (a bug, already told)."""

    def __init__(self, worker: DbWorker, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._saving = False
        self.setModal(True)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _submit(self) -> None:
        raise NotImplementedError

    def _begin_save(self) -> None:
        self._saving = True
        self.ok_button.setEnabled(False)
        self.errors.clear()

    def _done(self) -> None:
        self._saving = False
        self.accept()

    def _failed(self) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)

    def _refused(self, err: DomainError) -> None:
        self.errors.show(err, self._worker.lang)
