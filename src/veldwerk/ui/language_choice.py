"""A small "Nederlands | English" chooser for the first screens, before any setting is open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QWidget

# Each language's own name: never translated.
LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


class LanguageChoice(QComboBox):
    """Emits `chosen(lang)` when the user picks a language."""

    chosen = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in LANGUAGE_NAMES:
            self.addItem(name, code)
        self.set_lang(lang)
        self.currentIndexChanged.connect(self._picked)
        self.retranslate()

    def lang(self) -> str:
        return str(self.currentData())

    def set_lang(self, lang: str) -> None:
        index = self.findData(lang)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _picked(self, _index: int) -> None:
        self.chosen.emit(self.lang())

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Language"))
        self.setToolTip(self.tr("Language"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
