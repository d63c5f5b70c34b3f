"""A table cell with room left and right of its text. A style-sheet padding would do the same
but also restyles widgets inside the table and is not counted when columns are sized."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
MARGIN = 8


class PaddedDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None, margin: int = MARGIN) -> None:
        super().__init__(parent)
        self.margin = margin

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(self.margin, 0, -self.margin, 0)
        super().paint(painter, inner, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * self.margin, size.height())
