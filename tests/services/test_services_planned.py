"""Planned steps (`domain.planned`, the case-file extension `planned: true`): a future step is
stored only when planned, round-trips through import and export, is no contact and never
reaches the learning data until it is done, and its phase follows the spec's rule."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from support.caseload import small_family, step
from support.common import EXAMPLE, TODAY
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Member
from veldwerk.domain.phases import timeline_of
from veldwerk.workspace import Workspace

VISIT = date(2026, 12, 8)


def _example_with_a_planned_visit(tmp_path: Path, *, planned: bool | None = True) -> Path:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    event = {
        "date": VISIT.isoformat(),
        "type": "contact",
        "title": "Huisbezoek",
        "description": None,
        "involved": [],
        "barriers": [],
        "enablers": [],
    }
    if planned is not None:
        event["planned"] = planned
    doc["families"][0]["journey"].append(event)
    path = tmp_path / "planned.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_planned_step_round_trips_through_import_and_export(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Import keeps `planned: true`; export-case writes it for that step only (the others
    exactly as the spec's version 1 has them), and the exported file imports again."""
    workspace.families.import_file(_example_with_a_planned_visit(tmp_path))
    (visit,) = [e for e in workspace.families.get("HW-2026-001").journey if e.planned]
    assert (visit.date, visit.title) == (VISIT, "Huisbezoek")
    out = tmp_path / "out.json"
    workspace.families.export_to(out)
    written = json.loads(out.read_text(encoding="utf-8"))
    journey = written["families"][0]["journey"]
    assert [e.get("planned") for e in journey] == [None] * (len(journey) - 1) + [True]
    original = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert written["families"][1:] == original["families"][1:]
    workspace.families.import_file(out, replace_existing=True)
    assert [e for e in workspace.families.get("HW-2026-001").journey if e.planned] == [visit]


def test_a_future_step_without_planned_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    """A step dated after today that is not planned is refused, in a file (at its place) and
    in an edit; planned false is the same as leaving it out."""
    for planned in (None, False):
        with pytest.raises(DomainError) as caught:
            workspace.families.import_file(_example_with_a_planned_visit(tmp_path, planned=planned))
        (problem,) = caught.value.problems
        assert (problem.field, problem.code) == (
            "families[0].journey[7].date",
            "rule.step_in_future",
        )
    workspace.families.import_families([small_family("P-1", journey=(step(TODAY),))])
    with pytest.raises(DomainError) as caught:
        workspace.families.save_event("P-1", step(VISIT))
    assert caught.value.problems[0].code == "rule.step_in_future"
    workspace.families.save_event("P-1", step(VISIT, planned=True))
    today_step = workspace.families.save_event("P-1", step(TODAY, "evaluation"))
    assert len(today_step.journey) == 3


def test_a_planned_step_has_no_barriers_or_enablers(workspace: Workspace) -> None:
    """Knelpunten and werkzame factoren are met, not planned: a planned step with them is
    refused; once done it may have them."""
    workspace.families.import_families([small_family("P-1", journey=(step(TODAY),))])
    planned = replace(step(VISIT, planned=True), barriers=("waiting_list",))
    with pytest.raises(DomainError) as caught:
        workspace.families.save_event("P-1", planned)
    assert caught.value.problems[0].code == "rule.planned_step_experience"
    done = replace(planned, date=TODAY, planned=False)
    assert workspace.families.save_event("P-1", done).journey[-1].barriers == ("waiting_list",)


def test_planned_steps_are_no_contact_and_not_learning_data_until_done(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A planned contact whose date has passed is not the family's last contact (family list,
    agenda) and is not in the learning record; recorded as done it is both."""
    workspace.config.set("region", "Noord-Veluwe")
    journey = (step(date(2026, 10, 1)), step(date(2026, 11, 20), planned=True))
    family = small_family("L-1", journey=journey, learning_consent="granted")
    workspace.families.import_families([family])
    (row,) = workspace.families.list()
    assert row.last_contact == date(2026, 10, 1)
    (record,) = workspace.learning.records()
    assert [e["type"] for e in record["journey"]] == ["contact"]
    monkeypatch.setenv("VELDWERK_TODAY", "2026-11-25")
    assert "no_contact" in {e.kind for e in workspace.agenda.build().entries}
    planned = next(e for e in workspace.families.get("L-1").journey if e.planned)
    workspace.families.save_event("L-1", replace(planned, planned=False))
    (row,) = workspace.families.list()
    assert row.last_contact == date(2026, 11, 20)
    (record,) = workspace.learning.records()
    assert [e["type"] for e in record["journey"]] == ["contact", "contact"]
    assert "no_contact" not in {e.kind for e in workspace.agenda.build().entries}


def test_the_phase_of_a_planned_step_follows_the_spec(workspace: Workspace) -> None:
    """The spec's phase rule holds for planned steps: with an unborn child expected
    2027-03-01, a step planned for 2026-12-08 is in the pregnancy, one planned for
    2027-03-20 in the first year (the expected child is taken as born on its date)."""
    family = small_family(
        "F-1",
        journey=(step(TODAY), step(VISIT, planned=True), step(date(2027, 3, 20), planned=True)),
    )
    family = replace(
        family,
        members=(*family.members, Member("c1", "unborn_child", expected_on=date(2027, 3, 1))),
    )
    workspace.families.import_families([family])
    stored = workspace.families.get("F-1")
    timeline = timeline_of(stored)
    assert [timeline.phase_on(e.date) for e in stored.journey] == [
        "pregnancy",
        "pregnancy",
        "first_year",
    ]
