"""Retention (`domain.retention`, docs/retention.md): the families whose retention period has
ended, their erasure in one confirmed step, and the erasure a parent asks for early. Each is the
existing right-to-erasure path (`FamilyService.erase`), given the reason its tombstone keeps."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from veldwerk.domain import clock, retention
from veldwerk.domain.errors import DomainError
from veldwerk.services.config import ConfigService
from veldwerk.services.families import FamilyService
from veldwerk.services.uow import unit_of_work
from veldwerk.store import audit
from veldwerk.store.database import Database, UnitOfWork


@dataclass(frozen=True)
class RetentionDue:
    """A family whose retention period has ended: listed for erasure."""

    ref: str
    name: str
    closed_on: date
    ended_on: date

    def as_json(self) -> dict[str, Any]:
        """The stable JSON form of `veldwerk retention --json`."""
        return {
            "ref": self.ref,
            "name": self.name,
            "closed_on": self.closed_on.isoformat(),
            "ended_on": self.ended_on.isoformat(),
        }


@dataclass(frozen=True)
class Tombstone:
    """What the audit log keeps of an erasure: when (UTC, as logged), what kind of record, why
    (a reason code of `domain.retention.REASONS` or None for an erasure without one) and the
    day a parent asked. Nothing else: no reference, no name."""

    at: str
    kind: str
    reason: str | None
    requested_on: date | None


class RetentionService:
    def __init__(self, db: Database, families: FamilyService, config: ConfigService) -> None:
        self._db = db
        self._families = families
        self._config = config

    def years(self, *, uow: UnitOfWork | None = None) -> int:
        return self._config.number("retention_years", uow=uow)

    def due(self, *, uow: UnitOfWork | None = None) -> list[RetentionDue]:
        """The families whose retention period has ended by today, by reference."""
        today = clock.today()
        with unit_of_work(self._db, uow) as uow:
            years = self.years(uow=uow)
            families = uow.agenda.families(today)
        return [
            RetentionDue(
                f.ref, f.name, f.closed_on, retention.retention_ends_on(f.closed_on, years)
            )
            for f in families
            if f.closed_on is not None
            and retention.retention_ended(f.status, f.closed_on, today, years)
        ]

    def erase_due(self, refs: Sequence[str]) -> int:
        """Erase the families `refs` (the list the user confirmed, `due`), each with the reason
        ``retention_ended``. A family among them whose period has not ended (the settings
        changed in between) is refused before anything is erased."""
        due = {d.ref for d in self.due()}
        early = [r for r in refs if r not in due]
        if early:
            raise DomainError("retention.not_ended", params={"ref": early[0]})
        for ref in dict.fromkeys(refs):
            self._families.erase(ref, why=retention.tombstone(retention.RETENTION_ENDED))
        return len(dict.fromkeys(refs))

    def erase_on_request(self, ref: str, requested_on: date) -> None:
        """A parent asked on `requested_on` to destroy the file before its period ended: the
        request is kept with its date in the tombstone, and the family is erased."""
        retention.check_request_date(requested_on, clock.today())
        self._families.get(ref)  # a clear message for an unknown reference
        self._families.erase(ref, why=retention.tombstone(retention.PARENT_REQUEST, requested_on))

    def tombstones(self) -> list[Tombstone]:
        """Every erasure the audit log keeps, oldest first."""
        with self._db.unit_of_work() as uow:
            rows = audit.erasures(uow.conn)
        out = []
        for at, kind, detail in rows:
            asked = detail.get("requested_on")
            day = date.fromisoformat(asked) if asked else None
            out.append(
                Tombstone(at, "family" if kind == "families" else kind, detail.get("reason"), day)
            )
        return out
