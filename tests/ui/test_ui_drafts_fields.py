"""Drafts restore every kind of field of the record dialogs (the family tabs' dialogs, the
family forms and the change of contact person): text lines and text boxes, dates, code combos,
check lists of codes or people (the chips of a step) and check and radio buttons, and the goal's
action rows. What a dialog gives as a draft goes through the store's JSON encoding and comes
back into a fresh dialog identical, its "changed" state too."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

from support.tabs import Tabs, answers, tabs, workspace  # noqa: F401
from veldwerk.domain.drafts import decode_values, encode_values
from veldwerk.ui.change_contact import ChangeContactDialog
from veldwerk.ui.date_field import DateField
from veldwerk.ui.drafts import fields_of
from veldwerk.ui.family_form import FamilyDetailsDialog, NewFamilyDialog
from veldwerk.ui.tabs.code_combo import CheckList
from veldwerk.ui.tabs.goal_dialog import GoalDialog

REF = "HW-2026-009"


def fill(dialog: Any) -> set[str]:
    """Give every field a value of its own; the kinds of field met."""
    kinds: set[str] = set()
    for i, (name, widget) in enumerate(fields_of(dialog).items()):
        if isinstance(widget, DateField):
            widget.edit.setText(f"{(i % 27) + 1:02d}-03-2026")
            kinds.add("date")
        elif isinstance(widget, CheckList):
            for row in range(0, widget.count(), 2):
                widget.item(row).setCheckState(Qt.CheckState.Checked)
            kinds.add("checklist")
        elif isinstance(widget, QComboBox):
            if widget.count() > 1:
                widget.setCurrentIndex(widget.count() - 1)
            kinds.add("combo")
        elif isinstance(widget, QLineEdit):
            widget.setText(f"tekst {name} {i}")
            kinds.add("line")
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(f"regel een {name}\nregel twee")
            kinds.add("text")
        elif isinstance(widget, QAbstractButton):
            if widget.isEnabled():
                widget.setChecked(not widget.isChecked())
            kinds.add("button")
    return kinds


def round_trip(first: Any, second: Any) -> dict[str, object]:
    values = first.draft_values()
    stored = decode_values(encode_values(values))
    second.restore_draft(stored)
    assert second.draft_values() == values
    assert second.is_dirty() and first.is_dirty()
    return values


@pytest.mark.parametrize("tab", ["members", "network", "journey", "plan", "reflections"])
@pytest.mark.parametrize("new", [True, False])
def test_every_field_of_each_record_dialog_comes_back(tabs: Tabs, tab: str, new: bool) -> None:
    """A new or a changed record of each tab: all its fields, filled in, come back whole in a
    fresh dialog of the same kind, with the same snapshot (what Save would store)."""
    owner = getattr(tabs, tab)
    refs = [s.ref for s in tabs.editor.ws.families.list()]
    ref = next(r for r in [REF, *refs] if owner.records(tabs.family(r)))
    family = tabs.show(ref)
    key = None if new else owner.records(family)[0].key
    first = owner.open_editor(key)
    kinds = fill(first)
    if isinstance(first, GoalDialog):
        first.add_action_row(None)
        first.rows[-1].title.setText("Tweede actie")
        first.rows[-1].due_on.edit.setText("05-05-2026")
    second = owner.open_editor(key)
    values = round_trip(first, second)
    assert second.snapshot() == first.snapshot()
    assert second.draft_key() == first.draft_key()
    assert {"line", "combo"} <= kinds or {"date", "text", "button"} <= kinds, kinds
    if tab == "journey":
        assert {"date", "combo", "line", "text", "checklist"} <= kinds
        assert values["barriers"] and values["involved"]
    if isinstance(second, GoalDialog):
        assert [r.title.text() for r in second.rows][-1] == "Tweede actie"
    first.discard()
    second.discard()


def test_the_family_forms_and_the_change_of_contact_come_back(tabs: Tabs) -> None:
    """The new-family form (family, first member, contact), the family's details (with the
    vulnerability check boxes) and the change of contact person (role radio buttons, person,
    day) come back whole."""
    family = tabs.show(REF)
    editor: Any = tabs.editor
    for make in (
        lambda: NewFamilyDialog(editor, tabs.host),
        lambda: FamilyDetailsDialog(editor, family, tabs.host),
        lambda: ChangeContactDialog(editor, family, "primary", tabs.host),
    ):
        first, second = make(), make()
        kinds = fill(first)
        assert {"line", "date", "combo", "button"} & kinds
        values = round_trip(first, second)
        if isinstance(first, FamilyDetailsDialog):
            assert any(k.startswith("fields.vulnerabilities.") and v for k, v in values.items())
        if isinstance(first, ChangeContactDialog):
            assert values["role_backup"] is True and second.role == "backup"
        for dialog in (first, second):
            dialog.forget() if hasattr(dialog, "forget") else None
            dialog.deleteLater()
