"""The base of the family tabs: a row of buttons (add, edit, delete) over a view of records,
a friendly line when there is nothing to show, and the open edit dialogs.

The tab keeps the family it shows and nothing older: `set_family(None)` empties every view and
closes every dialog without saving (the family left the screen, e.g. on lock). A fresh copy of
the same family (after a save) keeps open dialogs open.

Strings here use the explicit translation context "RecordTab".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain.errors import DomainError
from veldwerk.ui import focus_order
from veldwerk.ui.open_dialogs import OpenDialogs
from veldwerk.ui.tabs import _confirm, style
from veldwerk.ui.tabs.record_dialog import RecordDialog

if TYPE_CHECKING:
    from veldwerk.domain.model import Family
    from veldwerk.ui.editing import FamilyEditor
    from veldwerk.workspace import Workspace

KEY = Qt.ItemDataRole.UserRole
"""Where a tab's tree keeps the key of the record on each row."""


def tree_key(tree: QTreeWidget) -> int | None:
    """The record key of the first selected row of `tree` that has one."""
    keys = [i.data(0, KEY) for i in tree.selectedItems() if i.data(0, KEY) is not None]
    return int(keys[0]) if keys else None


class RecordTab(QWidget):
    """Subclasses put their view in `self.stack` (with `set_view` or `use_tree`), then `fill`
    it, and implement `refresh`, `records`, `delete_question`, `delete_record`
    and `retranslate` (and `selected_key`, unless the view is a tree given to `use_tree`)."""

    def __init__(self, editor: FamilyEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.family: Family | None = None
        self._dialogs: OpenDialogs[RecordDialog] = OpenDialogs()
        self._tree: QTreeWidget | None = None

        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit_action = QAction(self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_F2)])
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action in (self.add_action, self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.add_action.triggered.connect(lambda: self.open_editor(None))
        self.edit_action.triggered.connect(self._edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)

        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_action.trigger)
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self.delete_button.clicked.connect(self.delete_action.trigger)

        self.toolbar = QHBoxLayout()
        self.toolbar.setSpacing(8)
        self.toolbar.addWidget(self.add_button)
        self.toolbar.addWidget(self.edit_button)
        self.toolbar.addWidget(self.delete_button)
        self.toolbar.addStretch(1)

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(style.HINT_CSS + " padding: 24px;")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 12, 12, 12)
        self.layout_.setSpacing(10)
        self.layout_.addLayout(self.toolbar)
        self.layout_.addWidget(self.stack, 1)

    @property
    def dialogs(self) -> list[RecordDialog]:
        """The edit dialogs open now."""
        return self._dialogs.listed()

    # ---- FamilyTab -----------------------------------------------------------------------
    def tab_title(self) -> str:
        raise NotImplementedError

    def set_family(self, family: Family | None) -> None:
        same = family is not None and self.family is not None and family.key == self.family.key
        for dialog in list(self.dialogs):
            if same:
                assert family is not None
                dialog.update_family(family)
            else:
                dialog.discard()
        self.family = family
        self.refresh()
        self._update_actions()

    def has_unsaved_changes(self) -> bool:
        return any(d.is_dirty() for d in self.dialogs)

    def tab_actions(self) -> list[QAction]:
        """Add, edit and delete, for the main window's menu."""
        return [self.add_action, self.edit_action, self.delete_action]

    # ---- for subclasses ------------------------------------------------------------------
    def set_view(self, view: QWidget) -> None:
        self.stack.addWidget(view)
        self.view_widget = view

    def use_tree(self, tree: QTreeWidget, columns: int) -> None:
        """`tree` as the view, `columns` wide, in the tabs' style, one row chosen at a time:
        choosing a row updates the buttons, activating it edits it."""
        self._tree = tree
        tree.setStyleSheet(style.TREE_CSS)
        tree.setColumnCount(columns)
        tree.setAllColumnsShowFocus(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.header().setStretchLastSection(False)
        tree.itemSelectionChanged.connect(self._update_actions)
        tree.itemActivated.connect(lambda _i, _c: self.edit_action.trigger())
        self.set_view(tree)

    def fill(self) -> None:
        """Texts, rows and buttons for the first time (at the end of a subclass's set-up)."""
        self.retranslate()
        self.refresh()
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self._order_focus()  # here: putting the tab into the tab widget undid the order

    def _order_focus(self) -> None:
        """Tab goes to what the tab shows first, then to its buttons: the user chooses a row,
        then what to do with it (Change and Remove wait for a row)."""
        buttons = [self.add_button, self.edit_button, self.delete_button]
        focus_order.chain([*focus_order.tab_stops_in(self, skip=buttons), *buttons])

    def show_view(self, has_records: bool, empty_text: str) -> None:
        """The view, or the line saying there is nothing yet."""
        self.empty.setText(empty_text)
        self.stack.setCurrentWidget(self.view_widget if has_records else self.empty)

    def refresh(self) -> None:
        raise NotImplementedError

    def begin_refresh(self, no_family: str) -> tuple[Family | None, int | None]:
        """The start of a tree tab's `refresh`: the family and the key of the chosen record,
        the tree emptied; with no family open, the line `no_family` instead of the tree."""
        selected = self.selected_key()
        if self._tree is not None:
            self._tree.clear()
        if self.family is None:
            self.show_view(False, no_family)
        return self.family, selected

    def selected_key(self) -> int | None:
        """The key of the chosen record: of the chosen row of the tree given to `use_tree`,
        unless a tab says otherwise."""
        return tree_key(self._tree) if self._tree is not None else None

    dialog_class: Callable[..., RecordDialog]
    """The edit dialog: called as (editor, family, record or None, parent)."""

    def records(self, family: Family) -> Sequence[Any]:
        """The records this tab shows (members, network, journey, goals or reflections)."""
        raise NotImplementedError

    def open_editor(self, key: int | None) -> RecordDialog | None:
        """The edit dialog for the record with `key` (None: a new record)."""
        if self.family is None:
            return None
        record = next((r for r in self.records(self.family) if r.key == key), None)
        if key is not None and record is None:
            return None
        dialog = self.dialog_class(self.editor, self.family, record, self)
        self.show_dialog(dialog)
        return dialog

    def delete_selected(self) -> None:
        """Ask, then delete the selected record (unless it cannot be, and the user was told)."""
        family, key = self.family, self.selected_key()
        if family is None or key is None:
            return
        record = next((r for r in self.records(family) if r.key == key), None)
        if record is None:
            return
        question = self.delete_question(family, record)
        if question is None or not self.confirm_delete(question):
            return
        ref = family.ref
        self.delete_with(lambda ws: self.delete_record(ws, ref, key))

    def delete_question(self, family: Family, record: Any) -> str | None:
        """What to ask before `record` is deleted; None when it cannot be (after `tell`ing
        the user why)."""
        raise NotImplementedError

    def delete_record(self, ws: Workspace, ref: str, key: int) -> Family:
        """Delete record `key` of family `ref` through the services."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def show_dialog(self, dialog: RecordDialog) -> RecordDialog:
        """Open `dialog` window-modal (never blocking) and keep it until it closes."""
        return self._dialogs.open(dialog)

    def _edit_selected(self) -> None:
        key = self.selected_key()
        if key is not None:
            self.open_editor(key)

    def _update_actions(self) -> None:
        has_family = self.family is not None
        has_selection = has_family and self.selected_key() is not None
        self.add_action.setEnabled(has_family)
        self.add_button.setEnabled(has_family)
        self.edit_action.setEnabled(has_selection)
        self.edit_button.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)

    def set_action_texts(self, add: str, edit: str, delete: str) -> None:
        for action, button, text in (
            (self.add_action, self.add_button, add),
            (self.edit_action, self.edit_button, edit),
            (self.delete_action, self.delete_button, delete),
        ):
            action.setText(text)
            button.setText(text)
            plain = text.replace("&", "")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
            button.setAccessibleName(plain)

    def confirm_delete(self, text: str) -> bool:
        title = QCoreApplication.translate("RecordTab", "Remove?")
        yes = QCoreApplication.translate("RecordTab", "Remove")
        no = QCoreApplication.translate("RecordTab", "Keep")
        return _confirm.ask(self, title, text, yes, no)

    def delete_with(self, op: Callable[[Workspace], Family]) -> None:
        """Run a delete through the editor; a refusal is explained in a calm notice."""
        self.editor.save(op, on_error=self._delete_refused)

    def _delete_refused(self, error: DomainError) -> None:
        lang = self.editor.lang
        text = "\n".join(dict.fromkeys(p.message(lang) for p in error.problems))
        _confirm.tell(self, QCoreApplication.translate("RecordTab", "This cannot be deleted"), text)

    def tell(self, title: str, text: str) -> None:
        _confirm.tell(self, title, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)
