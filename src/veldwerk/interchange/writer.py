"""Writing the case file (spec/case-file.md): exactly the spec's field names and order.

`dump_case_file` returns bytes and writes nothing: a case file holds identifiable data, and where
it goes (only where a user asks explicitly) is the caller's decision.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from veldwerk.domain.model import FAMILY_DETAILS, ContactAssignment, Family, Goal

__all__ = ["CASE_FILE_FORMAT", "CASE_FILE_VERSION", "case_file_document", "dump_case_file"]

CASE_FILE_FORMAT = "veldwerk-case-file"
CASE_FILE_VERSION = 1


MEMBER_FIELDS = (
    "id",
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
    "id",
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
EVENT_FIELDS = ("date", "type", "title", "description", "involved", "barriers", "enablers")
ACTION_FIELDS = ("title", "owner", "due_on", "status")
REFLECTION_FIELDS = ("date", "text", "share_for_learning")
"""Each record's fields in the spec's order, named as in the domain and in the file."""


def _plain(value: Any) -> Any:
    """A field's value as JSON: a date as ``YYYY-MM-DD``, a tuple as a list."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _fields(record: Any, names: Sequence[str]) -> dict[str, Any]:
    return {name: _plain(getattr(record, name)) for name in names}


def _contact(c: ContactAssignment) -> dict[str, Any]:
    return {
        "role": c.role,
        "network_id": c.network_id,
        "from": _plain(c.start),
        "until": _plain(c.until),
    }


def _goal(g: Goal) -> dict[str, Any]:
    return {
        "title": g.title,
        "status": g.status,
        "actions": [_fields(a, ACTION_FIELDS) for a in g.actions],
    }


def _family(f: Family) -> dict[str, Any]:
    return {
        **_fields(f, FAMILY_DETAILS),
        "members": [_fields(m, MEMBER_FIELDS) for m in f.members],
        "network": [_fields(n, NETWORK_FIELDS) for n in f.network],
        "contacts": [_contact(c) for c in f.contacts],
        "journey": [_fields(e, EVENT_FIELDS) for e in f.journey],
        "plan": {"goals": [_goal(g) for g in f.goals]},
        "reflections": [_fields(r, REFLECTION_FIELDS) for r in f.reflections],
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
