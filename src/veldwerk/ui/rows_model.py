"""The base of the small table models over a list of plain rows (the Learning data window's
and the coordinator window's tables)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
_ROOT = QModelIndex()


class RowsModel(QAbstractTableModel, Generic[T]):
    """One table row per item of a list, `column_count` columns named by `headers()` (with
    `header_tips()` as their tooltips, if any); `set_rows` replaces the whole table. `lang` is
    the language the cells are written in."""

    column_count = 0

    def __init__(self, parent: Any = None, lang: str = "nl") -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self.lang = lang

    def set_rows(self, rows: Sequence[T], lang: str | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if lang is not None:
            self.lang = lang
        self.endResetModel()

    def set_lang(self, lang: str) -> None:
        """Every cell and header again, in `lang`."""
        self.beginResetModel()
        self.lang = lang
        self.endResetModel()

    def row_at(self, index: Index) -> T | None:
        """The item of `index`'s row; None for an index that is not one of the table's."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def headers(self) -> list[str]:
        raise NotImplementedError

    def header_tips(self) -> list[str]:
        """The columns' tooltips; none unless a table has them."""
        return []

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.column_count

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.column_count:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = self.header_tips()
            return tips[section] if tips else None
        return None
