"""The list of the Netwerk tab: name, who they are, the tie and the phone, grouped by kind.

Its columns are fitted to its width whenever that changes, so the name, who and tie columns
are always in sight without scrolling sideways: "who" wraps onto more lines rather than being
cut off; when the list is narrow the phone column goes first (the phone is in the name's
tooltip too), then the name gives way down to `NAME_LEAST`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from veldwerk.ui.tabs import style

NAME_COLUMN, WHO_COLUMN, TIE_COLUMN, PHONE_COLUMN = range(4)
NAME_CAP, NAME_LEAST, TIE_CAP, PHONE_CAP, WHO_LEAST = 190, 120, 100, 130, 150
CELL_PAD = 8


class WrappingDelegate(QStyledItemDelegate):
    """Asks for the height a cell's text takes wrapped at its column's width (a tree view
    measures rows as if every column were endless)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(  # noqa: N802 (Qt naming)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        sized = QStyleOptionViewItem(option)
        spanned = not index.parent().isValid()  # a group's title spans the row
        width = self.view.viewport().width() if spanned else self.view.columnWidth(index.column())
        if index.column() == 0 and not spanned:  # a person is indented under their group
            width -= self.view.indentation()
        sized.rect = QRect(0, 0, width - 2 * style.TREE_ITEM_PAD_X, 1000)  # as it is painted
        return super().sizeHint(sized, index)


class NetworkList(QTreeWidget):
    """The network as a list, its columns fitted to its width (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False
        self.setStyleSheet(style.TREE_CSS)
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(12)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(WrappingDelegate(self))
        self.setUniformRowHeights(False)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.header().setStretchLastSection(False)
        self.setMinimumWidth(300)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.Resize and not self._fitting:
            self.fit_columns()
        return super().viewportEvent(event)

    def _wanted(self, column: int, cap: int) -> int:
        """The width column `column` needs for its title and its widest text, at most `cap`."""
        title = self.header().sectionSizeFromContents(column).width()
        texts = [item.text(column) for item in self._people()]
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(t) for t in texts), default=0) + 2 * CELL_PAD
        if column == NAME_COLUMN:
            widest += self.indentation()
        return max(title, min(widest, cap))

    def _people(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            if group is not None:
                out += [c for i in range(group.childCount()) if (c := group.child(i))]
        return out

    def fit_columns(self) -> None:
        for _ in range(3):  # a scroll bar that comes or goes with the new heights: once more
            room = self.viewport().width()
            self._fit(room)
            if self.viewport().width() == room:
                break

    def _fit(self, room: int) -> None:
        name = self._wanted(NAME_COLUMN, NAME_CAP)
        tie = self._wanted(TIE_COLUMN, TIE_CAP)
        phone = self._wanted(PHONE_COLUMN, PHONE_CAP)
        who_title = self.header().sectionSizeFromContents(WHO_COLUMN).width()
        least_who = max(who_title, WHO_LEAST)
        show_phone = room - name - tie - phone >= least_who
        if not show_phone:
            phone = 0
            spare = room - name - tie - least_who
            if spare < 0:
                name = max(name + spare, self._wanted(NAME_COLUMN, NAME_LEAST))
        who = max(room - name - tie - phone, who_title)
        self._fitting = True
        try:
            self.setColumnHidden(PHONE_COLUMN, not show_phone)
            widths = {NAME_COLUMN: name, WHO_COLUMN: who, TIE_COLUMN: tie, PHONE_COLUMN: phone}
            for column, width in widths.items():
                if width and self.columnWidth(column) != width:
                    self.setColumnWidth(column, width)
            self.doItemsLayout()  # the rows take the height of their wrapped text
        finally:
            self._fitting = False
