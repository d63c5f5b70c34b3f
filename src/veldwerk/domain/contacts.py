"""The vast aanspreekpunt (`primary`) and the achterwacht (`backup`) of a family (spec: contact
assignment).

Assignments are half-open periods: `until` is the first day no longer, so a handover on day X
ends the old assignment with ``until=X`` and starts the new one with ``from=X``. At any date there
is at most one current primary and at most one current backup, and they are different people; an
active family has a current primary today. The history is kept: a change ends one assignment and
starts another, it never rewrites the old one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from veldwerk.domain.errors import Problem
from veldwerk.domain.model import ContactAssignment, Family, NetworkMember

CONTACT_ROLE_ORDER: tuple[str, ...] = ("primary", "backup")


def current_contact(family: Family, role: str, day: date) -> ContactAssignment | None:
    """The assignment for `role` ("primary" or "backup") current on `day`, or None.

    In a valid family there is at most one; should there be more, the one that started last wins
    (of equal starts, the one recorded last)."""
    return current_among(family.contacts, role, day)


def current_among(
    contacts: Iterable[ContactAssignment], role: str, day: date
) -> ContactAssignment | None:
    """`current_contact` over the assignments of one family, for who has those without the rest
    of the family (the store's family list)."""
    current = [c for c in contacts if c.role == role and c.current_on(day)]
    if not current:
        return None
    return max(enumerate(current), key=lambda ic: (ic[1].start, ic[0]))[1]


def refusal_to_hold(family: Family, role: str, network_id: str, on: date) -> str | None:
    """Why the network member `network_id` may not become the `role` from `on` (a message
    code taking `name`, `role` and `date`), or None when they may: a professional of this
    family's network, involved on `on`, who holds neither `role` nor the other role then (the
    primary and the backup are never one person: `check_primary_not_backup`)."""
    person = family.network_member(network_id)
    if person is None:
        return "contact.unknown_person"
    holder = current_contact(family, role, on)
    if holder is not None and holder.network_id == network_id:
        return "contact.same_person"
    other = current_contact(family, "backup" if role == "primary" else "primary", on)
    if other is not None and other.network_id == network_id:
        return "rule.primary_is_backup"
    if person.kind != "professional":
        return "rule.contact_not_professional"
    if not person.involved_on(on):
        return "contact.not_involved"
    return None


def eligible_for_role(family: Family, role: str, on: date) -> list[NetworkMember]:
    """The network members who may become the `role` from `on` (see `refusal_to_hold`), in the
    order of the network."""
    return [n for n in family.network if refusal_to_hold(family, role, n.id, on) is None]


def refusal_to_end(family: Family, role: str, on: date) -> str | None:
    """Why the `role` may not end on `on` without a successor (a message code taking `role`),
    or None when it may: there is a current holder, and it is the backup, or the family is
    closed (an active family always has a primary)."""
    if current_contact(family, role, on) is None:
        return "contact.nothing_to_end"
    if role == "primary" and family.status != "closed":
        return "contact.primary_needed"
    return None


def may_end_role(family: Family, role: str, on: date) -> bool:
    """Whether the `role` may end on `on` with nobody taking over (see `refusal_to_end`)."""
    return refusal_to_end(family, role, on) is None


def contacts_history(family: Family) -> list[ContactAssignment]:
    """Every assignment, ordered by start (stable: equal starts keep their recorded order)."""
    return sorted(family.contacts, key=lambda c: c.start)


def lacks_current_backup(family: Family, day: date) -> bool:
    """True for an active family without a current achterwacht on `day`: valid, but flagged
    wherever families are listed."""
    return lacks_backup(family.status, current_contact(family, "backup", day))


def lacks_backup(status: str, current_backup: object | None) -> bool:
    """`lacks_current_backup` for who already knows the family's status and its current
    backup (or None), such as a row of the family list: an active family without one. A closed
    family needs no backup."""
    return status == "active" and current_backup is None


def periods_overlap(a: ContactAssignment, b: ContactAssignment) -> bool:
    """Whether two half-open periods share a day (an empty period shares none)."""
    a_end_after_b_start = a.until is None or b.start < a.until
    b_end_after_a_start = b.until is None or a.start < b.until
    not_empty = (a.until is None or a.start < a.until) and (b.until is None or b.start < b.until)
    return not_empty and a_end_after_b_start and b_end_after_a_start


def check_contact_network_known(family: Family) -> list[Problem]:
    """A contact assignment's `network_id` is the id of a network member of this family."""
    network_ids = {n.id for n in family.network}
    return [
        Problem(f"contacts[{i}].network_id", "rule.network_unknown")
        for i, c in enumerate(family.contacts)
        if c.network_id not in network_ids
    ]


def check_contact_is_professional(family: Family) -> list[Problem]:
    """The person of a contact assignment is a `professional` (an unknown id is
    `check_contact_network_known`'s to report)."""
    problems: list[Problem] = []
    for i, c in enumerate(family.contacts):
        person = family.network_member(c.network_id)
        if person is not None and person.kind != "professional":
            problems.append(Problem(f"contacts[{i}].network_id", "rule.contact_not_professional"))
    return problems


def _overlapping_in_role(contacts: Sequence[ContactAssignment], role: str) -> list[int]:
    """Indices of the assignments of `role` that start while an earlier-starting one runs."""
    periods = sorted(
        (
            (c.start, i, c.until)
            for i, c in enumerate(contacts)
            if c.role == role and (c.until is None or c.start < c.until)
        ),
    )
    clashes: list[int] = []
    running_until: date | None = None  # the latest end so far; None before any, see `open_ended`
    open_ended = False
    for start, i, until in periods:
        if open_ended or (running_until is not None and start < running_until):
            clashes.append(i)
        if until is None:
            open_ended = True
        elif running_until is None or until > running_until:
            running_until = until
    return sorted(clashes)


def check_contact_overlaps(family: Family) -> list[Problem]:
    """At any date at most one current primary and at most one current backup: an assignment that
    starts while another of the same role still runs is refused (at its `from`)."""
    problems: list[Problem] = []
    for role in CONTACT_ROLE_ORDER:
        code = f"rule.{role}_overlap"
        problems.extend(
            Problem(f"contacts[{i}].from", code)
            for i in _overlapping_in_role(family.contacts, role)
        )
    problems.sort(key=lambda p: _index_of(p.field))
    return problems


def _index_of(place: str) -> int:
    return int(place[place.index("[") + 1 : place.index("]")])


def check_primary_not_backup(family: Family) -> list[Problem]:
    """The primary and the backup are never the same person on the same day."""
    problems: list[Problem] = []
    for i, backup in enumerate(family.contacts):
        if backup.role != "backup":
            continue
        if any(
            p.role == "primary" and p.network_id == backup.network_id and periods_overlap(p, backup)
            for p in family.contacts
        ):
            problems.append(Problem(f"contacts[{i}].network_id", "rule.primary_is_backup"))
    return problems


def check_active_has_primary(family: Family, today: date) -> list[Problem]:
    """An `active` family has a current primary today."""
    if family.status == "active" and current_contact(family, "primary", today) is None:
        return [Problem("contacts", "rule.no_current_primary")]
    return []
