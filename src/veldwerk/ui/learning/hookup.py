"""The two hooks the shell needs, so wiring the Learning data screen in is one line each:

- `add_learning_action(window, worker, menu)`: the menu entry "Learning data…" / "Leerdata…"
  (Ctrl+Shift+L) that opens the window; its text follows the language by itself.
- `attach_auto_sync(session)`: automatic delivery started on unlock and stopped on lock, its
  status text in a label on the right of the main window's status bar.

Both only use the shell's public parts (signals `unlocked`/`locked`, `main_window`,
`statusBar()`, `worker`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from veldwerk.ui.learning.auto_sync import AutoSync
from veldwerk.ui.status_label import permanent_label

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker

SHORTCUT = "Ctrl+Shift+L"
STATUS_LABEL = "learningStatus"


def _action_text() -> str:
    return QCoreApplication.translate("LearningMenu", "Learning &data…")


class _Retranslate(QObject):
    """Sets the action's text again when the window's language changes."""

    def __init__(self, action: QAction, window: QMainWindow) -> None:
        super().__init__(action)
        self._action = action
        window.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        text = _action_text()
        self._action.setText(text)
        key = self._action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self._action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({key})")
        self._action.setStatusTip(
            QCoreApplication.translate(
                "LearningMenu", "What leaves for the learning practice, consent and sending"
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.apply()
        return False


def add_learning_action(
    window: QMainWindow, worker: DbWorker, menu: QMenu | None = None
) -> QAction:
    """The "Learning data…" action on `window` (Ctrl+Shift+L), added to `menu` if given."""
    from veldwerk.ui.learning import open_learning_window

    action = QAction(window)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _c=False: open_learning_window(window, worker, worker.lang))
    window.addAction(action)
    _Retranslate(action, window)
    if menu is not None:
        menu.addAction(action)
    return action


def _status_label(window: QMainWindow) -> QLabel:
    return permanent_label(window, STATUS_LABEL)


def attach_auto_sync(session: Any, interval_minutes: float = 5) -> AutoSync:
    """Automatic delivery for `session` (veldwerk.ui.session.Session): started on unlock,
    stopped on lock, its text shown in the main window's status bar."""
    auto = AutoSync(session.worker, session, interval_minutes)
    session.unlocked.connect(auto.start)
    session.locked.connect(auto.stop)

    def show(text: str) -> None:
        window = getattr(session, "main_window", None)
        if isinstance(window, QMainWindow):
            label = _status_label(window)
            label.setText(text)
            label.setAccessibleName(text)

    auto.status_changed.connect(show)
    return auto
