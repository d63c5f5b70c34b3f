"""The base of the dialogs that save through the database worker (a family's details, a new
family, a change of contact person, the settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from veldwerk.domain.errors import DomainError
from veldwerk.ui import focus_order
from veldwerk.ui.discard import may_discard
from veldwerk.ui.field_errors import FieldErrors

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker


class SavingDialog(QDialog):
    """Window-modal (never blocking): open it with `open()`. It has the field errors with their
    general line, Cancel and the primary button (`ok_button`, which calls `_submit`), and saves
    once at a time: `_begin_save` before asking the worker, then `_done`, `_refused` (the
    services said no: the reasons go next to their fields) or `_failed` (a bug, already told).

    By keyboard: it opens with the focus on its first field (unless a subclass chose one), Tab
    goes through the fields and then the buttons, Enter saves (the primary button is the
    default) and Escape cancels, asking first when `is_dirty()` (typed changes would be lost)."""

    def __init__(self, worker: DbWorker, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._saving = False
        self._silent = False
        self._focused_once = False
        self.setModal(True)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        # made inside the dialog, so that the primary button below is the dialog's default
        # (Enter saves); made without a parent, Qt chose the first button, Cancel
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _submit(self) -> None:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        """Whether something was typed or chosen that closing would throw away."""
        return False

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: ask first when changes would be lost."""
        asks = not self._silent and self.isVisible() and self.is_dirty()
        if asks and not may_discard(self):
            return
        super().reject()

    def forget(self) -> None:
        """The next close asks nothing (the screen is locked, or the user chose to leave)."""
        self._silent = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._focused_once:
            return
        self._focused_once = True
        self.buttons.raise_()  # last among the dialog's children: read after the fields
        focus_order.buttons_last(self, self.buttons)
        chosen = self.focusWidget()
        if chosen is None or self.buttons.isAncestorOf(chosen):
            focus_order.focus_first(self, skip=[self.buttons])

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
