"""The audit log: every change records when, which record and which fields changed (never the
values), in the encrypted store. Entries are hash-chained, and the chain's head (count and last
hash) is kept beside it, so a changed, inserted or removed entry is found by `verify`.

An entry may carry a `detail` (a small JSON object without personal data): the tombstone of an
erasure keeps its reason code and, for a parent's request, the date asked (`record(...,
detail=)`). An entry without detail is hashed exactly as before the detail existed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlalchemy import Connection, Table, insert, select

from veldwerk.store.models import AuditRow, SecretRow

GENESIS = "0" * 64
HEAD_SECRET = "audit_head"
_audit: Table = AuditRow.__table__  # type: ignore[assignment]
_secrets: Table = SecretRow.__table__  # type: ignore[assignment]


def _digest(
    prev: str,
    at: str,
    action: str,
    table: str,
    record_id: int | None,
    fields: str,
    detail: str | None = None,
) -> str:
    parts: list[object] = [prev, at, action, table, record_id, fields]
    if detail is not None:
        parts.append(detail)
    payload = json.dumps(parts, separators=(",", ":"))
    return hashlib.sha256(payload.encode()).hexdigest()


def _head(conn: Connection) -> tuple[int, str]:
    value = conn.execute(select(_secrets.c.value).where(_secrets.c.name == HEAD_SECRET)).scalar()
    if value is None:
        return 0, GENESIS
    count, last = value.decode().split(":")
    return int(count), last


def head(conn: Connection) -> tuple[int, str]:
    """The chain's head: how many entries, and the last one's hash. Every change to the
    families is logged, so an unchanged head means unchanged families (the agenda keeps what it
    worked out until the head moves)."""
    return _head(conn)


def _set_head(conn: Connection, count: int, last: str, existed: bool) -> None:
    value = f"{count}:{last}".encode()
    if existed:
        conn.execute(_secrets.update().where(_secrets.c.name == HEAD_SECRET).values(value=value))
    else:
        conn.execute(insert(_secrets).values(name=HEAD_SECRET, value=value))


def record(
    conn: Connection,
    action: str,
    table: str,
    record_id: int | None,
    fields: Iterable[str] = (),
    *,
    detail: Mapping[str, str] | None = None,
) -> None:
    """Append one entry (inside the caller's write transaction); `detail`: codes and dates only,
    never personal data (a tombstone's reason)."""
    record_many(conn, [(action, table, record_id, tuple(fields))], detail=detail)


def record_many(
    conn: Connection,
    entries: Iterable[tuple[str, str, int | None, tuple[str, ...]]],
    *,
    detail: Mapping[str, str] | None = None,
) -> None:
    count, prev = _head(conn)
    existed = count > 0 or prev != GENESIS
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    rows = []
    detail_text = json.dumps(dict(detail), sort_keys=True) if detail else None
    for action, table, record_id, fields in entries:
        field_text = json.dumps(sorted(fields))
        digest = _digest(prev, at, action, table, record_id, field_text, detail_text)
        rows.append(
            {
                "at": at,
                "action": action,
                "table_name": table,
                "record_id": record_id,
                "fields": field_text,
                "detail": detail_text,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if not rows:
        return
    conn.execute(insert(_audit), rows)
    _set_head(conn, count + len(rows), prev, existed)


def verify(conn: Connection) -> list[str]:
    """Problems found in the chain (empty when intact); texts hold ids, never personal data."""
    problems: list[str] = []
    prev = GENESIS
    n = 0
    for row in conn.execute(select(_audit).order_by(_audit.c.id)):
        n += 1
        if row.prev_hash != prev:
            problems.append(f"audit entry {row.id}: does not follow the entry before it")
        expected = _digest(
            row.prev_hash, row.at, row.action, row.table_name, row.record_id, row.fields, row.detail
        )
        if row.hash != expected:
            problems.append(f"audit entry {row.id}: its content was changed")
        prev = row.hash
    count, last = _head(conn)
    if (count, last) != (n, prev):
        problems.append(f"audit log: {count} entries expected, {n} found, or the last was removed")
    return problems


def erasures(conn: Connection) -> list[tuple[str, str, dict[str, str]]]:
    """Every erasure's tombstone, oldest first: (when, which table, its detail or {})."""
    rows = conn.execute(
        select(_audit.c.at, _audit.c.table_name, _audit.c.detail)
        .where(_audit.c.action == "erase")
        .order_by(_audit.c.id)
    )
    return [(r.at, r.table_name, json.loads(r.detail) if r.detail else {}) for r in rows]
