"""The figures of metrics.csv for one group of families (a region, a quarter, or all), before
suppression. Pure functions; `docs/coordinator-outputs.md` says what each figure means."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from veldwerk.coordinator.facts import FamilyFacts

ALL = "all"
"""The group name of the row over every family."""


@dataclass(frozen=True)
class GroupMetrics:
    """The raw material of one metrics row: counts and the values the medians are taken of.
    Each figure has its own base, so suppression can check each base's size."""

    group: str
    families: int
    active: int
    active_with_backup: int
    with_jim: int
    max_professionals: tuple[int, ...]
    """Of every family."""
    closed_durations: tuple[int, ...]
    """Weeks from the first day of the opening quarter to closing (bands of 4), of every closed
    family."""
    signal_to_intake: tuple[int, ...]
    """Weeks from first signal to intake (the difference of two 4-week bands), of every family
    that has both."""


def group_metrics(group: str, families: Sequence[FamilyFacts]) -> GroupMetrics:
    active = [f for f in families if f.status == "active"]
    waits = (f.weeks_signal_to_intake for f in families)
    return GroupMetrics(
        group=group,
        families=len(families),
        active=len(active),
        active_with_backup=sum(1 for f in active if f.backup_now),
        with_jim=sum(1 for f in families if f.jim),
        max_professionals=tuple(sorted(f.max_professionals_at_once for f in families)),
        closed_durations=tuple(
            sorted(
                f.duration_weeks
                for f in families
                if f.status == "closed" and f.duration_weeks is not None
            )
        ),
        signal_to_intake=tuple(sorted(w for w in waits if w is not None)),
    )


def median(values: Sequence[int]) -> Fraction | None:
    """The median (the mean of the middle two for an even count); None for no values."""
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        return None
    if n % 2:
        return Fraction(ordered[n // 2])
    return Fraction(ordered[n // 2 - 1] + ordered[n // 2], 2)


def percent(part: int, whole: int) -> int | None:
    """`part` of `whole` as a whole percentage, halves rounded up; None when `whole` is 0."""
    if whole <= 0:
        return None
    return int((Fraction(100 * part, whole) + Fraction(1, 2)) // 1)


def format_number(value: Fraction | None) -> str:
    """A median as written: ``12``, or ``12.5`` for a half; empty for None."""
    if value is None:
        return ""
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.1f}"
