"""Small-cell suppression: no published number small enough to point at a family.

Primary rule (the issue's): a cell whose number of families is below the threshold (default 5,
never below 3) is written as ``<5`` (the threshold) and its events are left empty.

Complementary rule (ours, so the primary rule cannot be undone by subtraction): where cells add
up to a published total, one hidden cell could be worked out as the total minus the others. So in
such a group (regions, whose families add up to the ``all`` row; quarters; and the event counts
of phases and of event types, which both add up to all events) hiding goes on, smallest first,
until at least two cells are hidden and the hidden cells together hold at least the threshold.
A cell hidden for that reason only is written as ``x``.

Pure functions; `docs/coordinator-outputs.md` explains the markers to readers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from veldwerk.coordinator.aggregate import ATTRIBUTE_DIMENSIONS, EVENT_PARTITIONS, CategoryCount
from veldwerk.coordinator.metrics import ALL, GroupMetrics, format_number, median, percent
from veldwerk.domain.errors import DomainError

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 3
COMPLEMENTARY = "x"
"""The marker of a cell hidden only so that a smaller hidden cell cannot be worked out."""


def checked_threshold(threshold: int) -> int:
    """`threshold` when it is allowed (3 or more); DomainError ``coordinator.threshold_too_low``
    otherwise (a lower threshold is refused, not silently raised)."""
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < MIN_THRESHOLD:
        raise DomainError(
            "coordinator.threshold_too_low", "threshold", {"given": threshold, "min": MIN_THRESHOLD}
        )
    return threshold


def below_marker(threshold: int) -> str:
    """``<5`` for threshold 5."""
    return f"<{threshold}"


def is_small(families: int, threshold: int) -> bool:
    """The primary rule: fewer families than the threshold (zero included)."""
    return families < threshold


def complementary_hidden(
    values: Mapping[str, int], hidden: Iterable[str], threshold: int
) -> frozenset[str]:
    """The cells to hide in a group that adds up to a published total, given the cells hidden
    already: smallest visible cells are added until none is hidden, or at least two are and their
    sum is at least `threshold`, or all are."""
    result = set(hidden)
    visible = sorted((v, k) for k, v in values.items() if k not in result)
    while result and visible and (len(result) < 2 or sum(values[k] for k in result) < threshold):
        _, smallest = visible.pop(0)
        result.add(smallest)
    return frozenset(result)


@dataclass(frozen=True)
class PublishedCount:
    """One row of aggregates.csv as written: every cell a string."""

    dimension: str
    category: str
    families: str
    events: str

    def as_row(self) -> tuple[str, str, str, str]:
        return (self.dimension, self.category, self.families, self.events)


def publish_counts(counts: Sequence[CategoryCount], threshold: int) -> list[PublishedCount]:
    """The rows of aggregates.csv with both rules applied (see the module's text)."""
    checked_threshold(threshold)
    small = {(c.dimension, c.category) for c in counts if is_small(c.families, threshold)}
    regions = {c.category: c.families for c in counts if c.dimension == "region"}
    hidden_regions = complementary_hidden(
        regions, (k for k in regions if ("region", k) in small), threshold
    )
    hidden_events: set[tuple[str, str]] = set()
    for dimension in sorted(EVENT_PARTITIONS):
        per_category = {c.category: c.events or 0 for c in counts if c.dimension == dimension}
        primary = (k for k in per_category if (dimension, k) in small)
        hidden_events |= {
            (dimension, k) for k in complementary_hidden(per_category, primary, threshold)
        }
    rows: list[PublishedCount] = []
    for c in counts:
        place = (c.dimension, c.category)
        if place in small:
            families, events = below_marker(threshold), ""
        elif c.dimension == "region" and c.category in hidden_regions:
            families, events = COMPLEMENTARY, ""
        else:
            families = str(c.families)
            hide_events = c.dimension in ATTRIBUTE_DIMENSIONS or place in hidden_events
            events = "" if hide_events or c.events is None else str(c.events)
        rows.append(PublishedCount(c.dimension, c.category, families, events))
    return rows


METRIC_COLUMNS: tuple[str, ...] = (
    "region",
    "families",
    "with_backup_pct",
    "with_jim_pct",
    "median_max_concurrent_professionals",
    "median_duration_weeks",
    "median_weeks_signal_to_intake",
)


def publish_metric_row(m: GroupMetrics, threshold: int, *, hide: bool = False) -> tuple[str, ...]:
    """One metrics row as written. A group below the threshold shows only its name and ``<5``;
    a group hidden by the complementary rule (`hide`) its name and ``x``. Otherwise a figure
    whose own base (active families for the backup share, closed families for the duration,
    families with both a signal and an intake for the wait) is below the threshold is left
    empty."""
    checked_threshold(threshold)
    if is_small(m.families, threshold):
        return (m.group, below_marker(threshold), "", "", "", "", "")
    if hide:
        return (m.group, COMPLEMENTARY, "", "", "", "", "")

    def enough(n: int) -> bool:
        return n >= threshold

    backup = percent(m.active_with_backup, m.active) if enough(m.active) else None
    durations = median(m.closed_durations) if enough(len(m.closed_durations)) else None
    waits = median(m.signal_to_intake) if enough(len(m.signal_to_intake)) else None
    return (
        m.group,
        str(m.families),
        "" if backup is None else str(backup),
        str(percent(m.with_jim, m.families)),
        format_number(median(m.max_professionals)),
        format_number(durations),
        format_number(waits),
    )


def publish_metrics(
    groups: Sequence[GroupMetrics], total: GroupMetrics, threshold: int
) -> list[tuple[str, ...]]:
    """Every row of metrics.csv: one per group (region), then the ``all`` row, with the
    complementary rule over the groups (their families add up to the ``all`` row's)."""
    small = (g.group for g in groups if is_small(g.families, threshold))
    hidden = complementary_hidden({g.group: g.families for g in groups}, small, threshold)
    rows = [publish_metric_row(g, threshold, hide=g.group in hidden) for g in groups]
    rows.append(publish_metric_row(total, threshold))
    assert total.group == ALL
    return rows
