"""The one database worker: a thread that holds the open Workspace and runs every service call.

SQLite wants one writer, and the window must never wait on the database, so every screen hands
its work to `DbWorker` and gets the answer back on the GUI thread through a queued signal. The
worker also implements `FamilyEditor` (ui/editing.py) for the family tabs: `save` runs an edit
and, on success, `family_saved` carries the fresh family to every tab.

Failures are sorted where they come back: a `DomainError` goes to the caller's `on_error` (or a
calm message box in the user's language); anything else is a bug, logged with its traceback but
without its message (which could hold personal data), and shown as a calm generic message.

Locking bumps a generation counter, so answers to work asked before the lock are dropped
instead of putting family data back on a cleared screen.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from veldwerk.domain.errors import DomainError
from veldwerk.ui import dialogs, gc_guard

if TYPE_CHECKING:
    from veldwerk.domain.model import Family
    from veldwerk.workspace import Workspace

log = logging.getLogger(__name__)


class NotOpen(Exception):
    """Work asked for a workspace while none is open (locked); dropped without a message."""


class _Job:
    __slots__ = (
        "fn",
        "on_done",
        "on_error",
        "on_failed",
        "generation",
        "always",
        "result",
        "error",
    )

    def __init__(
        self,
        fn: Callable[[_Runner], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[DomainError], None] | None,
        on_failed: Callable[[], None] | None,
        generation: int,
        always: bool,
    ) -> None:
        self.fn = fn
        self.on_done = on_done
        self.on_error = on_error
        self.on_failed = on_failed
        self.generation = generation
        self.always = always
        self.result: Any = None
        self.error: BaseException | None = None


class _Runner(QObject):
    """Lives in the worker thread; the only code that touches the workspace."""

    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.ws: Workspace | None = None

    def workspace(self) -> Workspace:
        if self.ws is None:
            raise NotOpen()
        return self.ws

    @Slot(object)
    def execute(self, job: _Job) -> None:
        try:
            job.result = job.fn(self)
        except BaseException as exc:  # handed to the GUI thread, sorted there
            job.error = exc
        self.finished.emit(job)


def log_unexpected(exc: BaseException, where: str) -> None:
    """Log a bug: its type and where it happened, never its message (it may hold names)."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("unexpected %s in %s\n%s", type(exc).__name__, where, frames)


class DbWorker(QObject):
    """The GUI side of the database thread; also the tabs' `FamilyEditor`."""

    family_saved = Signal(object)
    """A fresh `Family` after a successful `save`."""
    busy_changed = Signal(bool)

    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = "nl"
        self._pending = 0
        self._generation = 0
        self.message_parent: QWidget | None = None
        self._thread = QThread()
        self._thread.setObjectName("veldwerk-db")
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.execute)
        self._runner.finished.connect(self._finished)
        gc_guard.acquire()
        self._guarded = True
        self._thread.start()

    # ---- FamilyEditor --------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self._lang

    def set_lang(self, lang: str) -> None:
        self._lang = lang

    def save(
        self,
        op: Callable[[Workspace], Family],
        on_done: Callable[[Family], None] | None = None,
        on_error: Callable[[DomainError], None] | None = None,
        on_failed: Callable[[], None] | None = None,
    ) -> None:
        def done(family: Family) -> None:
            self.family_saved.emit(family)
            if on_done is not None:
                on_done(family)

        self.call(op, done, on_error, on_failed=on_failed)

    def query(
        self,
        op: Callable[[Workspace], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[DomainError], None] | None = None,
    ) -> None:
        self.call(op, on_done, on_error)

    # ---- general -------------------------------------------------------------------------
    def call(
        self,
        op: Callable[[Workspace], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[DomainError], None] | None = None,
        *,
        on_failed: Callable[[], None] | None = None,
    ) -> None:
        """Run `op(workspace)` on the worker; `on_done(result)` on the GUI thread."""
        self._enqueue(lambda r: op(r.workspace()), on_done, on_error, on_failed)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[DomainError], None] | None = None,
        *,
        on_failed: Callable[[], None] | None = None,
    ) -> None:
        """Run `fn()` on the worker, without a workspace (imports, opening a profile)."""
        self._enqueue(lambda r: fn(), on_done, on_error, on_failed)

    def open(
        self,
        opener: Callable[[], Workspace],
        on_done: Callable[[Workspace], None] | None = None,
        on_error: Callable[[DomainError], None] | None = None,
        *,
        on_failed: Callable[[], None] | None = None,
    ) -> None:
        """Open a workspace on the worker (`opener` runs the slow key derivation there) and keep
        it; any workspace already held is closed first. `on_done` gets it for reading only."""

        def job(runner: _Runner) -> Workspace:
            if runner.ws is not None:
                runner.ws.close()
                runner.ws = None
            runner.ws = opener()
            return runner.ws

        self._enqueue(job, on_done, on_error, on_failed)

    def close_workspace(self, on_done: Callable[[Any], None] | None = None) -> None:
        """Drop every answer still on its way, then close the workspace (the key is dropped,
        the database closed) on the worker."""
        self._generation += 1

        def job(runner: _Runner) -> None:
            ws, runner.ws = runner.ws, None
            if ws is not None:
                ws.close()

        self._enqueue(job, on_done, None, None, always=True)

    @property
    def idle(self) -> bool:
        """No work waiting or running (for tests and the status bar)."""
        return self._pending == 0

    @property
    def has_workspace(self) -> bool:
        return self._runner.ws is not None

    def shutdown(self) -> None:
        """Stop the thread (after the work it is doing) and close the workspace."""
        self._generation += 1
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
        ws, self._runner.ws = self._runner.ws, None
        if ws is not None:
            ws.close()
        if self._guarded:
            self._guarded = False
            gc_guard.release()

    # ---- plumbing ------------------------------------------------------------------------
    def _enqueue(
        self,
        fn: Callable[[_Runner], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[DomainError], None] | None,
        on_failed: Callable[[], None] | None,
        *,
        always: bool = False,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submit.emit(_Job(fn, on_done, on_error, on_failed, self._generation, always))

    @Slot(object)
    def _finished(self, job: _Job) -> None:
        self._pending -= 1
        try:
            if job.generation == self._generation or job.always:
                self._deliver(job)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def _deliver(self, job: _Job) -> None:
        error = job.error
        if error is None:
            if job.on_done is not None:
                job.on_done(job.result)
            return
        if isinstance(error, NotOpen):
            return
        if job.on_failed is not None:
            job.on_failed()
        if isinstance(error, DomainError):
            if job.on_error is not None:
                job.on_error(error)
            else:
                self.show_domain_error(error)
        else:
            log_unexpected(error, "database work")
            self.show_unexpected()

    def show_domain_error(self, error: DomainError) -> None:
        """A refused change as a calm message box, every problem in the user's language."""
        text = "\n".join(dict.fromkeys(p.message(self._lang) for p in error.problems))
        dialogs.warning(self.message_parent, self.tr("Not saved"), text)

    def show_unexpected(self) -> None:
        dialogs.warning(
            self.message_parent,
            self.tr("Something went wrong"),
            self.tr(
                "Something went wrong that should not have. Nothing was half-saved. "
                "The details are in the log, without any personal data."
            ),
        )
