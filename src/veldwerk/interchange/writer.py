"""Writing the case file (spec/case-file.md): exactly the spec's field names and order.

`dump_case_file` returns bytes and writes nothing: a case file holds identifiable data, and where
it goes (only where a user asks explicitly) is the caller's decision.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any

from veldwerk.domain.model import EXTENSION_FIELDS, FAMILY_DETAILS, Family

__all__ = ["CASE_FILE_FORMAT", "CASE_FILE_VERSION", "case_file_document", "dump_case_file"]

CASE_FILE_FORMAT = "veldwerk-case-file"
CASE_FILE_VERSION = 1


def _plain(value: Any) -> Any:
    """A value as JSON: a date as ``YYYY-MM-DD``, a tuple as a list, a record as an object."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return _record(value)
    return value


OMITTED_WHEN_FALSE = frozenset({"planned"})
"""Extensions of the spec written only when they say something (`planned: true`), so a file
without planned steps is exactly what version 1 of the spec describes."""


def _record(record: Any, **renamed: str) -> dict[str, Any]:
    """A record (member, network member, contact, event, goal, action, reflection) as the file
    has it: its fields in the domain's order, which is the spec's, without the store's `key`;
    `renamed` gives a field the file names otherwise (a contact's `start` is ``from``)."""
    return {
        renamed.get(f.name, f.name): _plain(getattr(record, f.name))
        for f in fields(record)
        if f.name != "key" and not _unset_extension(f.name, getattr(record, f.name))
    }


def _unset_extension(name: str, value: Any) -> bool:
    """A field beyond the spec without a value is left out, so that a family that uses no
    extension is written exactly as the spec has it (docs/case-file-extensions.md)."""
    return (name in EXTENSION_FIELDS and value is None) or (
        name in OMITTED_WHEN_FALSE and not value
    )


def _family(f: Family) -> dict[str, Any]:
    return {
        **{
            name: _plain(getattr(f, name))
            for name in FAMILY_DETAILS
            if not _unset_extension(name, getattr(f, name))
        },
        "members": _plain(f.members),
        "network": _plain(f.network),
        "contacts": [_record(c, start="from") for c in f.contacts],
        "journey": _plain(f.journey),
        "plan": {"goals": _plain(f.goals)},
        "reflections": _plain(f.reflections),
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
