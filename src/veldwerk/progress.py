"""Progress reporting and cancellation for slow work, as plain Python (no Qt).

Part of the ground floor: it imports nothing from veldwerk, so every layer may use it (the
outbox's delivery and the coordinator's collect below the services, the services, the GUI's
task runner above them). A slow function takes `progress: Progress | None` and
`cancel: CancelToken | None`; the GUI's task runner turns the callback into a Qt signal and its
Cancel button into `cancel.cancel()`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[int, int], None]
"""Called with (done, total); total 0 means unknown."""


class Cancelled(Exception):
    """Slow work stopped because the user asked; nothing half-done is kept."""


class CancelToken:
    """Thread-safe flag that a worker checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()
