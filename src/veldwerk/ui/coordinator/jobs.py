"""Slow coordinator work (collecting, loading the database) off the GUI thread.

A `Job` runs one plain function on a thread of its own. The function gets a progress callback
and a `CancelToken`; progress comes back to the GUI thread as a Qt signal (queued, since it is
emitted from the job's thread), and so does the result or the error. The database is opened and
closed inside the job, on its thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from veldwerk.domain.errors import DomainError
from veldwerk.progress import Cancelled, CancelToken

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], CancelToken], Any]


class Job(QThread):
    """One run of `work(progress, cancel)` on its own thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    refused = Signal(object)
    """A `DomainError`: something the user can fix (a wrong key, an unreachable database)."""
    crashed = Signal()
    """Anything else: a bug, logged without personal data."""
    cancelled = Signal()

    def __init__(self, work: Work, parent: Any = None) -> None:
        super().__init__(parent)
        self._work = work
        self.token = CancelToken()
        self._last = -1

    def cancel(self) -> None:
        self.token.cancel()

    def _progress(self, done: int, total: int) -> None:
        """Pass progress on at most every percent (and at the end): a signal per file of a
        folder of thousands would flood the GUI thread for nothing."""
        step = max(1, total // 100)
        if done >= total or done - self._last >= step or done < self._last:
            self._last = done
            self.progressed.emit(done, total)

    def run(self) -> None:
        self._last = -1
        try:
            result = self._work(self._progress, self.token)
        except Cancelled:
            self.cancelled.emit()
        except DomainError as exc:
            self.refused.emit(exc)
        except Exception:
            log.exception("coordinator job failed")
            self.crashed.emit()
        else:
            self.succeeded.emit(result)
