"""The permanent labels on the right of the main window's status bar (learning data's and the
team folder's state), one per object name."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow


def permanent_label(window: QMainWindow, object_name: str) -> QLabel:
    """The status bar's permanent label called `object_name`, added the first time."""
    label = window.statusBar().findChild(QLabel, object_name)
    if label is None:
        label = QLabel()
        label.setObjectName(object_name)
        label.setContentsMargins(8, 0, 8, 0)
        window.statusBar().addPermanentWidget(label)
    return label
