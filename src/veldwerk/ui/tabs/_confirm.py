"""Confirmations and notices of the family tabs, in one place so tests patch one thing.

When the shell's seam `veldwerk.ui.dialogs` exists, these go through it; until then they fall back
to a plain message box. Tests patch `ask` and `tell` here (or the shell's seam).
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget


def _seam() -> Any | None:
    try:
        return importlib.import_module("veldwerk.ui.dialogs")
    except ImportError:
        return None


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True when the user agrees."""
    seam = _seam()
    if seam is not None and hasattr(seam, "question"):
        return bool(seam.question(parent, title, text))
    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A calm notice that something could not be done, and why."""
    seam = _seam()
    if seam is not None and hasattr(seam, "warning"):
        seam.warning(parent, title, text)
        return
    QMessageBox.warning(parent, title, text)
