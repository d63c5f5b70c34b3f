"""Every screen fits a 1280 x 800 screen at 200% (EN 301 549 11.1.4.4 and 11.1.4.10, resize and
reflow): a window or dialog may ask for at most 1280 x 800 logical pixels (what such a screen
has at QT_SCALE_FACTOR=2: 2560 x 1600 device pixels), and scrolls what does not fit. Qt lays out
in logical pixels, so the check holds at any scale; the screenshots show it at 200%."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

ROOM = QSize(1280, 800)


def cut_off(window: QWidget) -> list[str]:
    """What `window` asks for beyond `ROOM`, in words (nothing when it fits)."""
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if need.width() <= ROOM.width() and need.height() <= ROOM.height():
        return []
    return [
        f"{type(window).__name__} needs at least {need.width()} x {need.height()} logical "
        f"pixels, more than {ROOM.width()} x {ROOM.height()} (a 1280 x 800 screen at 200%)"
    ]
