"""Everything the outputs publish, computed once and already suppressed: the rows of
aggregates.csv and metrics.csv and the figures of the report's and the dashboard's charts, for all
families or for a region and a period. The PDF and the window only draw what is here, so
suppression lives in one place. Pure functions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from veldwerk.coordinator.aggregate import (
    count_categories,
    cross_counts,
    group_by,
    quarter_range,
)
from veldwerk.coordinator.bulk import cycle_collector_paused
from veldwerk.coordinator.facts import FamilyFacts
from veldwerk.coordinator.metrics import ALL, format_number, group_metrics, median
from veldwerk.coordinator.suppress import (
    COMPLEMENTARY,
    PublishedCount,
    below_marker,
    checked_threshold,
    complementary_hidden,
    is_small,
    publish_counts,
    publish_metrics,
)
from veldwerk.domain import codes

TOP_PER_PHASE = 5


@dataclass(frozen=True)
class Selection:
    """Which families an overview is about: one region (None: all) and a period of quarters of
    opening (inclusive; None: open-ended)."""

    region: str | None = None
    first_quarter: str | None = None
    last_quarter: str | None = None

    def admits(self, family: FamilyFacts) -> bool:
        if self.region is not None and family.region != self.region:
            return False
        if self.first_quarter is not None and family.opened_quarter < self.first_quarter:
            return False
        return self.last_quarter is None or family.opened_quarter <= self.last_quarter

    @property
    def is_everything(self) -> bool:
        return self.region is None and self.first_quarter is None and self.last_quarter is None


def select(families: Sequence[FamilyFacts], selection: Selection) -> list[FamilyFacts]:
    return [f for f in families if selection.admits(f)]


@dataclass(frozen=True)
class Bar:
    """One published number of families: `value` None when it is hidden; `text` as shown
    (``12``, ``<5`` or ``x``)."""

    code: str
    value: int | None
    text: str


def _bar(code: str, families: int, threshold: int, hidden: bool = False) -> Bar:
    if is_small(families, threshold):
        return Bar(code, None, below_marker(threshold))
    if hidden:
        return Bar(code, None, COMPLEMENTARY)
    return Bar(code, families, str(families))


@dataclass(frozen=True)
class QuarterPoint:
    quarter: str
    families: Bar
    """Families opened in the quarter (hidden like the regions: the quarters add up)."""
    median_wait: str
    """Median weeks from signal to intake of those families; empty when fewer than the
    threshold have both, or the quarter is hidden."""


@dataclass(frozen=True)
class Overview:
    threshold: int
    selection: Selection
    total: Bar
    aggregates: tuple[PublishedCount, ...]
    metrics: tuple[tuple[str, ...], ...]
    barriers_by_phase: tuple[tuple[str, tuple[Bar, ...]], ...]
    """Per phase (in phase order): its most frequent barriers (families with the barrier on an
    event in that phase), at most `TOP_PER_PHASE`, only those that can be published."""
    barriers: tuple[Bar, ...]
    enablers: tuple[Bar, ...]
    """Every code, most families first; hidden ones last."""
    quarters: tuple[QuarterPoint, ...]
    regions: tuple[str, ...]
    """Every region in the data (for a filter), whatever the selection."""


def _ranked(
    dimension: str, rows: Sequence[PublishedCount], counts: dict[tuple[str, str], int]
) -> tuple[Bar, ...]:
    bars = [
        Bar(
            r.category,
            counts[(dimension, r.category)] if r.families.isdigit() else None,
            r.families,
        )
        for r in rows
        if r.dimension == dimension
    ]
    return tuple(sorted(bars, key=lambda b: (b.value is None, -(b.value or 0), b.code)))


def _barriers_by_phase(
    families: Sequence[FamilyFacts], threshold: int
) -> tuple[tuple[str, tuple[Bar, ...]], ...]:
    cross = cross_counts(families, "phase", "barrier")
    result = []
    for phase in codes.PHASE_ORDER:
        counter = cross.get(phase)
        shown = sorted(
            ((n, b) for b, n in (counter or {}).items() if not is_small(n, threshold)),
            key=lambda x: (-x[0], x[1]),
        )[:TOP_PER_PHASE]
        result.append((phase, tuple(Bar(b, n, str(n)) for n, b in shown)))
    return tuple(result)


def _quarters(families: Sequence[FamilyFacts], threshold: int) -> tuple[QuarterPoint, ...]:
    quarters = quarter_range(f.opened_quarter for f in families)
    groups = group_by(families, lambda f: f.opened_quarter)
    sizes = {q: len(groups.get(q, [])) for q in quarters}
    small = [q for q in quarters if is_small(sizes[q], threshold)]
    hidden = complementary_hidden(sizes, small, threshold)
    points = []
    for q in quarters:
        bar = _bar(q, sizes[q], threshold, q in hidden)
        waits = [w for f in groups.get(q, []) if (w := f.weeks_signal_to_intake) is not None]
        wait = ""
        if bar.value is not None and not is_small(len(waits), threshold):
            wait = format_number(median(waits))
        points.append(QuarterPoint(q, bar, wait))
    return tuple(points)


def metrics_rows(families: Sequence[FamilyFacts], threshold: int) -> list[tuple[str, ...]]:
    """The rows of metrics.csv: one per region (by name), then ``all``."""
    groups = group_by(families, lambda f: f.region)
    per_region = [group_metrics(r, groups[r]) for r in sorted(groups)]
    return publish_metrics(per_region, group_metrics(ALL, families), threshold)


def build_overview(
    all_families: Sequence[FamilyFacts], threshold: int, selection: Selection = Selection()
) -> Overview:
    """Everything published about the selected families, suppressed with `threshold`."""
    checked_threshold(threshold)
    with cycle_collector_paused():
        return _build_overview(all_families, threshold, selection)


def _build_overview(
    all_families: Sequence[FamilyFacts], threshold: int, selection: Selection
) -> Overview:
    families = select(all_families, selection)
    counts = count_categories(families)
    published = publish_counts(counts, threshold)
    raw = {(c.dimension, c.category): c.families for c in counts}
    return Overview(
        threshold=threshold,
        selection=selection,
        total=_bar(ALL, len(families), threshold),
        aggregates=tuple(published),
        metrics=tuple(metrics_rows(families, threshold)),
        barriers_by_phase=_barriers_by_phase(families, threshold),
        barriers=_ranked("barrier", published, raw),
        enablers=_ranked("enabler", published, raw),
        quarters=_quarters(families, threshold),
        regions=tuple(sorted({f.region for f in all_families})),
    )
