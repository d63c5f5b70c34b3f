"""What the case director ran into in the main window and the new-family dialog, on a real
encrypted profile: Escape on a changed new family asks first; a reference that exists offers
to open that family."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from test_ui_support import WAIT_MS, Shell, choose_family, query

from veldwerk.ui.family_form import FamilyDetailsDialog, NewFamilyDialog

LONG_NAME = ("Gezin Van den Berg-Oudshoorn-Wijnaldum " * 6)[:200]


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def type_new_family(dialog: NewFamilyDialog, ref: str) -> None:
    dialog.family.ref.setText(ref)
    dialog.family.name.setText("Gezin Jansen")
    dialog.family.municipality.setText("Ede")
    dialog.family.opened_on.set_value(date(2026, 1, 15))
    dialog.contact_name.setText("Femke de Boer")


def questions(shell: Shell) -> list[str]:
    return [title for kind, title, _text in shell.dialogs.calls if kind == "question"]


# ---- 1. Escape on a changed new family ------------------------------------------------------
def test_escape_on_a_changed_new_family_asks_before_throwing_it_away(shell, qtbot) -> None:
    """An untouched New family dialog closes at once on Escape. With anything typed (here
    only the municipality), Escape and the window's close button ask first, with the same
    question as the step dialogs; "keep editing" keeps the dialog and what was typed. A lock
    closes it without asking."""
    _session, main = shell.open("en")
    dialog = main.new_family()
    qtbot.keyClick(dialog.family.ref, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and questions(shell) == []

    dialog = main.new_family()
    dialog.family.municipality.setText("Ede")
    shell.dialogs.answer = False
    qtbot.keyClick(dialog.family.municipality, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.family.municipality.text() == "Ede"
    assert questions(shell) == ["Discard changes?"]
    dialog.close()  # the window's close button
    assert dialog.isVisible() and questions(shell) == ["Discard changes?"] * 2
    shell.dialogs.answer = True
    qtbot.keyClick(dialog.family.municipality, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(questions(shell)) == 3

    dialog = main.new_family()
    dialog.given_name.setText("Lisa")
    main.clear()  # the screen locks
    assert not dialog.isVisible() and len(questions(shell)) == 3


def test_closing_changed_family_details_asks_too(shell, qtbot) -> None:
    """The family details dialog asks the same before its changes are thrown away."""
    _session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-001")
    dialog = main.edit_details()
    assert isinstance(dialog, FamilyDetailsDialog)
    dialog.fields.municipality.setText("Wageningen")
    shell.dialogs.answer = False
    dialog.reject()
    assert dialog.isVisible() and questions(shell) == ["Discard changes?"]


# ---- 4. A reference that exists ------------------------------------------------------------
def test_a_reference_that_exists_offers_to_open_that_family(shell, qtbot) -> None:
    """A new family with a reference another family has is refused by the services; the
    dialog says so under the reference with what can be done there (open that family, or
    choose another reference; no "replace", which only importing offers) and a button that
    closes the dialog and shows that family, even when the search hid it."""
    session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-009")
    main.list_panel.search.setText("Bouzid")
    dialog = main.new_family()
    type_new_family(dialog, "HW-2026-001")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message_at("ref")), timeout=WAIT_MS)
    message = dialog.errors.message_at("ref")
    assert "HW-2026-001" in message and "another reference" in message
    assert "replace" not in message.lower()
    assert dialog.open_existing_button.isVisible() and dialog.ok_button.isEnabled()
    assert query(qtbot, session, lambda ws: ws.families.count()) == 3

    dialog.family.ref.setText("HW-2026-001")  # typing hides the offer until the next try
    dialog.family.ref.textEdited.emit("HW-2026-001")
    assert not dialog.open_existing_button.isVisible()
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.open_existing_button.isVisible, timeout=WAIT_MS)
    dialog.open_existing_button.click()
    qtbot.waitUntil(lambda: main.current_family.ref == "HW-2026-001", timeout=WAIT_MS)
    assert dialog not in main.open_dialogs and questions(shell) == []
    panel = main.list_panel
    assert panel.search.text() == "" and panel.current_key == main.current_family.key
    shown = panel.model.summary(panel.view.currentIndex().row())
    assert shown is not None and shown.ref == "HW-2026-001"


def test_family_details_with_a_taken_reference_says_choose_another(shell, qtbot) -> None:
    """Changing a family's reference to one another family has is refused next to the field
    with the one choice that dialog has."""
    _session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-009")
    dialog = main.edit_details()
    assert isinstance(dialog, FamilyDetailsDialog)
    dialog.fields.ref.setText("HW-2026-001")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message_at("ref")), timeout=WAIT_MS)
    assert dialog.errors.message_at("ref") == (
        "There is already a family with reference HW-2026-001. Choose another reference."
    )
