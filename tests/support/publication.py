"""The reader who attacks the coordinator's published numbers (`tests/coordinator/
test_coordinator_publication.py`): every published number of every view with the true set of
families it counts, and the subtraction of every pair of them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from veldwerk.coordinator.facts import FamilyFacts
from veldwerk.coordinator.metrics import percent
from veldwerk.coordinator.overview import Overview, Selection
from veldwerk.coordinator.perturb import published_count


@cache
def possible(published: int, threshold: int) -> tuple[int, int]:
    """The true counts a published count can stand for (the rule is public): lowest, highest."""
    counts = [
        n for n in range(threshold, published + 11) if published_count(n, threshold) == published
    ]
    assert counts, f"{published} is not a number the rule publishes"
    return min(counts), max(counts)


class Numbers:
    """Published numbers of one set of outputs, each with the true set of families it counts
    (a bit mask over the families: computed here, not taken from the outputs) and the range of
    true counts a reader can work out from the number alone."""

    def __init__(self, families: Sequence[FamilyFacts], threshold: int) -> None:
        self.families = families
        self.threshold = threshold
        self.found: list[tuple[int, int, int, str]] = []  # mask, lowest, highest, where

    def mask(self, admits: Callable[[FamilyFacts], bool]) -> int:
        return sum(1 << i for i, f in enumerate(self.families) if admits(f))

    def add(self, text: str, mask: int, where: str) -> tuple[int, int] | None:
        if not text.isdigit():
            return None
        low, high = possible(int(text), self.threshold)
        true = mask.bit_count()
        assert low <= true <= high, f"{where}: {text} does not stand for the true {true}"
        self.found.append((mask, low, high, where))
        return low, high

    def add_total(self, text: str, mask: int, parts: list[tuple[int, int]], where: str) -> None:
        """A total: the sum of the parts shown; without a ``+`` nothing may be left out."""
        if text.isdigit():
            low, high = sum(p[0] for p in parts), sum(p[1] for p in parts)
            assert low <= mask.bit_count() <= high, f"{where}: a hidden part is left out unmarked"
            self.found.append((mask, low, high, where))


def phase_has(family: FamilyFacts, phase: str, barrier: str) -> bool:
    return any(e.phase == phase and barrier in e.barriers for e in family.events)


def has_category(family: FamilyFacts, dimension: str, category: str) -> bool:
    if dimension == "region":
        return family.region == category
    if dimension == "vulnerability":
        return category in family.vulnerabilities
    pick: dict[str, Callable[[Any], tuple[str, ...]]] = {
        "phase": lambda e: (e.phase,),
        "event_type": lambda e: (e.type,),
        "barrier": lambda e: e.barriers,
        "enabler": lambda e: e.enablers,
    }
    return any(category in pick[dimension](e) for e in family.events)


def collect_numbers(numbers: Numbers, overview: Overview) -> None:
    """Every published number of one view, with its true set of families."""
    chosen = overview.selection
    in_view = numbers.mask(chosen.admits)
    families = numbers.families
    t = numbers.threshold
    region_parts = []
    for row in overview.aggregates:
        mask = in_view & numbers.mask(lambda f, r=row: has_category(f, r.dimension, r.category))
        part = numbers.add(row.families, mask, f"{chosen} {row.dimension}={row.category}")
        if row.dimension == "region" and part is not None:
            region_parts.append(part)
    numbers.add_total(overview.total.text, in_view, region_parts, f"{chosen} total")
    for row in overview.metrics:
        group = in_view & numbers.mask(lambda f, r=row[0]: f.region == r)
        if row[0] != "all":
            numbers.add(row[1], group, f"{chosen} metrics {row[0]}")
        else:
            group = in_view
        members = [f for i, f in enumerate(families) if group >> i & 1]
        active = [f for f in members if f.status == "active"]
        for pct, part, base in (
            (row[2], sum(f.backup_now for f in active), len(active)),
            (row[3], sum(f.jim for f in members), len(members)),
        ):
            if pct:  # never "11% of 9 families": the part and the rest both reach the threshold
                assert part >= t and base - part >= t, f"{chosen} {row[0]}: {pct}% of {base}"
                shown, rest = published_count(part, t), published_count(base - part, t)
                assert shown is not None and rest is not None
                assert int(pct) == percent(shown, shown + rest)
    for point in overview.quarters:
        mask = in_view & numbers.mask(lambda f, q=point.quarter: f.opened_quarter == q)
        numbers.add(point.families.text, mask, f"{chosen} quarter {point.quarter}")
    for phase, bars in overview.barriers_by_phase:
        for bar in bars:
            mask = in_view & numbers.mask(lambda f, p=phase, b=bar.code: phase_has(f, p, b))
            numbers.add(bar.text, mask, f"{chosen} {phase}/{bar.code}")


def views(families: Sequence[FamilyFacts]) -> list[Selection]:
    """The full report and every filtered view the window offers: each region, and every period
    from one quarter to another, for all regions and for each."""
    quarters = sorted({f.opened_quarter for f in families})
    periods = [(a, b) for i, a in enumerate(quarters) for b in quarters[i:]]
    return [
        Selection(region, first, last)
        for region in [None, *sorted({f.region for f in families})]
        for first, last in [(None, None), *periods]
    ]


def subtract_every_pair(numbers: Numbers) -> int:
    """Every pair of published numbers where one set of families holds the other (they share
    a margin): their difference counts the families in the one and not the other. Asserts that
    a reader can never pin that difference down when it is a small count; returns the pairs
    with a small true difference looked at."""
    small = 0
    found = numbers.found
    for inner, low_i, high_i, where_i in found:
        for outer, low_o, high_o, where_o in found:
            if inner == outer or inner & ~outer:
                continue
            true = (outer & ~inner).bit_count()
            if not 1 <= true < numbers.threshold:
                continue
            small += 1
            lowest, highest = max(0, low_o - high_i), high_o - low_i
            assert lowest <= true <= highest
            assert lowest < highest, f"{where_o} minus {where_i} gives exactly {true}"
    return small
