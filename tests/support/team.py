"""Devices of a shared family without a database, for the merge's tests: each keeps the family
as its store would (records with row keys), the ops it holds and its clock, makes its changes
with the same `team.diff.changes` the journal uses and takes received ops as `TeamSync` does
(fold, materialise, keep each record's key by its uid)."""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from support.common import EXAMPLE
from veldwerk.domain.model import Family
from veldwerk.interchange import reader
from veldwerk.team.diff import changes
from veldwerk.team.hlc import Clock, Stamp
from veldwerk.team.merge import FamilyState, Merged
from veldwerk.team.ops import Op

TODAY = date(2026, 11, 24)
_keys = itertools.count(1)


def example_family(index: int = 0) -> Family:
    return reader.read_case_file(Path(EXAMPLE), TODAY)[index]


def plain(family: Family) -> Family:
    """The family without any row key (to compare what two devices hold)."""

    def bare(items: Iterable[Any]) -> tuple[Any, ...]:
        return tuple(replace(i, key=None) for i in items)

    return replace(
        family,
        key=None,
        members=bare(family.members),
        network=bare(family.network),
        contacts=bare(family.contacts),
        journey=bare(family.journey),
        goals=tuple(replace(g, key=None, actions=bare(g.actions)) for g in family.goals),
        reflections=bare(family.reflections),
    )


def with_keys(family: Family) -> Family:
    """Every record without a row key gets a new one (as the store gives on insert)."""

    def keyed(items: Iterable[Any]) -> tuple[Any, ...]:
        return tuple(i if i.key is not None else replace(i, key=next(_keys)) for i in items)

    return replace(
        family,
        key=family.key or next(_keys),
        members=keyed(family.members),
        network=keyed(family.network),
        contacts=keyed(family.contacts),
        journey=keyed(family.journey),
        goals=tuple(
            replace(g, key=g.key or next(_keys), actions=keyed(g.actions)) for g in family.goals
        ),
        reflections=keyed(family.reflections),
    )


class Device:
    """One device holding the shared family `tag`."""

    def __init__(self, tag: str, now: Callable[[], int]) -> None:
        self.tag = tag
        self.clock = Clock(secrets.token_hex(16), now=now)
        self.state = FamilyState(tag)
        self.family: Family | None = None
        self.uids: dict[tuple[str, int], str] = {}
        self.made: list[Op] = []

    @property
    def id(self) -> str:
        return self.clock.device

    def share(self, family: Family) -> list[Op]:
        """The first share: every record of `family` becomes an op."""
        self.family = with_keys(family)
        return self._diff(None, self.family)

    def change(self, edit: Callable[[Family], Family], *, same_rows: bool = True) -> list[Op]:
        """Make a change here; the ops it gives (also kept in `made`)."""
        assert self.family is not None
        after = with_keys(edit(self.family))
        # as the store reads it back: the journey by date (a step of the same day after those
        # stored before it)
        after = replace(after, journey=tuple(sorted(after.journey, key=lambda e: e.date)))
        ops = self._diff(self.family, after, same_rows=same_rows)
        self.family = after
        return ops

    def _diff(self, before: Family | None, after: Family, *, same_rows: bool = True) -> list[Op]:
        diff = changes(
            self.tag,
            self.state,
            before,
            self.uids,
            after,
            mint=lambda: secrets.token_hex(16),
            stamp=lambda: self.clock.tick().text(),
            same_rows=same_rows,
        )
        for op in diff.ops:
            self.state.apply(op)
        self.uids = diff.uids
        self.made += diff.ops
        return list(diff.ops)

    def receive(self, ops: Iterable[Op]) -> None:
        fresh = [op for op in ops if self.state.apply(op)]
        for op in fresh:
            if op.device != self.id:
                self.clock.seen(Stamp.parse(op.id))
        if fresh:
            self.refresh()

    def refresh(self) -> None:
        """The family as the ops make it, each record keeping its key by its uid (what a sync
        writes into the store)."""
        merged = self.state.materialise()
        if merged is None:
            self.family = None
            return
        self.family, self.uids = _stored(merged, self.uids)


def _stored(merged: Merged, uids: dict[tuple[str, int], str]) -> tuple[Family, dict[Any, str]]:
    key_of = {(kind, uid): key for (kind, key), uid in uids.items()}
    out: dict[tuple[str, int], str] = {}

    def keyed(kind: str, items: tuple[Any, ...], ids: tuple[str, ...]) -> tuple[Any, ...]:
        result = []
        for item, uid in zip(items, ids, strict=True):
            key = key_of.get((kind, uid)) or next(_keys)
            out[(kind, key)] = uid
            result.append(replace(item, key=key))
        return tuple(result)

    f = merged.family
    goals = keyed("goal", f.goals, merged.goals)
    goals = tuple(
        replace(g, actions=keyed("action", g.actions, a))
        for g, a in zip(goals, merged.actions, strict=True)
    )
    family = replace(
        f,
        key=1,
        members=keyed("member", f.members, merged.members),
        network=keyed("network", f.network, merged.network),
        journey=keyed("event", f.journey, merged.journey),
        goals=goals,
        reflections=keyed("reflection", f.reflections, merged.reflections),
        contacts=tuple(replace(c, key=next(_keys)) for c in f.contacts),
    )
    return family, out
