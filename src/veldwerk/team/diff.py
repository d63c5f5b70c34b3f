"""What changed in a shared family, as ops: only what changed travels.

`changes` compares the family before and after a change made here (an edit in the app, an
`import --replace` of an edited case file, a handover) and gives the ops that say it, and the
uid of every record afterwards. Records are recognised

1. by their row in the store, when the change kept the rows (`same_rows`: an edit);
2. else by their id in the case file (members, network members);
3. else by being equal in every field;
4. else by what names them for a person: a step's date and type, a goal's or action's title, a
   reflection's date;

and what is left over is added or deleted. An edited step of an imported file is thus an edit
of that step, not a deletion and a new step. With no family before (the first share), every
record is added.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from veldwerk.domain.model import Family
from veldwerk.team import records as rec
from veldwerk.team.merge import FamilyState
from veldwerk.team.ops import FAMILY_FIELDS, Op

T = TypeVar("T")
UidMap = Mapping[tuple[str, int], str]
"""(record kind, row key in the store) -> uid"""


@dataclass(frozen=True)
class Diff:
    ops: tuple[Op, ...]
    uids: dict[tuple[str, int], str]
    """The uid of every record of the family after the change, by (kind, row key)."""


def _text(fields: Mapping[str, Any]) -> str:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"))


def _pair(
    old: Sequence[tuple[str, Sequence[Hashable | None]]],
    new: Sequence[Sequence[Hashable | None]],
) -> list[str | None]:
    """For each new record the uid of the old record it is, trying each level of keys in turn
    (a None key takes no part at that level); old records are used once."""
    found: list[str | None] = [None] * len(new)
    used: set[str] = set()
    levels = len(new[0]) if new else 0
    for level in range(levels):
        pool: dict[Hashable, deque[str]] = defaultdict(deque)
        for uid, keys in old:
            if uid not in used and keys[level] is not None:
                pool[keys[level]].append(uid)
        for i, keys in enumerate(new):
            key = keys[level]
            if found[i] is not None or key is None or key not in pool:
                continue
            queue = pool[key]
            while queue and queue[0] in used:
                queue.popleft()
            if queue:
                found[i] = queue.popleft()
                used.add(found[i])  # type: ignore[arg-type]
    return found


class _Builder:
    def __init__(
        self,
        tag: str,
        state: FamilyState,
        mint: Callable[[], str],
        stamp: Callable[[], str],
        same_rows: bool,
    ) -> None:
        self.tag = tag
        self.state = state
        self.mint = mint
        self.stamp = stamp
        self.same_rows = same_rows
        self.ops: list[Op] = []
        self.uids: dict[tuple[str, int], str] = {}

    def op(self, kind: str, record_type: str, record: str, **parts: Any) -> None:
        self.ops.append(Op(id=self.stamp(), kind=kind, type=record_type, record=record, **parts))

    def records(
        self,
        kind: str,
        old: Sequence[tuple[str, T]],
        new: Sequence[T],
        old_fields: Callable[[T], dict[str, Any]],
        new_fields: Callable[[T], dict[str, Any]],
        name: Callable[[T], Hashable] | None,
    ) -> list[str]:
        """Pair, then add, change and delete records of `kind`; the uids of `new`, in order."""
        old_f = [(uid, old_fields(item)) for uid, item in old]
        new_f = [new_fields(item) for item in new]

        def keys(item: T, fields: dict[str, Any]) -> list[Hashable | None]:
            key = getattr(item, "key", None) if self.same_rows else None
            local = fields.get("id") if kind in ("member", "network") else None
            return [key, local, _text(fields), name(item) if name else None]

        paired = _pair(
            [(uid, keys(item, f)) for (uid, item), (_u, f) in zip(old, old_f, strict=True)],
            [keys(item, f) for item, f in zip(new, new_f, strict=True)],
        )
        before = dict(old_f)
        uids: list[str] = []
        for item, fields, uid in zip(new, new_f, paired, strict=True):
            if uid is None:
                uid = self.mint()
                self.op("add", kind, uid, fields=fields)
            else:
                changed = {k: v for k, v in fields.items() if before[uid].get(k) != v}
                if changed:
                    self.op("set", kind, uid, fields=changed)
            uids.append(uid)
            key = getattr(item, "key", None)
            if key is not None:
                self.uids[(kind, key)] = uid
        kept = set(uids)
        for uid, _item in old:
            if uid not in kept:
                self.op("del", kind, uid, preds=tuple(sorted(self.state.touching(kind, uid))))
        return uids


def changes(
    tag: str,
    state: FamilyState,
    before: Family | None,
    before_uids: UidMap,
    after: Family,
    *,
    mint: Callable[[], str],
    stamp: Callable[[], str],
    same_rows: bool = True,
) -> Diff:
    """The ops from `before` (None: not shared yet) to `after`, on top of `state` (the ops
    this device holds), and the uids of `after`'s records. `mint` makes a new uid, `stamp` the
    next clock time of this device."""
    b = _Builder(tag, state, mint, stamp, same_rows)
    old = before

    def known(kind: str, items: Sequence[T]) -> list[tuple[str, T]]:
        out = []
        for item in items:
            key = getattr(item, "key", None)
            uid = before_uids.get((kind, key)) if key is not None else None
            if uid is not None:
                out.append((uid, item))
        return out

    o_members = known("member", old.members) if old else []
    o_network = known("network", old.network) if old else []
    o_member_uid = {m.id: uid for uid, m in o_members}
    o_network_uid = {n.id: uid for uid, n in o_network}

    if old is None:
        added = _family_fields(after)
        for name in rec.VERSION_2_FIELDS:  # unset, they are left out: a version-1 op
            if added.get(name) is None:
                added.pop(name, None)
        b.op("add", "family", tag, fields=added)
    else:
        was, now = _family_fields(old), _family_fields(after)
        changed = {k: v for k, v in now.items() if was[k] != v}
        if changed:
            b.op("set", "family", tag, fields=changed)

    members = b.records(
        "member", o_members, after.members, rec.member_fields, rec.member_fields, None
    )
    n_member_uid = {m.id: uid for m, uid in zip(after.members, members, strict=True)}
    network = b.records(
        "network",
        o_network,
        after.network,
        lambda n: rec.network_fields(n, _lookup(o_member_uid)),
        lambda n: rec.network_fields(n, _lookup(n_member_uid)),
        None,
    )
    n_network_uid = {n.id: uid for n, uid in zip(after.network, network, strict=True)}
    old_net, new_net = _lookup(o_network_uid), _lookup(n_network_uid)

    safety_before = _safety(old, old_net) if old else {}
    for name, value in _safety(after, new_net).items():
        if old is None or safety_before[name] != value:
            b.op("mv", "family", tag, fields={name: value}, preds=tuple(state.heads(name)))

    b.records(
        "event",
        known("event", old.journey) if old else [],
        after.journey,
        lambda e: rec.event_fields(e, old_net),
        lambda e: rec.event_fields(e, new_net),
        lambda e: (e.date, e.type),
    )
    o_goals = known("goal", old.goals) if old else []
    goals = b.records(
        "goal", o_goals, after.goals, rec.goal_fields, rec.goal_fields, lambda g: g.title
    )
    old_goal = dict(o_goals)
    for goal, uid in zip(after.goals, goals, strict=True):
        was_goal = old_goal.get(uid)
        b.records(
            "action",
            known("action", was_goal.actions) if was_goal else [],
            goal.actions,
            lambda a, u=uid: rec.action_fields(a, u),  # type: ignore[misc]
            lambda a, u=uid: rec.action_fields(a, u),  # type: ignore[misc]
            lambda a: a.title,
        )
    b.records(
        "reflection",
        known("reflection", old.reflections) if old else [],
        after.reflections,
        rec.reflection_fields,
        rec.reflection_fields,
        lambda r: r.date,
    )
    return Diff(tuple(b.ops), b.uids)


def _lookup(uids: Mapping[str, str]) -> Callable[[str], str]:
    """Local id -> uid; an id nobody has (a rule the family breaks) gets a uid of its own."""
    return lambda local: uids.get(local) or _orphan(local)


def _orphan(local: str) -> str:
    return hashlib.sha256(b"orphan " + local.encode()).hexdigest()[:32]


def _family_fields(f: Family) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in rec.FIELDS["family"]:
        if name not in FAMILY_FIELDS:
            continue
        value = getattr(f, name)
        if name == "vulnerabilities":
            value = list(value)
        elif name in ("opened_on", "closed_on", "due_date"):
            value = value.isoformat() if value is not None else None
        out[name] = value
    return out


def _safety(f: Family, network_uid: Callable[[str], str]) -> dict[str, Any]:
    return {
        "contacts": rec.contacts_value(f.contacts, network_uid),
        "learning_consent": f.learning_consent,
        "status": f.status,
    }
