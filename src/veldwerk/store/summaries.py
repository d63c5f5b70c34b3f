"""The rows of the family list (`FamilySummary`), read in one query per table.

What the rows say is the domain's: the phase is `phases.build_timeline`'s, the current primary
and backup are `contacts.current_among`'s over every assignment of the family (not restated
here as a date filter), and whether a backup is missing is `contacts.lacks_backup` (the row's
`missing_backup`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import Connection, Table, func, select

from veldwerk.domain import phases
from veldwerk.domain.contacts import CONTACT_ROLE_ORDER, current_among
from veldwerk.domain.model import ContactAssignment, FamilySummary
from veldwerk.store import mapping
from veldwerk.store.models import (
    ContactRow,
    EventRow,
    FamilyRow,
    MemberRow,
    NetworkRow,
    SharedFamilyRow,
)

families_t: Table = FamilyRow.__table__  # type: ignore[assignment]
members_t: Table = MemberRow.__table__  # type: ignore[assignment]
network_t: Table = NetworkRow.__table__  # type: ignore[assignment]
contacts_t: Table = ContactRow.__table__  # type: ignore[assignment]
events_t: Table = EventRow.__table__  # type: ignore[assignment]
shared_t: Table = SharedFamilyRow.__table__  # type: ignore[assignment]


def family_summaries(
    c: Connection, today: date, ids: Iterable[int] | None = None
) -> list[FamilySummary]:
    """One row per family (or per family of `ids`), sorted by last contact (newest first)."""
    fq = select(
        families_t.c.id,
        families_t.c.ref,
        families_t.c.name,
        families_t.c.status,
        families_t.c.due_date,
    )
    wanted = None if ids is None else list(ids)
    if wanted is not None:
        fq = fq.where(families_t.c.id.in_(wanted))
    fams = list(c.execute(fq))
    births: dict[int, list[date]] = defaultdict(list)
    expected: dict[int, list[date]] = defaultdict(list)
    names: dict[int, list[str]] = defaultdict(list)
    for m in c.execute(
        select(
            members_t.c.family_id,
            members_t.c.role,
            members_t.c.birth_date,
            members_t.c.expected_on,
            members_t.c.given_name,
            members_t.c.family_name,
        )
    ):
        if m.role == "child" and m.birth_date is not None:
            births[m.family_id].append(m.birth_date)
        elif m.role == "unborn_child" and m.expected_on is not None:
            expected[m.family_id].append(m.expected_on)
        full = " ".join(p for p in (m.given_name, m.family_name) if p)
        if full:
            names[m.family_id].append(full)
    current = current_contact_names(c, today)
    last: dict[int, date] = {
        r.family_id: r.last
        for r in c.execute(
            select(events_t.c.family_id, func.max(events_t.c.date).label("last"))
            .where(events_t.c.date <= today, events_t.c.planned.is_(False))
            .group_by(events_t.c.family_id)
        )
    }
    shared = set(
        c.execute(select(shared_t.c.family_id).where(shared_t.c.state == "shared")).scalars()
    )
    out = [
        FamilySummary(
            key=f.id,
            ref=f.ref,
            name=f.name,
            status=f.status,
            phase=phases.build_timeline(
                [*expected[f.id], *([f.due_date] if f.due_date else [])], births[f.id]
            ).phase_on(today),
            primary=current.get((f.id, "primary")),
            backup=current.get((f.id, "backup")),
            last_contact=last.get(f.id),
            member_names=tuple(names[f.id]),
            shared=f.id in shared,
        )
        for f in fams
    ]
    out.sort(key=lambda s: (s.last_contact or date.min, s.ref), reverse=True)
    return out


def current_contact_names(c: Connection, today: date) -> dict[tuple[int, str], str]:
    """(family id, role) -> the name of the contact current `today`, chosen by the domain's own
    rule from every assignment of the family, in the order a loaded family has them."""
    assignments: dict[int, list[ContactAssignment]] = defaultdict(list)
    for r in c.execute(select(contacts_t).order_by(contacts_t.c.position, contacts_t.c.id)):
        assignments[r.family_id].append(mapping.contact_from(r))
    people = {
        (r.family_id, r.local_id): r.name
        for r in c.execute(select(network_t.c.family_id, network_t.c.local_id, network_t.c.name))
    }
    current: dict[tuple[int, str], str] = {}
    for family_id, contacts in assignments.items():
        for role in CONTACT_ROLE_ORDER:
            holder = current_among(contacts, role, today)
            name = people.get((family_id, holder.network_id)) if holder else None
            if name is not None:
                current[(family_id, role)] = name
    return current
