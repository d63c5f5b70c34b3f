"""One date field everywhere: every dialog of the program types its dates into the same field
(never a QDateEdit), an unknown date is an empty field with a dd-mm-jjjj placeholder (never
today), and the family forms and the change-contact dialog name a date that does not exist
under its field, on a real encrypted profile."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDateEdit, QDialog, QScrollArea, QWidget
from test_ui_shell_flows import fill_new_family

from support.shell import WAIT_MS, Shell, choose_family, query
from veldwerk import assets
from veldwerk.ui.date_field import DateField

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    if not assets.translation_names("nl"):  # the placeholder's Dutch comes from the .qm
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "build_translations.py")],
            check=True,
            timeout=120,
        )
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def _date_fields(dialog: QDialog) -> list[DateField]:
    assert dialog.findChildren(QDateEdit) == [], type(dialog).__name__
    return dialog.findChildren(DateField)


def test_every_dialog_uses_the_one_date_field(shell: Shell, qtbot) -> None:
    """New family, family details, change contact and the five tabs' dialogs: no QDateEdit
    anywhere, each date is the one DateField."""
    _session, main = shell.open("nl")
    choose_family(qtbot, main, "HW-2026-001")
    opened: list[QDialog] = [main.new_family(), main.edit_details(), main.change_contact()]
    opened += [tab.open_editor(None) for tab in main.detail.tabs]
    counts = {type(d).__name__: len(_date_fields(d)) for d in opened}
    assert counts == {
        "NewFamilyDialog": 3,  # support started, expected birth, date of birth
        "FamilyDetailsDialog": 3,  # support started, closed on, expected birth
        "ChangeContactDialog": 1,
        "MemberDialog": 2,
        "NetworkDialog": 2,
        "EventDialog": 1,
        "GoalDialog": 1,  # the first action row's date
        "ReflectionDialog": 1,
    }
    for dialog in opened:
        getattr(dialog, "discard", dialog.reject)()


def test_unknown_dates_are_empty_with_a_placeholder(shell: Shell, qtbot) -> None:
    """In the family forms an unknown date (expected birth, date of birth, closed on) is an
    empty field showing "dd-mm-jjjj", never today's date; a new family's start is today."""
    _session, main = shell.open("nl")
    dialog = main.new_family()
    assert dialog.family.due_date.text() == "" and dialog.birth_date.text() == ""
    assert dialog.birth_date.edit.placeholderText() == "dd-mm-jjjj"
    assert dialog.family.opened_on.text() == "24-11-2026"
    dialog.reject()
    choose_family(qtbot, main, "HW-2026-001")
    details = main.edit_details()
    assert details.fields.closed_on.text() == ""
    assert details.fields.due_date.text() == "14-09-2026"
    details.reject()


def test_new_family_names_a_date_that_does_not_exist(shell: Shell, qtbot) -> None:
    """An expected birth typed 31-02-2027 in the New family dialog: "31 februari bestaat
    niet." under that field, the dialog stays open and nothing is stored."""
    session, main = shell.open("nl")
    dialog = main.new_family()
    fill_new_family(dialog)
    dialog.family.due_date.edit.setText("31-02-2027")
    dialog.ok_button.click()
    assert dialog.errors.message_at("due_date") == "31 februari bestaat niet."
    assert dialog.isVisible()
    assert query(qtbot, session, lambda ws: ws.families.count()) == 3
    dialog.family.due_date.edit.setText("20-12-26")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog not in main.open_dialogs, timeout=WAIT_MS)
    created = query(qtbot, session, lambda ws: ws.families.get("HW-2026-100"))
    assert created.due_date.isoformat() == "2026-12-20"


def test_family_details_and_change_contact_name_bad_dates(shell: Shell, qtbot) -> None:
    """Closing a family on 29-02-2027 and changing the contact person from 31-04-2026 are
    refused under the date with the reason (and no summary claims the change starts today);
    the family is unchanged."""
    session, main = shell.open("nl")
    family = choose_family(qtbot, main, "HW-2026-001")
    details = main.edit_details()
    details.fields.closed_on.edit.setText("29-02-2027")
    details.ok_button.click()
    assert details.errors.message_at("closed_on") == (
        "29 februari 2027 bestaat niet: 2027 is geen schrikkeljaar."
    )
    details.fields.closed_on.edit.setText("")
    details.reject()
    change = main.change_contact()
    change.day.edit.setText("31-04-2026")
    change.ok_button.click()
    assert change.errors.message_at("date") == "31 april bestaat niet."
    assert change.isVisible() and change.summary.text() == ""  # no "from <today>" promise
    change.reject()
    fresh = query(qtbot, session, lambda ws: ws.families.get("HW-2026-001"))
    assert fresh.contacts == family.contacts and fresh.closed_on is None


def test_new_family_scrolls_to_the_first_problem(shell: Shell, qtbot) -> None:
    """The New family dialog scrolled down to the contact person, with an expected birth that
    does not exist near the top: on Add, that field and its message come back into view and
    the field has the focus."""
    _session, main = shell.open("nl")
    dialog = main.new_family()
    dialog.resize(680, 420)
    fill_new_family(dialog)
    dialog.family.due_date.edit.setText("31-02-2027")
    area = dialog.findChild(QScrollArea)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT_MS)
    bar.setValue(bar.maximum())
    field = dialog.family.due_date.edit
    assert not _in_view(area, field)
    dialog.ok_button.click()
    assert dialog.errors.message_at("due_date") == "31 februari bestaat niet."
    assert _in_view(area, field) and _in_view(area, dialog.family.f_due.error)
    assert dialog.focusWidget() is field
    dialog.reject()


def _in_view(area: QScrollArea, widget: QWidget) -> bool:
    viewport = area.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))
