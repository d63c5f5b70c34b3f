"""The Learning data screen (Leerdata) and automatic delivery of learning data.

- `open_learning_window(parent, worker, lang)`: what leaves (a table per family pseudonym),
  reflections awaiting approval, consent per family, and sending ("n waiting", Sync now).
- `AutoSync(worker, parent, interval_minutes=5)`: delivers waiting exports at unlock and every
  few minutes while a workspace is open; `status_changed(text)` for the status bar.
- `add_learning_action(window, worker, menu)` and `attach_auto_sync(session)`: the shell's
  menu entry (Ctrl+Shift+L) and automatic delivery on unlock/lock, one line each.

This module stays light (Qt only): the session may import it before the unlock window shows;
the window and its services are imported when it is first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from veldwerk.ui.learning.auto_sync import AutoSync
from veldwerk.ui.learning.hookup import add_learning_action, attach_auto_sync

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from veldwerk.ui.db_worker import DbWorker
    from veldwerk.ui.learning.window import LearningWindow


def open_learning_window(parent: QWidget, worker: DbWorker, lang: str) -> LearningWindow:
    """Open the Learning data window beside `parent`, or bring the open one forward."""
    from veldwerk.ui.learning.window import open_learning_window as _open

    return _open(parent, worker, lang)


__all__ = ["AutoSync", "add_learning_action", "attach_auto_sync", "open_learning_window"]
