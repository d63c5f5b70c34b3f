"""The case director's caseload rules behind the agenda ("Vandaag") and the family list's
filters: what is overdue or due soon, what counts as a contact, when a family has had no contact
for too long. Pure functions over plain data; `services.agenda` assembles the list.

- An action is *open* while its status is not ``done`` and its goal is still ``open``; an open
  action is *overdue* by the plan's one rule (`domain.plan.is_overdue`), and *due soon* from
  today up to and including `days` days ahead.
- A planned step is listed from its date back to today; one whose date has passed without being
  recorded as done is overdue too.
- A *contact* is a done step of a contact type (`CONTACT_STEP_TYPES`); a planned step is none.
  An active family has had *no contact for N weeks* when its last contact (or, without any, its
  opening date) lies more than N weeks before today.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from veldwerk.domain.contacts import lacks_backup
from veldwerk.domain.model import Action, Event

DEFAULT_AGENDA_DAYS = 14
DEFAULT_NO_CONTACT_WEEKS = 6
MAX_AGENDA_DAYS = 366
MAX_NO_CONTACT_WEEKS = 104

CONTACT_STEP_TYPES: frozenset[str] = frozenset({"intake", "contact", "evaluation", "crisis"})
"""Steps in which the case director and the family met or spoke."""

KINDS: tuple[str, ...] = (
    "overdue_action",
    "overdue_step",
    "action_due",
    "planned_step",
    "no_contact",
    "no_backup",
    "reflection",
    "retention_ended",
)
"""Every kind of agenda entry, in the order the agenda shows them."""
OVERDUE_KINDS: frozenset[str] = frozenset({"overdue_action", "overdue_step"})


@dataclass(frozen=True)
class CaseloadFamily:
    """What the agenda needs to know of one family (read in one query per table)."""

    key: int
    ref: str
    name: str
    status: str
    opened_on: date
    closed_on: date | None
    last_contact: date | None
    """The latest done contact step on or before today (`last_contact_on`)."""
    has_backup: bool
    """An achterwacht is current today."""

    @property
    def lacks_backup(self) -> bool:
        """An active family without a current achterwacht (`contacts.lacks_backup`)."""
        return lacks_backup(self.status, True if self.has_backup else None)


@dataclass(frozen=True)
class OpenAction:
    """An open action with a due date, of an open goal of the family `family_key`."""

    family_key: int
    action: Action

    @property
    def due_on(self) -> date:
        assert self.action.due_on is not None
        return self.action.due_on


@dataclass(frozen=True)
class PlannedStep:
    family_key: int
    key: int
    date: date
    type: str
    title: str


def is_contact(event: Event) -> bool:
    """A done step of a contact type."""
    return not event.planned and event.type in CONTACT_STEP_TYPES


def last_contact_on(journey: Iterable[Event], today: date) -> date | None:
    """The date of the latest contact on or before `today`, or None."""
    days = [e.date for e in journey if is_contact(e) and e.date <= today]
    return max(days) if days else None


def is_open_action(status: str, goal_status: str) -> bool:
    return status != "done" and goal_status == "open"


def step_overdue(step: PlannedStep, today: date) -> bool:
    """A planned step whose date has passed without it being recorded as done."""
    return step.date < today


def agenda_horizon(today: date, days: int) -> date:
    """The last day the agenda looks ahead to."""
    return today + timedelta(days=days)


def due_within(day: date, today: date, days: int) -> bool:
    """From today up to and including `days` days ahead."""
    return today <= day <= agenda_horizon(today, days)


def contact_overdue_since(last_contact: date | None, opened_on: date) -> date:
    """The day the family's contact is counted from: its last contact, else its opening."""
    return last_contact if last_contact is not None else opened_on


def no_contact_for(
    status: str, last_contact: date | None, opened_on: date, today: date, weeks: int
) -> bool:
    """An active family whose last contact (or opening) lies more than `weeks` weeks back."""
    since = contact_overdue_since(last_contact, opened_on)
    return status == "active" and since < today - timedelta(weeks=weeks)


def kind_order(kind: str) -> int:
    return KINDS.index(kind)
