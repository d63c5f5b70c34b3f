"""The journey dialog's Planned checkbox (`domain.planned`): a step after today is refused at its
date field until it is ticked as planned; ticked, it is stored as planned; unticked later (the
step was done) it becomes a normal step."""

from __future__ import annotations

from dataclasses import replace

from support.tabs import Tabs, answers, click_save, new_family, tabs, workspace  # noqa: F401
from veldwerk.ui.tabs.event_dialog import EventDialog


def test_a_future_step_needs_planned_and_is_done_by_unticking_it(tabs: Tabs) -> None:
    """Protects the GUI path of the rule: without the tick the future date is named at its
    field (in the user's language) and nothing is saved; with it the step is stored planned;
    the dialog shows the tick again and unticking it records the step as done."""
    t = tabs
    family = new_family(t.editor.ws)
    t.show(family.ref)
    dialog = t.journey.open_editor(None)
    assert isinstance(dialog, EventDialog)
    dialog.date.edit.setText("08-12-2026")
    dialog.title.setText("Huisbezoek")
    click_save(dialog)
    assert "only be planned" in dialog.problem_text("date")
    assert t.family(family.ref).journey == ()
    dialog.planned.setChecked(True)
    click_save(dialog)
    (step,) = t.family(family.ref).journey
    assert step.planned and step.title == "Huisbezoek"
    t.show(family.ref)
    again = t.journey.open_editor(step.key)
    assert isinstance(again, EventDialog) and again.planned.isChecked()
    again.discard()
    t.editor.ws.families.save_event(
        family.ref, replace(step, date=step.date.replace(day=20, month=11))
    )
    t.show(family.ref)
    done = t.journey.open_editor(step.key)
    assert isinstance(done, EventDialog)
    done.planned.setChecked(False)
    click_save(done)
    assert not t.family(family.ref).journey[0].planned
