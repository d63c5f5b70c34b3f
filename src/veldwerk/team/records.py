"""A family's records as they travel in change sets: plain JSON fields per record.

Every record of a shared family has a `uid` (32 hex digits, random) that never changes and
never returns: the ids of the case file (``m1``, ``n3``) are fields like any other, because two
devices may both add an ``m3`` offline. References between records travel as uids, so they
survive such a clash: a network member's ``mentor_of`` (a member), a step's ``involved``
(network members), an action's ``goal`` and the network member of each contact assignment.

The family itself is the record of kind ``family`` (its uid is the family's team name). Its
contact assignments are one field, ``contacts``: a handover is a change of that field. Since
payload version 2 an assignment may carry its handover notes (`CONTACT_NOTES`) and the family
its closing reason and note (`VERSION_2_FIELDS`); `needs_version_2` says when an op does.

`FIELDS` says, per kind, which fields there are and what each holds; `check_value` is the one
check a received value must pass before anything uses it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from veldwerk.domain.model import (
    Action,
    ContactAssignment,
    Event,
    Goal,
    Member,
    NetworkMember,
    Reflection,
)
from veldwerk.domain.text_rules import FREE_TEXT_MAX
from veldwerk.interchange.case_schema import is_case_file_date

KINDS: tuple[str, ...] = ("family", "member", "network", "event", "goal", "action", "reflection")
UID = re.compile(r"\A[0-9a-f]{32}\Z")
MAX_LIST = 200

# value types: text, text?, date, date?, bool, codes (list of text), ref? (a uid or null),
# refs (list of uids), contacts (list of assignments)
FIELDS: Mapping[str, Mapping[str, str]] = {
    "family": {
        "ref": "text",
        "name": "text",
        "municipality": "text",
        "status": "text",
        "opened_on": "date",
        "closed_on": "date?",
        "due_date": "date?",
        "vulnerabilities": "codes",
        "learning_consent": "text",
        "contacts": "contacts",
        "closing_reason": "text?",
        "closing_note": "text?",
    },
    "member": {
        "id": "text",
        "role": "text",
        "given_name": "text?",
        "family_name": "text?",
        "birth_date": "date?",
        "expected_on": "date?",
        "phone": "text?",
        "email": "text?",
        "address": "text?",
        "notes": "text?",
    },
    "network": {
        "id": "text",
        "kind": "text",
        "name": "text",
        "relation": "text?",
        "mentor_of": "ref?",
        "organisation": "text?",
        "profession": "text?",
        "phone": "text?",
        "email": "text?",
        "strength": "text",
        "since": "date?",
        "until": "date?",
    },
    "event": {
        "date": "date",
        "type": "text",
        "title": "text",
        "description": "text?",
        "involved": "refs",
        "barriers": "codes",
        "enablers": "codes",
        "planned": "bool",
    },
    "goal": {"title": "text", "status": "text"},
    "action": {
        "goal": "ref",
        "title": "text",
        "owner": "text?",
        "due_on": "date?",
        "status": "text",
    },
    "reflection": {"date": "date", "text": "text", "share_for_learning": "bool"},
}
FIXED: Mapping[str, frozenset[str]] = {"action": frozenset({"goal"})}
"""Fields set when a record is added and never changed afterwards."""


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= FREE_TEXT_MAX


def _is_uid(value: Any) -> bool:
    return isinstance(value, str) and UID.match(value) is not None


CONTACT_KEYS = frozenset({"role", "network", "from", "until"})
CONTACT_NOTES = frozenset({"reason", "warm_handover", "note"})
"""The handover notes an assignment may carry (payload version 2), each only when set."""
VERSION_2_FIELDS = frozenset({"closing_reason", "closing_note"})
"""The family's fields that came with payload version 2 (issue 14)."""


def _is_contact(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and CONTACT_KEYS <= set(value) <= CONTACT_KEYS | CONTACT_NOTES
        and value["role"] in ("primary", "backup")
        and _is_uid(value["network"])
        and is_case_file_date(value["from"])
        and (value["until"] is None or is_case_file_date(value["until"]))
        and (value.get("reason") is None or _is_text(value["reason"]))
        and (value.get("warm_handover") is None or isinstance(value["warm_handover"], bool))
        and (value.get("note") is None or _is_text(value["note"]))
    )


def needs_version_2(op: Mapping[str, Any]) -> bool:
    """Whether the op (its JSON) holds what only payload version 2 carries: a closing reason or
    note, or handover notes on a contact assignment. An op without them is version 1's, so a
    colleague whose veldwerk knows only version 1 still reads it."""
    fields = op.get("f")
    if not isinstance(fields, Mapping):
        return False
    if VERSION_2_FIELDS & set(fields):
        return True
    contacts = fields.get("contacts")
    return isinstance(contacts, list) and any(
        isinstance(c, Mapping) and CONTACT_NOTES & set(c) for c in contacts
    )


def _list_of(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda v: isinstance(v, list) and len(v) <= MAX_LIST and all(check(x) for x in v)


_CHECKS: Mapping[str, Callable[[Any], bool]] = {
    "text": _is_text,
    "text?": lambda v: v is None or _is_text(v),
    "date": is_case_file_date,
    "date?": lambda v: v is None or is_case_file_date(v),
    "bool": lambda v: isinstance(v, bool),
    "codes": _list_of(_is_text),
    "ref": _is_uid,
    "ref?": lambda v: v is None or _is_uid(v),
    "refs": _list_of(_is_uid),
    "contacts": _list_of(_is_contact),
}


def check_value(kind: str, name: str, value: Any) -> bool:
    """Whether `value` is one that field `name` of a record of `kind` may hold."""
    field_type = FIELDS.get(kind, {}).get(name)
    return field_type is not None and _CHECKS[field_type](value)


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _to_day(value: Any) -> date | None:
    return date.fromisoformat(value) if value is not None else None


# ---- from the family's records to fields ---------------------------------------------------
UidOf = Callable[[str], str]
"""A local id (of a member or a network member) -> its uid."""


def member_fields(m: Member) -> dict[str, Any]:
    out: dict[str, Any] = {"id": m.id}
    for name in FIELDS["member"]:
        if name != "id":
            value = getattr(m, name)
            out[name] = _day(value) if name in ("birth_date", "expected_on") else value
    return out


def network_fields(n: NetworkMember, member_uid: UidOf) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in FIELDS["network"]:
        value = getattr(n, name)
        if name in ("since", "until"):
            value = _day(value)
        elif name == "mentor_of" and value is not None:
            value = member_uid(value)
        out[name] = value
    return out


def event_fields(e: Event, network_uid: UidOf) -> dict[str, Any]:
    return {
        "date": e.date.isoformat(),
        "type": e.type,
        "title": e.title,
        "description": e.description,
        "involved": [network_uid(x) for x in e.involved],
        "barriers": list(e.barriers),
        "enablers": list(e.enablers),
        "planned": e.planned,
    }


def goal_fields(g: Goal) -> dict[str, Any]:
    return {"title": g.title, "status": g.status}


def action_fields(a: Action, goal_uid: str) -> dict[str, Any]:
    return {
        "goal": goal_uid,
        "title": a.title,
        "owner": a.owner,
        "due_on": _day(a.due_on),
        "status": a.status,
    }


def reflection_fields(r: Reflection) -> dict[str, Any]:
    return {"date": r.date.isoformat(), "text": r.text, "share_for_learning": r.share_for_learning}


def contacts_value(
    contacts: tuple[ContactAssignment, ...], network_uid: UidOf
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for c in contacts:
        value: dict[str, Any] = {
            "role": c.role,
            "network": network_uid(c.network_id),
            "from": c.start.isoformat(),
            "until": _day(c.until),
        }
        value.update({k: getattr(c, k) for k in sorted(CONTACT_NOTES) if getattr(c, k) is not None})
        out.append(value)
    return out


# ---- from fields back to records -----------------------------------------------------------
IdOf = Callable[[str], str | None]
"""A uid -> the local id it has in the merged family (None: not there)."""


def member_from(f: Mapping[str, Any]) -> Member:
    values: dict[str, Any] = {k: f.get(k) for k in FIELDS["member"]}
    values["birth_date"] = _to_day(values["birth_date"])
    values["expected_on"] = _to_day(values["expected_on"])
    return Member(**values)


def network_from(f: Mapping[str, Any], member_id: IdOf) -> NetworkMember:
    values: dict[str, Any] = {k: f.get(k) for k in FIELDS["network"]}
    values["since"] = _to_day(values["since"])
    values["until"] = _to_day(values["until"])
    if values["mentor_of"] is not None:
        values["mentor_of"] = member_id(values["mentor_of"])
    values["strength"] = values["strength"] or "normal"
    return NetworkMember(**values)


def event_from(f: Mapping[str, Any], network_id: IdOf) -> Event:
    involved = (network_id(x) for x in f.get("involved") or ())
    return Event(
        date=date.fromisoformat(f["date"]),
        type=f["type"],
        title=f["title"],
        description=f.get("description"),
        involved=tuple(dict.fromkeys(x for x in involved if x is not None)),
        barriers=tuple(f.get("barriers") or ()),
        enablers=tuple(f.get("enablers") or ()),
        planned=bool(f.get("planned")),
    )


def goal_from(f: Mapping[str, Any], actions: tuple[Action, ...]) -> Goal:
    return Goal(title=f["title"], status=f["status"], actions=actions)


def action_from(f: Mapping[str, Any]) -> Action:
    return Action(
        title=f["title"], owner=f.get("owner"), due_on=_to_day(f.get("due_on")), status=f["status"]
    )


def reflection_from(f: Mapping[str, Any]) -> Reflection:
    return Reflection(
        date=date.fromisoformat(f["date"]),
        text=f["text"],
        share_for_learning=bool(f.get("share_for_learning")),
    )


def contacts_from(value: Any, network_id: IdOf) -> tuple[ContactAssignment, ...]:
    out = []
    for c in value or ():
        local = network_id(c["network"])
        if local is None:
            continue
        out.append(
            ContactAssignment(
                role=c["role"],
                network_id=local,
                start=date.fromisoformat(c["from"]),
                until=_to_day(c["until"]),
                reason=c.get("reason"),
                warm_handover=c.get("warm_handover"),
                note=c.get("note"),
            )
        )
    return tuple(out)
