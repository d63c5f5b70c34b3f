"""Python's cyclic garbage collector runs only on the GUI thread while a worker thread exists.

The collector runs in whichever thread happens to allocate when a threshold is crossed. If that is
the database worker, it may free Qt objects (and their C++ side) that belong to the GUI thread,
which crashes Qt. So while any worker lives, automatic collection is off and a timer on the GUI
thread collects instead: the young generation often, everything now and then.

A full collection looks at every object: with the services, Qt and a thousand families loaded
that is about 120,000 objects and 50 ms on the GUI thread, enough to push a family switch or a
keystroke over its budget. So once the main window is up, `settle()` moves everything alive then
(modules, classes, the windows) out of the collector's sight (`gc.freeze`); the periodic full
collection then only looks at what was made since. `thaw()` (on lock, and when the last worker
stops) gives them back, so a lock still collects everything.
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


def settle() -> None:
    """The long-lived objects are built (the main window is up): leave them out of the periodic
    collections from now on. Garbage among them is collected at the next `thaw()`."""
    gc.freeze()


def thaw() -> None:
    """Let the collector see every object again (before the collection on lock)."""
    gc.unfreeze()


def release() -> None:
    """A worker thread has stopped; the last one gives collection back to Python."""
    global _holders
    if _holders == 0:
        return
    _holders -= 1
    if _holders == 0:
        if _collector is not None:
            _collector.timer.stop()
        gc.unfreeze()
        gc.collect()
        if _was_enabled:
            gc.enable()
