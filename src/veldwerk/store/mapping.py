"""Between stored rows and the domain's frozen dataclasses; one function per direction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from veldwerk.domain import model
from veldwerk.domain.model import FAMILY_DETAILS, Family

MEMBER_FIELDS = (
    "role",
    "given_name",
    "family_name",
    "birth_date",
    "expected_on",
    "phone",
    "email",
    "address",
    "notes",
)
NETWORK_FIELDS = (
    "kind",
    "name",
    "relation",
    "mentor_of",
    "organisation",
    "profession",
    "phone",
    "email",
    "strength",
    "since",
    "until",
)
CONTACT_FIELDS = ("role", "network_id", "start", "until", "reason", "warm_handover", "note")
EVENT_FIELDS = (
    "date",
    "type",
    "title",
    "description",
    "involved",
    "barriers",
    "enablers",
    "planned",
)
GOAL_FIELDS = ("title", "status")
ACTION_FIELDS = ("title", "owner", "due_on", "status")
REFLECTION_FIELDS = ("date", "text", "share_for_learning")


def family_values(f: Family) -> dict[str, Any]:
    values = {k: getattr(f, k) for k in FAMILY_DETAILS}
    values["vulnerabilities"] = list(f.vulnerabilities)
    return values


def member_values(m: model.Member) -> dict[str, Any]:
    return {"local_id": m.id, **{k: getattr(m, k) for k in MEMBER_FIELDS}}


def network_values(n: model.NetworkMember) -> dict[str, Any]:
    return {"local_id": n.id, **{k: getattr(n, k) for k in NETWORK_FIELDS}}


def contact_values(c: model.ContactAssignment) -> dict[str, Any]:
    return {k: getattr(c, k) for k in CONTACT_FIELDS}


def event_values(e: model.Event) -> dict[str, Any]:
    values = {k: getattr(e, k) for k in EVENT_FIELDS}
    for k in ("involved", "barriers", "enablers"):
        values[k] = list(values[k])
    return values


def goal_values(g: model.Goal) -> dict[str, Any]:
    return {k: getattr(g, k) for k in GOAL_FIELDS}


def action_values(a: model.Action) -> dict[str, Any]:
    return {k: getattr(a, k) for k in ACTION_FIELDS}


def reflection_values(r: model.Reflection) -> dict[str, Any]:
    return {k: getattr(r, k) for k in REFLECTION_FIELDS}


def member_from(row: Any) -> model.Member:
    return model.Member(id=row.local_id, key=row.id, **{k: getattr(row, k) for k in MEMBER_FIELDS})


def network_from(row: Any) -> model.NetworkMember:
    return model.NetworkMember(
        id=row.local_id, key=row.id, **{k: getattr(row, k) for k in NETWORK_FIELDS}
    )


def contact_from(row: Any) -> model.ContactAssignment:
    return model.ContactAssignment(
        role=row.role,
        network_id=row.network_id,
        start=getattr(row, "from"),
        until=row.until,
        reason=row.reason,
        warm_handover=None if row.warm_handover is None else bool(row.warm_handover),
        note=row.note,
        key=row.id,
    )


def event_from(row: Any) -> model.Event:
    return model.Event(
        date=row.date,
        type=row.type,
        title=row.title,
        description=row.description,
        involved=tuple(row.involved),
        barriers=tuple(row.barriers),
        enablers=tuple(row.enablers),
        planned=bool(row.planned),
        key=row.id,
    )


def action_from(row: Any) -> model.Action:
    return model.Action(key=row.id, **{k: getattr(row, k) for k in ACTION_FIELDS})


def goal_from(row: Any, actions: tuple[model.Action, ...]) -> model.Goal:
    return model.Goal(title=row.title, status=row.status, actions=actions, key=row.id)


def reflection_from(row: Any) -> model.Reflection:
    return model.Reflection(
        date=row.date, text=row.text, share_for_learning=bool(row.share_for_learning), key=row.id
    )


def family_from(
    row: Any,
    *,
    members: Iterable[Any],
    network: Iterable[Any],
    contacts: Iterable[Any],
    events: Iterable[Any],
    goals: Iterable[model.Goal],
    reflections: Iterable[Any],
) -> Family:
    """The family of a stored row, with the stored rows of its records (in their order) and its
    goals (already with their actions)."""
    details = {k: getattr(row, k) for k in FAMILY_DETAILS}
    details["vulnerabilities"] = tuple(row.vulnerabilities)
    return Family(
        key=row.id,
        **details,
        members=tuple(member_from(r) for r in members),
        network=tuple(network_from(r) for r in network),
        contacts=tuple(contact_from(r) for r in contacts),
        journey=tuple(event_from(r) for r in events),
        goals=tuple(goals),
        reflections=tuple(reflection_from(r) for r in reflections),
    )
