"""Everything the outputs publish, computed once and already protected: the rows of
aggregates.csv and metrics.csv and the figures of the report's and the dashboard's charts, for all
families or for a region and a period (a filtered view). The CSV files, the PDF and the window
only write or draw what is here, so the protection (`suppress.py`, `perturb.py`) lives in one
place and a filtered view gets exactly the same as the full report. Pure functions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
from veldwerk.coordinator.perturb import published_count
from veldwerk.coordinator.suppress import (
    COMPLEMENTARY,
    PublishedCount,
    below_marker,
    checked_threshold,
    hidden_parts,
    is_small,
    publish_counts,
    publish_metrics,
    published_total,
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
    """One published number of families: `value` the rounded number, None when it is hidden;
    `text` as shown (``15``, ``<10`` or ``x``; a total can be ``250+``)."""

    code: str
    value: int | None
    text: str


def _bar(code: str, families: int, threshold: int, hidden: bool = False) -> Bar:
    if is_small(families, threshold):
        return Bar(code, None, below_marker(threshold))
    if hidden:
        return Bar(code, None, COMPLEMENTARY)
    value = published_count(families, threshold)
    return Bar(code, value, str(value))


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
    """The families of the selection: the sum of the regions' published numbers (``250+`` when
    a region is hidden; see `suppress.published_total`)."""
    aggregates: tuple[PublishedCount, ...]
    metrics: tuple[tuple[str, ...], ...]
    barriers_by_phase: tuple[tuple[str, tuple[Bar, ...]], ...]
    """Per phase (in phase order): its most frequent barriers (families with the barrier on an
    event in that phase), at most `TOP_PER_PHASE`, only those that can be published."""
    barriers: tuple[Bar, ...]
    enablers: tuple[Bar, ...]
    """Every code, most families (as published) first, then by code; hidden ones last."""
    quarters: tuple[QuarterPoint, ...]
    regions: tuple[str, ...]
    """Every region in the data (for a filter), whatever the selection."""


def _ranked(dimension: str, rows: Sequence[PublishedCount]) -> tuple[Bar, ...]:
    bars = [
        Bar(r.category, int(r.families) if r.families.isdigit() else None, r.families)
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
        counter: Mapping[str, int] = cross.get(phase) or {}
        published = ((published_count(n, threshold), b) for b, n in counter.items())
        shown = sorted(((v, b) for v, b in published if v is not None), key=lambda x: (-x[0], x[1]))
        result.append((phase, tuple(Bar(b, v, str(v)) for v, b in shown[:TOP_PER_PHASE])))
    return tuple(result)


def _quarters(families: Sequence[FamilyFacts], threshold: int) -> tuple[QuarterPoint, ...]:
    quarters = quarter_range(f.opened_quarter for f in families)
    groups = group_by(families, lambda f: f.opened_quarter)
    sizes = {q: len(groups.get(q, [])) for q in quarters}
    hidden = hidden_parts(sizes, threshold)
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
    """Everything published about the selected families, protected with `threshold`: the one
    function every output (CSV, PDF, the window's dashboard, charts and filtered views) takes
    its numbers from."""
    checked_threshold(threshold)
    with cycle_collector_paused():
        return _build_overview(all_families, threshold, selection)


def _build_overview(
    all_families: Sequence[FamilyFacts], threshold: int, selection: Selection
) -> Overview:
    families = select(all_families, selection)
    counts = count_categories(families)
    published = publish_counts(counts, threshold, families)
    regions = {c.category: c.families for c in counts if c.dimension == "region"}
    value, text = published_total(regions, hidden_parts(regions, threshold), threshold)
    return Overview(
        threshold=threshold,
        selection=selection,
        total=Bar(ALL, value, text),
        aggregates=tuple(published),
        metrics=tuple(metrics_rows(families, threshold)),
        barriers_by_phase=_barriers_by_phase(families, threshold),
        barriers=_ranked("barrier", published),
        enablers=_ranked("enabler", published),
        quarters=_quarters(families, threshold),
        regions=tuple(sorted({f.region for f in all_families})),
    )
