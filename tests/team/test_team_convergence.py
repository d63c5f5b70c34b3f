"""Convergence of shared families (issue 13), a property test: two or three devices make
random changes offline (steps added, edited and deleted, members added and edited, handovers,
consent changes), then exchange their change sets in any order, with duplicates and delays.
Afterwards every device holds the same family and the same conflict list, and no step is lost
(every step added is there, unless a device deleted it)."""

from __future__ import annotations

import itertools
import secrets
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from support.team import TODAY, Device, example_family, plain
from veldwerk.domain.errors import DomainError
from veldwerk.domain.handover import change_contact
from veldwerk.domain.model import Event, Family, Member
from veldwerk.team.ops import Op

EDITS = ("add_step", "edit_step", "delete_step", "add_member", "edit_member", "consent", "handover")


def _apply_edit(family: Family, kind: str, pick: int, label: str) -> Family:
    journey, members = family.journey, family.members
    if kind == "add_step":
        day = TODAY - timedelta(days=pick % 30)
        return replace(family, journey=(*journey, Event(day, "contact", label)))
    if kind == "edit_step" and journey:
        i = pick % len(journey)
        edited = replace(journey[i], title=label, description=f"by {label}")
        return replace(family, journey=(*journey[:i], edited, *journey[i + 1 :]))
    if kind == "delete_step" and journey:
        i = pick % len(journey)
        return replace(family, journey=journey[:i] + journey[i + 1 :])
    if kind == "add_member":
        new = Member(id=f"m{len(members) + 1}", role="child", given_name=label)
        return replace(family, members=(*members, new))
    if kind == "edit_member" and members:
        i = pick % len(members)
        edited = replace(members[i], phone=f"06-{pick:08d}")
        return replace(family, members=(*members[:i], edited, *members[i + 1 :]))
    if kind == "consent":
        return replace(family, learning_consent=("granted", "refused", "unknown")[pick % 3])
    if kind == "handover":
        candidates = [n.id for n in family.network if n.kind == "professional"]
        try:
            return change_contact(
                family, "backup", candidates[pick % len(candidates)], TODAY
            ).family
        except DomainError:
            return family
    return family


edit = st.tuples(st.integers(0, 2), st.sampled_from(EDITS), st.integers(0, 999))
delivery = st.tuples(st.integers(0, 2), st.integers(0, 10_000), st.integers(0, 3))
rounds = st.lists(  # each round: changes made offline, then some change sets arrive somewhere
    st.tuples(st.lists(edit, min_size=1, max_size=8), st.lists(delivery, max_size=6)),
    min_size=1,
    max_size=5,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    devices=st.integers(2, 3),
    skews=st.lists(st.integers(-5_000, 5_000), min_size=3, max_size=3),
    plan=rounds,
    final_order=st.randoms(use_true_random=False),
)
def test_devices_converge_whatever_the_order(
    devices: int, skews: list[int], plan: list[Any], final_order: Any
) -> None:
    """Whatever the changes and however their change sets travel, all devices end equal."""
    tick = itertools.count(1_800_000_000_000, 7)
    tag = secrets.token_hex(16)
    team = [
        Device(tag, now=lambda s=skews[i]: next(tick) + s)  # type: ignore[misc]
        for i in range(devices)
    ]
    first = team[0].share(example_family())
    for other in team[1:]:
        other.receive(first)
    sent: list[list[Op]] = []  # every change set, in the order written
    labels = itertools.count(1)
    for edits, deliveries in plan:
        for who, kind, pick in edits:
            device = team[who % devices]
            ops = device.change(
                lambda f, k=kind, p=pick: _apply_edit(f, k, p, f"stap {next(labels)}")
            )
            if ops:
                sent.append(ops)
        for who, which, copies in deliveries if sent else ():
            for _ in range(copies):  # a change set may arrive more than once
                team[who % devices].receive(sent[which % len(sent)])
    everything = [op for batch in sent for op in batch]
    for device in team:  # the rest arrives, in any order, some of it twice
        batches = list(sent) + sent[: len(sent) // 2]
        final_order.shuffle(batches)
        for batch in batches:
            device.receive(reversed(batch) if final_order.random() < 0.5 else batch)
        device.refresh()  # the sync writes the merged family into the store
    families = [plain(d.family) for d in team if d.family is not None]
    assert len(families) == devices
    assert all(f == families[0] for f in families)
    conflicts = [d.state.conflicts() for d in team]
    assert all(c == conflicts[0] for c in conflicts)
    event(f"conflicts: {sorted(c.kind for c in conflicts[0])}")

    added = {op.record for op in [*first, *everything] if op.kind == "add" and op.type == "event"}
    deleted = {op.record for op in everything if op.kind == "del" and op.type == "event"}
    merged = team[0].state.materialise()
    assert merged is not None
    assert set(merged.journey) == added - deleted  # no step lost
    assert [e.date for e in merged.family.journey] == sorted(e.date for e in merged.family.journey)
    assert all(isinstance(e.date, date) for e in merged.family.journey)
