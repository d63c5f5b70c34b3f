"""The enrolments and the waiting list in the coordinator database. Every function takes an
open connection; the caller owns the transaction (as in `repository.py`)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, delete, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from veldwerk.coordinator import tables as t
from veldwerk.coordinator.enrolment import Claim, Enrolment, WaitingRow


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    """SQLite gives naive datetimes back; they were written in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


_E = t.enrolments.c
_ENROLMENT_COLUMNS = (_E.installation_id, _E.region, _E.fingerprint, _E.enrolled_at)


def load_enrolments(conn: Connection) -> dict[str, Enrolment]:
    """Every enrolment, by installation id."""
    rows = conn.execute(select(*_ENROLMENT_COLUMNS).order_by(_E.installation_id))
    return {r.installation_id: _enrolment(r) for r in rows}


def load_enrolment(conn: Connection, installation_id: str) -> Enrolment | None:
    row = conn.execute(
        select(*_ENROLMENT_COLUMNS).where(_E.installation_id == installation_id)
    ).first()
    return None if row is None else _enrolment(row)


def _enrolment(row: Any) -> Enrolment:
    return Enrolment(row.installation_id, row.region, row.fingerprint, _aware(row.enrolled_at))


def load_waiting(conn: Connection, installation_id: str | None = None) -> list[WaitingRow]:
    c = t.waiting.c
    query = select(c.installation_id, c.fingerprint, c.region, c.first_seen, c.last_seen)
    if installation_id is not None:
        query = query.where(c.installation_id == installation_id)
    return [
        WaitingRow(
            r.installation_id, r.fingerprint, r.region, _aware(r.first_seen), _aware(r.last_seen)
        )
        for r in conn.execute(query.order_by(c.installation_id, c.first_seen, c.fingerprint))
    ]


def record_claims(conn: Connection, claims: Iterable[Claim]) -> None:
    """Add each claim to the waiting list, or bring its row up to date (the region claimed
    last, when it was last seen); when it was first seen is kept."""
    now = _now()
    values = {
        (c.installation_id, c.fingerprint): {
            "installation_id": c.installation_id,
            "fingerprint": c.fingerprint,
            "region": c.region,
            "first_seen": now,
            "last_seen": now,
        }
        for c in claims
    }
    if not values:
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    insert = dialect.insert(t.waiting)
    statement = insert.on_conflict_do_update(
        index_elements=["installation_id", "fingerprint"],
        set_={"region": insert.excluded.region, "last_seen": insert.excluded.last_seen},
    )
    conn.execute(statement, list(values.values()))


def settle(conn: Connection, keys: Iterable[tuple[str, str]]) -> None:
    """Remove these (installation id, fingerprint) rows from the waiting list (looked up
    first: usually none of them is there, and one look-up per 500 ids is cheap)."""
    wanted = set(keys)
    c = t.waiting.c
    ids = sorted({i for i, _ in wanted})
    present: set[tuple[str, str]] = set()
    for start in range(0, len(ids), 500):
        query = select(c.installation_id, c.fingerprint).where(
            c.installation_id.in_(ids[start : start + 500])
        )
        present |= {(r.installation_id, r.fingerprint) for r in conn.execute(query)}
    pairs = sorted(wanted & present)
    for start in range(0, len(pairs), 200):
        chunk = pairs[start : start + 200]
        conn.execute(
            delete(t.waiting).where(
                or_(*(and_(c.installation_id == i, c.fingerprint == f) for i, f in chunk))
            )
        )


def forget_installation(conn: Connection, installation_id: str) -> None:
    """Remove what is stored of an installation (its kept families, its row, the record of its
    collected files), so nothing of it counts and its bundles are read again next time."""
    conn.execute(delete(t.family_facts).where(t.family_facts.c.installation_id == installation_id))
    conn.execute(
        delete(t.installations).where(t.installations.c.installation_id == installation_id)
    )
    conn.execute(delete(t.files).where(t.files.c.installation_id == installation_id))


def enrol(conn: Connection, installation_id: str, region: str, fingerprint: str) -> Enrolment:
    """Enrol (or enrol again) an installation in `region` with the key of `fingerprint`. When
    the region or the key changes, what was stored of it is forgotten (the next collection
    reads its bundles again under the new enrolment). Its waiting row for that key goes."""
    existing = load_enrolment(conn, installation_id)
    if existing is not None and (existing.region, existing.fingerprint) == (region, fingerprint):
        return existing
    forget_installation(conn, installation_id)
    conn.execute(delete(t.enrolments).where(t.enrolments.c.installation_id == installation_id))
    enrolment = Enrolment(installation_id, region, fingerprint, _now())
    conn.execute(
        t.enrolments.insert().values(
            installation_id=installation_id,
            region=region,
            fingerprint=fingerprint,
            enrolled_at=enrolment.enrolled_at,
        )
    )
    settle(conn, [(installation_id, fingerprint)])
    return enrolment


def revoke(conn: Connection, installation_id: str) -> bool:
    """End an enrolment: nothing of the installation counts from now on. False when it was not
    enrolled."""
    if load_enrolment(conn, installation_id) is None:
        return False
    forget_installation(conn, installation_id)
    conn.execute(delete(t.enrolments).where(t.enrolments.c.installation_id == installation_id))
    return True
