"""The journal of shared families: what changes here becomes ops (in the same transaction as
the change), and what the ops make of a family is written to the store.

`FamilyService` calls `record` after every edit of a family and after an import that replaced
one, and `erased` when one is erased; it does nothing for a family that is not shared. The
team services call `start` (the first share), `state` and `write` (a merged family into the
store, keeping every record's row and uid, so an unchanged record is not touched).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from veldwerk.domain.model import Family
from veldwerk.store.database import UnitOfWork
from veldwerk.team.diff import changes
from veldwerk.team.hlc import Clock, Stamp
from veldwerk.team.identity import SECRET_NAME, DeviceIdentity
from veldwerk.team.merge import FamilyState, Merged
from veldwerk.team.ops import Op, op_from_json, op_to_json

T = TypeVar("T")
CLOCK_KEY = "clock"
SEEN_KEY = "seen:"
"""+ a family's team name: the newest op this profile's user has seen ("since you were away")."""


def new_uid() -> str:
    return secrets.token_hex(16)


def identity(uow: UnitOfWork) -> DeviceIdentity:
    """This profile's device identity, made the first time it is asked for."""
    raw = uow.settings.secret_or_create(SECRET_NAME, lambda: DeviceIdentity.generate().to_bytes())
    return DeviceIdentity.from_bytes(raw)


def op_body(op: Op) -> str:
    return json.dumps(op_to_json(op), sort_keys=True, separators=(",", ":"))


class TeamJournal:
    """Ops of the changes made here; merged families into the store."""

    def clock(self, uow: UnitOfWork) -> Clock:
        last = uow.team.state(CLOCK_KEY)
        device = identity(uow).device_id
        return Clock(device, Stamp.parse(last) if last else None)

    def save_clock(self, uow: UnitOfWork, clock: Clock) -> None:
        uow.team.set_state(CLOCK_KEY, clock.last.text())

    def state(self, uow: UnitOfWork, tag: str) -> FamilyState:
        """Every op this profile holds of the shared family `tag`, folded."""
        return FamilyState(tag, (op_from_json(json.loads(b)) for b in uow.team.op_bodies(tag)))

    def _store(self, uow: UnitOfWork, tag: str, ops: Sequence[Op], clock: Clock) -> None:
        uow.team.add_ops(tag, [(op.id, op_body(op)) for op in ops], unsent=True)
        self.save_clock(uow, clock)

    def start(self, uow: UnitOfWork, family: Family) -> str:
        """Start sharing `family` (as stored, with its keys): every record becomes an op.
        Returns the family's team name."""
        assert family.key is not None
        tag = new_uid()
        clock = self.clock(uow)
        uow.team.add_shared(tag, family.key, clock.device)
        diff = changes(
            tag, FamilyState(tag), None, {}, family, mint=new_uid, stamp=lambda: clock.tick().text()
        )
        self._store(uow, tag, diff.ops, clock)
        uow.team.set_uids(tag, diff.uids)
        uow.team.set_state(SEEN_KEY + tag, clock.last.text())
        return tag

    def record(self, uow: UnitOfWork, before: Family, after: Family) -> None:
        """The ops of an edit of a shared family: `before` and `after` as stored (the edit kept
        its rows)."""
        found = uow.team.shared_one(family_id=before.key)
        if found is not None and found.state == "shared":
            self._record(uow, found.tag, before, after, same_rows=True)

    @staticmethod
    def kept_across_replace(uow: UnitOfWork) -> set[int]:
        """The families whose sharing or explicit links an import that replaces them keeps
        (the others need not be read before they are replaced)."""
        shared = {s.family_id for s in uow.team.shared(None) if s.family_id is not None}
        return shared | set(uow.team.links())

    def replaced(self, uow: UnitOfWork, pairs: Sequence[tuple[Family, Family]]) -> None:
        """Families stored anew by an import (`pairs`: each as it was and as it is now, with
        their rows' keys): their explicit links, and of a shared one its sharing, move to the
        new rows, and what changed becomes ops."""
        moving = []
        for before, after in pairs:
            assert before.key is not None and after.key is not None
            links = uow.team.links([before.key]).get(before.key, {})
            uow.team.forget_links(before.key)
            found = uow.team.shared_one(family_id=before.key)
            if found is not None:
                uow.team.move_shared(found.tag, None, found.state)
            moving.append((before, after, links, found))
        for before, after, links, found in moving:
            uow.team.put_links(after.key, links)  # type: ignore[arg-type]
            if found is not None:
                uow.team.move_shared(found.tag, after.key, found.state)
                if found.state == "shared":
                    self._record(uow, found.tag, before, after, same_rows=False)

    def _record(
        self, uow: UnitOfWork, tag: str, before: Family, after: Family, *, same_rows: bool
    ) -> None:
        clock = self.clock(uow)
        diff = changes(
            tag,
            self.state(uow, tag),
            before,
            uow.team.uids(tag),
            after,
            mint=new_uid,
            stamp=lambda: clock.tick().text(),
            same_rows=same_rows,
        )
        self._store(uow, tag, diff.ops, clock)
        uow.team.set_uids(tag, diff.uids)

    def erased(self, uow: UnitOfWork, family_id: int, *, tell: bool) -> None:
        """The family `family_id` is being erased here. A shared one: with `tell`, an erasure
        op goes to the others at the next sync (to every device that has it); its own ops
        (which hold its texts) are removed either way."""
        found = uow.team.shared_one(family_id=family_id)
        if found is None:
            uow.team.forget_links(family_id)
            return
        state = self.state(uow, found.tag)
        peers = uow.team.peers().get(found.tag, set())
        uow.team.forget_family(found.tag, "erased")
        if tell and peers:
            clock = self.clock(uow)
            erase = Op(
                id=clock.tick().text(),
                kind="erase",
                type="family",
                record=found.tag,
                seen=state.latest_by_device(),
            )
            uow.team.add_ops(found.tag, [(erase.id, op_body(erase))], unsent=False)
            for device in peers:
                uow.team.add_forward(found.tag, device, [erase.id])
            self.save_clock(uow, clock)

    # ---- merged families into the store ------------------------------------------------------
    def write(
        self,
        uow: UnitOfWork,
        tag: str,
        merged: Merged,
        family_id: int | None,
        current: Family | None = None,
    ) -> int:
        """Make the stored family `family_id` (None: not here yet) what `merged` says, row by
        row, and keep the uid of each row (`current`: the family as stored, when the caller
        has just loaded it). Returns the family's id."""
        if family_id is None:
            (family_id,) = uow.families.insert_families([merged.family])
            stored = uow.families.load(family_id)
            assert stored is not None
            uow.team.set_uids(tag, _uids_by_order(stored, merged))
            uow.team.move_shared(tag, family_id)
            return family_id
        current = current or uow.families.load(family_id)
        assert current is not None
        uids = uow.team.uids(tag)
        key_of = {(kind, uid): key for (kind, key), uid in uids.items()}
        new_uids: dict[tuple[str, int], str] = {}
        repo = uow.families
        target = merged.family
        repo.update_family(family_id, replace(target, key=family_id))

        def sync(kind: str, stored: Sequence[Any], wanted: Sequence[Any], uids_of: Sequence[str],
                 save: Callable[[Any], int], drop: Callable[[int], None]) -> None:  # fmt: skip
            have = {item.key: item for item in stored}
            order: list[int | None] = []
            fresh: list[tuple[int, Any, str]] = []
            for item, uid in zip(wanted, uids_of, strict=True):
                key = key_of.get((kind, uid))
                if key is not None and key in have:
                    if _plain(have[key]) != _plain(item):
                        save(replace(item, key=key))
                    new_uids[(kind, key)] = uid
                else:
                    fresh.append((len(order), replace(item, key=None), uid))
                    key = None
                order.append(key)
            added = repo.insert_records(fid, kind, [item for _i, item, _u in fresh])
            for (at, _item, uid), key in zip(fresh, added, strict=True):
                order[at] = key
                new_uids[(kind, key)] = uid
            kept = set(order)
            for key in have:
                if key not in kept and (kind, key) in uids:
                    drop(key)
            uow.team.set_positions(kind, [k for k in order if k is not None])

        fid = family_id
        sync(
            "member",
            current.members,
            target.members,
            merged.members,
            lambda m: repo.save_member(fid, m),
            lambda k: repo.delete_member(fid, k),
        )
        sync(
            "network",
            current.network,
            target.network,
            merged.network,
            lambda n: repo.save_network_member(fid, n),
            lambda k: repo.delete_network_member(fid, k),
        )
        sync(
            "event",
            current.journey,
            target.journey,
            merged.journey,
            lambda e: repo.save_event(fid, e),
            lambda k: repo.delete_event(fid, k),
        )
        sync(
            "reflection",
            current.reflections,
            target.reflections,
            merged.reflections,
            lambda r: repo.save_reflection(fid, r),
            lambda k: repo.delete_reflection(fid, k),
        )
        self._write_goals(uow, fid, current, merged, key_of, uids, new_uids)
        if [_plain(c) for c in current.contacts] != [_plain(c) for c in target.contacts]:
            for c in current.contacts:
                assert c.key is not None
                repo.delete_contact(fid, c.key)
            keys = [repo.save_contact(fid, replace(c, key=None)) for c in target.contacts]
            uow.team.set_positions("contact", keys)
        uow.team.set_uids(tag, new_uids)
        return family_id

    def _write_goals(
        self,
        uow: UnitOfWork,
        fid: int,
        current: Family,
        merged: Merged,
        key_of: dict[tuple[str, str], int],
        uids: dict[tuple[str, int], str],
        new_uids: dict[tuple[str, int], str],
    ) -> None:
        repo = uow.families
        have = {g.key: g for g in current.goals}
        order = []
        for goal, uid, action_uids in zip(
            merged.family.goals, merged.goals, merged.actions, strict=True
        ):
            key = key_of.get(("goal", uid))
            if key not in have:
                key = None
            actions = tuple(
                replace(a, key=key_of.get(("action", a_uid)))
                for a, a_uid in zip(goal.actions, action_uids, strict=True)
            )
            wanted = replace(goal, key=key, actions=actions)
            if key is None or _plain(have[key]) != _plain(wanted):
                key = repo.save_goal(fid, wanted)
                a_keys = uow.team.action_keys(key)
            else:
                a_keys = [a.key for a in have[key].actions if a.key is not None]
            new_uids[("goal", key)] = uid
            for a_key, a_uid in zip(a_keys, action_uids, strict=True):
                new_uids[("action", a_key)] = a_uid
            order.append(key)
        for key in set(have) - set(order):
            if key is not None and ("goal", key) in uids:
                repo.delete_goal(fid, key)
        uow.team.set_positions("goal", order)


def _plain(item: Any) -> Any:
    """A record without its row keys (also of a goal's actions), to compare contents."""
    if hasattr(item, "actions"):
        return replace(item, key=None, actions=tuple(replace(a, key=None) for a in item.actions))
    return replace(item, key=None)


def _uids_by_order(stored: Family, merged: Merged) -> dict[tuple[str, int], str]:
    """The uids of a family just inserted from `merged`: its rows are in the merged order."""
    out: dict[tuple[str, int], str] = {}
    lists: tuple[tuple[str, Sequence[Any], tuple[str, ...]], ...] = (
        ("member", stored.members, merged.members),
        ("network", stored.network, merged.network),
        ("event", stored.journey, merged.journey),
        ("goal", stored.goals, merged.goals),
        ("reflection", stored.reflections, merged.reflections),
    )
    for kind, items, uids in lists:
        for item, uid in zip(items, uids, strict=True):
            assert item.key is not None
            out[(kind, item.key)] = uid
    for goal, action_uids in zip(stored.goals, merged.actions, strict=True):
        for action, uid in zip(goal.actions, action_uids, strict=True):
            assert action.key is not None
            out[("action", action.key)] = uid
    return out
