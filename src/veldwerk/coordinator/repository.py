"""Reading and writing the coordinator database. Every function takes an open connection; the
caller owns the transaction. Inserts that may meet a row another coordinator just wrote use
``ON CONFLICT DO NOTHING`` (SQLite and PostgreSQL both have it)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Insert, Table, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from veldwerk.coordinator import tables as t
from veldwerk.coordinator.bulk import cycle_collector_paused
from veldwerk.coordinator.facts import FamilyFacts, facts_from_json
from veldwerk.coordinator.newest import Candidate, Known
from veldwerk.coordinator.verify import FamilyRow


def _now() -> datetime:
    return datetime.now(UTC)


def _insert_ignoring_conflicts(conn: Connection, table: Table) -> Insert:
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    raise NotImplementedError(f"database {conn.dialect.name} is not supported")


# --- files already dealt with --------------------------------------------------------------


def file_statuses(conn: Connection) -> dict[str, tuple[str, str | None, str | None]]:
    """sha256 -> (status, reason, detail) of every file dealt with before."""
    rows = conn.execute(select(t.files.c.sha256, t.files.c.status, t.files.c.reason,
                               t.files.c.detail))
    return {r.sha256: (r.status, r.reason, r.detail) for r in rows}


def remember_files(conn: Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Record files as dealt with (``sha256``, ``status`` and optionally ``reason``,
    ``detail``, ``installation_id``, ``sequence``); a hash already recorded is left as it is."""
    now = _now()
    values = [
        {"reason": None, "detail": None, "installation_id": None, "sequence": None,
         **row, "seen": now}
        for row in rows
    ]
    if values:
        conn.execute(_insert_ignoring_conflicts(conn, t.files), values)


# --- installations --------------------------------------------------------------------------


def lock_installation(conn: Connection, installation_id: str, first_use_key: str) -> Known:
    """The installation's row, created (tied to `first_use_key`, nothing stored yet) when it is
    new, and locked until the transaction ends, so no other coordinator changes it meanwhile."""
    now = _now()
    conn.execute(
        _insert_ignoring_conflicts(conn, t.installations),
        {"installation_id": installation_id, "public_key": first_use_key, "sequence": 0,
         "first_seen": now, "updated": now},
    )
    query = select(t.installations.c.public_key, t.installations.c.sequence).where(
        t.installations.c.installation_id == installation_id)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).one()
    return Known(public_key=row.public_key, sequence=row.sequence)


def replace_families(conn: Connection, bundle: Candidate, region: str,
                     families: Sequence[FamilyRow]) -> None:
    """Make `bundle` the installation's kept bundle: its families replace the stored ones."""
    conn.execute(delete(t.family_facts).where(
        t.family_facts.c.installation_id == bundle.installation_id))
    if families:
        conn.execute(t.family_facts.insert(), [
            {"installation_id": bundle.installation_id, "pseudonym": pseudonym,
             "region": region, "opened_quarter": quarter, "facts": facts}
            for pseudonym, region, quarter, facts in families
        ])
    conn.execute(
        update(t.installations)
        .where(t.installations.c.installation_id == bundle.installation_id)
        .values(sequence=bundle.sequence, region=region, bundle_sha256=bundle.sha256,
                created=bundle.created, updated=_now())
    )


# --- what the outputs read ------------------------------------------------------------------


def load_families(conn: Connection) -> list[FamilyFacts]:
    """Every kept family's facts, in a stable order."""
    c = t.family_facts.c
    rows = conn.execute(
        select(c.installation_id, c.pseudonym, c.region, c.opened_quarter, c.facts)
        .order_by(c.installation_id, c.pseudonym)
    )
    with cycle_collector_paused():
        return [facts_from_json(*row) for row in rows]


def totals(conn: Connection) -> tuple[int, int]:
    """(installations with a kept bundle, families kept)."""
    installations = conn.execute(
        select(func.count()).select_from(t.installations).where(t.installations.c.sequence > 0)
    ).scalar_one()
    families = conn.execute(select(func.count()).select_from(t.family_facts)).scalar_one()
    return int(installations), int(families)


def installation_keys(conn: Connection) -> dict[str, tuple[str, int]]:
    """installation id -> (public key it is tied to, kept sequence)."""
    rows = conn.execute(select(t.installations.c.installation_id, t.installations.c.public_key,
                               t.installations.c.sequence))
    return {r.installation_id: (r.public_key, r.sequence) for r in rows}
