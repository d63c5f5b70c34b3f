"""The access log (issue 15, NEN 7513): who viewed, changed, printed, saved, exported, shared or
received which family, when, from which device, acting for whom, and whether in an emergency.
It holds record kinds and ids, never values; people are named once, in `access_actors`, and an
entry holds their id.

The hash chain is per family, with a global head, so that erasing one family's entries stays
verifiable (docs/access-log.md):

- each family has a chain (`access_chains`: how many entries, the last hash); each entry's hash
  covers the hash before it, its place (`seq`), every field and the actors it names;
- the global head (a secret of the profile) is the hash over every chain's id, family, count,
  last hash and erasure mark, so a chain removed, added or changed shows;
- erasing a family deletes its entries and its family id from its chain, but the chain's count
  and last hash stay, marked erased: a digest, no personal data. `verify` then wants no entries
  left for it.

The same action repeated by the same person on the same records within a minute is one entry
with a count (`COALESCE_SECONDS`): its last time, count and hash are updated in place (it is the
chain's last entry, so no later hash depends on it).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Row, Table, delete, insert, select, update

from veldwerk.store.models import AccessActorRow, AccessChainRow, AccessEntryRow, SecretRow

GENESIS = "0" * 64
HEAD_SECRET = "access_head"
COALESCE_SECONDS = 60
SAME: tuple[str, ...] = ("action", "kind", "record_ids", "actor_id", "contact_role")
SAME += ("for_actor_id", "party_id", "device_id", "emergency")
"""An entry is counted into the last one when these are the same."""
_actors: Table = AccessActorRow.__table__  # type: ignore[assignment]
_chains: Table = AccessChainRow.__table__  # type: ignore[assignment]
_log: Table = AccessEntryRow.__table__  # type: ignore[assignment]
_secrets: Table = SecretRow.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class Actor:
    """A person as the log names them: name, role (job role, or "" when not known), their
    organisation and their device's id ("" for someone who is not a known colleague)."""

    name: str
    role: str
    organisation: str
    device_id: str

    def parts(self) -> list[str]:
        return [self.name, self.role, self.organisation, self.device_id]


@dataclass(frozen=True)
class NewEntry:
    family_id: int
    action: str
    kind: str
    record_ids: tuple[int, ...]
    actor: Actor
    contact_role: str
    """the actor's contact role in the family now: primary, backup or none"""
    device_id: str
    emergency: bool = False
    acting_for: Actor | None = None
    party: Actor | None = None
    """to whom it was shared, or from whom it was received"""


@dataclass(frozen=True)
class StoredEntry:
    id: int
    seq: int
    first_at: datetime
    last_at: datetime
    count: int
    action: str
    kind: str
    record_ids: tuple[int, ...]
    actor: Actor
    contact_role: str
    device_id: str
    emergency: bool
    acting_for: Actor | None
    party: Actor | None


def _now() -> datetime:
    return datetime.now(UTC)


def _text(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def _digest(prev: str, chain: int, row: dict[str, object], actors: dict[int, Actor]) -> str:
    parts = [
        prev,
        chain,
        row["seq"],
        row["first_at"],
        row["last_at"],
        row["count"],
        row["action"],
        row["kind"],
        row["record_ids"],
        _who(actors, row["actor_id"]),
        row["contact_role"],
        _who(actors, row["for_actor_id"]),
        _who(actors, row["party_id"]),
        row["device_id"],
        bool(row["emergency"]),
    ]
    payload = json.dumps(parts, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def _who(actors: dict[int, Actor], actor_id: object) -> list[str] | None:
    if not isinstance(actor_id, int):
        return None
    found = actors.get(actor_id)
    return found.parts() if found is not None else ["?", str(actor_id)]


class AccessRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # ---- actors --------------------------------------------------------------------------
    def _actors(self) -> dict[int, Actor]:
        return {
            r.id: Actor(r.name, r.role, r.organisation, r.device_id)
            for r in self.conn.execute(select(_actors))
        }

    def _actor_id(self, actor: Actor | None, known: dict[int, Actor]) -> int | None:
        if actor is None:
            return None
        for key, value in known.items():
            if value == actor:
                return key
        new_id = self.conn.execute(
            insert(_actors).values(
                name=actor.name,
                role=actor.role,
                organisation=actor.organisation,
                device_id=actor.device_id,
            )
        ).inserted_primary_key
        assert new_id is not None
        known[int(new_id[0])] = actor
        return int(new_id[0])

    # ---- writing -------------------------------------------------------------------------
    def record(self, entries: Iterable[NewEntry], at: datetime | None = None) -> None:
        """Append each entry to its family's chain, or count it into the chain's last entry
        when that is the same action by the same person on the same records less than a
        minute ago."""
        todo = list(entries)
        if not todo:
            return
        moment = at or _now()
        when = _text(moment)
        known = self._actors()
        chains = {r.family_id: r for r in self.conn.execute(select(_chains))}
        for entry in todo:
            chain = chains.get(entry.family_id)
            if chain is None:
                chain_id = self.conn.execute(
                    insert(_chains).values(family_id=entry.family_id, entries=0, head=GENESIS)
                ).inserted_primary_key
                assert chain_id is not None
                chain = self.conn.execute(
                    select(_chains).where(_chains.c.id == int(chain_id[0]))
                ).one()
            row: dict[str, object] = {
                "chain_id": chain.id,
                "seq": chain.entries + 1,
                "first_at": when,
                "last_at": when,
                "count": 1,
                "action": entry.action,
                "kind": entry.kind,
                "record_ids": json.dumps(sorted(entry.record_ids)),
                "actor_id": self._actor_id(entry.actor, known),
                "contact_role": entry.contact_role,
                "for_actor_id": self._actor_id(entry.acting_for, known),
                "party_id": self._actor_id(entry.party, known),
                "device_id": entry.device_id,
                "emergency": entry.emergency,
            }
            last = self._last(chain.id, chain.entries)
            same = SAME
            if last is not None and all(last[k] == row[k] for k in same):
                first = datetime.fromisoformat(str(last["first_at"]))
                if timedelta(0) <= moment - first < timedelta(seconds=COALESCE_SECONDS):
                    row.update(seq=last["seq"], first_at=last["first_at"])
                    row["count"] = int(str(last["count"])) + 1
                    digest = _digest(str(last["prev_hash"]), chain.id, row, known)
                    self.conn.execute(
                        update(_log)
                        .where(_log.c.id == last["id"])
                        .values(last_at=when, count=row["count"], hash=digest)
                    )
                    self._set_chain(chain.id, chain.entries, digest)
                    chains[entry.family_id] = self._chain(chain.id)
                    continue
            digest = _digest(chain.head, chain.id, row, known)
            self.conn.execute(insert(_log).values(**row, prev_hash=chain.head, hash=digest))
            self._set_chain(chain.id, chain.entries + 1, digest)
            chains[entry.family_id] = self._chain(chain.id)
        self._set_global_head()

    def _last(self, chain_id: int, seq: int) -> dict[str, object] | None:
        found = self.conn.execute(
            select(_log).where(_log.c.chain_id == chain_id, _log.c.seq == seq)
        ).first()
        return dict(found._mapping) if found is not None else None

    def _chain(self, chain_id: int) -> Row[Any]:
        return self.conn.execute(select(_chains).where(_chains.c.id == chain_id)).one()

    def _set_chain(self, chain_id: int, entries: int, head: str) -> None:
        self.conn.execute(
            update(_chains).where(_chains.c.id == chain_id).values(entries=entries, head=head)
        )

    def _set_global_head(self) -> None:
        value = global_head(self.conn).encode()
        exists = self.conn.execute(
            select(_secrets.c.name).where(_secrets.c.name == HEAD_SECRET)
        ).first()
        if exists:
            self.conn.execute(
                update(_secrets).where(_secrets.c.name == HEAD_SECRET).values(value=value)
            )
        else:
            self.conn.execute(insert(_secrets).values(name=HEAD_SECRET, value=value))

    def erase_family(self, family_id: int) -> None:
        """Delete the family's entries; its chain keeps only its count and last hash, marked
        erased (no family id). Actors no entry names any more are deleted too."""
        chain = self.conn.execute(select(_chains).where(_chains.c.family_id == family_id)).first()
        if chain is None:
            return
        self.conn.execute(delete(_log).where(_log.c.chain_id == chain.id))
        self.conn.execute(
            update(_chains)
            .where(_chains.c.id == chain.id)
            .values(family_id=None, erased_at=_text(_now()))
        )
        used: set[int] = set()
        for r in self.conn.execute(select(_log.c.actor_id, _log.c.for_actor_id, _log.c.party_id)):
            used.update(x for x in r if x is not None)
        self.conn.execute(delete(_actors).where(_actors.c.id.not_in(used)))
        self._set_global_head()

    def move(self, old_family_id: int, new_family_id: int) -> None:
        """The family was stored anew under another id (a replacing import): its chain follows."""
        if old_family_id == new_family_id:
            return
        self.conn.execute(
            update(_chains)
            .where(_chains.c.family_id == old_family_id)
            .values(family_id=new_family_id)
        )
        self._set_global_head()

    # ---- reading -------------------------------------------------------------------------
    def entries(self, family_id: int) -> list[StoredEntry]:
        """The family's entries in time order (oldest first)."""
        chain = self.conn.execute(select(_chains).where(_chains.c.family_id == family_id)).first()
        if chain is None:
            return []
        actors = self._actors()
        rows = self.conn.execute(
            select(_log).where(_log.c.chain_id == chain.id).order_by(_log.c.seq)
        )
        return [
            StoredEntry(
                r.id,
                r.seq,
                datetime.fromisoformat(r.first_at),
                datetime.fromisoformat(r.last_at),
                r._mapping["count"],
                r.action,
                r.kind,
                tuple(json.loads(r.record_ids)),
                actors[r.actor_id],
                r.contact_role,
                r.device_id,
                bool(r.emergency),
                actors.get(r.for_actor_id) if r.for_actor_id is not None else None,
                actors.get(r.party_id) if r.party_id is not None else None,
            )
            for r in rows
        ]


def global_head(conn: Connection) -> str:
    rows = [
        [r.id, r.family_id, r.entries, r.head, r.erased_at is not None]
        for r in conn.execute(select(_chains).order_by(_chains.c.id))
    ]
    return hashlib.sha256(json.dumps(rows, separators=(",", ":")).encode()).hexdigest()


def verify(conn: Connection) -> list[str]:
    """Problems found in the access log (empty when intact); texts hold ids, never names."""
    problems: list[str] = []
    stored = conn.execute(select(_secrets.c.value).where(_secrets.c.name == HEAD_SECRET)).scalar()
    chains = {r.id: r for r in conn.execute(select(_chains))}
    if (stored.decode() if stored else None) != (global_head(conn) if chains else None):
        problems.append("access log: the list of family chains was changed")
    actors = {
        r.id: Actor(r.name, r.role, r.organisation, r.device_id)
        for r in conn.execute(select(_actors))
    }
    by_chain: dict[int, list[dict[str, object]]] = {}
    for r in conn.execute(select(_log).order_by(_log.c.chain_id, _log.c.seq)):
        by_chain.setdefault(r.chain_id, []).append(dict(r._mapping))
    for chain_id in sorted(set(by_chain) - set(chains)):
        problems.append(f"access log: entries of an unknown chain {chain_id}")
    for chain_id, chain in sorted(chains.items()):
        problems += _verify_chain(chain_id, chain, by_chain.get(chain_id, []), actors)
    return problems


def _verify_chain(
    chain_id: int, chain: Row[Any], rows: Sequence[dict[str, object]], actors: dict[int, Actor]
) -> list[str]:
    erased = chain.erased_at is not None
    if erased:
        return [f"access log: chain {chain_id} was erased but holds entries"] if rows else []
    problems: list[str] = []
    prev = GENESIS
    for n, row in enumerate(rows, start=1):
        if row["seq"] != n or row["prev_hash"] != prev:
            problems.append(f"access log entry {row['id']}: does not follow the entry before it")
        if row["hash"] != _digest(str(row["prev_hash"]), chain_id, row, actors):
            problems.append(f"access log entry {row['id']}: its content was changed")
        prev = str(row["hash"])
    if (chain.entries, chain.head) != (len(rows), prev):
        problems.append(
            f"access log chain {chain_id}: {chain.entries} entries expected, "
            f"{len(rows)} found, or the last was removed"
        )
    return problems
