"""Reading and writing what this profile keeps of shared families (migration 0003), on the
caller's connection. Rules are the services' (`services.team*`) and the domain's; this module
only stores."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update

from veldwerk.domain.model import ContactAssignment, NetworkMember
from veldwerk.store import audit, mapping
from veldwerk.store.models import (
    ActionRow,
    ColleagueRow,
    ContactRow,
    EventRow,
    GoalRow,
    MemberRow,
    NetworkRow,
    ReflectionRow,
    SharedFamilyRow,
    TeamFileRow,
    TeamForwardRow,
    TeamLinkRow,
    TeamOpRow,
    TeamPeerRow,
    TeamRecordRow,
    TeamStateRow,
)

colleagues_t: Table = ColleagueRow.__table__  # type: ignore[assignment]
links_t: Table = TeamLinkRow.__table__  # type: ignore[assignment]
shared_t: Table = SharedFamilyRow.__table__  # type: ignore[assignment]
records_t: Table = TeamRecordRow.__table__  # type: ignore[assignment]
ops_t: Table = TeamOpRow.__table__  # type: ignore[assignment]
peers_t: Table = TeamPeerRow.__table__  # type: ignore[assignment]
forward_t: Table = TeamForwardRow.__table__  # type: ignore[assignment]
files_t: Table = TeamFileRow.__table__  # type: ignore[assignment]
state_t: Table = TeamStateRow.__table__  # type: ignore[assignment]
contacts_t: Table = ContactRow.__table__  # type: ignore[assignment]
network_t: Table = NetworkRow.__table__  # type: ignore[assignment]
_CHUNK = 500
WAITING = "waiting:"
_ORDERED: Mapping[str, Table] = {
    "member": MemberRow.__table__,  # type: ignore[dict-item]
    "network": network_t,
    "contact": contacts_t,
    "event": EventRow.__table__,  # type: ignore[dict-item]
    "goal": GoalRow.__table__,  # type: ignore[dict-item]
    "action": ActionRow.__table__,  # type: ignore[dict-item]
    "reflection": ReflectionRow.__table__,  # type: ignore[dict-item]
}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class StoredColleague:
    device_id: str
    name: str
    organisation: str
    signing_key: bytes
    exchange_key: bytes
    removed: bool


@dataclass(frozen=True)
class SharedFamily:
    tag: str
    family_id: int | None
    state: str
    origin: str


class TeamRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # ---- colleagues --------------------------------------------------------------------------
    def colleagues(self) -> list[StoredColleague]:
        return [
            StoredColleague(
                r.device_id,
                r.name,
                r.organisation,
                bytes(r.signing_key),
                bytes(r.exchange_key),
                r.removed_at is not None,
            )
            for r in self.conn.execute(select(colleagues_t).order_by(colleagues_t.c.name))
        ]

    def save_colleague(
        self, device_id: str, name: str, organisation: str, signing: bytes, exchange: bytes
    ) -> None:
        """Add the colleague, or take them back in with what their card says now."""
        values = {
            "name": name,
            "organisation": organisation,
            "signing_key": signing,
            "exchange_key": exchange,
            "removed_at": None,
        }
        exists = self.conn.execute(
            select(colleagues_t.c.device_id).where(colleagues_t.c.device_id == device_id)
        ).scalar()
        if exists is None:
            self.conn.execute(
                insert(colleagues_t).values(device_id=device_id, added_at=_now(), **values)
            )
        else:
            self.conn.execute(
                update(colleagues_t).where(colleagues_t.c.device_id == device_id).values(values)
            )
        audit.record(self.conn, "update", "team_colleagues", None, ["name", "organisation"])

    def remove_colleague(self, device_id: str) -> None:
        self.conn.execute(
            update(colleagues_t)
            .where(colleagues_t.c.device_id == device_id)
            .values(removed_at=_now())
        )
        audit.record(self.conn, "update", "team_colleagues", None, ["removed_at"])

    # ---- explicit links ----------------------------------------------------------------------
    def links(self, family_ids: Iterable[int] | None = None) -> dict[int, dict[str, str]]:
        """family id -> {network id: device id}."""
        q = select(links_t)
        if family_ids is not None:
            q = q.where(links_t.c.family_id.in_(list(family_ids)))
        out: dict[int, dict[str, str]] = defaultdict(dict)
        for r in self.conn.execute(q):
            out[r.family_id][r.network_id] = r.device_id
        return out

    def set_link(self, family_id: int, network_id: str, device_id: str | None) -> None:
        self.conn.execute(
            delete(links_t)
            .where(links_t.c.family_id == family_id)
            .where(links_t.c.network_id == network_id)
        )
        if device_id is not None:
            self.conn.execute(
                insert(links_t).values(
                    family_id=family_id, network_id=network_id, device_id=device_id
                )
            )
        audit.record(self.conn, "update", "team_links", family_id, ["device_id"])

    # ---- shared families ---------------------------------------------------------------------
    def shared(self, state: str | None = "shared") -> list[SharedFamily]:
        q = select(shared_t).order_by(shared_t.c.tag)
        if state is not None:
            q = q.where(shared_t.c.state == state)
        return [SharedFamily(r.tag, r.family_id, r.state, r.origin) for r in self.conn.execute(q)]

    def shared_one(
        self, *, tag: str | None = None, family_id: int | None = None
    ) -> SharedFamily | None:
        q = select(shared_t)
        q = q.where(shared_t.c.tag == tag) if tag is not None else q
        q = q.where(shared_t.c.family_id == family_id) if family_id is not None else q
        r = self.conn.execute(q).one_or_none()
        return SharedFamily(r.tag, r.family_id, r.state, r.origin) if r is not None else None

    def add_shared(self, tag: str, family_id: int | None, origin: str) -> None:
        self.conn.execute(
            insert(shared_t).values(
                tag=tag, family_id=family_id, state="shared", origin=origin, shared_at=_now()
            )
        )
        audit.record(self.conn, "insert", "team_families", family_id, ["tag"])

    def reopen_shared(self, tag: str, origin: str) -> None:
        """A family revoked here is shared with this profile again (by `origin`)."""
        self.conn.execute(
            update(shared_t)
            .where(shared_t.c.tag == tag)
            .values(family_id=None, state="shared", origin=origin, shared_at=_now())
        )
        audit.record(self.conn, "update", "team_families", None, ["state"])

    def waiting_tags(self) -> list[str]:
        """Shared families whose merged state waits to be stored (`WAITING` + tag in the
        team state)."""
        rows = self.conn.execute(select(state_t.c.key).where(state_t.c.key.like(WAITING + "%")))
        return [key[len(WAITING) :] for key in rows.scalars()]

    def move_shared(self, tag: str, family_id: int | None, state: str = "shared") -> None:
        """The shared family `tag` is now the family `family_id` (None: not here)."""
        self.conn.execute(
            update(shared_t).where(shared_t.c.tag == tag).values(family_id=family_id, state=state)
        )
        audit.record(self.conn, "update", "team_families", family_id, ["family_id", "state"])

    def forget_family(self, tag: str, state: str) -> None:
        """Everything kept of the shared family but its name and `state` (erased, revoked):
        its ops, uids, peers and ops to pass on, and its links."""
        found = self.shared_one(tag=tag)
        if found is not None and found.family_id is not None:
            self.conn.execute(delete(links_t).where(links_t.c.family_id == found.family_id))
        for table in (ops_t, records_t, peers_t, forward_t):
            self.conn.execute(delete(table).where(table.c.tag == tag))
        self.move_shared(tag, None, state)

    def forget_links(self, family_id: int) -> None:
        self.conn.execute(delete(links_t).where(links_t.c.family_id == family_id))

    def put_links(self, family_id: int, links: Mapping[str, str]) -> None:
        if links:
            self.conn.execute(
                insert(links_t),
                [
                    {"family_id": family_id, "network_id": n, "device_id": d}
                    for n, d in sorted(links.items())
                ],
            )

    # ---- uids of records ---------------------------------------------------------------------
    def uids(self, tag: str) -> dict[tuple[str, int], str]:
        return {
            (r.kind, r.row_key): r.uid
            for r in self.conn.execute(select(records_t).where(records_t.c.tag == tag))
        }

    def set_uids(self, tag: str, uids: Mapping[tuple[str, int], str]) -> None:
        self.conn.execute(delete(records_t).where(records_t.c.tag == tag))
        rows = [{"tag": tag, "uid": u, "kind": k, "row_key": key} for (k, key), u in uids.items()]
        for start in range(0, len(rows), _CHUNK):
            self.conn.execute(insert(records_t), rows[start : start + _CHUNK])

    # ---- ops ---------------------------------------------------------------------------------
    def op_bodies(self, tag: str) -> list[str]:
        return list(
            self.conn.execute(
                select(ops_t.c.body).where(ops_t.c.tag == tag).order_by(ops_t.c.id)
            ).scalars()
        )

    def known_op_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = list(ids)
        found: set[str] = set()
        for start in range(0, len(wanted), _CHUNK):
            part = wanted[start : start + _CHUNK]
            found |= set(
                self.conn.execute(select(ops_t.c.id).where(ops_t.c.id.in_(part))).scalars()
            )
        return found

    def add_ops(self, tag: str, ops: Iterable[tuple[str, str]], *, unsent: bool) -> None:
        """Store ops (id, JSON body) that are not stored yet (the caller checked)."""
        rows = [{"id": i, "tag": tag, "body": b, "unsent": unsent} for i, b in ops]
        for start in range(0, len(rows), _CHUNK):
            self.conn.execute(insert(ops_t), rows[start : start + _CHUNK])

    def unsent(self) -> dict[str, list[tuple[str, str]]]:
        """tag -> [(op id, body)] of the ops made here and not yet sent."""
        out: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for r in self.conn.execute(
            select(ops_t.c.tag, ops_t.c.id, ops_t.c.body)
            .where(ops_t.c.unsent.is_(True))
            .order_by(ops_t.c.id)
        ):
            out[r.tag].append((r.id, r.body))
        return out

    def tags_unsent(self) -> set[str]:
        """The shared families with ops made here and not yet sent."""
        return set(
            self.conn.execute(
                select(ops_t.c.tag).where(ops_t.c.unsent.is_(True)).distinct()
            ).scalars()
        )

    def mark_sent(self, tag: str) -> None:
        self.conn.execute(
            update(ops_t)
            .where(ops_t.c.tag == tag)
            .where(ops_t.c.unsent.is_(True))
            .values(unsent=False)
        )

    def ops_by_id(self, ids: Iterable[str]) -> list[tuple[str, str]]:
        wanted = list(ids)
        out: list[tuple[str, str]] = []
        for start in range(0, len(wanted), _CHUNK):
            part = wanted[start : start + _CHUNK]
            out += [
                (r.id, r.body)
                for r in self.conn.execute(
                    select(ops_t.c.id, ops_t.c.body).where(ops_t.c.id.in_(part))
                )
            ]
        return sorted(out)

    # ---- who has it, what to pass on ---------------------------------------------------------
    def peers(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for r in self.conn.execute(select(peers_t)):
            out[r.tag].add(r.device_id)
        return out

    def add_peers(self, tag: str, devices: Iterable[str]) -> None:
        have = self.peers().get(tag, set())
        rows = [{"tag": tag, "device_id": d} for d in sorted(set(devices) - have)]
        if rows:
            self.conn.execute(insert(peers_t), rows)

    def remove_peer(self, tag: str, device: str) -> None:
        self.conn.execute(
            delete(peers_t).where(peers_t.c.tag == tag).where(peers_t.c.device_id == device)
        )

    def add_forward(self, tag: str, device: str, op_ids: Iterable[str]) -> None:
        have = set(
            self.conn.execute(
                select(forward_t.c.op_id)
                .where(forward_t.c.tag == tag)
                .where(forward_t.c.device_id == device)
            ).scalars()
        )
        rows = [{"tag": tag, "device_id": device, "op_id": o} for o in sorted(set(op_ids) - have)]
        for start in range(0, len(rows), _CHUNK):
            self.conn.execute(insert(forward_t), rows[start : start + _CHUNK])

    def forwards(self) -> dict[tuple[str, str], list[str]]:
        out: dict[tuple[str, str], list[str]] = defaultdict(list)
        for r in self.conn.execute(select(forward_t).order_by(forward_t.c.op_id)):
            out[(r.tag, r.device_id)].append(r.op_id)
        return out

    def clear_forward(self, tag: str, device: str) -> None:
        self.conn.execute(
            delete(forward_t).where(forward_t.c.tag == tag).where(forward_t.c.device_id == device)
        )

    # ---- files read --------------------------------------------------------------------------
    def files_read(self) -> set[tuple[str, str]]:
        return {(r.device_id, r.name) for r in self.conn.execute(select(files_t))}

    def mark_read(self, rows: Iterable[tuple[str, str, str]]) -> None:
        values = [{"device_id": d, "name": n, "outcome": o} for d, n, o in rows]
        for start in range(0, len(values), _CHUNK):
            self.conn.execute(insert(files_t), values[start : start + _CHUNK])

    # ---- state -------------------------------------------------------------------------------
    def state(self, key: str) -> str | None:
        return self.conn.execute(select(state_t.c.value).where(state_t.c.key == key)).scalar()

    def drop_state(self, key: str) -> None:
        self.conn.execute(delete(state_t).where(state_t.c.key == key))

    def set_state(self, key: str, value: str) -> None:
        if self.state(key) is None:
            self.conn.execute(insert(state_t).values(key=key, value=value))
        else:
            self.conn.execute(update(state_t).where(state_t.c.key == key).values(value=value))

    # ---- what decides who receives -------------------------------------------------------------
    def roles_of(
        self, family_ids: Iterable[int]
    ) -> dict[int, tuple[list[ContactAssignment], list[NetworkMember]]]:
        """family id -> (its contact assignments, its network), in their stored order: what
        `domain.team.recipients` needs, without loading whole families."""
        wanted = list(family_ids)
        out: dict[int, tuple[list[ContactAssignment], list[NetworkMember]]] = {
            fid: ([], []) for fid in wanted
        }
        if not wanted:
            return out
        for r in self.conn.execute(
            select(contacts_t)
            .where(contacts_t.c.family_id.in_(wanted))
            .order_by(contacts_t.c.position, contacts_t.c.id)
        ):
            out[r.family_id][0].append(mapping.contact_from(r))
        for r in self.conn.execute(
            select(network_t)
            .where(network_t.c.family_id.in_(wanted))
            .order_by(network_t.c.position, network_t.c.id)
        ):
            out[r.family_id][1].append(mapping.network_from(r))
        return out

    def count_ops(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(ops_t)).scalar() or 0)

    # ---- the order of a merged family's records ---------------------------------------------
    def set_positions(self, kind: str, keys: Iterable[int]) -> None:
        """Put the rows of `kind` (their keys, in the merged family's order) in that order."""
        table = _ORDERED[kind]
        rows = [{"k": key, "p": i} for i, key in enumerate(keys)]
        if rows:
            self.conn.execute(
                update(table).where(table.c.id == bindparam("k")).values(position=bindparam("p")),
                rows,
            )

    def action_keys(self, goal_key: int) -> list[int]:
        table = _ORDERED["action"]
        return list(
            self.conn.execute(
                select(table.c.id).where(table.c.goal_id == goal_key).order_by(table.c.position)
            ).scalars()
        )
