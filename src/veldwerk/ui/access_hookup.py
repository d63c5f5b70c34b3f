"""Wiring the access log into the shell with one call, `attach_access(session)` (issue 15):
each family shown in the main window is logged as viewed (repeats within a minute are counted
by the store, not here), a search result opened is logged as such, and the File menu gets
"Access log (Inzage)…" (Ctrl+Shift+I) that opens
the view of the family shown. Printing and saving an overview are logged by the print preview.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from veldwerk.domain.model import Family

ACTION_NAME = "accessLogAction"


def log_access(worker: Any, ref: str, action: str, kind: str = "family") -> None:
    """Log `action` on the family `ref` on the database worker (nothing shown back)."""
    worker.call(lambda ws: ws.access.record_access(ref, action, kind), None, lambda _e: None)


def open_access_view(window: Any) -> Any:
    """The Inzage view of the family `window` shows (None when no family is shown)."""
    family = window.current_family
    if family is None:
        return None
    from veldwerk.ui.access_view import AccessView

    view = AccessView(window.worker, family, window)
    view.open()
    return view


class _Words(QObject):
    """Retranslates the menu action on a language change of the window."""

    def __init__(self, action: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self._action = action
        self.retranslate()

    def retranslate(self) -> None:
        self._action.setText(QCoreApplication.translate("AccessHookup", "Access &log (Inzage)…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def attach_access(session: Any) -> None:
    """Hook the main window of `session` (veldwerk.ui.session.Session) once it exists."""

    def hook() -> None:
        window = getattr(session, "main_window", None)
        if window is None or window.property("accessHooked"):
            return
        window.setProperty("accessHooked", True)

        def shown(family: Family | None) -> None:
            if family is not None:
                log_access(window.worker, family.ref, "view")

        window.family_shown.connect(shown)
        shown(window.current_family)  # shown already as the unlock finished (the last one open)
        search_box = getattr(window, "search_box", None)
        if search_box is not None:  # a search result opened: which family, which kind of record
            search_box.result_opened.connect(
                lambda hit: log_access(window.worker, hit.ref, "search", hit.kind)
            )
        action = QAction(window)
        action.setObjectName(ACTION_NAME)
        action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        action.triggered.connect(lambda: open_access_view(window))
        window.addAction(action)
        window.file_menu.insertAction(window.print_action, action)
        window.family_actions.append(action)
        action.setEnabled(window.current_family is not None)
        window.family_shown.connect(lambda f: action.setEnabled(f is not None))
        words = _Words(action, window)
        window.installEventFilter(words)

    session.unlocked.connect(hook)
