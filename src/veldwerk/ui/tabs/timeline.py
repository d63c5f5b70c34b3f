"""The journey as the timeline shows it: events in date order, in runs by phase.

The phase of an event is derived from the family's births (`domain.phases`), never entered. A run
is a stretch of consecutive events in the same phase; with a second child a phase can come back,
and then it gets a new run, as it happened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from veldwerk.domain import phases
from veldwerk.domain.model import Event, Family


@dataclass(frozen=True)
class TimelineRow:
    """A phase heading (`event` None, `count` events under it) or one event in `phase`."""

    phase: str
    event: Event | None = None
    count: int = 0


def chronological(events: tuple[Event, ...]) -> list[Event]:
    return sorted(events, key=lambda e: (e.date, e.key if e.key is not None else 1 << 62))


def timeline_rows(family: Family, newest_first: bool = True) -> list[TimelineRow]:
    """Headings and events for the timeline, newest or oldest first."""
    timeline = phases.timeline_of(family)
    runs: list[tuple[str, list[Event]]] = []
    phase_of: dict[date, str] = {}  # many steps share a day
    for event in chronological(family.journey):
        phase = phase_of.get(event.date)
        if phase is None:
            phase = phase_of[event.date] = timeline.phase_on(event.date)
        if runs and runs[-1][0] == phase:
            runs[-1][1].append(event)
        else:
            runs.append((phase, [event]))
    if newest_first:
        runs = [(phase, events[::-1]) for phase, events in reversed(runs)]
    rows: list[TimelineRow] = []
    for phase, events in runs:
        rows.append(TimelineRow(phase, None, len(events)))
        rows.extend(TimelineRow(phase, e) for e in events)
    return rows
