"""Which installations count: only those the coordinator enrolled, each bound to one region and
the fingerprint of one key.

Pure decisions over plain data; `collect.py` makes them on each run's valid bundles, and
`enrolment_store.py` keeps the enrolments and the waiting list in the database.

A valid bundle (signature checked) is

- refused (``bad_region``, listed in rejected.csv) when it or one of its records claims a region
  name the rule of `domain.region` does not allow;
- *waiting* (not counted, listed in waiting.csv) when its installation is not enrolled
  (``not_enrolled``; ``two_keys`` when more than one key claims that installation id: neither
  counts until a person enrols one of them by its fingerprint), when it is signed by another key
  than the enrolled one (``key_changed``), or when it or one of its records claims another region
  than the enrolled one (``other_region``);
- counted otherwise (newest-wins then decides which bundle of the installation is kept).

Nothing anyone writes into the shared folder can add a family to the counts: a forged
installation waits for a person, and a forged bundle with an enrolled id lacks the enrolled key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from veldwerk.coordinator.verify import Verified
from veldwerk.domain.fingerprint import fingerprint_of
from veldwerk.domain.region import is_region_name

WAIT_REASONS: tuple[str, ...] = ("not_enrolled", "two_keys", "key_changed", "other_region")
"""Every value the ``reason`` column of waiting.csv can hold."""


@dataclass(frozen=True)
class Enrolment:
    """An installation the coordinator approved: its region and its key's fingerprint."""

    installation_id: str
    region: str
    fingerprint: str
    enrolled_at: datetime


@dataclass(frozen=True)
class Claim:
    """An installation id and key seen in a bundle that was not counted, with the region it
    claims (for ``other_region``: the first region that differs from the enrolled one)."""

    installation_id: str
    fingerprint: str
    region: str


@dataclass(frozen=True)
class WaitingRow:
    """A row of the waiting list as stored."""

    installation_id: str
    fingerprint: str
    region: str
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class Waiting:
    """An installation key waiting for a person: why (one of `WAIT_REASONS`), the region it
    claims and when it was first seen."""

    installation_id: str
    fingerprint: str
    region: str
    first_seen: datetime
    reason: str


@dataclass
class Admission:
    """What one run's valid bundles come to."""

    counted: list[Verified] = field(default_factory=list)
    refused: list[Verified] = field(default_factory=list)
    """Bundles claiming a region name the rule does not allow (``bad_region``)."""
    waiting: list[Verified] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    settled: set[tuple[str, str]] = field(default_factory=set)
    """(installation id, fingerprint) of enrolled keys whose bundles count again: a stale
    ``other_region`` flag of theirs is cleared."""


def claimed_regions(bundle: Verified) -> list[str]:
    """The header's region, then every other region its records claim (in order)."""
    regions = [bundle.region]
    for row in bundle.families:
        if row[1] not in regions:
            regions.append(row[1])
    return regions


def admit(bundles: Iterable[Verified], enrolments: Mapping[str, Enrolment]) -> Admission:
    """Sort one run's valid bundles into counted, refused and waiting (see the module's text)."""
    result = Admission()
    for bundle in bundles:
        regions = claimed_regions(bundle)
        if not all(is_region_name(r) for r in regions):
            result.refused.append(bundle)
            continue
        fingerprint = fingerprint_of(bundle.public_key)
        enrolment = enrolments.get(bundle.installation_id)
        if enrolment is None or enrolment.fingerprint != fingerprint:
            claimed = bundle.region
        else:
            other = [r for r in regions if r != enrolment.region]
            if not other:
                result.counted.append(bundle)
                result.settled.add((bundle.installation_id, fingerprint))
                continue
            claimed = other[0]
        result.waiting.append(bundle)
        result.claims.append(Claim(bundle.installation_id, fingerprint, claimed))
    return result


def wait_reason(
    row: WaitingRow, enrolment: Enrolment | None, keys_claiming_the_id: int
) -> str | None:
    """Why `row` waits, or None when it no longer does (its key is enrolled, in its region)."""
    if enrolment is None:
        return "two_keys" if keys_claiming_the_id > 1 else "not_enrolled"
    if enrolment.fingerprint != row.fingerprint:
        return "key_changed"
    return "other_region" if row.region != enrolment.region else None


def waiting_list(rows: Sequence[WaitingRow], enrolments: Mapping[str, Enrolment]) -> list[Waiting]:
    """The waiting list with each row's reason, in the order of installation id and first seen;
    rows that no longer wait are left out."""
    keys: dict[str, int] = {}
    for row in rows:
        keys[row.installation_id] = keys.get(row.installation_id, 0) + 1
    result = []
    for row in sorted(rows, key=lambda r: (r.installation_id, r.first_seen, r.fingerprint)):
        enrolment = enrolments.get(row.installation_id)
        reason = wait_reason(row, enrolment, keys[row.installation_id])
        if reason is not None:
            result.append(
                Waiting(row.installation_id, row.fingerprint, row.region, row.first_seen, reason)
            )
    return result
