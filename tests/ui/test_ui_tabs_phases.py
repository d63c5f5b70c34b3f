"""The journey tab and the step dialog derive phases by the one rule of the spec, and follow a
change of dates at once: an expected date, a birth, a due date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from support.tabs import Tabs, answers, new_family, tabs, workspace  # noqa: F401
from veldwerk.domain.model import Event, Member
from veldwerk.ui.tabs.event_dialog import EventDialog


def headings(t: Tabs) -> list[str]:
    return [r for r in t.journey.row_texts() if ", " in r and "step" in r]


def test_journey_phases_follow_the_dates_as_they_change(tabs: Tabs) -> None:
    """An unborn child's expected date alone makes a pregnancy (the old rule showed `wish`); a
    premature birth ends it (the old rule kept the due date as a second birth); each change of
    a date regroups the journey without reopening the family. A birth without an expected date
    is pregnant from 280 days before it; with its due date, from 280 days before the due date."""
    t = tabs
    ws = t.editor.ws
    family = new_family(ws)
    family = ws.families.update_details(family.ref, due_date=None)
    for day, title in ((date(2025, 10, 20), "Wens"), (date(2026, 1, 5), "Zwanger"),
                       (date(2026, 7, 25), "Kraamweek")):  # fmt: skip
        family = ws.families.save_event(family.ref, Event(day, "contact", title))
    t.show(family.ref)
    assert headings(t) == ["wish for a child, 3 steps"]

    t.editor.save(
        lambda w: w.families.save_member(
            family.ref, Member("u1", "unborn_child", expected_on=date(2026, 8, 20))
        )
    )
    assert headings(t) == ["pregnancy, 2 steps", "wish for a child, 1 step"]

    unborn = next(m for m in t.family(family.ref).members if m.role == "unborn_child")
    t.editor.save(
        lambda w: w.families.save_member(
            family.ref,
            replace(unborn, role="child", expected_on=None, birth_date=date(2026, 7, 8)),
        )
    )
    assert headings(t) == ["first year, 1 step", "pregnancy, 2 steps"]

    t.editor.save(lambda w: w.families.update_details(family.ref, due_date=date(2026, 8, 20)))
    assert headings(t) == ["first year, 1 step", "pregnancy, 1 step", "wish for a child, 1 step"]


def test_step_dialog_names_the_phase_of_its_date(tabs: Tabs) -> None:
    """The step dialog's "phase follows from the date" line uses the same rule as the journey."""
    t = tabs
    ws = t.editor.ws
    family = new_family(ws)
    family = ws.families.update_details(family.ref, due_date=None)
    family = ws.families.save_member(
        family.ref, Member("u1", "unborn_child", expected_on=date(2026, 8, 20))
    )
    t.show(family.ref)
    dialog = t.journey.open_editor(None)
    assert isinstance(dialog, EventDialog)
    dialog.date.edit.setText("05-01-2026")
    assert "pregnancy" in dialog.phase.text()
    dialog.date.edit.setText("10-10-2025")
    assert "wish for a child" in dialog.phase.text()
    dialog.discard()
