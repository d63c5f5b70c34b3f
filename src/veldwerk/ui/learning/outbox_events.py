"""A small notice board: "the outbox changed". The Learning data window posts here after an
export or a delivery, automatic delivery after it delivered; each refreshes what it shows
without the main window wiring them together."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class OutboxEvents(QObject):
    changed = Signal()


_events: OutboxEvents | None = None


def outbox_events() -> OutboxEvents:
    """The one notice board of this process (made on first use, in the GUI thread)."""
    global _events
    if _events is None:
        _events = OutboxEvents()
    return _events
