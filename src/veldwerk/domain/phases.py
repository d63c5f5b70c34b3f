"""The phase of the first 1000 days an event falls in: derived, never entered.

This is the one place of the rule in the case-file spec ("The phase of an event", revised): the
family list, the contact card, the journey, the step dialog, both overviews, the learning record
and `veldwerk families --json` all ask `PhaseTimeline.phase_on`. Nothing is stored: change a date
(a birth, an `expected_on`, the due date) and every phase follows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from veldwerk.domain import clock
from veldwerk.domain.model import Family

PREGNANCY_DAYS = 280
"""A pregnancy window starts this many days before the expected (or actual) birth."""
SAME_PREGNANCY_DAYS = 30
"""Two expected dates less than this many days apart are one pregnancy."""
EARLIEST_BIRTH_DAYS = 140
"""A birth delivers an expected date when it comes at most 20 weeks early ..."""
LATEST_BIRTH_DAYS = 42
"""... or at most 6 weeks late."""
FIRST_YEAR_DAYS = 365
SECOND_YEAR_DAYS = 730

PHASES = ("wish", "pregnancy", "first_year", "second_year", "later")
"""The phases in the order of the first 1000 days (for sorting and legends)."""


@dataclass(frozen=True)
class PhaseTimeline:
    """A family's pregnancy windows (half-open, [start, end)) and birth anchors, sorted."""

    pregnancies: tuple[tuple[date, date], ...]
    anchors: tuple[date, ...]
    waiting: tuple[date, ...] = ()
    """The expected dates no birth has delivered yet (rule 5: taken as born on their date)."""

    def phase_on(self, day: date) -> str:
        """`pregnancy`, `first_year`, `second_year`, `later` or `wish` for `day`."""
        for start, end in self.pregnancies:
            if start <= day < end:
                return "pregnancy"
        latest = None
        for anchor in self.anchors:
            if anchor > day:
                break
            latest = anchor
        if latest is None:
            return "wish"
        age = (day - latest).days
        if age < FIRST_YEAR_DAYS:
            return "first_year"
        if age < SECOND_YEAR_DAYS:
            return "second_year"
        return "later"

    def edges(self) -> tuple[date, ...]:
        """Every date on which the phase may change, sorted (for drawing phase bands)."""
        cuts: set[date] = set()
        for start, end in self.pregnancies:
            cuts.update((start, end))
        for anchor in self.anchors:
            cuts.update(
                (
                    anchor,
                    anchor + timedelta(days=FIRST_YEAR_DAYS),
                    anchor + timedelta(days=SECOND_YEAR_DAYS),
                )
            )
        return tuple(sorted(cuts))


def expected_births(expected: Iterable[date]) -> tuple[date, ...]:
    """Rule 1: the expected dates, where two less than 30 days apart are one pregnancy (the
    earlier is kept)."""
    kept: list[date] = []
    for day in sorted(set(expected)):
        if kept and (day - kept[-1]).days < SAME_PREGNANCY_DAYS:
            continue
        kept.append(day)
    return tuple(kept)


def delivers(expected: date, birth: date) -> bool:
    """Rule 3: a birth delivers an expected date when it is at most 20 weeks early or 6 weeks
    late."""
    return (
        expected - timedelta(days=EARLIEST_BIRTH_DAYS)
        <= birth
        <= expected + timedelta(days=LATEST_BIRTH_DAYS)
    )


def build_timeline(expected: Iterable[date], births: Iterable[date]) -> PhaseTimeline:
    """Rules 1 to 5 of the spec, from the expected dates (every unborn child's `expected_on` and
    the family's `due_date`) and the births (every child's `birth_date`)."""
    expected_dates = expected_births(expected)
    birth_dates = sorted(births)
    delivered: dict[date, list[date]] = {}
    windows: set[tuple[date, date]] = set()
    for birth in birth_dates:
        candidates = [e for e in expected_dates if delivers(e, birth)]
        if candidates:
            nearest = min(candidates, key=lambda e: (abs((birth - e).days), e))
            delivered.setdefault(nearest, []).append(birth)
            windows.add((nearest - timedelta(days=PREGNANCY_DAYS), birth))
        else:
            windows.add((birth - timedelta(days=PREGNANCY_DAYS), birth))
    waiting = [e for e in expected_dates if e not in delivered]
    for e in waiting:
        windows.add((e - timedelta(days=PREGNANCY_DAYS), e))
    return PhaseTimeline(
        pregnancies=tuple(sorted(windows)),
        anchors=tuple(sorted({*birth_dates, *waiting})),
        waiting=tuple(waiting),
    )


def timeline_of(family: Family) -> PhaseTimeline:
    """The family's phase timeline, from its members' dates and its due date."""
    expected = [m.expected_on for m in family.members if m.role == "unborn_child" and m.expected_on]
    if family.due_date is not None:
        expected.append(family.due_date)
    births = [m.birth_date for m in family.members if m.role == "child" and m.birth_date]
    return build_timeline(expected, births)


def due_date_pending(family: Family) -> bool:
    """True when the family has a due date whose pregnancy no recorded birth has delivered yet
    (so the due date is still worth showing)."""
    due = family.due_date
    if due is None:
        return False
    waiting = timeline_of(family).waiting
    return any(abs((due - e).days) < SAME_PREGNANCY_DAYS for e in waiting)


def phase_of(family: Family, day: date) -> str:
    """The phase of an event on `day` in this family."""
    return timeline_of(family).phase_on(day)


def current_phase(family: Family, today: date | None = None) -> str:
    """The family's phase today, by the same rule."""
    return phase_of(family, today or clock.today())
