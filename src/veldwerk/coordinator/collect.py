"""Collecting a shared folder into the coordinator database.

1. Every file is read (`scan.py`: no links, no FIFOs, regular files of bounded size, at most
   `scan.MAX_BYTES_PER_RUN` per run, smallest first) and hashed; a file whose content was dealt
   with before (collected, older than what is kept, or refused for a reason of its bytes alone)
   is not checked again, and a second copy of the same content in this run counts as a
   duplicate.
2. Every other file is checked (`verify.py`: the signature before anything is parsed), in worker
   processes when there are many (`checker.py`, at most `scan.MAX_BYTES_IN_FLIGHT` on their way).
3. Only enrolled installations count (`enrolment.py`): a bundle of an installation that is not
   enrolled, signed by another key than the enrolled one or claiming another region waits for a
   person (the waiting list, waiting.csv), and is not counted.
4. Per enrolled installation, in one transaction holding its row locked: the newest sequence
   wins (`newest.py`); its families replace the kept ones.

A bad file never stops the run: it is listed with its reason. A file that does not verify the way
a file still arriving would not (cut off, a bad signature, unreadable) or that this run had no
budget left for is *tried again*: listed apart, not remembered, tried again on the next run.
Cancelling keeps every installation already stored (each one is stored whole or not at all); a new
run goes on where it stopped.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from veldwerk.coordinator import enrolment_store, repository
from veldwerk.coordinator.checker import Checker
from veldwerk.coordinator.database import CoordinatorDatabase
from veldwerk.coordinator.enrolment import Admission, Enrolment, admit
from veldwerk.coordinator.newest import Candidate, decide, first_use_key
from veldwerk.coordinator.scan import (
    MAX_BYTES_PER_RUN,
    MAX_FILE_BYTES,
    FoundFile,
    Unreadable,
    find_files,
    read_file,
    sha256_hex,
)
from veldwerk.coordinator.texts import LASTING_REASONS, WAITING_READ_REASONS
from veldwerk.coordinator.verify import Refused, Verified
from veldwerk.domain.errors import DomainError
from veldwerk.progress import Cancelled, CancelToken, Progress, check, report

log = logging.getLogger(__name__)

INSTALLATIONS_PER_TRANSACTION = 50
"""Installations stored per transaction (cancelling waits for at most one transaction)."""


@dataclass(frozen=True)
class Rejection:
    """A refused file: its path in the shared folder, the reason (one of `texts.REASONS`) and a
    short technical detail without personal data."""

    file: str
    reason: str
    detail: str = ""
    waiting: bool = False
    """Not refused for ever: tried again on the next run (see the module's text)."""


@dataclass(frozen=True)
class CollectResult:
    files: int
    """Files looked at."""
    new_bundles: int
    """Bundles whose families are now kept as their installation's newest."""
    unchanged: int
    """Files dealt with in an earlier run (not checked again)."""
    superseded: int
    """Valid bundles that are not newer than the one already kept (they arrived late)."""
    duplicates: int
    """Files with the same content as another file of this run."""
    rejected: tuple[Rejection, ...]
    installations: int
    """Installations with families in the database after the run."""
    families: int
    """Families in the database after the run."""
    cancelled: bool = False
    waiting: int = 0
    """Valid bundles not counted because of their installation's enrolment (not enrolled, two
    keys, another key, another region): their installations are on the waiting list."""
    retry: tuple[Rejection, ...] = ()
    """Files tried again on the next run (`Rejection.waiting`: cut off, a bad signature, no
    budget left), not counted in `rejected`."""


@dataclass
class _Run:
    files: list[FoundFile]
    paths: dict[str, list[str]] = field(default_factory=dict)
    """sha256 -> every relative path with that content in this run."""
    verified: list[Verified] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    retry: list[Rejection] = field(default_factory=list)
    unchanged: int = 0
    duplicates: int = 0
    superseded: int = 0
    new_bundles: int = 0
    done: int = 0
    waiting: int = 0
    admission: Admission = field(default_factory=Admission)

    def reject(self, sha256: str, reason: str, detail: str, *, waiting: bool = False) -> None:
        listed = self.retry if waiting else self.rejected
        listed.extend(Rejection(p, reason, detail, waiting) for p in self.paths.get(sha256, []))


def collect(
    folder: Path,
    database: CoordinatorDatabase,
    *,
    private_key: X25519PrivateKey | None = None,
    trusted_keys: frozenset[str] | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    workers: int | None = None,
) -> CollectResult:
    """Collect every bundle in `folder` (see the module's text). `private_key` opens encrypted
    bundles; `trusted_keys` (hex Ed25519 keys), when given, limits collection to those keys;
    `workers` caps the worker processes (1: none)."""
    if not folder.is_dir():
        raise DomainError("coordinator.folder_missing", "shared_dir", {"path": str(folder)})
    run = _Run(find_files(folder))
    total = len(run.files)
    report(progress, 0, total)
    with database.engine.connect().execution_options(readonly=True) as conn:
        known = repository.file_statuses(conn)
        enrolments = enrolment_store.load_enrolments(conn)
    checker = Checker(private_key, workers)
    try:
        try:
            _read_and_check(run, known, checker, progress, cancel, total)
            per_installation = _group(run, trusted_keys, enrolments)
            _remember_waiting(database, run)
            total += len(per_installation)
            ordered = [per_installation[i] for i in sorted(per_installation)]
            for start in range(0, len(ordered), INSTALLATIONS_PER_TRANSACTION):
                check(cancel)
                chunk = ordered[start : start + INSTALLATIONS_PER_TRANSACTION]
                _store(database, run, chunk)
                run.done += len(chunk)
                report(progress, run.done, total)
            _remember_refused(database, run)
        finally:
            checker.close()
    except Cancelled:
        return _result(database, run, cancelled=True)
    return _result(database, run)


def _read_and_check(
    run: _Run,
    known: dict[str, tuple[str, str | None, str | None]],
    checker: Checker,
    progress: Progress | None,
    cancel: CancelToken | None,
    total: int,
) -> None:
    def take(result: Verified | Refused) -> None:
        if isinstance(result, Verified):
            run.verified.append(result)
        else:
            run.refused.append(result)
        run.done += 1
        report(progress, run.done, total)

    checker.bytes_to_come = sum(f.size for f in run.files)
    budget = MAX_BYTES_PER_RUN
    for found in run.files:
        check(cancel)
        checker.bytes_to_come -= found.size
        data = _read(run, found, checker, budget)
        if data is None:
            run.done += 1
            continue
        budget -= len(data)
        sha = sha256_hex(data)
        paths = run.paths.setdefault(sha, [])
        paths.append(found.relative)
        if len(paths) > 1:
            cached = known.get(sha)
            if cached is not None and cached[0] == "rejected":
                run.rejected.append(Rejection(found.relative, cached[1] or "", cached[2] or ""))
            else:
                run.duplicates += 1
            run.done += 1
        elif sha in known:
            status, reason, detail = known[sha]
            if status == "rejected":
                run.rejected.append(Rejection(found.relative, reason or "", detail or ""))
            else:
                run.unchanged += 1
            run.done += 1
        else:
            checker.submit(data, sha)
        del data
        for result in checker.results():
            take(result)
        report(progress, run.done, total)
    for result in checker.results(block=True):
        check(cancel)
        take(result)
    for refused in run.refused:
        run.reject(refused.sha256, refused.reason, refused.detail, waiting=refused.waiting)
    _reject_duplicates_of_refused(run)


def _read(run: _Run, found: FoundFile, checker: Checker, budget: int) -> bytes | None:
    """The bytes of `found`, read safely once there is room for them; None (and the file
    listed) when it is refused, unreadable or beyond this run's `budget`."""
    if found.kind == "file" and budget < found.size <= MAX_FILE_BYTES:
        run.retry.append(Rejection(found.relative, "deferred", "", True))
        return None
    checker.make_room(found.size)
    try:
        data = read_file(found)
    except Unreadable as exc:
        waiting = exc.reason in WAITING_READ_REASONS
        listed = run.retry if waiting else run.rejected
        listed.append(Rejection(found.relative, exc.reason, exc.detail, waiting))
        return None
    if len(data) > budget:  # it grew since the listing
        run.retry.append(Rejection(found.relative, "deferred", "", True))
        return None
    return data


def _reject_duplicates_of_refused(run: _Run) -> None:
    """A duplicate of a file refused in this run is refused too (each path is listed); it was
    counted as a duplicate before its first copy's verdict was known, so is not counted twice."""
    refused = {r.sha256 for r in run.refused}
    run.duplicates -= sum(len(run.paths[s]) - 1 for s in refused)


def _group(
    run: _Run, trusted_keys: frozenset[str] | None, enrolments: dict[str, Enrolment]
) -> dict[str, list[Verified]]:
    """The bundles that count, per installation (trusted keys, then enrolment)."""
    trusted = []
    for v in run.verified:
        if trusted_keys is not None and v.public_key not in trusted_keys:
            run.reject(v.sha256, "untrusted_key", "")
            run.duplicates -= len(run.paths[v.sha256]) - 1
            continue
        trusted.append(v)
    run.admission = admit(trusted, enrolments)
    for v in run.admission.refused:
        run.reject(v.sha256, "bad_region", "")
        run.duplicates -= len(run.paths[v.sha256]) - 1
    for v in run.admission.waiting:
        run.waiting += len(run.paths[v.sha256])
        run.duplicates -= len(run.paths[v.sha256]) - 1
    groups: dict[str, list[Verified]] = {}
    for v in run.admission.counted:
        groups.setdefault(v.installation_id, []).append(v)
    return groups


def _candidate(v: Verified) -> Candidate:
    return Candidate(v.sha256, v.installation_id, v.sequence, v.public_key, v.created)


def _store(database: CoordinatorDatabase, run: _Run, groups: list[list[Verified]]) -> None:
    """Some installations, in one transaction: lock their rows (in id order), decide for each
    (newest wins), replace the families of those with a newer bundle."""
    by_hash = {v.sha256: v for bundles in groups for v in bundles}
    candidates = {
        bundles[0].installation_id: [_candidate(v) for v in bundles] for bundles in groups
    }
    with database.engine.begin() as conn:
        known = repository.lock_installations(
            conn, {i: first_use_key(c) for i, c in candidates.items()}
        )
        decisions = {i: decide(known[i], c) for i, c in candidates.items()}
        kept = []
        remember = []
        for installation_id, decision in sorted(decisions.items()):
            if decision.apply is not None:
                chosen = by_hash[decision.apply.sha256]
                kept.append((decision.apply, chosen.region, chosen.families))
                remember.append(
                    {
                        "sha256": chosen.sha256,
                        "status": "collected",
                        "installation_id": installation_id,
                        "sequence": chosen.sequence,
                    }
                )
            remember += [
                {
                    "sha256": c.sha256,
                    "status": "superseded",
                    "installation_id": installation_id,
                    "sequence": c.sequence,
                }
                for c in decision.superseded
            ]
        stored = [b.installation_id for b, _, _ in kept if known[b.installation_id].sequence > 0]
        repository.replace_families(conn, kept, stored=stored)
        repository.remember_files(conn, remember)
    for decision in decisions.values():  # counted only once the transaction is committed
        run.new_bundles += decision.apply is not None
        run.superseded += len(decision.superseded)
        for c in decision.key_changed:
            run.reject(c.sha256, "key_changed", "")
            run.duplicates -= len(run.paths[c.sha256]) - 1
    log.info(
        "installations stored: %d (new bundles %d)",
        len(decisions),
        sum(d.apply is not None for d in decisions.values()),
    )


def _remember_refused(database: CoordinatorDatabase, run: _Run) -> None:
    lasting = [
        {"sha256": r.sha256, "status": "rejected", "reason": r.reason, "detail": r.detail[:200]}
        for r in run.refused
        if r.reason in LASTING_REASONS and not r.waiting
    ]
    if lasting:
        with database.engine.begin() as conn:
            repository.remember_files(conn, lasting)


def _remember_waiting(database: CoordinatorDatabase, run: _Run) -> None:
    """The waiting list after the run: keys whose bundles count again lose a stale flag, then
    every claim not counted is added (or brought up to date)."""
    admission = run.admission
    if admission.settled or admission.claims:
        with database.engine.begin() as conn:
            enrolment_store.settle(conn, admission.settled)
            enrolment_store.record_claims(conn, admission.claims)


def _result(database: CoordinatorDatabase, run: _Run, *, cancelled: bool = False) -> CollectResult:
    with database.engine.connect().execution_options(readonly=True) as conn:
        installations, families = repository.totals(conn)
    return CollectResult(
        files=len(run.files),
        new_bundles=run.new_bundles,
        unchanged=run.unchanged,
        superseded=run.superseded,
        duplicates=run.duplicates,
        rejected=tuple(sorted(run.rejected, key=lambda r: r.file)),
        retry=tuple(sorted(run.retry, key=lambda r: r.file)),
        installations=installations,
        families=families,
        cancelled=cancelled,
        waiting=run.waiting,
    )
