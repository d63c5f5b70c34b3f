"""Reflecties: what the case director learned with this family, optionally shared (without
names) with the learning practice."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from veldwerk.domain.codes import label
from veldwerk.domain.consent import in_learning_data
from veldwerk.domain.model import Family, Reflection
from veldwerk.texts import format_date
from veldwerk.ui.editing import FamilyEditor
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.record_tab import KEY, RecordTab
from veldwerk.ui.tabs.reflection_dialog import ReflectionDialog

if TYPE_CHECKING:
    from veldwerk.workspace import Workspace


class WrappedTextDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text in the view's column `column`."""

    def __init__(self, tree: QTreeWidget, column: int) -> None:
        super().__init__(tree)
        self.tree = tree
        self.column = column

    def sizeHint(
        self,
        option: QStyleOptionViewItem,  # noqa: N802 (Qt naming)
        index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != self.column:
            return size
        width = max(self.tree.header().sectionSize(self.column) - 16, 60)
        text = str(index.data() or "")
        rect = self.tree.fontMetrics().boundingRect(
            QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(size.width(), max(size.height(), rect.height() + 12))


class ReflectionsTab(RecordTab):
    def __init__(self, editor: FamilyEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.consent = QLabel(self)
        self.consent.setWordWrap(True)
        self.consent.setStyleSheet(style.HINT_CSS)
        self.layout_.insertWidget(1, self.consent)
        self.tree = QTreeWidget(self)
        self.use_tree(self.tree, 3)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setItemDelegateForColumn(1, WrappedTextDelegate(self.tree, 1))
        header.sectionResized.connect(lambda *_a: self.tree.doItemsLayout())
        self.fill()

    def tab_title(self) -> str:
        return self.tr("Reflections")

    def retranslate(self) -> None:
        self.set_action_texts(
            self.tr("&Add reflection"), self.tr("&Change reflection"), self.tr("&Remove reflection")
        )
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Reflection"), self.tr("Learning")])
        self.tree.setAccessibleName(self.tr("Reflections"))

    def refresh(self) -> None:
        family, selected = self.begin_refresh(self.tr("No family is open."))
        if family is None:
            self.consent.hide()
            return
        lang = self.editor.lang
        ordered = sorted(family.reflections, key=lambda r: (r.date, r.key or 0), reverse=True)
        for reflection in ordered:
            shared = self.tr("shared") if reflection.share_for_learning else self.tr("not shared")
            item = QTreeWidgetItem([format_date(reflection.date, lang), reflection.text, shared])
            item.setData(0, KEY, reflection.key)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if not reflection.share_for_learning:
                item.setForeground(2, QBrush(style.MUTED))
            self.tree.addTopLevelItem(item)
            if reflection.key == selected:
                item.setSelected(True)
                self.tree.setCurrentItem(item)
        any_shared = any(r.share_for_learning for r in family.reflections)
        if any_shared and not in_learning_data(family):
            self.consent.setText(
                self.tr(
                    "This family's consent for learning: %1. Reflections marked \u201cshared\u201d "
                    "are not passed on until the family gives consent."
                ).replace("%1", label("consent", family.learning_consent, lang))
            )
            self.consent.show()
        else:
            self.consent.hide()
        self.show_view(
            bool(family.reflections),
            self.tr(
                "No reflections yet. What did you learn with this family? "
                "Add it with \u201cAdd reflection\u201d."
            ),
        )

    dialog_class = ReflectionDialog

    def records(self, family: Family) -> Sequence[Any]:
        return family.reflections

    def delete_question(self, family: Family, record: Any) -> str | None:
        reflection: Reflection = record
        return self.tr("Remove the reflection of %1?").replace(
            "%1", format_date(reflection.date, self.editor.lang)
        )

    def delete_record(self, ws: Workspace, ref: str, key: int) -> Family:
        return ws.families.delete_reflection(ref, key)
