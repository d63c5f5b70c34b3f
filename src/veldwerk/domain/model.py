"""The family aggregate as plain, frozen data.

These classes are what every layer passes around: the case-file reader produces them, the store
saves and loads them, services return them to the GUI and the command line (never ORM objects),
and reports and the learning record are pure functions of them. Field names and their order
follow `spec/case-file.md` (the case-file writer writes them in this order); `from` is `start`
here because `from` is a Python keyword.

`key` is the store's own id of a saved record (None for a record not yet saved). It never leaves
the program: the case file uses the family's `ref` and the local `id`s of members and network.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Member:
    """A member of the household (gezinslid)."""

    id: str
    role: str
    given_name: str | None = None
    family_name: str | None = None
    birth_date: date | None = None
    expected_on: date | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    notes: str | None = None
    key: int | None = None

    @property
    def display_name(self) -> str:
        parts = [p for p in (self.given_name, self.family_name) if p]
        return " ".join(parts)


@dataclass(frozen=True)
class NetworkMember:
    """Someone in the family's network (netwerklid): professional, informal, or the JIM."""

    id: str
    kind: str
    name: str
    relation: str | None = None
    mentor_of: str | None = None
    organisation: str | None = None
    profession: str | None = None
    phone: str | None = None
    email: str | None = None
    strength: str = "normal"
    since: date | None = None
    until: date | None = None
    key: int | None = None

    def involved_on(self, day: date) -> bool:
        """True when the tie exists on `day` (`until` is the first day it no longer does)."""
        started = self.since is None or self.since <= day
        return started and not self.ended_by(day)

    def ended_by(self, day: date) -> bool:
        """True when the tie has ended on or before `day` (shown as "ended", "no longer
        involved"; a JIM is no longer active)."""
        return self.until is not None and self.until <= day


@dataclass(frozen=True)
class ContactAssignment:
    """A period in which a professional is the vaste aanspreekpunt (`primary`) or the
    achterwacht (`backup`). `until` None means current; `until` is the first day no longer."""

    role: str
    network_id: str
    start: date
    until: date | None = None
    # ---- handover notes (issue 14; an extension: docs/case-file-extensions.md) ----
    reason: str | None = None
    """Why the contact person changed to this one (`codes.HANDOVER_REASONS`), or None."""
    warm_handover: bool | None = None
    """Whether the one before handed over in person ("warme overdracht"); None: not said."""
    note: str | None = None
    """A short note for the new person."""
    key: int | None = None

    def current_on(self, day: date) -> bool:
        return self.start <= day and (self.until is None or day < self.until)


@dataclass(frozen=True)
class Event:
    """A step in the klantreis. The phase is derived (`domain.phases`), never stored."""

    date: date
    type: str
    title: str
    description: str | None = None
    involved: tuple[str, ...] = ()
    barriers: tuple[str, ...] = ()
    enablers: tuple[str, ...] = ()
    planned: bool = False
    """A step dated ahead that has not happened yet (the case-file extension `planned: true`,
    `domain.planned`): it becomes a normal step when it is recorded as done."""
    key: int | None = None


@dataclass(frozen=True)
class Action:
    title: str
    owner: str | None = None
    due_on: date | None = None
    status: str = "todo"
    key: int | None = None


@dataclass(frozen=True)
class Goal:
    title: str
    status: str = "open"
    actions: tuple[Action, ...] = ()
    key: int | None = None


@dataclass(frozen=True)
class Reflection:
    date: date
    text: str
    share_for_learning: bool = False
    key: int | None = None


@dataclass(frozen=True)
class Family:
    """One family with everything recorded about it."""

    ref: str
    name: str
    municipality: str
    status: str
    opened_on: date
    closed_on: date | None = None
    due_date: date | None = None
    vulnerabilities: tuple[str, ...] = ()
    learning_consent: str = "unknown"
    members: tuple[Member, ...] = ()
    network: tuple[NetworkMember, ...] = ()
    contacts: tuple[ContactAssignment, ...] = ()
    journey: tuple[Event, ...] = ()
    goals: tuple[Goal, ...] = ()
    reflections: tuple[Reflection, ...] = ()
    # ---- closing (issue 14; an extension: docs/case-file-extensions.md) ----
    closing_reason: str | None = None
    """Why the family was closed (`codes.CLOSING_REASONS`); only while it is closed."""
    closing_note: str | None = None
    """A note on the closing; only while the family is closed."""
    key: int | None = None

    def member(self, member_id: str) -> Member | None:
        return next((m for m in self.members if m.id == member_id), None)

    def network_member(self, network_id: str) -> NetworkMember | None:
        return next((n for n in self.network if n.id == network_id), None)


FAMILY_DETAILS: tuple[str, ...] = (
    "ref",
    "name",
    "municipality",
    "status",
    "opened_on",
    "closed_on",
    "closing_reason",
    "closing_note",
    "due_date",
    "vulnerabilities",
    "learning_consent",
)
"""The family's own fields (beside its records), in case-file order; `closing_reason` and
`closing_note` are an extension of the spec (written only when set)."""

EXTENSION_FIELDS: frozenset[str] = frozenset(
    {"closing_reason", "closing_note", "reason", "warm_handover", "note"}
)
"""Fields of a family or a contact assignment beyond the spec (docs/case-file-extensions.md):
optional in a case file, written only when they hold a value."""


@dataclass(frozen=True)
class FamilySummary:
    """One row of the family list: `primary` and `backup` are the names of the contacts
    current on the day the list was made (`contacts.current_among`), or None."""

    key: int
    ref: str
    name: str
    status: str
    phase: str
    primary: str | None
    backup: str | None
    last_contact: date | None
    member_names: tuple[str, ...] = field(default=())
    shared: bool = False
    """The family is shared with colleagues through the team folder (`veldwerk share`)."""

    @property
    def missing_backup(self) -> bool:
        """An active family without a current achterwacht: flagged wherever families are listed
        (the rule is `contacts.lacks_backup`; `backup` is the one current on the list's day)."""
        from veldwerk.domain.contacts import lacks_backup  # contacts builds on this module

        return lacks_backup(self.status, self.backup)
