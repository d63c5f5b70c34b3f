"""Date rules of the family: the sane range of any date, birth dates, unborn children, periods.

Periods are half-open everywhere: `until` is the first day no longer (spec: contacts), so a period
with `until == since` is empty and `until` before the start is an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from veldwerk.domain import rule_messages as _rule_messages  # noqa: F401  (registers the texts)
from veldwerk.domain.errors import Problem
from veldwerk.domain.model import Family

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)
"""Dates outside this range are typing mistakes; keeping them out also keeps date arithmetic
(phases add up to 730 days) from overflowing."""


def dates_of(family: Family) -> Iterator[tuple[str, date]]:
    """Every date in the family with its place, in the order of the case file."""
    yield "opened_on", family.opened_on
    if family.closed_on is not None:
        yield "closed_on", family.closed_on
    if family.due_date is not None:
        yield "due_date", family.due_date
    for i, m in enumerate(family.members):
        if m.birth_date is not None:
            yield f"members[{i}].birth_date", m.birth_date
        if m.expected_on is not None:
            yield f"members[{i}].expected_on", m.expected_on
    for i, n in enumerate(family.network):
        if n.since is not None:
            yield f"network[{i}].since", n.since
        if n.until is not None:
            yield f"network[{i}].until", n.until
    for i, c in enumerate(family.contacts):
        yield f"contacts[{i}].from", c.start
        if c.until is not None:
            yield f"contacts[{i}].until", c.until
    for i, e in enumerate(family.journey):
        yield f"journey[{i}].date", e.date
    for g, goal in enumerate(family.goals):
        for a, action in enumerate(goal.actions):
            if action.due_on is not None:
                yield f"plan.goals[{g}].actions[{a}].due_on", action.due_on
    for i, r in enumerate(family.reflections):
        yield f"reflections[{i}].date", r.date


def check_dates_in_range(family: Family) -> list[Problem]:
    """Every date lies between 1900-01-01 and 2199-12-31."""
    params = {"earliest": EARLIEST_DATE.isoformat(), "latest": LATEST_DATE.isoformat()}
    return [
        Problem(place, "rule.date_out_of_range", params)
        for place, day in dates_of(family)
        if not EARLIEST_DATE <= day <= LATEST_DATE
    ]


def check_birth_not_in_future(family: Family, today: date) -> list[Problem]:
    """A member's birth date is not after today."""
    return [
        Problem(f"members[{i}].birth_date", "rule.birth_in_future")
        for i, m in enumerate(family.members)
        if m.birth_date is not None and m.birth_date > today
    ]


def check_unborn_child_dates(family: Family) -> list[Problem]:
    """An `unborn_child` has no birth date; `expected_on` is only for an `unborn_child`."""
    problems: list[Problem] = []
    for i, m in enumerate(family.members):
        if m.role == "unborn_child" and m.birth_date is not None:
            problems.append(Problem(f"members[{i}].birth_date", "rule.unborn_has_birth_date"))
        if m.role != "unborn_child" and m.expected_on is not None:
            problems.append(Problem(f"members[{i}].expected_on", "rule.expected_only_unborn"))
    return problems


def check_period_order(family: Family) -> list[Problem]:
    """A network tie's `until` is not before its `since`; a contact assignment's `until` is not
    before its `from` (equal means an empty period, which is allowed)."""
    problems: list[Problem] = []
    for i, n in enumerate(family.network):
        if n.since is not None and n.until is not None and n.until < n.since:
            problems.append(Problem(f"network[{i}].until", "rule.until_before_start"))
    for i, c in enumerate(family.contacts):
        if c.until is not None and c.until < c.start:
            problems.append(Problem(f"contacts[{i}].until", "rule.until_before_start"))
    return problems


def check_closed_on_required(family: Family) -> list[Problem]:
    """A `closed` family has a `closed_on` date."""
    if family.status == "closed" and family.closed_on is None:
        return [Problem("closed_on", "rule.closed_on_required")]
    return []


def check_closed_not_before_opened(family: Family) -> list[Problem]:
    """`closed_on`, when given, is not before `opened_on`."""
    if family.closed_on is not None and family.closed_on < family.opened_on:
        return [Problem("closed_on", "rule.closed_before_opened")]
    return []
