"""Pseudonymised learning data from the profile, readable only by the coordinator: preview,
reflection approval, export into the outbox (or a folder), and delivery to the shared folder.
The record itself is built by `veldwerk.learning.record` (a fresh random pseudonym every time);
this service supplies what only the encrypted profile holds: the signing key, the installation
id, the sequence, the approvals, and the coordinator's public key, without which no export is
made (every bundle is encrypted to the coordinator). The preview needs no key: it shows the
records exactly as they would be sealed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from veldwerk.domain import clock
from veldwerk.domain.consent import in_learning_data, takes_out_of_learning_data
from veldwerk.domain.errors import DomainError
from veldwerk.domain.fingerprint import fingerprint_of
from veldwerk.domain.model import Family
from veldwerk.learning import record as lrec
from veldwerk.learning.bundle import build_bundle, bundle_file_name, new_installation_id
from veldwerk.learning.keys import (
    ed25519_public_bytes,
    generate_signing_key,
    signing_key_from_bytes,
    signing_key_to_bytes,
)
from veldwerk.learning.outbox import DeliveryResult, Outbox, OutboxStatus
from veldwerk.learning.scrub import TOKENS, scrub
from veldwerk.progress import CancelToken, Progress
from veldwerk.services import access
from veldwerk.services.config import ConfigService
from veldwerk.services.team_learning import counted_here
from veldwerk.services.uow import unit_of_work
from veldwerk.store.database import Database, UnitOfWork

__all__ = [
    "NEUTRAL_WORDS",
    "ApprovedReflection",
    "DeliveryResult",
    "ExportResult",
    "InstallationIdentity",
    "LearningService",
    "OutboxStatus",
    "PendingReflection",
    "WaitingExport",
    "Withdrawal",
]

log = logging.getLogger(__name__)


SECRET_SIGNING = "learning_signing_key"
SECRET_INSTALLATION = "learning_installation_id"
SECRET_SEQUENCE = "learning_sequence"

NEUTRAL_WORDS: tuple[str, ...] = tuple(TOKENS)
"""The neutral words the scrubber puts in place of what could point to a person (``[naam]``...),
so a screen can mark them."""


@dataclass(frozen=True)
class PendingReflection:
    ref: str
    family_name: str
    reflection_key: int
    date: str
    original: str
    scrubbed: str
    digest: str


@dataclass(frozen=True)
class ApprovedReflection:
    """A reflection whose scrubbed text the user approved: it leaves with the next export."""

    ref: str
    family_name: str
    reflection_key: int
    date: str
    scrubbed: str


@dataclass(frozen=True)
class InstallationIdentity:
    """What the coordinator enrols this profile by: its installation id and the fingerprint of
    its signing key (`domain.fingerprint`, 32 hex digits), read out over the phone."""

    installation_id: str
    fingerprint: str


@dataclass(frozen=True)
class ExportResult:
    records: int
    sequence: int
    path: Path


@dataclass(frozen=True)
class WaitingExport:
    """What became of the exports waiting in the outbox when a change took something out of
    the learning data: `dropped` of them were removed, and `rebuilt` replaces them (None when
    nothing waited, or no export could be made, e.g. without a region)."""

    dropped: int = 0
    rebuilt: ExportResult | None = None

    @property
    def replaced(self) -> bool:
        return self.rebuilt is not None


@dataclass(frozen=True)
class Withdrawal:
    """What a change that took something out of the learning data left to do after its commit:
    `dropped` waiting exports were removed, and `delivered` says an export already in the shared
    folder may hold what was withdrawn (a new export must supersede it, so the next delivery
    removes the old one from the shared folder)."""

    dropped: int = 0
    delivered: bool = False

    def __bool__(self) -> bool:
        return bool(self.dropped) or self.delivered


class LearningService:
    """`db` holds the secrets, approvals and families; `outbox_dir` is the profile's outbox;
    `config` gives the region, the shared folder and the coordinator's key."""

    def __init__(self, db: Database, outbox_dir: Path, config: ConfigService) -> None:
        self._db = db
        self._outbox_dir = outbox_dir
        self._config = config

    @property
    def outbox(self) -> Outbox:
        return Outbox(self._outbox_dir)

    # ---- what leaves ---------------------------------------------------------------------
    @staticmethod
    def _secrets(uow: UnitOfWork) -> tuple[bytes, str]:
        """The signing key and installation id, made on first use (the caller commits). (A
        profile made before version 2 of the bundle also holds a pseudonym secret; nothing
        reads it any more.)"""
        s = uow.settings
        signing = s.secret_or_create(
            SECRET_SIGNING, lambda: signing_key_to_bytes(generate_signing_key())
        )
        inst = s.secret_or_create(SECRET_INSTALLATION, lambda: new_installation_id().encode())
        return signing, inst.decode()

    def _region(self, uow: UnitOfWork) -> str:
        region = self._config.get("region", uow=uow)
        if not region:
            raise DomainError("learning.region_missing", "region")
        return region

    def records(
        self, families: list[Family] | None = None, *, uow: UnitOfWork | None = None
    ) -> list[dict[str, Any]]:
        """Exactly the records that would leave now (families with consent only), before they
        are sealed for the coordinator; each call draws fresh pseudonyms, as each export does."""
        with unit_of_work(self._db, uow) as uow:
            region = self._region(uow)
            families = uow.families.load_all() if families is None else families
            approved = uow.learning.approved_digests()
            counted = counted_here(uow, families)
        vocabulary = lrec.profile_vocabulary(families)
        today = clock.today()
        out = []
        for f in families:
            assert f.key is not None
            if f.key not in counted:
                continue  # shared, and its fixed contact's profile counts it
            rec = lrec.build_record(
                f,
                region=region,
                today=today,
                approved_reflections=approved,
                vocabulary=vocabulary,
            )
            if rec is not None:
                out.append(rec)
        return out

    def pending_reflections(
        self, families: list[Family] | None = None, *, uow: UnitOfWork | None = None
    ) -> list[PendingReflection]:
        """Reflections marked for sharing, of families with consent, whose scrubbed text the
        user has not approved yet (shown in the preview for approval)."""
        with unit_of_work(self._db, uow) as uow:
            families = uow.families.load_all() if families is None else families
            approved = uow.learning.approved_digests()
        vocabulary = lrec.profile_vocabulary(families)
        out = []
        for f in families:
            if not in_learning_data(f):
                continue
            for r, text, digest in lrec.pending_reflections(
                f, vocabulary=vocabulary, approved=approved
            ):
                assert r.key is not None
                out.append(
                    PendingReflection(
                        f.ref, f.name, r.key, r.date.isoformat(), r.text, text, digest
                    )
                )
        return out

    @staticmethod
    def approved_reflections(
        families: list[Family], pending: list[PendingReflection]
    ) -> list[ApprovedReflection]:
        """Reflections marked for sharing, of families with consent, that are not awaiting
        approval (`pending`): their exact scrubbed text was approved. Listed so an approval can
        be withdrawn."""
        waiting = {p.reflection_key for p in pending}
        vocabulary = lrec.profile_vocabulary(families)
        return [
            ApprovedReflection(f.ref, f.name, r.key, r.date.isoformat(), scrub(r.text, vocabulary))
            for f in families
            if in_learning_data(f)
            for r in sorted(f.reflections, key=lambda r: r.date)
            if r.share_for_learning and r.key is not None and r.key not in waiting
        ]

    def approve_reflection(self, reflection_key: int, digest: str) -> None:
        """The user approved this exact scrubbed text (its digest) for the learning data."""
        with self._db.unit_of_work(write=True) as uow:
            try:
                uow.learning.approve(reflection_key, digest)
            except LookupError as exc:
                raise DomainError("record.not_found") from exc
            uow.commit()

    def revoke_reflection(self, reflection_key: int) -> WaitingExport:
        """Withdraw the approval: the reflection no longer leaves, and an export still waiting
        is rebuilt without it (or dropped)."""
        with self._db.unit_of_work(write=True) as uow:
            uow.learning.revoke(reflection_key)
            withdrawal = self.drop_waiting_when(
                lambda: takes_out_of_learning_data(None, None, approval_withdrawn=True)
            )
            uow.commit()
        return self.rebuild_waiting(withdrawal)

    # ---- withdrawal reaches the outbox ---------------------------------------------------
    def drop_waiting_when(self, takes_out: Callable[[], bool]) -> Withdrawal:
        """When exports wait in the outbox or were delivered, and `takes_out()` says the change
        takes something out of the learning data (`domain.consent.takes_out_of_learning_data`),
        remove the waiting ones: they were made before the change and must never be delivered.
        Called inside the unit of work of the change, before it commits (a failed commit then
        only costs an export to be made again; a stale export is never left behind)."""
        waiting, delivered = self.waiting(), bool(self.outbox.sent())
        if not (waiting or delivered) or not takes_out():
            return Withdrawal()
        dropped = self.outbox.drop_pending() if waiting else 0
        log.info("withdrawal: %d waiting learning bundle(s) dropped", dropped)
        return Withdrawal(dropped, delivered)

    def exported(self) -> bool:
        """Whether an export waits in the outbox or was delivered (so a withdrawal matters)."""
        return self.waiting() or bool(self.outbox.sent())

    def waiting(self) -> bool:
        """Whether an export waits in the outbox."""
        return bool(self.outbox.pending())

    def rebuild_waiting(self, withdrawal: Withdrawal) -> WaitingExport:
        """After the change is stored: a new export (without what was withdrawn) replaces the
        dropped ones, and supersedes one already delivered (the next delivery then removes the
        old one from the shared folder). Without a region, or when the outbox is busy, none is
        made and they stay dropped: the next export the user makes carries the data again."""
        if not withdrawal:
            return WaitingExport()
        if not self._config.get("region"):
            return WaitingExport(withdrawal.dropped)
        try:
            rebuilt = self.export()
        except DomainError as exc:
            log.warning("withdrawal: no new export made (%s)", exc.code)
            return WaitingExport(withdrawal.dropped)
        return WaitingExport(withdrawal.dropped, rebuilt)

    # ---- export and delivery -------------------------------------------------------------
    def _coordinator_key(self, uow: UnitOfWork) -> X25519PublicKey:
        """The coordinator's public key; without it no export is made
        (``learning.coordinator_key_missing`` says how to get one)."""
        pem = self._config.get("coordinator_key", uow=uow)
        if not pem:
            raise DomainError("learning.coordinator_key_missing", "coordinator_key")
        key = serialization.load_pem_public_key(pem.encode("ascii"))
        assert isinstance(key, X25519PublicKey)
        return key

    def _next_sequence(self, uow: UnitOfWork, installation_id: str) -> int:
        stored = uow.settings.secret(SECRET_SEQUENCE)
        last = max(
            int(stored.decode()) if stored else 0, self.outbox.highest_sequence(installation_id)
        )
        nxt = last + 1
        uow.settings.set_secret(SECRET_SEQUENCE, str(nxt).encode())
        return nxt

    def build(self, *, uow: UnitOfWork | None = None) -> tuple[bytes, int, int, str]:
        """A new signed snapshot bundle, encrypted to the coordinator: its records, secrets and
        sequence number in one transaction. Refused (``learning.coordinator_key_missing``,
        nothing changed) without the coordinator's key. Of the export day only its month is
        written."""
        with unit_of_work(self._db, uow, write=True) as uow:
            coordinator_key = self._coordinator_key(uow)
            records = self.records(uow=uow)
            signing, inst = self._secrets(uow)
            sequence = self._next_sequence(uow, inst)
            data = build_bundle(
                records,
                installation_id=inst,
                region=self._region(uow),
                sequence=sequence,
                created=clock.today(),
                signing_key=signing_key_from_bytes(signing),
                coordinator_key=coordinator_key,
            )
            sent = [f for f in uow.families.load_all() if in_learning_data(f)]
            access.record_many(uow, sent, "learning", "learning_bundle", (sequence,))
            uow.commit()
        return data, len(records), sequence, inst

    def export(self, to: Path | None = None) -> ExportResult:
        """Build a bundle into the outbox (delivered by `sync`), or straight into folder `to`."""
        data, n, sequence, inst = self.build()
        if to is None:
            path = self.outbox.put(data, sequence)
        else:
            from veldwerk.files import write_atomically

            to.mkdir(parents=True, exist_ok=True)
            path = to / bundle_file_name(inst, sequence)
            try:
                write_atomically(path, data, exclusive=True)
            except FileExistsError as exc:
                raise DomainError(
                    "learning.export_target_exists", params={"path": str(to)}
                ) from exc
        log.info("learning bundle %d built with %d records", sequence, n)
        return ExportResult(n, sequence, path)

    def sync(
        self, progress: Progress | None = None, cancel: CancelToken | None = None
    ) -> DeliveryResult:
        """Deliver waiting bundles to the shared folder; nothing is lost when it is away."""
        folder = self._config.get("shared_folder")
        if not folder:
            raise DomainError("learning.shared_folder_missing", "shared_folder")
        return self.outbox.deliver(Path(folder), progress=progress, cancel=cancel)

    def status(self) -> OutboxStatus:
        return self.outbox.status()

    def installation(self) -> InstallationIdentity:
        """This profile's installation id and key fingerprint (made now when no export made
        them yet), for the coordinator's enrolment (issue 11)."""
        with unit_of_work(self._db, None, write=True) as uow:
            signing, inst = self._secrets(uow)
            uow.commit()
        public = ed25519_public_bytes(signing_key_from_bytes(signing)).hex()
        return InstallationIdentity(inst, fingerprint_of(public))
