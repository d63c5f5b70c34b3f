"""Asking before typed data is thrown away: the one question every edit dialog asks when it is
closed with changes (Escape, Cancel or the window's close button), so the family tabs' dialogs
and the shell's forms (a new family, the family's details) say the same thing.

It goes through the one seam for message boxes (`veldwerk.ui.dialogs`, looked up at call time,
so a test that patches the seam is obeyed). The texts use the explicit context
"DiscardChanges" (translated in ``translations/veldwerk_nl.ts``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from veldwerk.ui import dialogs


def may_discard(parent: QWidget | None) -> bool:
    """True when the user agrees to close `parent` without saving; "keep editing" (the
    default button, and Escape) answers False."""
    return bool(
        dialogs.question(
            parent,
            QCoreApplication.translate("DiscardChanges", "Discard changes?"),
            QCoreApplication.translate(
                "DiscardChanges",
                "You have changed this form. Close it without saving your changes?",
            ),
            QCoreApplication.translate("DiscardChanges", "Discard changes"),
            QCoreApplication.translate("DiscardChanges", "Keep editing"),
        )
    )
