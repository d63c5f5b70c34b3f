"""What the coordinator keeps of one family's learning record: the facts its outputs need.

A learning record (`veldwerk.learning.record`) is reduced to `FamilyFacts` when it is collected;
only these facts are stored in the coordinator's database. No free text (reflections) is kept,
because no output uses it. Pure functions, no I/O.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class EventFacts:
    """One step of a family's journey: its type, derived phase, codes and week offset."""

    type: str
    phase: str
    barriers: tuple[str, ...]
    enablers: tuple[str, ...]
    week: int


@dataclass(frozen=True)
class FamilyFacts:
    """One family as the coordinator sees it. `installation_id` and `pseudonym` together say
    which family it is (never who)."""

    installation_id: str
    pseudonym: str
    region: str
    status: str
    opened_quarter: str
    duration_weeks: int
    vulnerabilities: tuple[str, ...]
    events: tuple[EventFacts, ...]
    backup_now: bool
    jim: bool
    max_professionals_at_once: int

    @property
    def key(self) -> tuple[str, str]:
        return (self.installation_id, self.pseudonym)

    @property
    def weeks_signal_to_intake(self) -> int | None:
        return weeks_signal_to_intake(self.events)


def weeks_signal_to_intake(events: Sequence[EventFacts]) -> int | None:
    """Weeks from the family's first `signal` to the first `intake` on or after it (by week
    offset); None when there is no signal, or no intake after the first signal."""
    signals = [e.week for e in events if e.type == "signal"]
    if not signals:
        return None
    first_signal = min(signals)
    intakes = [e.week for e in events if e.type == "intake" and e.week >= first_signal]
    if not intakes:
        return None
    return min(intakes) - first_signal


def family_facts(record: Mapping[str, Any], installation_id: str) -> FamilyFacts:
    """The facts of one learning record (already checked against the bundle's schema)."""
    events = tuple(
        EventFacts(
            type=str(e["type"]),
            phase=str(e["phase"]),
            barriers=tuple(sorted(set(e["barriers"]))),
            enablers=tuple(sorted(set(e["enablers"]))),
            week=int(e["week"]),
        )
        for e in record["journey"]
    )
    return FamilyFacts(
        installation_id=installation_id,
        pseudonym=str(record["pseudonym"]),
        region=str(record["region"]),
        status=str(record["status"]),
        opened_quarter=str(record["opened_quarter"]),
        duration_weeks=int(record["duration_weeks"]),
        vulnerabilities=tuple(sorted(set(record["vulnerabilities"]))),
        events=events,
        backup_now=bool(record["contacts"]["backup_now"]),
        jim=bool(record["network"]["jim"]),
        max_professionals_at_once=int(record["contacts"]["max_professionals_at_once"]),
    )


def facts_to_json(facts: FamilyFacts) -> str:
    """The stored form of the facts that are not columns of their own (compact JSON)."""
    return json.dumps(
        {
            "status": facts.status,
            "duration_weeks": facts.duration_weeks,
            "vulnerabilities": list(facts.vulnerabilities),
            "events": [
                [e.type, e.phase, list(e.barriers), list(e.enablers), e.week]
                for e in facts.events
            ],
            "backup_now": facts.backup_now,
            "jim": facts.jim,
            "max_professionals_at_once": facts.max_professionals_at_once,
        },
        separators=(",", ":"),
        sort_keys=True,
    )


def facts_from_json(
    installation_id: str, pseudonym: str, region: str, opened_quarter: str, data: str
) -> FamilyFacts:
    """The facts back from their stored form (the inverse of `facts_to_json`)."""
    d = json.loads(data)
    return FamilyFacts(
        installation_id=installation_id,
        pseudonym=pseudonym,
        region=region,
        status=d["status"],
        opened_quarter=opened_quarter,
        duration_weeks=d["duration_weeks"],
        vulnerabilities=tuple(d["vulnerabilities"]),
        events=tuple(
            EventFacts(type=t, phase=p, barriers=tuple(b), enablers=tuple(en), week=w)
            for t, p, b, en, w in d["events"]
        ),
        backup_now=d["backup_now"],
        jim=d["jim"],
        max_professionals_at_once=d["max_professionals_at_once"],
    )
