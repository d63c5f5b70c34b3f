"""Writing the case file (spec/case-file.md): exactly the spec's field names and order.

`dump_case_file` returns bytes and writes nothing: a case file holds identifiable data, and where
it goes (only where a user asks explicitly) is the caller's decision.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from veldwerk.domain.model import (
    Action,
    ContactAssignment,
    Event,
    Family,
    Goal,
    Member,
    NetworkMember,
    Reflection,
)

__all__ = ["CASE_FILE_FORMAT", "CASE_FILE_VERSION", "case_file_document", "dump_case_file"]

CASE_FILE_FORMAT = "veldwerk-case-file"
CASE_FILE_VERSION = 1


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _member(m: Member) -> dict[str, Any]:
    return {
        "id": m.id,
        "role": m.role,
        "given_name": m.given_name,
        "family_name": m.family_name,
        "birth_date": _day(m.birth_date),
        "expected_on": _day(m.expected_on),
        "phone": m.phone,
        "email": m.email,
        "address": m.address,
        "notes": m.notes,
    }


def _network_member(n: NetworkMember) -> dict[str, Any]:
    return {
        "id": n.id,
        "kind": n.kind,
        "name": n.name,
        "relation": n.relation,
        "mentor_of": n.mentor_of,
        "organisation": n.organisation,
        "profession": n.profession,
        "phone": n.phone,
        "email": n.email,
        "strength": n.strength,
        "since": _day(n.since),
        "until": _day(n.until),
    }


def _contact(c: ContactAssignment) -> dict[str, Any]:
    return {
        "role": c.role,
        "network_id": c.network_id,
        "from": _day(c.start),
        "until": _day(c.until),
    }


def _event(e: Event) -> dict[str, Any]:
    return {
        "date": _day(e.date),
        "type": e.type,
        "title": e.title,
        "description": e.description,
        "involved": list(e.involved),
        "barriers": list(e.barriers),
        "enablers": list(e.enablers),
    }


def _action(a: Action) -> dict[str, Any]:
    return {"title": a.title, "owner": a.owner, "due_on": _day(a.due_on), "status": a.status}


def _goal(g: Goal) -> dict[str, Any]:
    return {"title": g.title, "status": g.status, "actions": [_action(a) for a in g.actions]}


def _reflection(r: Reflection) -> dict[str, Any]:
    return {"date": _day(r.date), "text": r.text, "share_for_learning": r.share_for_learning}


def _family(f: Family) -> dict[str, Any]:
    return {
        "ref": f.ref,
        "name": f.name,
        "municipality": f.municipality,
        "status": f.status,
        "opened_on": _day(f.opened_on),
        "closed_on": _day(f.closed_on),
        "due_date": _day(f.due_date),
        "vulnerabilities": list(f.vulnerabilities),
        "learning_consent": f.learning_consent,
        "members": [_member(m) for m in f.members],
        "network": [_network_member(n) for n in f.network],
        "contacts": [_contact(c) for c in f.contacts],
        "journey": [_event(e) for e in f.journey],
        "plan": {"goals": [_goal(g) for g in f.goals]},
        "reflections": [_reflection(r) for r in f.reflections],
    }


def case_file_document(families: Iterable[Family]) -> dict[str, Any]:
    """The case file as JSON-ready data: the spec's field names in its order, None for null,
    records in the order of the families' tuples. The store's `key`s are never written."""
    return {
        "format": CASE_FILE_FORMAT,
        "version": CASE_FILE_VERSION,
        "families": [_family(f) for f in families],
    }


def dump_case_file(families: Iterable[Family]) -> bytes:
    """The case file as UTF-8 JSON, indented by 2, non-ASCII kept as is, ending in a newline."""
    text = json.dumps(case_file_document(families), indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")
