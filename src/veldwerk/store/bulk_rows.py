"""Many new records of one kind added to one family in a single statement (a merged shared
family brings a thousand steps at once), each audited, placed after those the family has."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

from veldwerk.store import audit, mapping
from veldwerk.store.models import EventRow, MemberRow, NetworkRow, ReflectionRow

_BULK: Mapping[str, tuple[Table, Callable[[Any], dict[str, Any]]]] = {
    "member": (MemberRow.__table__, mapping.member_values),  # type: ignore[dict-item]
    "network": (NetworkRow.__table__, mapping.network_values),  # type: ignore[dict-item]
    "event": (EventRow.__table__, mapping.event_values),  # type: ignore[dict-item]
    "reflection": (ReflectionRow.__table__, mapping.reflection_values),  # type: ignore[dict-item]
}


def insert_records(conn: Connection, family_id: int, kind: str, items: Sequence[Any]) -> list[int]:
    """Insert `items` (domain records of `kind`) into the family; their new keys, in order."""
    if not items:
        return []
    table, values = _BULK[kind]
    start = int(
        conn.execute(
            select(func.coalesce(func.max(table.c.position), -1) + 1).where(
                table.c.family_id == family_id
            )
        ).scalar()
        or 0
    )
    rows = [
        {"family_id": family_id, "position": start + i, **values(item)}
        for i, item in enumerate(items)
    ]
    keys = [
        r.id
        for r in conn.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
        )
    ]
    fields = tuple(rows[0].keys())
    audit.record_many(conn, [("insert", table.name, k, fields) for k in keys])
    return keys
