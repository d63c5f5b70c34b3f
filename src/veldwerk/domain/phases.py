"""The phase of the first 1000 days an event falls in: derived, never entered (spec: event)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from veldwerk.domain import clock
from veldwerk.domain.model import Family

PREGNANCY_DAYS = 280
DUE_DATE_MATCH_DAYS = 30


def family_births(child_birth_dates: Iterable[date], due_date: date | None) -> tuple[date, ...]:
    """The family's births: every child's birth date, plus the due date when no child was born
    within 30 days of it (a pregnancy not yet recorded as a birth). Sorted, oldest first."""
    births = sorted(set(child_birth_dates))
    if due_date is not None and not any(
        abs((b - due_date).days) <= DUE_DATE_MATCH_DAYS for b in births
    ):
        births = sorted([*births, due_date])
    return tuple(births)


def births_of(family: Family) -> tuple[date, ...]:
    children = (m.birth_date for m in family.members if m.role == "child" and m.birth_date)
    return family_births(children, family.due_date)


def phase_on(day: date, births: Iterable[date]) -> str:
    """`pregnancy`, `first_year`, `second_year`, `later` or `wish` for `day`, by the spec's rule."""
    ordered = sorted(births)
    for b in ordered:
        if b - timedelta(days=PREGNANCY_DAYS) <= day < b:
            return "pregnancy"
    before = [b for b in ordered if b <= day]
    if before:
        b = before[-1]
        if day < b + timedelta(days=365):
            return "first_year"
        if day < b + timedelta(days=730):
            return "second_year"
        return "later"
    return "wish"


def current_phase(family: Family, today: date | None = None) -> str:
    """The family's phase today."""
    return phase_on(today or clock.today(), births_of(family))
