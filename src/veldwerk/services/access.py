"""Who looked at a family, and who changed it (issue 15, NEN 7513; docs/access-log.md).

Every read of a family (opened in the app, an overview printed or saved, a case file exported,
shared with or received from a colleague, a search result opened, a learning export, the
family's own access report) and every change of it leaves one entry in the access log of the
encrypted store (`store.access_log`): when, who (name, role, organisation), the contact role
they hold in that family now and for whom they act (the backup acts for the fixed contact),
which data (record kinds and ids, never values), from which device (the profile's device id,
`team.identity`), and whether it was an emergency access.

The one public way in for any screen or service: `AccessService.record_access(ref, action,
kind)`, or inside a use case's unit of work `record(uow, family, action, kind)`.

*Emergency access* here means: the user says they open the family outside their own role, for
a reason that cannot wait (``--emergency`` on the command line). veldwerk never guesses it; an
access without that statement is logged as not an emergency.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from veldwerk.domain import clock
from veldwerk.domain.contacts import current_among
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import FAMILY_DETAILS, Family, NetworkMember
from veldwerk.domain.team import Colleague, same_person
from veldwerk.services.team_journal import identity
from veldwerk.services.uow import unit_of_work
from veldwerk.store.access_log import Actor, NewEntry, StoredEntry
from veldwerk.store.database import Database, UnitOfWork

ACTIONS: tuple[str, ...] = (
    "view",
    "change",
    "print",
    "save",
    "export",
    "share",
    "receive",
    "search",
    "learning",
    "report",
)
"""What was done: opened in the app, changed, printed, saved as a file, exported as a case
file, shared with a colleague, received from one, opened from a search result, put into a
learning export, its access report made."""

PARTS: tuple[tuple[str, str], ...] = (
    ("members", "members"),
    ("network", "network"),
    ("contacts", "contacts"),
    ("journey", "journey"),
    ("goals", "plan"),
    ("reflections", "reflections"),
)
"""The family's lists (attribute, the kind the log names)."""


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    organisation: str
    device_id: str


@dataclass(frozen=True)
class AccessEntry:
    """One entry of a family's access log, for a screen, the command line or the report."""

    first_at: datetime
    last_at: datetime
    count: int
    action: str
    kind: str
    records: tuple[int, ...]
    who: Person
    contact_role: str
    """the contact role they held in the family then: primary, backup or none"""
    device_id: str
    emergency: bool
    acting_for: Person | None
    party: Person | None
    """to whom it was shared, or from whom it was received"""


def _person(actor: Actor | None) -> Person | None:
    if actor is None:
        return None
    return Person(actor.name, actor.role, actor.organisation, actor.device_id)


def entry_of(stored: StoredEntry) -> AccessEntry:
    who = _person(stored.actor)
    assert who is not None
    return AccessEntry(
        stored.first_at,
        stored.last_at,
        stored.count,
        stored.action,
        stored.kind,
        stored.record_ids,
        who,
        stored.contact_role,
        stored.device_id,
        stored.emergency,
        _person(stored.acting_for),
        _person(stored.party),
    )


# ---- who ---------------------------------------------------------------------------------
def me(uow: UnitOfWork) -> Actor:
    """This profile's user: the name, role and organisation settings, and the device id."""
    s = uow.settings
    return Actor(
        s.get("user_name") or "",
        s.get("role") or "",
        s.get("organisation") or "",
        identity(uow).device_id,
    )


def _network_member(uow: UnitOfWork, family: Family, actor: Actor) -> NetworkMember | None:
    links = uow.team.links([family.key]).get(family.key, {}) if family.key is not None else {}
    for person in family.network:
        if actor.device_id and links.get(person.id) == actor.device_id:
            return person
    card = Colleague(actor.device_id, actor.name, actor.organisation)
    linked = set(links)
    return next(
        (p for p in family.network if p.id not in linked and same_person(p, card)),
        None,
    )


def _as_actor(uow: UnitOfWork, family: Family, network_id: str) -> Actor | None:
    person = next((p for p in family.network if p.id == network_id), None)
    if person is None:
        return None
    links = uow.team.links([family.key]).get(family.key, {}) if family.key is not None else {}
    return Actor(person.name, "", person.organisation or "", links.get(network_id, ""))


def standing(uow: UnitOfWork, family: Family, actor: Actor) -> tuple[str, Actor | None]:
    """The contact role `actor` holds in `family` today (primary, backup or none) and for whom
    they act: the backup acts for the current fixed contact."""
    person = _network_member(uow, family, actor)
    if person is None:
        return "none", None
    today = clock.today()
    primary = current_among(family.contacts, "primary", today)
    backup = current_among(family.contacts, "backup", today)
    if primary is not None and primary.network_id == person.id:
        return "primary", None
    if backup is not None and backup.network_id == person.id:
        acting_for = _as_actor(uow, family, primary.network_id) if primary else None
        return "backup", acting_for
    return "none", None


def entry(
    uow: UnitOfWork,
    family: Family,
    action: str,
    kind: str = "family",
    records: Iterable[int] = (),
    *,
    actor: Actor | None = None,
    emergency: bool = False,
    party: Actor | None = None,
) -> NewEntry:
    """The entry for `action` on `family` by `actor` (this profile's user when None)."""
    if action not in ACTIONS:
        raise ValueError(f"not an access action: {action}")
    assert family.key is not None
    who = actor or me(uow)
    role, acting_for = standing(uow, family, who)
    ids = tuple(records) or (family.key,)
    device = who.device_id or identity(uow).device_id
    return NewEntry(family.key, action, kind, ids, who, role, device, emergency, acting_for, party)


def record(
    uow: UnitOfWork,
    family: Family,
    action: str,
    kind: str = "family",
    records: Iterable[int] = (),
    **options: Any,
) -> None:
    """Log one access of `family` inside the caller's write unit of work."""
    uow.access.record([entry(uow, family, action, kind, records, **options)])


def record_many(
    uow: UnitOfWork,
    families: Sequence[Family],
    action: str,
    kind: str,
    records: tuple[int, ...] = (),
) -> None:
    """Log the same access of each of `families` (`records`: ids of what they went into; the
    family's own id when empty)."""
    who = me(uow)
    uow.access.record(
        [entry(uow, f, action, kind, records, actor=who) for f in families if f.key is not None]
    )


def changed_parts(before: Family | None, after: Family) -> list[tuple[str, tuple[int, ...]]]:
    """Which kinds of records a change touched, with the ids of the records (no values)."""
    assert after.key is not None
    if before is None:
        return [("family", (after.key,))]
    out: list[tuple[str, tuple[int, ...]]] = []
    if any(getattr(before, f) != getattr(after, f) for f in FAMILY_DETAILS):
        out.append(("family", (after.key,)))
    for attribute, kind in PARTS:
        old = {getattr(x, "key", None): x for x in getattr(before, attribute)}
        new = {getattr(x, "key", None): x for x in getattr(after, attribute)}
        keys = {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}
        ids = tuple(sorted(k for k in keys if isinstance(k, int)))
        if keys:
            out.append((kind, ids))
    return out


def record_change(
    uow: UnitOfWork, before: Family | None, after: Family, actor: Actor | None = None
) -> None:
    """Log a change of `after` (from `before`) by `actor`, one entry per kind of record."""
    uow.access.record(
        [
            entry(uow, after, "change", kind, ids or (after.key or 0,), actor=actor)
            for kind, ids in changed_parts(before, after)
        ]
    )


# ---- the service -------------------------------------------------------------------------
class AccessService:
    """The access log of the families in `db`: log an access, read a family's entries."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record_access(
        self,
        ref: str,
        action: str,
        kind: str = "family",
        *,
        emergency: bool = False,
        uow: UnitOfWork | None = None,
    ) -> None:
        """Log that this profile's user did `action` (one of `ACTIONS`) on the family `ref`
        (`kind`: which data, e.g. "family", "overview", "case_file"). The public call for every
        screen: the family opened, printed, saved, a search result opened…"""
        with unit_of_work(self._db, uow, write=True) as uow:
            family = load_family(uow, ref)
            record(uow, family, action, kind, emergency=emergency)
            uow.commit()

    def entries(
        self,
        ref: str,
        *,
        since: date | None = None,
        until: date | None = None,
        actions: Iterable[str] | None = None,
        uow: UnitOfWork | None = None,
    ) -> list[AccessEntry]:
        """The family's entries in time order, within the days `since`..`until` (inclusive,
        by the local date of their last time) and of the `actions` given (all when None)."""
        wanted = set(actions) if actions is not None else None
        with unit_of_work(self._db, uow) as uow:
            family = load_family(uow, ref)
            assert family.key is not None
            stored = uow.access.entries(family.key)
        out = []
        for s in stored:
            day = s.last_at.astimezone().date()
            first = s.first_at.astimezone().date()
            if since is not None and day < since:
                continue
            if until is not None and first > until:
                continue
            if wanted is not None and s.action not in wanted:
                continue
            out.append(entry_of(s))
        return sorted(out, key=lambda e: e.first_at)  # stable: the chain's order on a tie


def load_family(uow: UnitOfWork, ref: str) -> Family:
    fid = uow.families.id_of(ref)
    family = uow.families.load(fid) if fid is not None else None
    if family is None:
        raise DomainError("family.not_found", params={"ref": ref})
    return family
