"""Confirmations and notices of the family tabs, through the one seam for message boxes
(`veldwerk.ui.dialogs`), looked up at call time so a test that patches the seam is obeyed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from veldwerk.ui import dialogs


def ask(parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "") -> bool:
    """A yes/no question (the safe answer is the default); True when the user agrees."""
    return bool(dialogs.question(parent, title, text, yes, no))


def tell(parent: QWidget | None, title: str, text: str) -> None:
    """A calm notice that something could not be done, and why."""
    dialogs.warning(parent, title, text)
