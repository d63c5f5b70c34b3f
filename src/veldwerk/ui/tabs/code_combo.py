"""Choosers over the code lists of `domain.codes`: the labels in the editor's language, the code
as the item's data, so a language switch relabels without losing the choice."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from veldwerk.domain import codes
from veldwerk.ui.tabs import style


class CodeCombo(QComboBox):
    """A drop-down over one code list (or given (value, text) pairs); `code()` is None for the
    empty choice when there is one."""

    def __init__(self, kind: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def set_items(self, items: Iterable[tuple[str | None, str]]) -> None:
        """Replace the choices, keeping the current one when it is still there."""
        current = self.code() if self.count() else None
        self.blockSignals(True)
        self.clear()
        for value, text in items:
            self.addItem(text, value)
        self.blockSignals(False)
        self.set_code(current)

    def relabel(self, lang: str, empty_text: str | None = None) -> None:
        """Fill with the code list `kind` in `lang`, led by an empty choice when `empty_text`."""
        assert self.kind is not None
        items: list[tuple[str | None, str]] = []
        if empty_text is not None:
            items.append((None, empty_text))
        kind = self.kind
        items += [(code, codes.label(kind, code, lang)) for code in codes.CODE_LISTS[kind]]
        self.set_items(items)

    def code(self) -> str | None:
        value = self.currentData()
        return value if isinstance(value, str) else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code is not None else -1
        if index < 0 and code is None:
            index = next((i for i in range(self.count()) if self.itemData(i) is None), 0)
        self.setCurrentIndex(max(index, 0) if self.count() else -1)


class CheckList(QListWidget):
    """A list of checkable choices (codes or network members) with their labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setStyleSheet(style.CHECKLIST_CSS)

    def set_items(self, items: Iterable[tuple[str, str]], checked: Iterable[str] = ()) -> None:
        """Replace the choices; `checked` (or, when relabelling, the ones checked now) stay
        checked."""
        keep = set(checked) | set(self.checked())
        self.clear()
        for value, text in items:
            item = QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value in keep else Qt.CheckState.Unchecked)

    def show_first_checked(self) -> None:
        """Scroll so the first checked choice is in sight (what is ticked shows at once)."""
        for i in range(self.count()):
            item = self.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
                return

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self.show_first_checked()

    def relabel_codes(self, kind: str, lang: str, checked: Iterable[str] = ()) -> None:
        self.set_items(((c, codes.label(kind, c, lang)) for c in codes.CODE_LISTS[kind]), checked)

    def checked(self) -> tuple[str, ...]:
        """The checked values, in list order."""
        out = []
        for i in range(self.count()):
            item = self.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(out)

    def set_checked(self, value: str, on: bool = True) -> None:
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
