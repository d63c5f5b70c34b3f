"""Problems in the family tabs' edit dialogs as a case director meets them: on a small screen the
first field with a problem is scrolled into view and has the focus, every problem stands right
under its own field (an action's under that action's row), and dates are read the way people
type them, with the reason when a date does not exist."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget

from support.tabs import Tabs, answers, click_save, new_family, tabs, workspace  # noqa: F401
from veldwerk.ui.tabs import record_dialog

FIELDS_ROOM = 300
"""Pixels a small screen leaves for a dialog's fields."""


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dialogs get only FIELDS_ROOM pixels of height for their fields, as on a small laptop."""
    screen = QApplication.primaryScreen()
    assert screen is not None
    height = screen.availableGeometry().height()
    monkeypatch.setattr(record_dialog, "SCREEN_ROOM", QSize(80, height - FIELDS_ROOM))


def in_view(dialog: Any, widget: QWidget) -> bool:
    """`widget` lies wholly inside the visible part of the dialog's scrolled fields."""
    viewport = dialog.fields_area.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


def right_under(field: QWidget, error: QWidget) -> bool:
    """`error` starts just below `field` (within a few pixels) and at its left edge."""
    window = field.window()
    f = QRect(field.mapTo(window, QPoint(0, 0)), field.size())
    e = QRect(error.mapTo(window, QPoint(0, 0)), error.size())
    return 0 <= e.top() - f.bottom() <= 12 and abs(e.left() - f.left()) <= 4


def test_first_problem_is_scrolled_into_view_with_focus(tabs: Tabs, small_screen: None) -> None:
    """A step of the journey on a small screen, scrolled down to the lists, saved without a
    title: the title field and its message come into view and the title has the focus."""
    t = tabs
    family = t.show("HW-2026-001")
    step = max(family.journey, key=lambda e: len(e.barriers) + len(e.enablers))
    dialog = t.journey.open_editor(step.key)
    bar = dialog.fields_area.verticalScrollBar()
    assert bar.maximum() > 0, "the fields should not fit on this screen"
    dialog.title.setText("")
    bar.setValue(bar.maximum())
    assert not in_view(dialog, dialog.title)
    click_save(dialog)
    error = dialog._errors["title"]
    assert dialog.problem_text("title") == "Please fill this in."
    assert in_view(dialog, dialog.title) and in_view(dialog, error)
    assert right_under(dialog.title, error)
    assert dialog.focusWidget() is dialog.title
    assert t.editor.saves == 0


def test_action_problem_sits_under_its_row_in_view(tabs: Tabs, small_screen: None) -> None:
    """A goal with eight actions on a small screen: the seventh action's date that does not
    exist is named right under that date field, scrolled into view, with the focus there; the
    other rows show nothing."""
    t = tabs
    family = new_family(t.editor.ws)
    t.show(family.ref)
    dialog = t.plan.open_editor(None)
    dialog.title.setText("Rust in de financiën")
    dialog.rows[0].title.setText("Actie 1")
    for n in range(2, 9):
        dialog.add_action_row(None).title.setText(f"Actie {n}")
    seventh = dialog.rows[6]
    seventh.due_on.edit.setText("31-02-2027")
    QApplication.processEvents()  # Qt shows new rows a moment later (as before any click)
    bar = dialog.fields_area.verticalScrollBar()
    bar.setValue(0)
    click_save(dialog)
    assert dialog.action_problem(seventh, "due_on") == "31 February does not exist."
    assert right_under(seventh.due_on, seventh.due_error)
    assert in_view(dialog, seventh.due_on) and in_view(dialog, seventh.due_error)
    assert dialog.focusWidget() is seventh.due_on.edit
    others = [r for r in dialog.rows if r is not seventh]
    assert all(dialog.action_problem(r, p) == "" for r in others for p in ("title", "due_on"))
    assert dialog.banner_text() == "" and dialog.problem_text("actions") == ""
    assert t.editor.saves == 0


def test_missing_action_title_sits_under_that_title(tabs: Tabs) -> None:
    """An action with a date but no description: "Please fill this in." right under that
    action's description field (not in a list above all actions)."""
    t = tabs
    family = new_family(t.editor.ws)
    t.show(family.ref)
    dialog = t.plan.open_editor(None)
    dialog.title.setText("Doel")
    row = dialog.add_action_row(None)
    row.due_on.edit.setText("1-3-27")
    QApplication.processEvents()  # Qt shows a new row a moment later (as before any click)
    click_save(dialog)
    assert dialog.action_problem(row, "title") == "Please fill this in."
    assert right_under(row.title, row.title_error)
    assert dialog.focusWidget() is row.title


def test_31_february_is_named_in_both_languages(tabs: Tabs) -> None:
    """Typing 31-02-2026 as a step's date says that 31 February does not exist (English, and
    Dutch once the editor's language is Dutch) instead of a generic "cannot be read"."""
    t = tabs
    t.show("HW-2026-001")
    dialog = t.journey.open_editor(None)
    dialog.title.setText("Huisbezoek")
    dialog.date.edit.setText("31-02-2026")
    click_save(dialog)
    assert dialog.problem_text("date") == "31 February does not exist."
    t.editor.lang = "nl"
    click_save(dialog)
    assert dialog.problem_text("date") == "31 februari bestaat niet."
    assert t.editor.saves == 0


@pytest.mark.parametrize(
    "text", ["1-3-26", "1-3-2026", "01-03-2026", "1/3/2026", "1.3.2026", "2026-03-01"]
)
def test_the_usual_ways_of_typing_a_date_are_read(tabs: Tabs, text: str) -> None:
    """A birth date typed as 1-3-26, 1-3-2026, 01-03-2026, 1/3/2026, 1.3.2026 or 2026-03-01 is
    stored as 1 March 2026."""
    t = tabs
    family = new_family(t.editor.ws)
    t.show(family.ref)
    dialog = t.members.open_editor(None)
    dialog.given_name.setText("Noor")
    dialog.birth_date.edit.setText(text)
    click_save(dialog)
    assert dialog.problem_text("birth_date") == ""
    noor = next(m for m in t.family(family.ref).members if m.given_name == "Noor")
    assert noor.birth_date == date(2026, 3, 1)


def test_a_grandparents_short_birth_year_is_in_the_last_century(tabs: Tabs) -> None:
    """A grandmother's birth date typed 12-5-62 is 12 May 1962, not 2062."""
    t = tabs
    family = new_family(t.editor.ws)
    t.show(family.ref)
    dialog = t.members.open_editor(None)
    dialog.role.set_code("other_household")
    dialog.given_name.setText("Oma")
    dialog.birth_date.edit.setText("12-5-62")
    click_save(dialog)
    oma = next(m for m in t.family(family.ref).members if m.given_name == "Oma")
    assert oma.birth_date == date(1962, 5, 12)
