"""What the learning export keeps in the profile: the reflection texts the user approved."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select

from veldwerk.store import audit
from veldwerk.store.models import (
    ActionRow,
    FamilyRow,
    GoalRow,
    MemberRow,
    NetworkRow,
    ReflectionApprovalRow,
    ReflectionRow,
)

approvals_t: Table = ReflectionApprovalRow.__table__  # type: ignore[assignment]
reflections_t: Table = ReflectionRow.__table__  # type: ignore[assignment]
families_t: Table = FamilyRow.__table__  # type: ignore[assignment]
members_t: Table = MemberRow.__table__  # type: ignore[assignment]
network_t: Table = NetworkRow.__table__  # type: ignore[assignment]
actions_t: Table = ActionRow.__table__  # type: ignore[assignment]
goals_t: Table = GoalRow.__table__  # type: ignore[assignment]

IDENTIFYING_COLUMNS: tuple[tuple[Table, tuple[str, ...]], ...] = (
    (families_t, ("name", "municipality", "ref")),
    (members_t, ("given_name", "family_name", "phone", "email", "address")),
    (network_t, ("name", "organisation", "phone", "email")),
    (actions_t, ("owner",)),
)
"""The columns of `learning.record.identifying_values`, read without loading whole families
(tests/services/test_services_waiting_reflections.py keeps the two the same)."""


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

    def identifying_values(self) -> list[str]:
        """Every non-empty value of `IDENTIFYING_COLUMNS` in the profile."""
        out: list[str] = []
        for table, columns in IDENTIFYING_COLUMNS:
            for row in self.conn.execute(select(*(table.c[c] for c in columns))):
                out += [v for v in row if v]
        return out

    def family_stamps(self) -> dict[int, Any]:
        """Every family's id and the time it last changed (any record of it: `_touch`)."""
        return {
            int(r.id): r.updated_at
            for r in self.conn.execute(select(families_t.c.id, families_t.c.updated_at))
        }

    def identifying_values_of(self, family_ids: list[int]) -> dict[int, list[str]]:
        """The values of `identifying_values` of the families `family_ids`, per family."""
        out: dict[int, list[str]] = {fid: [] for fid in family_ids}
        for start in range(0, len(family_ids), 900):
            ids = family_ids[start : start + 900]
            for table, columns in IDENTIFYING_COLUMNS:
                cols = [table.c[c] for c in columns]
                if table is families_t:
                    query = select(families_t.c.id, *cols).where(families_t.c.id.in_(ids))
                elif table is actions_t:
                    query = (
                        select(goals_t.c.family_id, *cols)
                        .join(goals_t, goals_t.c.id == actions_t.c.goal_id)
                        .where(goals_t.c.family_id.in_(ids))
                    )
                else:
                    query = select(table.c.family_id, *cols).where(table.c.family_id.in_(ids))
                for row in self.conn.execute(query):
                    out[int(row[0])] += [v for v in row[1:] if v]
        return out

    def shared_reflections(self, consent: str) -> list[Any]:
        """Reflections marked for sharing of families whose consent is `consent`, each with
        its family's ref and name, oldest first per family (rows: ref, name, id, date, text)."""
        return list(
            self.conn.execute(
                select(
                    families_t.c.ref,
                    families_t.c.name,
                    reflections_t.c.id,
                    reflections_t.c.date,
                    reflections_t.c.text,
                )
                .join(families_t, families_t.c.id == reflections_t.c.family_id)
                .where(
                    reflections_t.c.share_for_learning.is_(True),
                    families_t.c.learning_consent == consent,
                )
                .order_by(families_t.c.id, reflections_t.c.date, reflections_t.c.position)
            )
        )
