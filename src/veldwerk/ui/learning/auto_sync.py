"""Automatic delivery of learning data: at unlock and every few minutes while the app is open.

Offline first: when the shared folder cannot be reached, the bundles simply keep waiting in the
outbox and the status text says how many and when the last delivery was. The outbox makes
delivery exactly-once (one delivery at a time, deterministic names, identical files count as
delivered), so a tick that overlaps a manual "Send now" does no harm.

AutoSync never shows a dialog: problems go into the status text (and the log, without personal
data). It only works while a workspace is open and only when a shared folder is set.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from veldwerk.ui.learning.outbox_events import outbox_events

if TYPE_CHECKING:
    from veldwerk.domain.errors import DomainError
    from veldwerk.services.learning import OutboxStatus
    from veldwerk.ui.db_worker import DbWorker
    from veldwerk.workspace import Workspace

log = logging.getLogger(__name__)

LOST_AFTER_SECONDS = 600.0
"""A tick whose answer never came (dropped by a lock) stops blocking the next after this."""


@dataclass(frozen=True)
class Tick:
    status: OutboxStatus | None
    delivered: int = 0


def deliver_waiting(ws: Workspace) -> Tick:
    """Deliver what waits when a shared folder is set; never raises (runs on the worker)."""
    try:
        status = ws.learning.status()
        delivered = 0
        if status.waiting and ws.config.get("shared_folder"):
            result = ws.learning.sync()
            delivered = len(result.delivered)
            status = ws.learning.status()
            if delivered:
                log.info("automatic delivery: %d bundle(s) delivered", delivered)
            elif result.error:
                log.info("automatic delivery: bundles wait (%s)", result.error)
        return Tick(status, delivered)
    except Exception as exc:  # never a dialog from a background tick
        from veldwerk.ui.db_worker import log_unexpected

        log_unexpected(exc, "automatic delivery")
        return Tick(None)


def read_status(ws: Workspace) -> Tick:
    try:
        return Tick(ws.learning.status())
    except Exception as exc:
        from veldwerk.ui.db_worker import log_unexpected

        log_unexpected(exc, "outbox status")
        return Tick(None)


def status_text(status: OutboxStatus | None, lang: str) -> str:
    """The status-bar text: the outbox's own description, or nothing when learning data was
    never exported (most users need not think about it then)."""
    if status is None or (status.waiting == 0 and status.last_delivery is None):
        return ""
    return status.describe(lang)


class _LanguageWatch(QWidget):
    """Never shown; Qt tells every widget when the language changes, not plain objects."""

    def __init__(self, on_change: Callable[[], None]) -> None:
        super().__init__()
        self._on_change = on_change

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._on_change()
        super().changeEvent(event)


class AutoSync(QObject):
    """`start()` on unlock, `stop()` on lock; `status_changed(text)` for a status-bar label."""

    status_changed = Signal(str)
    delivered = Signal(int)
    """How many bundles a tick delivered (only when more than none)."""
    answered = Signal()
    """A delivery attempt or status read came back (whatever it found)."""

    def __init__(
        self, worker: DbWorker, parent: QObject | None = None, interval_minutes: float = 5
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, round(interval_minutes * 60_000)))
        self._timer.timeout.connect(self.sync_now)
        self._running = False
        self._in_flight: float | None = None
        self._refresh_after = False
        self._posting = False
        self._generation = 0
        self._status: OutboxStatus | None = None
        self._text = ""
        outbox_events().changed.connect(self.refresh_status)
        self._language = _LanguageWatch(self._emit)
        self.destroyed.connect(self._language.deleteLater)

    # ---- public --------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    @property
    def text(self) -> str:
        """The last status text emitted."""
        return self._text

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(max(1, ms))

    def start(self) -> None:
        """Deliver once right away, then every interval (until `stop`)."""
        self._running = True
        self._in_flight = None
        self._generation += 1
        self._timer.start()
        self.sync_now()

    def stop(self) -> None:
        """Stop delivering (on lock): answers still on their way are ignored."""
        self._running = False
        self._timer.stop()
        self._in_flight = None
        self._refresh_after = False
        self._generation += 1

    def sync_now(self) -> None:
        """One delivery attempt in the background (ignored while one is under way)."""
        if not self._may_ask():
            return
        self._ask(deliver_waiting)

    def refresh_status(self) -> None:
        """Re-read the outbox status only (after an export or a manual delivery)."""
        if self._posting:
            return
        if self._may_ask():
            self._ask(read_status)
        elif self._running:
            self._refresh_after = True

    # ---- plumbing ------------------------------------------------------------------------
    def _may_ask(self) -> bool:
        if not self._running or not self._worker.has_workspace:
            return False
        started = self._in_flight
        return started is None or time.monotonic() - started > LOST_AFTER_SECONDS

    def _ask(self, job: Callable[[Workspace], Tick]) -> None:
        generation = self._generation
        self._in_flight = time.monotonic()

        def done(tick: Tick) -> None:
            if generation != self._generation:
                return
            self._in_flight = None
            if self._refresh_after:
                self._refresh_after = False
                QTimer.singleShot(0, self.refresh_status)
            if tick.status is not None:
                self._status = tick.status
                self._emit()
            if tick.delivered:
                self.delivered.emit(tick.delivered)
                self._posting = True
                try:
                    outbox_events().changed.emit()  # an open Learning data window redraws
                finally:
                    self._posting = False
            self.answered.emit()

        def refused(_error: DomainError) -> None:
            if generation == self._generation:
                self._in_flight = None

        def failed() -> None:
            if generation == self._generation:
                self._in_flight = None

        self._worker.call(job, done, refused, on_failed=failed)

    def _emit(self) -> None:
        text = status_text(self._status, self._worker.lang)
        if text != self._text:
            self._text = text
            self.status_changed.emit(text)
