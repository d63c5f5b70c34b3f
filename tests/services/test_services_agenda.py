"""The agenda ("Vandaag", `services.agenda`) on the real store and a fixed clock: each kind of
entry appears on the right day and disappears when it is resolved, in the order of
`caseload.KINDS`, with the family tab it opens at."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from support.caseload import small_family, step
from support.common import TODAY
from veldwerk.domain.model import Action, Goal, Reflection
from veldwerk.workspace import Workspace


def at(monkeypatch: pytest.MonkeyPatch, day: date) -> None:
    monkeypatch.setenv("VELDWERK_TODAY", day.isoformat())


def kinds(ws: Workspace, ref: str, days: int = 14) -> list[tuple[str, date]]:
    return [(e.kind, e.date) for e in ws.agenda.build(days=days).entries if e.ref == ref]


def test_actions_are_due_then_overdue_then_gone_when_done(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An open action is listed from N days before its due date (with its owner), overdue from
    the day after it, and gone once done; an action of a dropped goal is never listed."""
    due = date(2026, 12, 1)
    goals = (
        Goal("Rust in geldzaken", actions=(Action("Bel de schuldhulp", "Eva", due, "todo"),)),
        Goal("Oud doel", "dropped", (Action("Niet meer nodig", None, date(2026, 11, 1)),)),
    )
    workspace.families.import_families([small_family("A-1", goals=goals, journey=(step(TODAY),))])
    assert kinds(workspace, "A-1", days=6) == []
    (entry,) = workspace.agenda.build(days=7).entries
    assert (entry.kind, entry.date, entry.owner, entry.tab) == ("action_due", due, "Eva", "plan")
    assert entry.text == "Actie voor 1 dec 2026: Bel de schuldhulp"
    at(monkeypatch, date(2026, 12, 1))
    assert kinds(workspace, "A-1") == [("action_due", due)]
    at(monkeypatch, date(2026, 12, 2))
    agenda = workspace.agenda.build()
    assert [(e.kind, e.date) for e in agenda.entries] == [("overdue_action", due)]
    assert agenda.overdue == 1
    family = workspace.families.get("A-1")
    goal = family.goals[0]
    done = replace(goal, actions=(replace(goal.actions[0], status="done"),))
    workspace.families.save_goal("A-1", done)
    assert kinds(workspace, "A-1") == []


def test_a_planned_step_is_listed_then_late_then_gone_when_done(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A planned step shows on the agenda up to its date, as late after it, and leaves the
    agenda (becoming the family's last contact) once recorded as done."""
    visit = date(2026, 11, 28)
    family = small_family(
        "P-1", journey=(step(date(2026, 11, 20)), step(visit, "contact", planned=True))
    )
    workspace.families.import_families([family])
    assert kinds(workspace, "P-1") == [("planned_step", visit)]
    assert workspace.agenda.build().entries[0].tab == "journey"
    at(monkeypatch, date(2026, 11, 29))
    assert kinds(workspace, "P-1") == [("overdue_step", visit)]
    planned = next(e for e in workspace.families.get("P-1").journey if e.planned)
    workspace.families.save_event("P-1", replace(planned, planned=False))
    assert kinds(workspace, "P-1") == []
    (row,) = workspace.families.list()
    assert row.last_contact == visit


def test_no_contact_for_six_weeks_counts_only_done_contacts(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A family is listed as "no contact" on the first day its last done contact lies more than
    six weeks (the setting) back; a referral or a planned contact does not count; a new
    contact takes it off; the setting changes the weeks."""
    last = date(2026, 10, 13)  # six weeks before TODAY
    journey = (
        step(last),
        step(date(2026, 11, 1), "referral"),
        step(date(2026, 11, 10), planned=True),
    )
    workspace.families.import_families([small_family("C-1", journey=journey)])
    only = {"no_contact"}

    def listed() -> list[tuple[str, date]]:
        return [k for k in kinds(workspace, "C-1") if k[0] in only]

    assert listed() == []
    at(monkeypatch, date(2026, 11, 25))
    assert listed() == [("no_contact", last)]
    (entry,) = [e for e in workspace.agenda.build().entries if e.kind == "no_contact"]
    assert entry.text == "Geen contact sinds 13 okt 2026"
    workspace.config.set("no_contact_weeks", "8")
    assert listed() == []
    workspace.config.set("no_contact_weeks", None)
    workspace.families.save_event("C-1", step(date(2026, 11, 25), "evaluation"))
    assert listed() == []


def test_a_missing_backup_is_listed_until_one_is_named(workspace: Workspace) -> None:
    """An active family without achterwacht is listed as "Geen achterwacht" (today, at the
    family tab) until one is named; a closed family without one is not."""
    workspace.families.import_families(
        [
            small_family("B-1", backup=False, journey=(step(TODAY),)),
            small_family(
                "B-2",
                backup=False,
                status="closed",
                closed_on=date(2026, 10, 1),
                journey=(step(date(2026, 10, 1)),),
            ),
        ]
    )
    entries = [e for e in workspace.agenda.build().entries if e.kind == "no_backup"]
    assert [(e.ref, e.date, e.tab, e.text) for e in entries] == [
        ("B-1", TODAY, "family", "Geen achterwacht")
    ]
    workspace.families.change_contact("B-1", "backup", "p2")
    assert [e for e in workspace.agenda.build().entries if e.kind == "no_backup"] == []


def test_a_reflection_awaits_approval_until_approved(workspace: Workspace) -> None:
    """A reflection marked for sharing, of a family with consent, is listed (its date, at the
    reflections tab) until its text is approved."""
    written = date(2026, 11, 2)
    family = small_family(
        "R-1",
        learning_consent="granted",
        journey=(step(TODAY),),
        reflections=(Reflection(written, "Het vaste gezicht hielp.", True),),
    )
    workspace.families.import_families([family])
    entries = [e for e in workspace.agenda.build().entries if e.kind == "reflection"]
    assert [(e.ref, e.date, e.tab) for e in entries] == [("R-1", written, "reflections")]
    (pending,) = workspace.learning.pending_reflections()
    workspace.learning_overview.approve(pending.reflection_key, pending.digest)
    assert [e for e in workspace.agenda.build().entries if e.kind == "reflection"] == []


def test_retention_ended_is_listed_and_gone_after_erasure(workspace: Workspace) -> None:
    """A family whose retention period ended is on the agenda (the day it ended) until it is
    erased."""
    closed = date(2006, 11, 23)
    old = small_family(
        "OUD-1",
        opened_on=date(2005, 1, 10),
        status="closed",
        closed_on=closed,
        journey=(step(closed, "closure"),),
    )
    workspace.families.import_families([old])
    entries = [e for e in workspace.agenda.build().entries if e.ref == "OUD-1"]
    assert [(e.kind, e.date, e.text) for e in entries] == [
        ("retention_ended", date(2026, 11, 23), "Bewaartermijn verstreken op 23 nov 2026")
    ]
    workspace.retention.erase_due(["OUD-1"])
    assert workspace.agenda.build().entries == ()


def test_the_order_and_the_json_form(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """Overdue items come first, then what is due, planned, and the signals; the JSON form has
    ref, kind, date and text (and the rest of `veldwerk agenda --json`), in English when the
    profile's language is English."""
    goals = (Goal("Doel", actions=(Action("Te laat", None, date(2026, 11, 20)),)),)
    family = small_family(
        "O-1",
        backup=False,
        goals=goals,
        journey=(step(date(2026, 9, 1), "intake"), step(date(2026, 11, 30), planned=True)),
    )
    workspace.families.import_families([family])
    workspace.config.set("language", "en")
    agenda = workspace.agenda.build()
    assert [e.kind for e in agenda.entries] == [
        "overdue_action",
        "planned_step",
        "no_contact",
        "no_backup",
    ]
    first = agenda.entries[0].as_json()
    assert first == {
        "ref": "O-1",
        "family": "Gezin O-1",
        "kind": "overdue_action",
        "date": "2026-11-20",
        "text": "Overdue since 20 Nov 2026: Te laat",
        "title": "Te laat",
        "owner": None,
        "overdue": True,
        "tab": "plan",
    }


def test_the_family_list_filters(workspace: Workspace) -> None:
    """The family list's filters: without backup, and without contact for N weeks (0: the
    setting), alone and together; closed families match neither."""
    workspace.families.import_families(
        [
            small_family("F-1", backup=False, journey=(step(TODAY),)),
            small_family("F-2", journey=(step(date(2026, 9, 1)),)),
            small_family("F-3", backup=False, journey=(step(date(2026, 9, 1)),)),
            small_family("F-4", journey=(step(TODAY),)),
        ]
    )
    keys = {r.ref: r.key for r in workspace.families.list()}

    def refs(found: frozenset[int]) -> set[str]:
        return {ref for ref, key in keys.items() if key in found}

    match = workspace.agenda.families_matching
    assert refs(match(without_backup=True)) == {"F-1", "F-3"}
    assert refs(match(no_contact_weeks=0)) == {"F-2", "F-3"}
    assert refs(match(no_contact_weeks=20)) == set()
    assert refs(match(without_backup=True, no_contact_weeks=6)) == {"F-3"}
    assert refs(match()) == set(keys)
