"""The dialogs a window or a tab has opened and that are still open."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


class OpenDialogs(Generic[D]):
    """Each dialog is opened window-modal (never blocking) and forgotten (and deleted later) when
    it finishes; `close_all` closes those still open without saving (on lock)."""

    def __init__(self) -> None:
        self._dialogs: list[D] = []

    def open(self, dialog: D) -> D:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        dialog.open()
        return dialog

    def _forget(self, dialog: D) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()

    def listed(self) -> list[D]:
        return list(self._dialogs)

    def any_unsaved(self) -> bool:
        """Whether a dialog on the screen holds changes that are not saved yet."""
        return any(
            bool(getattr(d, "is_dirty", lambda: False)()) for d in self._dialogs if d.isVisible()
        )

    def close_all(self) -> None:
        """Reject every open dialog; one with a `forget` method first lets go of what it holds."""
        for dialog in list(self._dialogs):
            forget = getattr(dialog, "forget", None)
            if callable(forget):
                forget()
            dialog.reject()
        self._dialogs.clear()
