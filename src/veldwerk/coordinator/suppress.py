"""What may be published: the threshold, hiding, totals from published cells, percentages.

- **Threshold** (default 10, never below 5): a cell of fewer families is written ``<10`` (the
  threshold) and its events are left empty. Every other count is rounded (`perturb.py`).
- **Complementary hiding**: where cells are parts of a whole that is published elsewhere
  (regions, quarters of opening; and the events of phases and of event types, which both add up
  to all events), hiding goes on, smallest first, until the hidden cells that hold any family are
  none, or at least two that together hold at least the threshold of **distinct families**. A cell
  with no family (or one a reader knows is empty) is never used as the complement: it would hide
  nothing. A cell hidden for this reason only is written ``x``.
- **Totals** are the sum of the published (rounded) parts; a total with a hidden part is written
  with a ``+`` after it (``250+``: the parts shown add up to 250, and some are hidden); a total of
  hidden parts only is hidden itself. So no total minus its shown parts gives a hidden one.
- **Percentages** are published only when the families they count and the families they do not
  count (of the same base) both reach the threshold, and are computed from those two counts
  rounded: "11% of 9 families" cannot appear.

Pure functions; `docs/coordinator-outputs.md` explains the markers and the parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from veldwerk.coordinator.aggregate import ATTRIBUTE_DIMENSIONS, EVENT_PARTITIONS, CategoryCount
from veldwerk.coordinator.facts import FamilyFacts
from veldwerk.coordinator.metrics import ALL, GroupMetrics, format_number, median, percent
from veldwerk.coordinator.perturb import DEFAULT_THRESHOLD as DEFAULT_THRESHOLD
from veldwerk.coordinator.perturb import MIN_THRESHOLD as MIN_THRESHOLD
from veldwerk.coordinator.perturb import published_count
from veldwerk.domain.errors import DomainError

COMPLEMENTARY = "x"
"""The marker of a cell hidden only so that a smaller hidden cell cannot be worked out."""
PARTIAL_MARK = "+"
"""After a total of which some parts are hidden (the hidden parts are not in it)."""


def checked_threshold(threshold: int) -> int:
    """`threshold` when it is allowed (`MIN_THRESHOLD` or more); DomainError
    ``coordinator.threshold_too_low`` otherwise (a lower threshold is refused, not silently
    raised)."""
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < MIN_THRESHOLD:
        raise DomainError(
            "coordinator.threshold_too_low", "threshold", {"given": threshold, "min": MIN_THRESHOLD}
        )
    return threshold


def below_marker(threshold: int) -> str:
    """``<10`` for threshold 10."""
    return f"<{threshold}"


def is_small(families: int, threshold: int) -> bool:
    """The primary rule: fewer families than the threshold (zero included)."""
    return families < threshold


def count_text(families: int, threshold: int) -> str:
    """A number of families as published: rounded, or ``<10`` below the threshold."""
    value = published_count(families, threshold)
    return below_marker(threshold) if value is None else str(value)


def complementary_hidden(
    values: Mapping[str, int],
    hidden: Iterable[str],
    threshold: int,
    mass: Callable[[frozenset[str]], int] | None = None,
) -> frozenset[str]:
    """The cells to hide in a group of parts, given the cells hidden already. `values` are the
    families of each cell; `mass(cells)` the distinct families in those cells together (default:
    the sum, for parts that share no family). The smallest visible cells that hold a family are
    added until the hidden cells holding a family are none, or at least two holding at least
    `threshold` families, or there are no more."""
    result = set(hidden)

    def weight(cells: frozenset[str]) -> int:
        return mass(cells) if mass is not None else sum(values[k] for k in cells)

    def enough() -> bool:
        holding = frozenset(k for k in result if values[k] > 0)
        return not holding or (len(holding) >= 2 and weight(holding) >= threshold)

    visible = sorted((v, k) for k, v in values.items() if k not in result and v > 0)
    while visible and not enough():
        result.add(visible.pop(0)[1])
    return frozenset(result)


def hidden_parts(values: Mapping[str, int], threshold: int) -> frozenset[str]:
    """Both rules over parts that share no family (regions, quarters): the small ones, and their
    complement."""
    small = (k for k, v in values.items() if is_small(v, threshold))
    return complementary_hidden(values, small, threshold)


def published_total(
    parts: Mapping[str, int], hidden: Iterable[str], threshold: int
) -> tuple[int | None, str]:
    """The total of parts that share no family, as published: (value, text). The sum of the
    parts' published numbers, with `PARTIAL_MARK` when a part holding a family is hidden; when
    no part is shown, hidden: ``<10`` if the whole is below the threshold, else ``x``."""
    gone = frozenset(hidden)
    shown = [published_count(n, threshold) for k, n in parts.items() if k not in gone]
    values = [v for v in shown if v is not None]
    if not values:
        whole = sum(parts.values())
        return None, below_marker(threshold) if is_small(whole, threshold) else COMPLEMENTARY
    partial = any(parts[k] > 0 for k in gone if k in parts)
    total = sum(values)
    return total, f"{total}{PARTIAL_MARK}" if partial else str(total)


def share_text(part: int, base: int, threshold: int) -> str:
    """`part` of `base` as a published percentage; empty unless the part and the rest of the
    base both reach the threshold. Computed from the two rounded counts."""
    rest = base - part
    counted, other = published_count(part, threshold), published_count(rest, threshold)
    if counted is None or other is None:
        return ""
    return str(percent(counted, counted + other))


@dataclass(frozen=True)
class PublishedCount:
    """One row of aggregates.csv as written: every cell a string."""

    dimension: str
    category: str
    families: str
    events: str

    def as_row(self) -> tuple[str, str, str, str]:
        return (self.dimension, self.category, self.families, self.events)


def _distinct_families(
    families: Sequence[FamilyFacts], dimension: str
) -> Callable[[frozenset[str]], int]:
    """`mass` for the categories of an event dimension: how many families have an event of any
    of the cells (worked out only when asked: most partitions hide nothing)."""
    sets: list[frozenset[str]] = []

    def mass(cells: frozenset[str]) -> int:
        if not sets:
            for f in families:
                found = (e.phase if dimension == "phase" else e.type for e in f.events)
                sets.append(frozenset(found))
        return sum(1 for s in sets if not s.isdisjoint(cells))

    return mass


def hidden_events(
    counts: Sequence[CategoryCount], families: Sequence[FamilyFacts], threshold: int
) -> frozenset[tuple[str, str]]:
    """The (dimension, category) cells of phases and event types whose events are hidden: the
    small ones, and their complement, chosen and weighed by distinct families."""
    result: set[tuple[str, str]] = set()
    for dimension in sorted(EVENT_PARTITIONS):
        per_category = {c.category: c.families for c in counts if c.dimension == dimension}
        small = [k for k, v in per_category.items() if is_small(v, threshold)]
        mass = _distinct_families(families, dimension)
        chosen = complementary_hidden(per_category, small, threshold, mass)
        result |= {(dimension, k) for k in chosen}
    return frozenset(result)


def publish_counts(
    counts: Sequence[CategoryCount],
    threshold: int,
    families: Sequence[FamilyFacts],
) -> list[PublishedCount]:
    """The rows of aggregates.csv of `families` (whose counts are `counts`) with every rule
    applied (see the module's text)."""
    checked_threshold(threshold)
    regions = {c.category: c.families for c in counts if c.dimension == "region"}
    gone_regions = hidden_parts(regions, threshold)
    gone_events = hidden_events(counts, families, threshold)
    rows: list[PublishedCount] = []
    for c in counts:
        place = (c.dimension, c.category)
        if is_small(c.families, threshold):
            families_text, events = below_marker(threshold), ""
        elif c.dimension == "region" and c.category in gone_regions:
            families_text, events = COMPLEMENTARY, ""
        else:
            families_text = count_text(c.families, threshold)
            hide = c.dimension in ATTRIBUTE_DIMENSIONS or place in gone_events or c.events is None
            events = "" if hide else str(published_count(c.events or 0, threshold))
        rows.append(PublishedCount(c.dimension, c.category, families_text, events))
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


def publish_metric_row(
    m: GroupMetrics, threshold: int, *, hide: bool = False, families: str | None = None
) -> tuple[str, ...]:
    """One metrics row as written. A group below the threshold shows only its name and ``<10``;
    a group hidden by the complementary rule (`hide`) its name and ``x``. Otherwise the number
    of families (rounded, or `families` when given: the total of the ``all`` row), the
    percentages by `share_text`, and each median only when its own base (closed families for the
    duration, families with both a signal and an intake for the wait) reaches the threshold."""
    checked_threshold(threshold)
    if is_small(m.families, threshold):
        return (m.group, below_marker(threshold), "", "", "", "", "")
    if hide:
        return (m.group, COMPLEMENTARY, "", "", "", "", "")

    def enough(n: int) -> bool:
        return n >= threshold

    durations = median(m.closed_durations) if enough(len(m.closed_durations)) else None
    waits = median(m.signal_to_intake) if enough(len(m.signal_to_intake)) else None
    return (
        m.group,
        families if families is not None else count_text(m.families, threshold),
        share_text(m.active_with_backup, m.active, threshold),
        share_text(m.with_jim, m.families, threshold),
        format_number(median(m.max_professionals)),
        format_number(durations),
        format_number(waits),
    )


def publish_metrics(
    groups: Sequence[GroupMetrics], total: GroupMetrics, threshold: int
) -> list[tuple[str, ...]]:
    """Every row of metrics.csv: one per group (region), then the ``all`` row, whose families
    are the total of the groups' published numbers (`published_total`); the groups are hidden
    like the region rows of aggregates.csv (`hidden_parts`)."""
    assert total.group == ALL
    sizes = {g.group: g.families for g in groups}
    hidden = hidden_parts(sizes, threshold)
    rows = [publish_metric_row(g, threshold, hide=g.group in hidden) for g in groups]
    _value, total_text = published_total(sizes, hidden, threshold)
    rows.append(publish_metric_row(total, threshold, families=total_text))
    return rows
