"""Date rules of the family: the sane range of any date, birth dates, unborn children, periods,
and what a typed date means.

Periods are half-open everywhere: `until` is the first day no longer (spec: contacts), so a period
with `until == since` is empty and `until` before the start is an error.

Typed dates (`parse_typed_date`) are day-month-year, as in the Netherlands: ``1-3-2026``,
``01-03-2026``, ``1/3/2026``, ``1.3.2026`` and ``1 3 2026`` are all 1 March 2026; a four-digit
year first means year-month-day (ISO, ``2026-03-01``). A two-digit year (``1-3-26``) is the year
with those last two digits in the hundred years from 89 years before this year up to 10 years
after it: in 2026, ``36`` is 2036 and ``37`` is 1937, so births back to 1937 (grandparents,
great-grandparents) and plans up to ten years ahead can be typed short; anything else needs four
digits. A date that cannot exist (31 February) is named as such, not guessed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date

from veldwerk.domain.errors import DomainError, Problem
from veldwerk.domain.model import Family
from veldwerk.texts import Ref

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)
"""Dates outside this range are typing mistakes; keeping them out also keeps date arithmetic
(phases add up to 730 days) from overflowing."""

SHORT_YEAR_PAST = 89
"""A two-digit year means a year from this many years before today's year ..."""
SHORT_YEAR_AHEAD = 99 - SHORT_YEAR_PAST
"""... up to this many years after it (10): the window is a hundred years wide."""

_SEP = r"\s*[-/. ]\s*"
_DMY = re.compile(rf"([0-9]{{1,2}}){_SEP}([0-9]{{1,2}}){_SEP}([0-9]{{4}}|[0-9]{{2}})")
_YMD = re.compile(rf"([0-9]{{4}}){_SEP}([0-9]{{1,2}}){_SEP}([0-9]{{1,2}})")
_LONGEST_TYPED = 40
"""Longer text is never a date (and is not read further)."""


def full_year(short: int, today: date) -> int:
    """The year a two-digit `short` (0-99) stands for: the one ending in those digits between
    `SHORT_YEAR_PAST` years before `today`'s year and `SHORT_YEAR_AHEAD` years after it."""
    first = today.year - SHORT_YEAR_PAST
    return first + (short - first) % 100


def parse_typed_date(text: str, today: date) -> date | None:
    """The date `text` stands for (see the module's docstring); None when it is empty.

    Raises `DomainError` with ``date.not_a_date`` (not a date at all), ``date.no_such_month``,
    ``date.no_such_day`` (31 February), ``date.no_leap_day`` (29 February of a common year) or
    ``rule.date_out_of_range`` (a year before 1900 or after 2199)."""
    typed = text.strip()
    if not typed:
        return None
    if len(typed) > _LONGEST_TYPED:
        raise DomainError("date.not_a_date")
    m = _DMY.fullmatch(typed)
    if m:
        day, month, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
        year = int(year_text) if len(year_text) == 4 else full_year(int(year_text), today)
    else:
        m = _YMD.fullmatch(typed)
        if m is None:
            raise DomainError("date.not_a_date")
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return checked_date(year, month, day)


def checked_date(year: int, month: int, day: int) -> date:
    """`date(year, month, day)`, or a `DomainError` that says which part cannot be."""
    if not 1 <= month <= 12:
        raise DomainError("date.no_such_month", params={"month": month})
    if not EARLIEST_DATE.year <= year <= LATEST_DATE.year:
        raise DomainError(
            "rule.date_out_of_range",
            params={"earliest": EARLIEST_DATE.isoformat(), "latest": LATEST_DATE.isoformat()},
        )
    if month == 2 and day == 29 and not calendar.isleap(year):
        raise DomainError("date.no_leap_day", params={"year": year})
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise DomainError(
            "date.no_such_day", params={"day": day, "month": Ref(f"date.month.{month}")}
        )
    return date(year, month, day)


def typed_form(day: date | None) -> str:
    """A date as a date field shows it: ``01-03-2026``; empty for None."""
    return "" if day is None else f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


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
