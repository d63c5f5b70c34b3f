"""What the learning export keeps in the profile: the reflection texts the user approved."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Connection, Table, delete, insert, select

from veldwerk.store import audit
from veldwerk.store.models import ReflectionApprovalRow, ReflectionRow

approvals_t: Table = ReflectionApprovalRow.__table__  # type: ignore[assignment]
reflections_t: Table = ReflectionRow.__table__  # type: ignore[assignment]


class LearningRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def approved_digests(self) -> frozenset[str]:
        return frozenset(self.conn.execute(select(approvals_t.c.digest)).scalars())

    def approve(self, reflection_id: int, digest: str) -> None:
        exists = self.conn.execute(
            select(reflections_t.c.id).where(reflections_t.c.id == reflection_id)
        ).scalar()
        if exists is None:
            raise LookupError(reflection_id)
        self.conn.execute(delete(approvals_t).where(approvals_t.c.reflection_id == reflection_id))
        self.conn.execute(
            insert(approvals_t).values(
                reflection_id=reflection_id,
                digest=digest,
                approved_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )
        audit.record(self.conn, "update", "reflection_approvals", reflection_id, ["digest"])

    def revoke(self, reflection_id: int) -> None:
        self.conn.execute(delete(approvals_t).where(approvals_t.c.reflection_id == reflection_id))
        audit.record(self.conn, "delete", "reflection_approvals", reflection_id)
