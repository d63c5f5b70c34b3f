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


def family_categories(dimension: str, family: FamilyFacts) -> frozenset[str]:
    """The categories of `dimension` a family has: its region or vulnerabilities as attributes,
    otherwise every category on at least one of its events."""
    if dimension == "region":
        return frozenset({family.region})
    if dimension == "vulnerability":
        return frozenset(family.vulnerabilities)
    return frozenset(c for e in family.events for c in event_categories(dimension, e))


def categories_of(dimension: str, families: Sequence[FamilyFacts]) -> tuple[str, ...]:
    """Every category of a dimension, in its order: the whole code list (so a category nobody
    has still gets a row), plus any other value seen; regions sorted by name."""
    seen: set[str] = set()
    for family in families:
        seen |= family_categories(dimension, family)
    if dimension == "region":
        return tuple(sorted(seen))
    listed = _CODE_LIST[dimension]
    return listed + tuple(sorted(seen - set(listed)))


def count_dimension(dimension: str, families: Sequence[FamilyFacts]) -> list[CategoryCount]:
    """Families (distinct) and events per category of one dimension."""
    family_counts: Counter[str] = Counter()
    event_counts: Counter[str] = Counter()
    for family in families:
        family_counts.update(family_categories(dimension, family))
        if dimension not in ATTRIBUTE_DIMENSIONS:
            for event in family.events:
                event_counts.update(event_categories(dimension, event))
    attribute = dimension in ATTRIBUTE_DIMENSIONS
    return [
        CategoryCount(dimension, c, family_counts[c], None if attribute else event_counts[c])
        for c in categories_of(dimension, families)
    ]


def count_categories(families: Sequence[FamilyFacts]) -> list[CategoryCount]:
    """Every row of aggregates.csv (before suppression), dimension by dimension."""
    return [row for d in DIMENSIONS for row in count_dimension(d, families)]


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
            result.setdefault(o, Counter())[i] += 1
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
