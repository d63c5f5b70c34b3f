"""Slow work (import; later export and collect) with a progress dialog that can be cancelled.

The work runs on the database worker, so the window stays responsive. The service's plain
progress callback is re-emitted as a Qt signal (thread-safe, queued to the GUI thread) and the
dialog's Cancel button sets the service's `CancelToken`; the service stops at its next step and
keeps nothing half-done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from veldwerk.domain.errors import DomainError

if TYPE_CHECKING:
    from veldwerk.progress import CancelToken, Progress
    from veldwerk.ui.db_worker import DbWorker
    from veldwerk.workspace import Workspace

SlowOp = Callable[["Workspace", "Progress", "CancelToken"], Any]


class _Relay(QObject):
    """Carries progress from the worker thread to the dialog."""

    progressed = Signal(int, int)


class _CancelledMarker:
    """What a cancelled task returns instead of raising (so no error box appears)."""


CANCELLED = _CancelledMarker()


class TaskRunner(QObject):
    """Runs one slow job at a time with a progress dialog."""

    finished = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self._token: CancelToken | None = None
        self._relay = _Relay()
        self._relay.progressed.connect(self._on_progress)

    @property
    def running(self) -> bool:
        return self._token is not None

    @property
    def dialog(self) -> QProgressDialog | None:
        return self._dialog

    def start(
        self,
        label: str,
        op: SlowOp,
        on_done: Callable[[Any], None],
        on_error: Callable[[DomainError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> bool:
        """Run `op(ws, progress, cancel)` on the worker; False when another task still runs."""
        if self.running:
            return False
        from veldwerk.progress import Cancelled, CancelToken

        token = CancelToken()
        self._token = token
        relay = self._relay

        def progress(done: int, total: int) -> None:
            relay.progressed.emit(done, total)

        def job(ws: Workspace) -> Any:
            try:
                return op(ws, progress, token)
            except Cancelled:
                return CANCELLED

        dialog = QProgressDialog(label, self.tr("Stop"), 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(label)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog

        def done(result: Any) -> None:
            self._end()
            if result is CANCELLED:
                if on_cancelled is not None:
                    on_cancelled()
            else:
                on_done(result)

        self._worker.call(job, done, on_error, on_failed=self._end)
        return True

    def cancel(self) -> None:
        """Ask the running task to stop at its next step."""
        if self._token is not None:
            self._token.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Stopping…"))
            self._dialog.setCancelButton(None)

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is None:
            return
        if total > 0:
            self._dialog.setMaximum(total)
            self._dialog.setValue(min(done, total))
        else:
            self._dialog.setMaximum(0)

    def _end(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.hide()
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self._token = None
        self.finished.emit()
