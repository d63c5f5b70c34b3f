"""The Learning data window's use cases: everything it shows, read in one go as one frozen
snapshot, and every change it makes, each answered with the fresh snapshot, so the window only
draws and routes.

Withdrawing (consent, or the approval of a reflection) also rebuilds an export still waiting in
the outbox; the services do that on every path (`domain.consent`) and say whether a new export
replaced the waiting one, which the window tells the user.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from veldwerk.domain.model import Family
from veldwerk.services.config import ConfigService
from veldwerk.services.families import FamilyService
from veldwerk.services.learning import (
    ApprovedReflection,
    ExportResult,
    LearningService,
    OutboxStatus,
    PendingReflection,
)
from veldwerk.store.database import Database


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
    """Exactly what would leave now, before it is sealed for the coordinator (each snapshot
    draws fresh pseudonyms, as each export does); empty when the region is not set."""
    pending: tuple[PendingReflection, ...]
    approved: tuple[ApprovedReflection, ...]
    consents: tuple[ConsentRow, ...]
    outbox: OutboxStatus
    shared_folder: str | None
    encrypted: bool
    """The coordinator's public key is set: every export is encrypted to it, and without it no
    export can be made."""


@dataclass(frozen=True)
class LearningOutcome:
    """What a change answers: the fresh snapshot, and what became of the waiting export."""

    snapshot: LearningSnapshot
    replaced_export: bool = False
    """A waiting export was rebuilt without what was withdrawn."""
    export: ExportResult | None = None


def consent_rows(families: list[Family]) -> list[ConsentRow]:
    """Every family with its consent, by ref."""
    return sorted(
        (ConsentRow(f.ref, f.name, f.learning_consent, f.status) for f in families),
        key=lambda row: row.ref,
    )


class LearningOverview:
    """Over the `learning`, `families` and `config` services of one profile (`db`)."""

    def __init__(
        self,
        db: Database,
        learning: LearningService,
        families: FamilyService,
        config: ConfigService,
    ) -> None:
        self._db = db
        self._learning = learning
        self._families = families
        self._config = config

    def snapshot(self) -> LearningSnapshot:
        """Everything the window shows, read in one transaction (it writes nothing)."""
        with self._db.unit_of_work() as uow:
            families = self._families.all(uow=uow)
            region = self._config.get("region", uow=uow)
            records = self._learning.records(families, uow=uow) if region else []
            pending = self._learning.pending_reflections(families, uow=uow)
            shared_folder = self._config.get("shared_folder", uow=uow)
            encrypted = bool(self._config.get("coordinator_key", uow=uow))
        return LearningSnapshot(
            region=region or None,
            records=tuple(records),
            pending=tuple(pending),
            approved=tuple(self._learning.approved_reflections(families, pending)),
            consents=tuple(consent_rows(families)),
            outbox=self._learning.status(),
            shared_folder=shared_folder or None,
            encrypted=encrypted,
        )

    def approve(self, reflection_key: int, digest: str) -> LearningOutcome:
        """Approve exactly the scrubbed text the user saw (its digest)."""
        self._learning.approve_reflection(reflection_key, digest)
        return LearningOutcome(self.snapshot())

    def withdraw_approval(self, reflection_key: int) -> LearningOutcome:
        waiting = self._learning.revoke_reflection(reflection_key)
        return LearningOutcome(self.snapshot(), replaced_export=waiting.replaced)

    def change_consent(self, ref: str, consent: str) -> LearningOutcome:
        """Store the family's consent (a waiting export is rebuilt without a family that
        withdrew)."""
        change = self._families.set_consent(ref, consent)
        return LearningOutcome(self.snapshot(), replaced_export=change.waiting_export.replaced)

    def make_export(self) -> LearningOutcome:
        """A new export of what leaves now, into the outbox (replacing one still waiting)."""
        result = self._learning.export()
        return LearningOutcome(self.snapshot(), export=result)
