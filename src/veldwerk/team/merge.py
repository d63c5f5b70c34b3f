"""The merge of a shared family: every device folds the ops it holds into the same state, in
any order, with any op received any number of times, and so shows the same family.

The rules (docs/team-sharing.md, "Merging"):

- A record exists from its ``add``; records added on both sides are all kept.
- An ordinary field holds the value of the latest op that set it (by the hybrid logical
  clock, the device deciding a tie): the later edit wins.
- A safety field (`domain.team.SAFETY_FIELDS`) holds every value no later change replaced.
  More than one, and different: a conflict, listed for a person, and meanwhile the family shows
  `domain.team.interim_value`.
- A deletion wins over every edit of the record, also one made concurrently; an edit the
  deleting device had not seen makes the deletion a notice to acknowledge.
- An erasure erases the family, unless ops exist that the erasing device had not seen: then it
  is a conflict (erase or keep) for a person.

`FamilyState.apply` takes one op (False when it had it already); `materialise` gives the
family as it now is with the uid of every record; `conflicts` the list a person resolves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from veldwerk.domain.model import Family
from veldwerk.domain.team import interim_value
from veldwerk.team import records as rec
from veldwerk.team.ops import MV_FIELDS, Op


@dataclass
class Record:
    """What the ops say of one record."""

    created: str | None = None
    fields: dict[str, tuple[str, Any]] = field(default_factory=dict)
    """field -> (the op that set it last, its value)"""
    deletes: dict[str, frozenset[str]] = field(default_factory=dict)
    """the ops that deleted it -> the ops on it each had seen"""
    touched: set[str] = field(default_factory=set)
    """the ops that added or changed it"""

    def value(self, name: str) -> Any:
        found = self.fields.get(name)
        return found[1] if found is not None else None


@dataclass(frozen=True)
class Choice:
    """One side of a conflict: the op and what it says."""

    op: str
    value: Any


@dataclass(frozen=True)
class Conflict:
    """What a person resolves. `id` names it the same on every device: ``field:<name>``,
    ``deleted:<kind>:<uid>`` or ``erasure:<op>``."""

    id: str
    kind: str
    """``field``, ``deleted`` or ``erasure``"""
    field: str
    """the safety field, or the kind of the deleted record, or ``erasure``"""
    record: str
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class Merged:
    """The family as the ops make it, and the uid of each of its records, in its order."""

    family: Family
    members: tuple[str, ...]
    network: tuple[str, ...]
    journey: tuple[str, ...]
    goals: tuple[str, ...]
    actions: tuple[tuple[str, ...], ...]
    reflections: tuple[str, ...]


class FamilyState:
    """The fold of every op of one shared family (named `tag`)."""

    def __init__(self, tag: str, ops: Iterable[Op] = ()) -> None:
        self.tag = tag
        self.ops: dict[str, Op] = {}
        self.records: dict[tuple[str, str], Record] = {}
        self.registers: dict[str, dict[str, tuple[Any, frozenset[str]]]] = {
            name: {} for name in MV_FIELDS
        }
        self.erases: dict[str, dict[str, str]] = {}
        self.acks: set[str] = set()
        for op in ops:
            self.apply(op)

    # ---- folding -------------------------------------------------------------------------
    def apply(self, op: Op) -> bool:
        """Take `op` into the state; False when it was there already (nothing changes)."""
        if op.id in self.ops:
            return False
        self.ops[op.id] = op
        if op.kind in ("add", "set"):
            record = self.records.setdefault((op.type, op.record), Record())
            if op.kind == "add" and (record.created is None or op.id < record.created):
                record.created = op.id
            record.touched.add(op.id)
            for name, value in op.fields.items():
                old = record.fields.get(name)
                if old is None or op.id > old[0]:
                    record.fields[name] = (op.id, value)
        elif op.kind == "mv":
            ((name, value),) = op.fields.items()
            self.registers[name][op.id] = (value, frozenset(op.preds))
        elif op.kind == "del":
            record = self.records.setdefault((op.type, op.record), Record())
            record.deletes[op.id] = frozenset(op.preds)
        elif op.kind == "erase":
            self.erases[op.id] = dict(op.seen)
        elif op.kind == "ack" and op.target is not None:
            self.acks.add(op.target)
        return True

    # ---- what it says ----------------------------------------------------------------------
    def heads(self, name: str) -> list[str]:
        """The ops of the safety field `name` that no other op of it replaced, oldest first."""
        register = self.registers[name]
        replaced: set[str] = set()
        for _value, preds in register.values():
            replaced |= preds
        return sorted(op for op in register if op not in replaced)

    def safety_value(self, name: str) -> Any:
        heads = self.heads(name)
        values = [self.registers[name][h][0] for h in heads]
        if not values:
            return None
        if any(v != values[0] for v in values):
            return interim_value(name, values)
        return values[0]

    def touching(self, kind: str, uid: str) -> set[str]:
        """The ops that added or changed the record (of a goal: and its actions)."""
        found = set(self.records.get((kind, uid), Record()).touched)
        if kind == "goal":
            for (k, _u), r in self.records.items():
                if k == "action" and r.value("goal") == uid:
                    found |= r.touched
        return found

    def latest_by_device(self) -> dict[str, str]:
        """The newest op of each device (what an erasure says it has seen)."""
        out: dict[str, str] = {}
        for op_id, op in self.ops.items():
            if op_id > out.get(op.device, ""):
                out[op.device] = op_id
        return out

    def _unseen_by_erase(self, seen: dict[str, str]) -> list[str]:
        return sorted(
            op_id
            for op_id, op in self.ops.items()
            if op.kind not in ("erase", "ack") and op_id > seen.get(op.device, "")
        )

    @property
    def erased(self) -> bool:
        """An erasure stands that no op made behind its back holds up."""
        return any(
            e not in self.acks and not self._unseen_by_erase(seen)
            for e, seen in self.erases.items()
        )

    def conflicts(self) -> list[Conflict]:
        out: list[Conflict] = []
        for name in sorted(MV_FIELDS):
            heads = self.heads(name)
            values = [self.registers[name][h][0] for h in heads]
            if any(v != values[0] for v in values):
                choices = tuple(Choice(h, v) for h, v in zip(heads, values, strict=True))
                out.append(Conflict(f"field:{name}", "field", name, self.tag, choices))
        kept = self._kept_network()
        for (kind, uid), record in sorted(self.records.items()):
            if not record.deletes or record.created is None:
                continue
            if all(d in self.acks for d in record.deletes):
                continue
            seen = frozenset().union(*record.deletes.values())
            unseen = sorted(self.touching(kind, uid) - seen)
            choices = tuple(Choice(d, "deleted") for d in sorted(record.deletes))
            if kind == "network" and uid in kept:
                heads = self.heads("contacts")
                choices += tuple(Choice(h, "contact") for h in heads)
            elif unseen:
                choices += tuple(Choice(u, "changed") for u in unseen)
            else:
                continue
            out.append(Conflict(f"deleted:{kind}:{uid}", "deleted", kind, uid, choices))
        for erase, seen_by in sorted(self.erases.items()):
            unseen = self._unseen_by_erase(seen_by)
            if erase not in self.acks and unseen:
                choices = (Choice(erase, "erased"), *(Choice(u, "changed") for u in unseen))
                out.append(Conflict(f"erasure:{erase}", "erasure", "erasure", self.tag, choices))
        return out

    # ---- the family ------------------------------------------------------------------------
    def _alive(self, kind: str) -> list[tuple[str, Record]]:
        found = [
            (uid, r)
            for (k, uid), r in self.records.items()
            if k == kind and r.created is not None and not r.deletes
        ]
        found.sort(key=lambda ur: (ur[1].created or "", ur[0]))
        return found

    def _kept_network(self) -> set[str]:
        """Deleted network members who are still named by the contact assignments: they stay
        in the network (a family keeps its fixed contact and backup), and the deletion is
        shown."""
        wanted = {c["network"] for c in self.safety_value("contacts") or []}
        return {
            uid
            for (k, uid), r in self.records.items()
            if k == "network" and r.created is not None and r.deletes and uid in wanted
        }

    def materialise(self) -> Merged | None:
        """The family as the ops make it, or None: not (yet) added, or erased."""
        head = self.records.get(("family", self.tag))
        if head is None or head.created is None or self.erased:
            return None
        contacts = self.safety_value("contacts") or []
        members = _unique_ids(self._alive("member"))
        member_id = {uid: local for uid, local, _r in members}.get
        kept = self._kept_network()
        network_rows = self._alive("network") + [
            (uid, r) for (k, uid), r in self.records.items() if k == "network" and uid in kept
        ]
        network_rows.sort(key=lambda ur: (ur[1].created or "", ur[0]))
        network = _unique_ids(network_rows)
        network_id = {uid: local for uid, local, _r in network}.get
        events = self._alive("event")
        events.sort(key=lambda ur: (str(ur[1].value("date")), ur[1].created or "", ur[0]))
        goals = self._alive("goal")
        actions_of: dict[str, list[tuple[str, Record]]] = {uid: [] for uid, _r in goals}
        for uid, r in self._alive("action"):
            parent = actions_of.get(r.value("goal"))
            if parent is not None:
                parent.append((uid, r))
        reflections = self._alive("reflection")

        def values(r: Record, kind: str) -> dict[str, Any]:
            return {name: r.value(name) for name in rec.FIELDS[kind]}

        family = Family(
            ref=head.value("ref"),
            name=head.value("name"),
            municipality=head.value("municipality"),
            status=self.safety_value("status"),
            opened_on=_day(head.value("opened_on")),
            closed_on=_day(head.value("closed_on")),
            due_date=_day(head.value("due_date")),
            vulnerabilities=tuple(head.value("vulnerabilities") or ()),
            learning_consent=self.safety_value("learning_consent") or "unknown",
            closing_reason=head.value("closing_reason"),
            closing_note=head.value("closing_note"),
            members=tuple(
                replace(rec.member_from(values(r, "member")), id=local) for _u, local, r in members
            ),
            network=tuple(
                replace(rec.network_from(values(r, "network"), member_id), id=local)
                for _u, local, r in network
            ),
            contacts=rec.contacts_from(contacts, network_id),
            journey=tuple(rec.event_from(values(r, "event"), network_id) for _u, r in events),
            goals=tuple(
                rec.goal_from(
                    values(r, "goal"),
                    tuple(rec.action_from(values(a, "action")) for _a, a in actions_of[uid]),
                )
                for uid, r in goals
            ),
            reflections=tuple(
                rec.reflection_from(values(r, "reflection")) for _u, r in reflections
            ),
        )
        return Merged(
            family=family,
            members=tuple(uid for uid, _l, _r in members),
            network=tuple(uid for uid, _l, _r in network),
            journey=tuple(uid for uid, _r in events),
            goals=tuple(uid for uid, _r in goals),
            actions=tuple(tuple(a for a, _r in actions_of[uid]) for uid, _r in goals),
            reflections=tuple(uid for uid, _r in reflections),
        )


def _day(value: Any) -> Any:
    return date.fromisoformat(value) if isinstance(value, str) else value


def _unique_ids(rows: list[tuple[str, Record]]) -> list[tuple[str, str, Record]]:
    """(uid, local id, record) in order, a local id that an earlier record has already taken
    made unique (``m3`` becomes ``m3_2``): two devices may both have added an ``m3``."""
    taken = {str(r.value("id")) for _u, r in rows}
    used: set[str] = set()
    out = []
    for uid, r in rows:
        local = str(r.value("id"))
        if local in used:
            n = 2
            while f"{local}_{n}" in taken or f"{local}_{n}" in used:
                n += 1
            local = f"{local}_{n}"
        used.add(local)
        out.append((uid, local, r))
    return out
