"""The Qt side of drafts (the rules are `services.drafts` and `domain.drafts`): a dialog that
opts in keeps what was typed in it as a draft in the encrypted store, and gets it back.

How a dialog opts in: inherit `Draftable` (next to its Qt base class), set `draft_kind` (a short
name, e.g. ``"close_family"``) and implement `draft_key()` (which family and record the dialog
is about; None: keep no draft) and `is_dirty()`. Its fields are found by themselves: every
public attribute that is an input (a line or text edit, a date, a combo box, a check list, a
check or radio button), also inside a widget of veldwerk's own that holds fields and in a dict
of them; a dialog with rows that come and go overrides `draft_values`/`restore_draft` (see the
goal dialog). To be offered back after unlocking, the kind needs an opener:
`veldwerk.ui.draft_keeper.register_opener(kind, opener, what)` (record dialogs of the family
tabs have one already). The dialog should be opened so that a lock closes it (e.g. through the
main window's open dialogs), as every dialog with family data is.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from veldwerk.ui.date_field import DateField
from veldwerk.ui.tabs.code_combo import CheckList, CodeCombo

if TYPE_CHECKING:
    from veldwerk.domain.drafts import DraftKey

Values = dict[str, object]
MAX_DEPTH = 2
"""How deep `fields_of` looks into widgets holding fields (a dialog's `FamilyFields`)."""


class Draftable:
    """A dialog that keeps drafts (see the module's text). Mixed into a QDialog subclass."""

    draft_kind: ClassVar[str] = ""

    def draft_key(self) -> DraftKey | None:
        raise NotImplementedError

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def draft_values(self) -> Values:
        """The fields' values as plain JSON."""
        return collect(fields_of(self))

    def restore_draft(self, values: Mapping[str, object]) -> None:
        """Put the values of a draft back into the fields (unknown names are left alone)."""
        apply(fields_of(self), values)


def _is_input(widget: object) -> bool:
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable()
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, DateField, QComboBox))


def fields_of(owner: object) -> dict[str, QWidget]:
    """The input widgets of `owner` by attribute name (``fields.name``, ``vulnerabilities.x``
    for nested ones), each once, in the order they were made."""
    found: dict[str, QWidget] = {}
    seen: set[int] = {id(owner)}
    for name, widget in _walk(owner, "", 0, seen):
        found[name] = widget
    return found


def _walk(owner: object, prefix: str, depth: int, seen: set[int]) -> Iterator[tuple[str, QWidget]]:
    for name, value in list(vars(owner).items()):
        if name.startswith("_"):
            continue
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(key, str) and _is_input(item) and id(item) not in seen:
                    seen.add(id(item))
                    yield f"{prefix}{name}.{key}", item
            continue
        if not isinstance(value, QWidget) or id(value) in seen:
            continue
        seen.add(id(value))
        if _is_input(value) or isinstance(value, CheckList):
            yield prefix + name, value
        elif depth < MAX_DEPTH and type(value).__module__.startswith("veldwerk."):
            yield from _walk(value, f"{prefix}{name}.", depth + 1, seen)


def value_of(widget: QWidget) -> object:
    """One field's value as plain JSON."""
    if isinstance(widget, DateField):
        return widget.text()
    if isinstance(widget, CheckList):
        return list(widget.checked())
    if isinstance(widget, CodeCombo):
        return widget.code()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        if data is None or isinstance(data, (str, int, bool)):
            return {"data": data, "text": widget.currentText()}
        return {"text": widget.currentText()}
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    raise TypeError(type(widget).__name__)


def set_value(widget: QWidget, value: object) -> None:
    """Put `value` (as `value_of` gave it) back; a value of the wrong shape is left out."""
    if isinstance(widget, DateField) and isinstance(value, str):
        widget.edit.setText(value)
    elif isinstance(widget, CheckList) and isinstance(value, list):
        wanted = {str(v) for v in value}
        for i in range(widget.count()):
            item = widget.item(i)
            on = str(item.data(Qt.ItemDataRole.UserRole)) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
    elif isinstance(widget, CodeCombo) and (value is None or isinstance(value, str)):
        widget.set_code(value)
    elif isinstance(widget, QComboBox) and isinstance(value, dict):
        index = widget.findData(value["data"]) if "data" in value else -1
        if index < 0 and isinstance(value.get("text"), str):
            index = widget.findText(str(value["text"]))
        if index >= 0:
            widget.setCurrentIndex(index)
    elif isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
        widget.setCursorPosition(len(value))
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and isinstance(value, str):
        widget.setPlainText(value)
        widget.moveCursor(QTextCursor.MoveOperation.End)  # go on where the typing stopped
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)


def collect(fields: Mapping[str, QWidget]) -> Values:
    return {name: value_of(widget) for name, widget in fields.items()}


def apply(fields: Mapping[str, QWidget], values: Mapping[str, Any]) -> None:
    """Each known field gets its value, in the order the fields were made (a kind chosen first
    shows the fields that belong to it before they are filled in)."""
    for name, widget in fields.items():
        if name in values:
            set_value(widget, values[name])
