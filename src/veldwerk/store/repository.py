"""Reading and writing families in the store, through SQLAlchemy Core on one connection that the
caller's unit of work owns. Every write records an audit entry (fields, never values); the
search index keeps in step through its own triggers (`store.search_index`). Rules are not
checked here: that is the service layer's job."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, CursorResult, Table, delete, func, insert, select, update

from veldwerk.domain import model
from veldwerk.domain.model import Family, FamilySummary
from veldwerk.domain.search import build_match
from veldwerk.store import audit, bulk_rows, mapping, search_index, summaries
from veldwerk.store.models import (
    ActionRow,
    ContactRow,
    EventRow,
    FamilyRow,
    GoalRow,
    MemberRow,
    NetworkRow,
    ReflectionRow,
)

families_t: Table = FamilyRow.__table__  # type: ignore[assignment]
members_t: Table = MemberRow.__table__  # type: ignore[assignment]
network_t: Table = NetworkRow.__table__  # type: ignore[assignment]
contacts_t: Table = ContactRow.__table__  # type: ignore[assignment]
events_t: Table = EventRow.__table__  # type: ignore[assignment]
goals_t: Table = GoalRow.__table__  # type: ignore[assignment]
actions_t: Table = ActionRow.__table__  # type: ignore[assignment]
reflections_t: Table = ReflectionRow.__table__  # type: ignore[assignment]

CHILD_TABLES: tuple[Table, ...] = (
    members_t,
    network_t,
    contacts_t,
    events_t,
    goals_t,
    reflections_t,
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _contact_row(values: dict[str, Any]) -> dict[str, Any]:
    row = dict(values)
    row["from"] = row.pop("start")
    return row


def _inserted_id(result: CursorResult[Any]) -> int:
    """The primary key of the row an INSERT just made."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


class FamilyRepository:
    """All family reads and writes, on the caller's connection and transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # ---- ids -------------------------------------------------------------------------------
    def id_of(self, ref: str) -> int | None:
        return self.conn.execute(select(families_t.c.id).where(families_t.c.ref == ref)).scalar()

    def all_ids(self) -> list[int]:
        return list(self.conn.execute(select(families_t.c.id).order_by(families_t.c.id)).scalars())

    def count(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(families_t)).scalar() or 0)

    # ---- bulk insert (import) ----------------------------------------------------------------
    def insert_families(
        self, families: Sequence[Family], on_progress: Callable[[int], None] | None = None
    ) -> list[int]:
        """Insert whole families with Core executemany, in chunks; returns their ids in order."""
        ids: list[int] = []
        chunk = 100
        for start in range(0, len(families), chunk):
            part = families[start : start + chunk]
            now = _now()
            new_ids = [
                row.id
                for row in self.conn.execute(
                    insert(families_t).returning(families_t.c.id, sort_by_parameter_order=True),
                    [{**mapping.family_values(f), "updated_at": now} for f in part],
                )
            ]
            self._insert_children(list(zip(new_ids, part, strict=True)))
            audit.record_many(self.conn, [("import", "families", fid, ()) for fid in new_ids])
            ids.extend(new_ids)
            if on_progress is not None:
                on_progress(len(ids))
        return ids

    def _insert_children(self, pairs: list[tuple[int, Family]]) -> None:
        members, network, contacts, events, reflections = [], [], [], [], []
        goal_rows: list[dict[str, Any]] = []
        goal_actions: list[tuple[model.Action, ...]] = []
        for fid, f in pairs:
            members += [
                {"family_id": fid, "position": i, **mapping.member_values(m)}
                for i, m in enumerate(f.members)
            ]
            network += [
                {"family_id": fid, "position": i, **mapping.network_values(n)}
                for i, n in enumerate(f.network)
            ]
            contacts += [
                {"family_id": fid, "position": i, **_contact_row(mapping.contact_values(c))}
                for i, c in enumerate(f.contacts)
            ]
            ordered = sorted(f.journey, key=lambda e: e.date)
            events += [
                {"family_id": fid, "position": i, **mapping.event_values(e)}
                for i, e in enumerate(ordered)
            ]
            reflections += [
                {"family_id": fid, "position": i, **mapping.reflection_values(r)}
                for i, r in enumerate(f.reflections)
            ]
            for i, g in enumerate(f.goals):
                goal_rows.append({"family_id": fid, "position": i, **mapping.goal_values(g)})
                goal_actions.append(g.actions)
        for table, rows in (
            (members_t, members),
            (network_t, network),
            (contacts_t, contacts),
            (events_t, events),
            (reflections_t, reflections),
        ):
            if rows:
                self.conn.execute(insert(table), rows)
        if goal_rows:
            goal_ids = [
                r.id
                for r in self.conn.execute(
                    insert(goals_t).returning(goals_t.c.id, sort_by_parameter_order=True),
                    goal_rows,
                )
            ]
            actions = [
                {"goal_id": gid, "position": i, **mapping.action_values(a)}
                for gid, acts in zip(goal_ids, goal_actions, strict=True)
                for i, a in enumerate(acts)
            ]
            if actions:
                self.conn.execute(insert(actions_t), actions)

    # ---- reading -----------------------------------------------------------------------------
    def load(self, family_id: int) -> Family | None:
        """The whole family with all its records, journey ordered by date."""
        c = self.conn
        row = c.execute(select(families_t).where(families_t.c.id == family_id)).one_or_none()
        if row is None:
            return None

        def rows(table: Table, *order: Any) -> list[Any]:
            return list(
                c.execute(
                    select(table)
                    .where(table.c.family_id == family_id)
                    .order_by(*(order or (table.c.position,)))
                )
            )

        goal_rows = rows(goals_t)
        actions_by_goal: dict[int, list[model.Action]] = defaultdict(list)
        if goal_rows:
            for a in c.execute(
                select(actions_t)
                .where(actions_t.c.goal_id.in_([g.id for g in goal_rows]))
                .order_by(actions_t.c.position)
            ):
                actions_by_goal[a.goal_id].append(mapping.action_from(a))
        return mapping.family_from(
            row,
            members=rows(members_t),
            network=rows(network_t),
            contacts=rows(contacts_t),
            events=rows(events_t, events_t.c.date, events_t.c.position, events_t.c.id),
            goals=[mapping.goal_from(g, tuple(actions_by_goal[g.id])) for g in goal_rows],
            reflections=rows(reflections_t),
        )

    def load_all(self) -> list[Family]:
        """Every family with all its records, in one query per table (exports, learning data)."""
        c = self.conn

        def grouped(table: Table, key: str = "family_id", *order: Any) -> dict[int, list[Any]]:
            out: dict[int, list[Any]] = defaultdict(list)
            for r in c.execute(select(table).order_by(*(order or (table.c.position,)))):
                out[getattr(r, key)].append(r)
            return out

        members = grouped(members_t)
        network = grouped(network_t)
        contacts = grouped(contacts_t)
        events = grouped(
            events_t,
            "family_id",
            events_t.c.family_id,
            events_t.c.date,
            events_t.c.position,
            events_t.c.id,
        )
        goals = grouped(goals_t)
        actions = grouped(actions_t, "goal_id")
        reflections = grouped(reflections_t)
        return [
            mapping.family_from(
                row,
                members=members[row.id],
                network=network[row.id],
                contacts=contacts[row.id],
                events=events[row.id],
                goals=[
                    mapping.goal_from(g, tuple(mapping.action_from(a) for a in actions[g.id]))
                    for g in goals[row.id]
                ],
                reflections=reflections[row.id],
            )
            for row in c.execute(select(families_t).order_by(families_t.c.id))
        ]

    def summaries(self, today: date, ids: Iterable[int] | None = None) -> list[FamilySummary]:
        """One row per family for the family list, sorted by last contact (newest first)."""
        return summaries.family_summaries(self.conn, today, ids)

    def search(self, query: str) -> list[int]:
        """Ids of families with a record (the family, a member, network member, journey step,
        goal, action or reflection) that has words starting with every word of `query`
        (diacritics and case ignored); every family for a query without words."""
        match = build_match(query).match
        if match is None:
            return self.all_ids()
        return search_index.family_ids(self.conn, match)

    # ---- writing single records --------------------------------------------------------------
    def update_family(self, family_id: int, family: Family) -> list[str]:
        """Store the family's own fields; returns the names of the fields that changed."""
        values = mapping.family_values(family)
        changed = self._update(families_t, family_id, values, "families")
        if changed:
            self.conn.execute(
                update(families_t).where(families_t.c.id == family_id).values(updated_at=_now())
            )
        return changed

    def _update(self, table: Table, key: int, values: dict[str, Any], name: str) -> list[str]:
        old = self.conn.execute(select(table).where(table.c.id == key)).one_or_none()
        if old is None:
            raise LookupError(key)
        old_map = old._mapping
        changed = [k for k, v in values.items() if old_map[k] != v]
        if changed:
            self.conn.execute(
                update(table).where(table.c.id == key).values({k: values[k] for k in changed})
            )
            audit.record(self.conn, "update", name, key, changed)
        return changed

    def _save_child(
        self, table: Table, family_id: int, key: int | None, values: dict[str, Any]
    ) -> int:
        if key is None:
            pos = self.conn.execute(
                select(func.coalesce(func.max(table.c.position), -1) + 1).where(
                    table.c.family_id == family_id
                )
            ).scalar()
            new_id = _inserted_id(
                self.conn.execute(insert(table).values(family_id=family_id, position=pos, **values))
            )
            audit.record(self.conn, "insert", table.name, new_id, values.keys())
            key = new_id
        else:
            owner = self.conn.execute(select(table.c.family_id).where(table.c.id == key)).scalar()
            if owner != family_id:
                raise LookupError(key)
            self._update(table, key, values, table.name)
        self._touch(family_id)
        return key

    def insert_records(self, family_id: int, kind: str, items: Sequence[Any]) -> list[int]:
        """Add many new records of `kind` (``member``, ``network``, ``event`` or
        ``reflection``) to a family at once, after those it has; their new keys, in order."""
        keys = bulk_rows.insert_records(self.conn, family_id, kind, items)
        if keys:
            self._touch(family_id)
        return keys

    def _delete_child(self, table: Table, family_id: int, key: int) -> None:
        result = self.conn.execute(
            delete(table).where(table.c.id == key).where(table.c.family_id == family_id)
        )
        if result.rowcount != 1:
            raise LookupError(key)
        audit.record(self.conn, "delete", table.name, key)
        self._touch(family_id)

    def _touch(self, family_id: int) -> None:
        self.conn.execute(
            update(families_t).where(families_t.c.id == family_id).values(updated_at=_now())
        )

    def save_member(self, family_id: int, m: model.Member) -> int:
        return self._save_child(members_t, family_id, m.key, mapping.member_values(m))

    def delete_member(self, family_id: int, key: int) -> None:
        self._delete_child(members_t, family_id, key)

    def save_network_member(self, family_id: int, n: model.NetworkMember) -> int:
        return self._save_child(network_t, family_id, n.key, mapping.network_values(n))

    def delete_network_member(self, family_id: int, key: int) -> None:
        self._delete_child(network_t, family_id, key)

    def save_contact(self, family_id: int, c: model.ContactAssignment) -> int:
        return self._save_child(
            contacts_t, family_id, c.key, _contact_row(mapping.contact_values(c))
        )

    def delete_contact(self, family_id: int, key: int) -> None:
        self._delete_child(contacts_t, family_id, key)

    def save_event(self, family_id: int, e: model.Event) -> int:
        return self._save_child(events_t, family_id, e.key, mapping.event_values(e))

    def delete_event(self, family_id: int, key: int) -> None:
        self._delete_child(events_t, family_id, key)

    def save_reflection(self, family_id: int, r: model.Reflection) -> int:
        return self._save_child(reflections_t, family_id, r.key, mapping.reflection_values(r))

    def delete_reflection(self, family_id: int, key: int) -> None:
        self._delete_child(reflections_t, family_id, key)

    def save_goal(self, family_id: int, g: model.Goal) -> int:
        """Saves the goal and makes its stored actions exactly `g.actions`."""
        key = self._save_child(goals_t, family_id, g.key, mapping.goal_values(g))
        keep = {a.key for a in g.actions if a.key is not None}
        stored = {
            r[0]
            for r in self.conn.execute(select(actions_t.c.id).where(actions_t.c.goal_id == key))
        }
        for gone in stored - keep:
            self.conn.execute(delete(actions_t).where(actions_t.c.id == gone))
            audit.record(self.conn, "delete", "actions", gone)
        for i, a in enumerate(g.actions):
            values = {**mapping.action_values(a), "position": i}
            if a.key is None or a.key not in stored:
                new_id = _inserted_id(
                    self.conn.execute(insert(actions_t).values(goal_id=key, **values))
                )
                audit.record(self.conn, "insert", "actions", new_id, values.keys())
            else:
                self._update(actions_t, a.key, values, "actions")
        return key

    def delete_goal(self, family_id: int, key: int) -> None:
        self._delete_child(goals_t, family_id, key)

    # ---- whole families ----------------------------------------------------------------------
    def erase(self, family_id: int, *, why: Mapping[str, str] | None = None) -> None:
        """Remove the family and everything about it; the audit log keeps only that a family was
        erased (with `why`, the tombstone's reason code and date, `domain.retention`). The search
        index's triggers remove its rows (FTS5 secure-delete: no term stays behind in the
        index's pages)."""
        self.conn.execute(delete(families_t).where(families_t.c.id == family_id))
        audit.record(self.conn, "erase", "families", family_id, detail=why)
