"""The one seam for message boxes, file and folder choosers and the print dialog.

Every screen asks these functions instead of calling QMessageBox / QFileDialog / QPrintDialog
itself, so a test patches one module (``monkeypatch.setattr(dialogs, "question", ...)``) and no
modal dialog ever blocks a test. The texts given are already translated by the caller.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:  # imported where used: the first window must not wait for these classes
    from PySide6.QtWidgets import QMessageBox, QWidget


def _box(
    parent: QWidget | None, icon: Any, title: str, text: str, details: str = ""
) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
    box.setAccessibleName(title)
    return box


def information(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A calm message with one OK button."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Information, title, text, details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Something did not work; one OK button."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Warning, title, text, details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def question(parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "") -> bool:
    """A yes/no question; True for yes. `yes` and `no` may name the buttons ("Discard",
    "Keep editing"); the default button is always the safe "no"."""
    from PySide6.QtWidgets import QMessageBox

    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes_button = box.addButton(
        yes or QCoreApplication.translate("Dialogs", "Yes"), QMessageBox.ButtonRole.YesRole
    )
    no_button = box.addButton(
        no or QCoreApplication.translate("Dialogs", "No"), QMessageBox.ButtonRole.NoRole
    )
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def open_file(parent: QWidget | None, title: str, filter: str = "") -> Path | None:
    """Ask for an existing file; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, title, "", filter)
    return Path(name) if name else None


def save_file(
    parent: QWidget | None, title: str, suggested: str = "", filter: str = ""
) -> Path | None:
    """Ask where to save; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter)
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> Path | None:
    """Ask for a folder; None when the user cancels."""
    from PySide6.QtWidgets import QFileDialog

    name = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(name) if name else None


def choose_printer(parent: QWidget | None, printer: object) -> bool:
    """Show the print dialog for `printer` (a QPrinter); True when the user chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    assert isinstance(printer, QPrinter)
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted
