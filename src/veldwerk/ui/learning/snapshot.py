"""Everything the Learning data screen shows, loaded in one go on the database worker.

`load_snapshot(ws)` runs on the worker thread and returns plain frozen data; the window only
ever draws a snapshot, so it never waits on the database and never holds a family object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from veldwerk.domain.model import Family
    from veldwerk.learning.outbox import OutboxStatus
    from veldwerk.services.learning import PendingReflection
    from veldwerk.services.workspace import Workspace


@dataclass(frozen=True)
class ApprovedReflection:
    """A reflection whose scrubbed text the user approved: it leaves with the next export."""

    ref: str
    family_name: str
    reflection_key: int
    date: str
    scrubbed: str


@dataclass(frozen=True)
class ConsentRow:
    ref: str
    name: str
    consent: str
    status: str


@dataclass(frozen=True)
class LearningSnapshot:
    region: str | None
    records: tuple[dict[str, Any], ...]
    """Exactly what would leave now; empty when the region is not set."""
    pending: tuple[PendingReflection, ...]
    approved: tuple[ApprovedReflection, ...]
    consents: tuple[ConsentRow, ...]
    outbox: OutboxStatus
    shared_folder: str | None
    encrypted: bool
    """Bundles are encrypted to a coordinator's public key."""


def approved_reflections(
    families: list[Family], pending: list[PendingReflection]
) -> list[ApprovedReflection]:
    """Reflections marked for sharing, of families with consent, that are not awaiting approval:
    their exact scrubbed text was approved. Shown so an approval can be withdrawn."""
    from veldwerk.learning.record import profile_vocabulary
    from veldwerk.learning.scrub import scrub

    waiting = {p.reflection_key for p in pending}
    vocabulary = profile_vocabulary(families)
    out: list[ApprovedReflection] = []
    for family in families:
        if family.learning_consent != "granted":
            continue
        for r in sorted(family.reflections, key=lambda r: r.date):
            if r.share_for_learning and r.key is not None and r.key not in waiting:
                out.append(
                    ApprovedReflection(
                        family.ref,
                        family.name,
                        r.key,
                        r.date.isoformat(),
                        scrub(r.text, vocabulary),
                    )
                )
    return out


def consent_rows(families: list[Family]) -> list[ConsentRow]:
    """Every family with its consent, by ref."""
    return sorted(
        (ConsentRow(f.ref, f.name, f.learning_consent, f.status) for f in families),
        key=lambda row: row.ref,
    )


def load_snapshot(ws: Workspace) -> LearningSnapshot:
    """Read everything the screen shows (runs on the database worker)."""
    families = ws.families.all()
    region = ws.config.get("region")
    records = ws.learning.records(families) if region else []
    pending = ws.learning.pending_reflections()
    return LearningSnapshot(
        region=region or None,
        records=tuple(records),
        pending=tuple(pending),
        approved=tuple(approved_reflections(families, pending)),
        consents=tuple(consent_rows(families)),
        outbox=ws.learning.status(),
        shared_folder=ws.config.get("shared_folder") or None,
        encrypted=bool(ws.config.get("coordinator_key")),
    )
