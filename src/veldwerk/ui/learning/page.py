"""The base of the Learning data window's pages."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from veldwerk.ui import style


class LearningPage(QWidget):
    """A page: its heading at the top, then what `page_layout` is given, with the margins and
    spacing every page has; `retranslate` renews its texts when the language changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = style.label("", "heading")

    def page_layout(self) -> QVBoxLayout:
        """The page's layout, holding the heading so far."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        return layout

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
