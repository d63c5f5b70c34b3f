"""Reading and writing drafts (migration 0007) on the caller's connection. The rules (what a
draft is, its bounds, when it is stale) are `domain.drafts`' and `services.drafts`'; this module
only stores. A draft is not a record of the case: it is not written to the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Table, delete, insert, select, update

from veldwerk.store.models import (
    DraftRow,
    EventRow,
    FamilyRow,
    GoalRow,
    MemberRow,
    NetworkRow,
    ReflectionRow,
)

drafts_t: Table = DraftRow.__table__  # type: ignore[assignment]
families_t: Table = FamilyRow.__table__  # type: ignore[assignment]
_COLLECTIONS: dict[str, Table] = {
    "members": MemberRow.__table__,  # type: ignore[dict-item]
    "network": NetworkRow.__table__,  # type: ignore[dict-item]
    "journey": EventRow.__table__,  # type: ignore[dict-item]
    "goals": GoalRow.__table__,  # type: ignore[dict-item]
    "reflections": ReflectionRow.__table__,  # type: ignore[dict-item]
}


@dataclass(frozen=True)
class StoredDraft:
    """One row, with the family's reference and name (None for a new family's draft)."""

    slot: str
    kind: str
    family_key: int | None
    record_key: int | None
    payload: str
    updated_at: datetime
    family_ref: str | None
    family_name: str | None


class DraftsRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def put(
        self,
        slot: str,
        kind: str,
        family_key: int | None,
        record_key: int | None,
        payload: str,
        now: datetime,
    ) -> None:
        """Keep `payload` in `slot`, replacing what was there."""
        changed = self.conn.execute(
            update(drafts_t).where(drafts_t.c.slot == slot).values(payload=payload, updated_at=now)
        ).rowcount
        if not changed:
            self.conn.execute(
                insert(drafts_t).values(
                    slot=slot,
                    kind=kind,
                    family_id=family_key,
                    record_key=record_key,
                    payload=payload,
                    updated_at=now,
                )
            )

    def remove(self, slot: str) -> bool:
        return bool(self.conn.execute(delete(drafts_t).where(drafts_t.c.slot == slot)).rowcount)

    def all(self) -> list[StoredDraft]:
        """Every draft, the newest first."""
        rows = self.conn.execute(
            select(
                drafts_t.c.slot,
                drafts_t.c.kind,
                drafts_t.c.family_id,
                drafts_t.c.record_key,
                drafts_t.c.payload,
                drafts_t.c.updated_at,
                families_t.c.ref,
                families_t.c.name,
            )
            .select_from(drafts_t.outerjoin(families_t, families_t.c.id == drafts_t.c.family_id))
            .order_by(drafts_t.c.updated_at.desc(), drafts_t.c.id.desc())
        )
        return [StoredDraft(*row) for row in rows]

    def count(self) -> int:
        return len(self.conn.execute(select(drafts_t.c.id)).all())

    def record_exists(self, collection: str, family_key: int, record_key: int) -> bool:
        """Whether record `record_key` of family `family_key` is still in `collection`."""
        table = _COLLECTIONS[collection]
        found = self.conn.execute(
            select(table.c.id).where(table.c.id == record_key, table.c.family_id == family_key)
        ).first()
        return found is not None
