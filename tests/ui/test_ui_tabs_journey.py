"""Klantreis tab: steps with barrier and enabler tags on a timeline grouped by phase."""

from __future__ import annotations

from datetime import date

from support.tabs import Tabs, answers, click_save, new_family, tabs, workspace  # noqa: F401
from veldwerk.ui.tabs.event_dialog import EventDialog


def _add(
    t: Tabs, when: str, kind: str, title: str, barriers=(), enablers=(), involved=()
) -> EventDialog:
    dialog = t.journey.open_editor(None)
    assert isinstance(dialog, EventDialog)
    dialog.date.edit.setText(when)
    dialog.type.set_code(kind)
    dialog.title.setText(title)
    for code in barriers:
        dialog.barriers.set_checked(code)
    for code in enablers:
        dialog.enablers.set_checked(code)
    for nid in involved:
        dialog.involved.set_checked(nid)
    click_save(dialog)
    return dialog


def test_add_events_with_tags_shown_in_their_phase(tabs: Tabs) -> None:
    """Steps with barriers and what helped are stored with their codes and appear on the
    timeline under the phase their date falls in (due date 1 Jun 2026: pregnancy before, then
    first year), newest first, with the tag labels in words."""
    t = tabs
    family = new_family(t.editor.ws)
    t.show(family.ref)
    d1 = _add(t, "10-01-2025", "signal", "Wens voor een kind", barriers=["late_signalling"])
    d2 = _add(
        t,
        "20-03-2026",
        "intake",
        "Kennismaking",
        barriers=["waiting_list"],
        enablers=["fixed_contact", "network_involved"],
        involved=["n1"],
    )
    d3 = _add(t, "15-07-2026", "contact", "Huisbezoek", enablers=["practical_support"])
    assert not (d1.isVisible() or d2.isVisible() or d3.isVisible())

    stored = t.family(family.ref).journey
    intake = next(e for e in stored if e.type == "intake")
    assert (intake.date, intake.barriers, intake.enablers, intake.involved) == (
        date(2026, 3, 20),
        ("waiting_list",),
        ("fixed_contact", "network_involved"),
        ("n1",),
    )

    rows = t.journey.row_texts()
    assert rows == [
        "first year, 1 step",
        "15 Jul 2026. contact. Huisbezoek. what helped: practical support",
        "pregnancy, 1 step",
        "20 Mar 2026. intake. Kennismaking. with Bram de Wit. barriers: waiting list. "
        "what helped: fixed contact person, network involved",
        "wish for a child, 1 step",
        "10 Jan 2025. signal. Wens voor een kind. barriers: late signalling",
    ]
    t.journey.set_newest_first(False)
    assert t.journey.row_texts()[0] == "wish for a child, 1 step"
    assert t.journey.row_texts()[-1].startswith("15 Jul 2026")


def test_edit_and_delete_an_event(tabs: Tabs, answers) -> None:  # noqa: F811
    """Changing a step keeps it one record (same key); removing it asks first and then it is
    gone from the store and the timeline."""
    t = tabs
    family = t.show("HW-2026-001")
    crisis = next(e for e in family.journey if e.type == "crisis")
    t.journey.select_key(crisis.key)
    assert t.journey.selected_key() == crisis.key
    t.journey.edit_action.trigger()
    dialog = t.journey.dialogs[-1]
    assert dialog.title.text() == "Dreigende huisuitzetting"
    assert dialog.barriers.checked() == ("waiting_list", "housing", "income_debts")
    dialog.title.setText("Dreigende huisuitzetting afgewend")
    dialog.barriers.set_checked("waiting_list", False)
    dialog.enablers.set_checked("collaboration")
    click_save(dialog)
    assert not dialog.isVisible()
    changed = next(e for e in t.family("HW-2026-001").journey if e.key == crisis.key)
    assert (changed.title, changed.barriers, changed.enablers) == (
        "Dreigende huisuitzetting afgewend",
        ("housing", "income_debts"),
        ("collaboration",),
    )
    assert len(t.family("HW-2026-001").journey) == len(family.journey)
    assert any("afgewend" in r for r in t.journey.row_texts())

    t.journey.select_key(crisis.key)
    answers.yes = False
    t.journey.delete_action.trigger()
    assert "Dreigende huisuitzetting afgewend" in answers.asked[-1]
    assert len(t.family("HW-2026-001").journey) == len(family.journey)
    answers.yes = True
    t.journey.delete_action.trigger()
    after = t.family("HW-2026-001").journey
    assert len(after) == len(family.journey) - 1
    assert crisis.key not in {e.key for e in after}
    assert not any("afgewend" in r for r in t.journey.row_texts())


def test_event_without_title_or_date_saves_nothing(tabs: Tabs) -> None:
    """A step needs a date and a title; both are named at their fields and nothing is saved."""
    t = tabs
    family = new_family(t.editor.ws)
    t.show(family.ref)
    dialog = t.journey.open_editor(None)
    dialog.date.edit.setText("")
    click_save(dialog)
    assert dialog.problem_text("date") == "Please fill this in."
    assert dialog.problem_text("title") == "Please fill this in."
    assert t.editor.saves == 0 and t.family(family.ref).journey == ()


def test_problem_about_another_part_goes_to_the_banner(tabs: Tabs) -> None:
    """A problem about the record itself (the step was deleted meanwhile) has no field: it is
    shown in the banner at the top. A date the rules find out of range is at the date field."""
    t = tabs
    family = t.show("HW-2026-001")
    first = family.journey[0]
    t.journey.select_key(first.key)
    dialog = t.journey.open_editor(first.key)
    t.editor.ws.families.delete_event(family.ref, first.key)
    dialog.title.setText("Iets anders")
    click_save(dialog)
    assert dialog.isVisible()
    assert dialog.banner_text() == "This item no longer exists; it may have been deleted already."

    dialog.discard()
    t.show(family.ref)
    dialog = t.journey.open_editor(None)
    dialog.title.setText("Ver in de toekomst")
    dialog.date.edit.setText("01-01-2300")
    click_save(dialog)
    assert "check the year" in dialog.problem_text("date")


def test_phase_follows_from_the_date_in_the_dialog(tabs: Tabs) -> None:
    """The dialog shows the phase the date falls in; it is never entered."""
    t = tabs
    t.show("HW-2026-001")
    dialog = t.journey.open_editor(None)
    dialog.date.edit.setText("01-03-2026")
    assert dialog.phase.text() == "Phase: pregnancy (follows from the date)"
    dialog.date.edit.setText("01-10-2026")
    assert dialog.phase.text() == "Phase: first year (follows from the date)"
