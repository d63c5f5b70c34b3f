"""Python's cyclic garbage collector runs only on the GUI thread while a worker thread exists.

The collector runs in whichever thread happens to allocate when a threshold is crossed. If that is
the database worker, it may free Qt objects (and their C++ side) that belong to the GUI thread,
which crashes Qt. So while any worker lives, automatic collection is off and a timer on the GUI
thread collects instead: the young generation often, everything now and then.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_INTERVAL_MS = 500
FULL_EVERY = 20  # a full collection every 20 young ones (10 s)


class _Collector(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._ticks = 0
        self.timer = QTimer(self)
        self.timer.setInterval(YOUNG_INTERVAL_MS)
        self.timer.timeout.connect(self.collect)

    def collect(self) -> None:
        self._ticks += 1
        if self._ticks % FULL_EVERY == 0:
            gc.collect()
        else:
            gc.collect(0)


_holders = 0
_was_enabled = True
_collector: _Collector | None = None


def acquire() -> None:
    """A worker thread starts: collection moves to the GUI thread (call on the GUI thread)."""
    global _holders, _was_enabled, _collector
    if _holders == 0:
        _was_enabled = gc.isenabled()
        gc.disable()
        if _collector is None:
            _collector = _Collector()
        _collector.timer.start()
    _holders += 1


def release() -> None:
    """A worker thread has stopped; the last one gives collection back to Python."""
    global _holders
    if _holders == 0:
        return
    _holders -= 1
    if _holders == 0:
        if _collector is not None:
            _collector.timer.stop()
        gc.collect()
        if _was_enabled:
            gc.enable()
