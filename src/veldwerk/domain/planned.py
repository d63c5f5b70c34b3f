"""Planned steps (the case-file extension `planned: true`, docs/case-file-extensions.md).

A step of the klantreis may be dated ahead as *planned*: a home visit next Tuesday, an evaluation
in six weeks. It is not a step that happened yet, so until it is recorded as done (its `planned`
set back to false) it

- is the only kind of step that may be dated after today (`check_future_steps_planned`);
- carries no knelpunten or werkzame factoren: those are met, not planned
  (`check_planned_without_experience`);
- is no contact (`domain.caseload.last_contact_on`) and never reaches the learning data
  (`done_steps`, used by `learning.record`).

Its phase is derived from its date by the spec's rule, like any other step's.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from veldwerk.domain.errors import Problem
from veldwerk.domain.model import Event, Family


def is_done(event: Event) -> bool:
    """The step happened (it is not merely planned)."""
    return not event.planned


def done_steps(journey: Iterable[Event]) -> list[Event]:
    """The steps that happened, in the order given (planned ones left out)."""
    return [e for e in journey if is_done(e)]


def planned_steps(journey: Iterable[Event]) -> list[Event]:
    """The steps still planned, in the order given."""
    return [e for e in journey if e.planned]


def check_future_steps_planned(family: Family, today: date) -> list[Problem]:
    """A step dated after today must be planned: a done step cannot lie in the future."""
    return [
        Problem(f"journey[{i}].date", "rule.step_in_future")
        for i, e in enumerate(family.journey)
        if e.date > today and not e.planned
    ]


def check_planned_without_experience(family: Family) -> list[Problem]:
    """A planned step has no knelpunten and no werkzame factoren yet."""
    problems: list[Problem] = []
    for i, e in enumerate(family.journey):
        if e.planned and e.barriers:
            problems.append(Problem(f"journey[{i}].barriers", "rule.planned_step_experience"))
        if e.planned and e.enablers:
            problems.append(Problem(f"journey[{i}].enablers", "rule.planned_step_experience"))
    return problems
