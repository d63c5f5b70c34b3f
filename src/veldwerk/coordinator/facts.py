"""What the coordinator keeps of one family's learning record: the facts its outputs need.

A learning record (`veldwerk.learning.record`) is reduced to `FamilyFacts` when it is collected;
only these facts are stored in the coordinator's database. No free text (reflections) is kept,
because no output uses it. Pure functions, no I/O.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple


class EventFacts(NamedTuple):
    """One step of a family's journey: its type, derived phase, codes and week offset.
    (Named tuples: tens of thousands of families are loaded at once, and these are made fast.)"""

    type: str
    phase: str
    barriers: tuple[str, ...]
    enablers: tuple[str, ...]
    week: int


class FamilyFacts(NamedTuple):
    """One family as the coordinator sees it. `installation_id` and `pseudonym` together say
    which family it is (never who)."""

    installation_id: str
    pseudonym: str
    region: str
    status: str
    opened_quarter: str
    duration_weeks: int | None
    """Closed: weeks from the first day of the opening quarter to closing, in bands of 4; None
    while active (`veldwerk.learning.record.duration_weeks`)."""
    vulnerabilities: tuple[str, ...]
    events: tuple[EventFacts, ...]
    backup_now: bool
    jim: bool
    max_professionals_at_once: int
    closing_reason: str | None = None
    """Why a closed family was closed (a code); None while active, without a recorded reason,
    and for every family of a version 2 bundle (which has none)."""

    @property
    def key(self) -> tuple[str, str]:
        return (self.installation_id, self.pseudonym)

    @property
    def weeks_signal_to_intake(self) -> int | None:
        return weeks_from_signal_to_intake(self.events)


def weeks_from_signal_to_intake(events: Sequence[EventFacts]) -> int | None:
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
    """The facts of one learning record (already checked against the bundle's schema, so its
    code lists hold no duplicates)."""
    contacts = record["contacts"]
    return FamilyFacts(
        installation_id=installation_id,
        pseudonym=str(record["pseudonym"]),
        region=str(record["region"]),
        status=str(record["status"]),
        opened_quarter=str(record["opened_quarter"]),
        duration_weeks=record["duration_weeks"],
        vulnerabilities=tuple(record["vulnerabilities"]),
        events=tuple(
            EventFacts(e["type"], e["phase"], tuple(e["barriers"]), tuple(e["enablers"]), e["week"])
            for e in record["journey"]
        ),
        backup_now=bool(contacts["backup_now"]),
        jim=bool(record["network"]["jim"]),
        max_professionals_at_once=int(contacts["max_professionals_at_once"]),
        closing_reason=record.get("closing_reason"),
    )


# The stored form of the facts that are not columns of their own: one compact JSON array
#   [status, duration_weeks, vulnerabilities, events, backup_now, jim, max_professionals_at_once,
#    closing_reason]
# with each event as [type, phase, barriers, enablers, week]. An array, not an object: this is
# written for every family collected, and an array is made and read twice as fast. Facts stored
# before bundle version 3 have no closing_reason (seven members): read as None.

_encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True).encode


def stored_facts(record: Mapping[str, Any]) -> str:
    """The stored form, made straight from a learning record (what collecting writes):
    the same text as `facts_to_json(family_facts(record, ...))`."""
    contacts = record["contacts"]
    return _encode(
        [
            record["status"],
            record["duration_weeks"],
            record["vulnerabilities"],
            [
                [e["type"], e["phase"], e["barriers"], e["enablers"], e["week"]]
                for e in record["journey"]
            ],
            contacts["backup_now"],
            record["network"]["jim"],
            contacts["max_professionals_at_once"],
            record.get("closing_reason"),
        ]
    )


def facts_to_json(facts: FamilyFacts) -> str:
    """The stored form of `facts`."""
    return _encode(
        [
            facts.status,
            facts.duration_weeks,
            list(facts.vulnerabilities),
            [[e.type, e.phase, list(e.barriers), list(e.enablers), e.week] for e in facts.events],
            facts.backup_now,
            facts.jim,
            facts.max_professionals_at_once,
            facts.closing_reason,
        ]
    )


def facts_from_json(
    installation_id: str, pseudonym: str, region: str, opened_quarter: str, data: str
) -> FamilyFacts:
    """The facts back from their stored form (the inverse of `facts_to_json`)."""
    status, duration, vulnerabilities, events, backup_now, jim, most, *rest = json.loads(data)
    return FamilyFacts(
        installation_id=installation_id,
        pseudonym=pseudonym,
        region=region,
        status=status,
        opened_quarter=opened_quarter,
        duration_weeks=duration,
        vulnerabilities=tuple(vulnerabilities),
        events=tuple(EventFacts(t, p, tuple(b), tuple(en), w) for t, p, b, en, w in events),
        backup_now=backup_now,
        jim=jim,
        max_professionals_at_once=most,
        closing_reason=rest[0] if rest else None,
    )
