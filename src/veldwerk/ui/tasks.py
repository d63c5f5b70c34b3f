"""Slow work off the GUI thread, with progress and a way to stop it: the app's one task runner.

Two places to run the work:

- `start(label, op, ...)`: `op(ws, progress, cancel)` on the database worker (import, sending),
  in turn with every other call on the profile;
- `run(work, ...)`: any `work(progress, cancel)` on a thread of its own, for slow work that does
  not touch the profile (the coordinator's collection, which has a database of its own).

The service's plain progress callback is re-emitted as a Qt signal (thread-safe, queued to the
GUI thread; at most once per percent, so a folder of thousands of files does not flood it) as
`progressed`, and drives a progress dialog when the task has a label. `cancel()` (the dialog's
Stop button) sets the service's `CancelToken`; the service stops at its next step and keeps
nothing half-done.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from veldwerk.domain.errors import DomainError

if TYPE_CHECKING:
    from veldwerk.progress import CancelToken, Progress
    from veldwerk.ui.db_worker import DbWorker
    from veldwerk.workspace import Workspace

SlowOp = Callable[["Workspace", "Progress", "CancelToken"], Any]
Work = Callable[["Progress", "CancelToken"], Any]


class _Relay(QObject):
    """Carries progress from the worker thread to the GUI thread."""

    progressed = Signal(int, int)


class _CancelledMarker:
    """What a cancelled task returns instead of raising (so no error box appears)."""


CANCELLED = _CancelledMarker()


class _Thread(QThread):
    """One run of `fn()` on a thread of its own; the result or the error waits for the GUI
    thread, which sorts it."""

    def __init__(self, fn: Callable[[], Any], parent: QObject) -> None:
        super().__init__(parent)
        self._fn = fn
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._fn()
        except BaseException as exc:  # handed to the GUI thread, sorted there
            self.error = exc


class TaskRunner(QObject):
    """Runs one slow job at a time. `worker` is the database worker, needed by `start` only."""

    finished = Signal()
    progressed = Signal(int, int)
    """(done, total) on the GUI thread; total 0 means unknown."""

    def __init__(self, worker: DbWorker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self._token: CancelToken | None = None
        self._thread: _Thread | None = None
        self._handlers: tuple[Callable[[Any], None], Any, Any] | None = None
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
        label: str | None,
        op: SlowOp,
        on_done: Callable[[Any], None],
        on_error: Callable[[DomainError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> bool:
        """Run `op(ws, progress, cancel)` on the worker; False when another task still runs.
        Without a `label` no progress dialog shows (background work, such as the team sync)."""
        if self.running:
            return False
        assert self._worker is not None, "start needs the database worker"
        job = self._begin(label)

        def on_worker(ws: Workspace) -> Any:
            return job(lambda progress, token: op(ws, progress, token))

        done = self._finisher(on_done, on_cancelled)
        self._worker.call(on_worker, done, on_error, on_failed=self._end)
        return True

    def run(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[DomainError], None],
        on_failed: Callable[[], None],
        on_cancelled: Callable[[], None] | None = None,
        *,
        label: str | None = None,
    ) -> bool:
        """Run `work(progress, cancel)` on a thread of its own; False when another task still
        runs. On the GUI thread afterwards: `on_done(result)`, `on_error` with a DomainError,
        `on_cancelled`, or `on_failed` after a bug (logged without its message). With a
        `label`, a progress dialog shows."""
        if self.running:
            return False
        job = self._begin(label)
        self._handlers = (self._finisher(on_done, on_cancelled), on_error, on_failed)
        thread = _Thread(lambda: job(work), self)
        self._thread = thread
        thread.finished.connect(self._thread_ended)
        thread.start()
        return True

    def wait(self, ms: int) -> None:
        """Block until a thread started by `run` has ended (for tests and closing)."""
        if self._thread is not None:
            self._thread.wait(ms)

    def cancel(self) -> None:
        """Ask the running task to stop at its next step."""
        if self._token is not None:
            self._token.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Stopping…"))
            self._dialog.setCancelButton(None)

    def _begin(self, label: str | None) -> Callable[[Work], Any]:
        """A new token and, with a label, the dialog; the function that runs a `Work` with
        them on the worker (a cancelled run returns `CANCELLED`)."""
        from veldwerk.progress import Cancelled, CancelToken

        token = CancelToken()
        self._token = token
        relay = self._relay
        last = -1

        def progress(done: int, total: int) -> None:
            nonlocal last
            if done >= total or done - last >= max(1, total // 100) or done < last:
                last = done
                relay.progressed.emit(done, total)

        def job(work: Work) -> Any:
            try:
                return work(progress, token)
            except Cancelled:
                return CANCELLED

        if label is not None:
            self._dialog = self._make_dialog(label)
        return job

    def _make_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Stop"), 0, 0, self._parent)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(label)
        dialog.canceled.connect(self.cancel)
        return dialog

    def _finisher(
        self, on_done: Callable[[Any], None], on_cancelled: Callable[[], None] | None
    ) -> Callable[[Any], None]:
        def done(result: Any) -> None:
            self._end()
            if result is CANCELLED:
                if on_cancelled is not None:
                    on_cancelled()
            else:
                on_done(result)

        return done

    @Slot()
    def _thread_ended(self) -> None:
        thread, handlers = self._thread, self._handlers
        self._thread = self._handlers = None
        if thread is None or handlers is None:
            return
        thread.wait()
        thread.deleteLater()
        done, on_error, on_failed = handlers
        error = thread.error
        if error is None:
            done(thread.result)
            return
        self._end()
        if isinstance(error, DomainError):
            on_error(error)
        else:
            from veldwerk.ui.db_worker import log_unexpected

            log_unexpected(error, "slow work")
            on_failed()

    def _on_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
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
