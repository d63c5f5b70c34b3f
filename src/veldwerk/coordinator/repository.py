"""Reading and writing the coordinator database. Every function takes an open connection; the
caller owns the transaction. Inserts that may meet a row another coordinator just wrote use
``ON CONFLICT DO NOTHING`` (SQLite and PostgreSQL both have it)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Insert, Table, bindparam, delete, func, select, update
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
    rows = conn.execute(
        select(t.files.c.sha256, t.files.c.status, t.files.c.reason, t.files.c.detail)
    )
    return {r.sha256: (r.status, r.reason, r.detail) for r in rows}


def remember_files(conn: Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Record files as dealt with (``sha256``, ``status`` and optionally ``reason``,
    ``detail``, ``installation_id``, ``sequence``); a hash already recorded is left as it is."""
    now = _now()
    values = [
        {
            "reason": None,
            "detail": None,
            "installation_id": None,
            "sequence": None,
            **row,
            "seen": now,
        }
        for row in rows
    ]
    if values:
        conn.execute(_insert_ignoring_conflicts(conn, t.files), values)


# --- installations --------------------------------------------------------------------------


def lock_installations(conn: Connection, first_use_keys: dict[str, str]) -> dict[str, Known]:
    """The rows of these installations, each created when new (tied to its enrolled key,
    nothing stored yet), and locked until the transaction ends, so no other coordinator
    changes them meanwhile. Rows are created and locked in id order: two coordinators never
    wait on each other in a circle."""
    now = _now()
    ids = sorted(first_use_keys)
    conn.execute(
        _insert_ignoring_conflicts(conn, t.installations),
        [
            {
                "installation_id": i,
                "public_key": first_use_keys[i],
                "sequence": 0,
                "first_seen": now,
                "updated": now,
            }
            for i in ids
        ],
    )
    c = t.installations.c
    query = (
        select(c.installation_id, c.public_key, c.sequence)
        .where(c.installation_id.in_(ids))
        .order_by(c.installation_id)
    )
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    return {r.installation_id: Known(r.public_key, r.sequence) for r in conn.execute(query)}


def replace_families(
    conn: Connection,
    kept: Sequence[tuple[Candidate, str, Sequence[FamilyRow]]],
    *,
    stored: Sequence[str] = (),
) -> None:
    """Make each (bundle, region, families) its installation's kept bundle: its families replace
    the stored ones. `stored` names the installations that have families stored now (the others
    have none to delete)."""
    if stored:
        conn.execute(
            delete(t.family_facts).where(t.family_facts.c.installation_id.in_(sorted(stored)))
        )
    rows = [
        {
            "installation_id": bundle.installation_id,
            "pseudonym": pseudonym,
            "region": f_region,
            "opened_quarter": quarter,
            "facts": facts,
        }
        for bundle, _region, families in kept
        for pseudonym, f_region, quarter, facts in families
    ]
    if rows:
        conn.execute(t.family_facts.insert(), rows)
    if kept:
        c = t.installations.c
        conn.execute(
            update(t.installations)
            .where(c.installation_id == bindparam("b_id"))
            .values(
                sequence=bindparam("b_sequence"),
                region=bindparam("b_region"),
                bundle_sha256=bindparam("b_sha256"),
                created=bindparam("b_created"),
                updated=bindparam("b_updated"),
            ),
            [
                {
                    "b_id": b.installation_id,
                    "b_sequence": b.sequence,
                    "b_region": region,
                    "b_sha256": b.sha256,
                    "b_created": b.created,
                    "b_updated": _now(),
                }
                for b, region, _ in kept
            ],
        )


# --- what the outputs read ------------------------------------------------------------------


def load_families(conn: Connection) -> list[FamilyFacts]:
    """Every kept family's facts, in a stable order."""
    c = t.family_facts.c
    rows = conn.execute(
        select(c.installation_id, c.pseudonym, c.region, c.opened_quarter, c.facts).order_by(
            c.installation_id, c.pseudonym
        )
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
