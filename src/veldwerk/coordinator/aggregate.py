"""Counting: how many families and events carry each category. Pure functions over `FamilyFacts`.

Nothing here hides anything; `suppress.py` decides what may be published.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from veldwerk.coordinator.facts import EventFacts, FamilyFacts
from veldwerk.domain import codes

DIMENSIONS: tuple[str, ...] = (
    "region", "vulnerability", "phase", "event_type", "barrier", "enabler",
)  # fmt: skip
"""The dimensions of aggregates.csv, in the order they are written."""

ATTRIBUTE_DIMENSIONS: frozenset[str] = frozenset({"region", "vulnerability"})
"""Dimensions that are a family's attribute (no events are counted for them)."""

EVENT_PARTITIONS: frozenset[str] = frozenset({"phase", "event_type"})
"""Dimensions where every event has exactly one category (their event counts add up)."""

_CODE_LIST: dict[str, tuple[str, ...]] = {
    "vulnerability": tuple(codes.VULNERABILITIES),
    "phase": codes.PHASE_ORDER,
    "event_type": tuple(codes.EVENT_TYPES),
    "barrier": tuple(codes.BARRIERS),
    "enabler": tuple(codes.ENABLERS),
}


@dataclass(frozen=True)
class CategoryCount:
    """One row of aggregates.csv before suppression. `events` is None for attribute
    dimensions (region, vulnerability)."""

    dimension: str
    category: str
    families: int
    events: int | None


def event_categories(dimension: str, event: EventFacts) -> tuple[str, ...]:
    """The categories of `dimension` one event carries."""
    if dimension == "phase":
        return (event.phase,)
    if dimension == "event_type":
        return (event.type,)
    if dimension == "barrier":
        return event.barriers
    if dimension == "enabler":
        return event.enablers
    raise ValueError(f"not an event dimension: {dimension}")


Tally = dict[str, dict[str, int]]
"""dimension -> category -> count."""


def tally(families: Iterable[FamilyFacts]) -> tuple[Tally, Tally]:
    """(families, events) per category of every dimension, in one pass: a family counts once
    per category it has; an event once per category it carries. Attribute dimensions get no
    event counts. (Written for speed: it runs over tens of thousands of families.)"""
    fam: Tally = {d: {} for d in DIMENSIONS}
    ev: Tally = {d: {} for d in DIMENSIONS if d not in ATTRIBUTE_DIMENSIONS}
    f_region, f_vuln = fam["region"], fam["vulnerability"]
    f_phase, f_type, f_barrier, f_enabler = (fam[d] for d in DIMENSIONS[2:])
    e_phase, e_type, e_barrier, e_enabler = (ev[d] for d in DIMENSIONS[2:])
    for family in families:
        f_region[family.region] = f_region.get(family.region, 0) + 1
        for v in set(family.vulnerabilities):
            f_vuln[v] = f_vuln.get(v, 0) + 1
        phases: set[str] = set()
        types: set[str] = set()
        barriers: set[str] = set()
        enablers: set[str] = set()
        for e in family.events:
            phases.add(e.phase)
            types.add(e.type)
            e_phase[e.phase] = e_phase.get(e.phase, 0) + 1
            e_type[e.type] = e_type.get(e.type, 0) + 1
            for b in e.barriers:
                barriers.add(b)
                e_barrier[b] = e_barrier.get(b, 0) + 1
            for x in e.enablers:
                enablers.add(x)
                e_enabler[x] = e_enabler.get(x, 0) + 1
        for found, counts in (
            (phases, f_phase),
            (types, f_type),
            (barriers, f_barrier),
            (enablers, f_enabler),
        ):
            for c in found:
                counts[c] = counts.get(c, 0) + 1
    return fam, ev


def ordered_categories(dimension: str, seen: Iterable[str]) -> tuple[str, ...]:
    """Every category of a dimension, in its order: the whole code list (so a category nobody
    has still gets a row), plus any other value seen; regions sorted by name."""
    if dimension == "region":
        return tuple(sorted(seen))
    listed = _CODE_LIST[dimension]
    return listed + tuple(sorted(set(seen) - set(listed)))


def count_categories(families: Sequence[FamilyFacts]) -> list[CategoryCount]:
    """Every row of aggregates.csv (before suppression), dimension by dimension."""
    fam, ev = tally(families)
    rows = []
    for dimension in DIMENSIONS:
        events = ev.get(dimension)
        for category in ordered_categories(dimension, fam[dimension]):
            rows.append(
                CategoryCount(
                    dimension,
                    category,
                    fam[dimension].get(category, 0),
                    None if events is None else events.get(category, 0),
                )
            )
    return rows


def cross_counts(
    families: Iterable[FamilyFacts], outer: str, inner: str
) -> dict[str, Counter[str]]:
    """For each category of event dimension `outer` (say a phase): the number of distinct
    families with each category of `inner` (say a barrier) on an event of that outer category."""
    result: dict[str, Counter[str]] = {}
    for family in families:
        pairs = {
            (o, i)
            for e in family.events
            for o in event_categories(outer, e)
            for i in event_categories(inner, e)
        }
        for o, i in pairs:
            counter = result.get(o)
            if counter is None:
                counter = result[o] = Counter()
            counter[i] += 1
    return result


def quarter_range(quarters: Iterable[str]) -> list[str]:
    """Every quarter (``2024-Q3``) from the first to the last of `quarters`, gaps included."""
    found = sorted(set(quarters))
    if not found:
        return []

    def index(q: str) -> int:
        return int(q[:4]) * 4 + int(q[-1]) - 1

    first, last = index(found[0]), index(found[-1])
    return [f"{i // 4:04d}-Q{i % 4 + 1}" for i in range(first, last + 1)]


def group_by(
    families: Iterable[FamilyFacts], key: Callable[[FamilyFacts], str]
) -> dict[str, list[FamilyFacts]]:
    groups: dict[str, list[FamilyFacts]] = {}
    for family in families:
        groups.setdefault(key(family), []).append(family)
    return groups
