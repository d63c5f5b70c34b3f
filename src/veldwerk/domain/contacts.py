"""The vast aanspreekpunt (`primary`) and the achterwacht (`backup`) of a family (spec: contact
assignment).

Assignments are half-open periods: `until` is the first day no longer, so a handover on day X
ends the old assignment with ``until=X`` and starts the new one with ``from=X``. At any date there
is at most one current primary and at most one current backup, and they are different people; an
active family has a current primary today. The history is kept: a change ends one assignment and
starts another, it never rewrites the old one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from veldwerk.domain import rule_messages as _rule_messages  # noqa: F401  (registers the texts)
from veldwerk.domain.errors import Problem
from veldwerk.domain.model import ContactAssignment, Family

CONTACT_ROLE_ORDER: tuple[str, ...] = ("primary", "backup")


def current_contact(family: Family, role: str, day: date) -> ContactAssignment | None:
    """The assignment for `role` ("primary" or "backup") current on `day`, or None.

    In a valid family there is at most one; should there be more, the one that started last wins.
    """
    current = [c for c in family.contacts if c.role == role and c.current_on(day)]
    if not current:
        return None
    return max(enumerate(current), key=lambda ic: (ic[1].start, ic[0]))[1]


def contacts_history(family: Family) -> list[ContactAssignment]:
    """Every assignment, ordered by start (stable: equal starts keep their recorded order)."""
    return sorted(family.contacts, key=lambda c: c.start)


def lacks_current_backup(family: Family, day: date) -> bool:
    """True for an active family without a current achterwacht on `day`: valid, but flagged
    wherever families are listed."""
    return family.status == "active" and current_contact(family, "backup", day) is None


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
