"""Wiring closing and reopening into the main window with one call, `attach_closing(window)`:
two actions in the Edit menu, "Close family…" and "Reopen family…", of which the one that fits
the family shown is enabled (an active family can be closed, a closed one reopened); each opens
its dialog (`ui.closing_dialog`) among the window's dialogs (closed on lock like the others)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from veldwerk.domain.model import Family

if TYPE_CHECKING:
    from veldwerk.ui.main_window import MainWindow


class ClosingActions(QObject):
    """The two actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.close_action = QAction(window)
        self.reopen_action = QAction(window)
        menu = window.edit_menu
        actions = menu.actions()
        after = actions.index(window.contact_action) + 1
        before = actions[after] if after < len(actions) else None
        for action in (self.close_action, self.reopen_action):
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
        self.close_action.triggered.connect(self.close_family)
        self.reopen_action.triggered.connect(self.reopen_family)
        window.family_shown.connect(self.update)
        window.worker.family_saved.connect(self._saved)
        window.installEventFilter(self)
        self.retranslate()
        self.update(window.current_family)

    def update(self, family: Family | None) -> None:
        """Enable the action that fits the family shown (none without a family)."""
        self.close_action.setEnabled(family is not None and family.status != "closed")
        self.reopen_action.setEnabled(family is not None and family.status == "closed")

    def _saved(self, family: Family) -> None:
        shown = self._window.current_family
        if shown is not None and shown.key == family.key:
            self.update(family)

    def _open(self, dialog: QDialog) -> QDialog:
        # the window's list of open dialogs: closed (asking nothing) when the screen locks
        return self._window._dialogs.open(dialog)  # noqa: SLF001

    def close_family(self) -> QDialog | None:
        family = self._window.current_family
        if family is None or family.status == "closed":
            return None
        from veldwerk.ui.closing_dialog import CloseFamilyDialog  # startup time: a dialog

        return self._open(CloseFamilyDialog(self._window.worker, family, self._window))

    def reopen_family(self) -> QDialog | None:
        family = self._window.current_family
        if family is None or family.status != "closed":
            return None
        from veldwerk.ui.closing_dialog import ReopenFamilyDialog  # startup time: a dialog

        return self._open(ReopenFamilyDialog(self._window.worker, family, self._window))

    def retranslate(self) -> None:
        self.close_action.setText(QCoreApplication.translate("ClosingActions", "Cl&ose family…"))
        self.reopen_action.setText(QCoreApplication.translate("ClosingActions", "&Reopen family…"))
        for action in (self.close_action, self.reopen_action):
            action.setToolTip(action.text().replace("&", ""))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def attach_closing(window: MainWindow) -> ClosingActions:
    """The closing and reopening actions of `window`."""
    return ClosingActions(window)
