"""The coordinator's one core under the command line and the window.

`CoordinatorService(db_url, trusted_keys=DIR, workers=N)` holds what a coordinator sets once:
the database (None: `database.default_url()`), the folder of trusted installation keys (None:
no list besides the enrolments) and the number of worker processes for checking bundles (None:
one per processor). Each use case is one call; a call that needs the database opens it, does
its work on the calling thread and closes it again, and everything comes back as plain data:

- `unlock(passphrase)`: the encrypted SQLite database's key, derived once (Argon2id) and kept
  for the calls below; `needs_passphrase` says whether one is still to be given (none in
  ``$VELDWERK_COORDINATOR_PASSPHRASE``), `is_new_database` whether it will be a new one;

- `load_private_key(path, passphrase)`: the coordinator's key, which opens the bundles;
- `collect(shared_dir, private_key=, progress=, cancel=)`: collect the folder, then read back
  the kept families (`Collected`); refused without the coordinator's key (`require_key`): every
  bundle is encrypted to it, so without it nothing could be collected;
- `families()`: the families kept in the database;
- `installations()`: the enrolled installations and the waiting list (`Installations`);
- `enrol(installation_id, region, fingerprint=)`, `revoke(installation_id)`: approve an
  installation (bound to one region and one key), or end that (`coordinator.enrolment`);
- `write_outputs(out_dir, families, rejected, threshold, lang=)`: the four files, and
  waiting.csv;
- `save_report(target, overview, lang=, rejected=)`: report.pdf for one selection;
- `summary_line(result, lang)`, `totals_line(result, lang)`: a run in words.

`veldwerk collect` and the coordinator window both go through here, so what they do cannot drift
apart; the window runs the slow calls on the task runner's thread. Neither front end imports the
database modules (an import-linter contract guards the window).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from veldwerk.coordinator import db_key, enrolment_store
from veldwerk.coordinator.collect import CollectResult, Rejection, collect
from veldwerk.coordinator.database import (
    CoordinatorDatabase,
    database_key,
    default_url,
    describe_url,
    open_database,
)
from veldwerk.coordinator.enrolment import Enrolment, Waiting, waiting_list
from veldwerk.coordinator.facts import FamilyFacts
from veldwerk.coordinator.outputs import write_outputs as _write_outputs
from veldwerk.coordinator.overview import Overview
from veldwerk.coordinator.repository import load_families
from veldwerk.coordinator.trust import load_trusted_keys
from veldwerk.coordinator.waiting import write_waiting
from veldwerk.domain.clock import today
from veldwerk.domain.errors import DomainError
from veldwerk.domain.fingerprint import parse_fingerprint
from veldwerk.domain.region import checked_region
from veldwerk.files import write_atomically
from veldwerk.texts import text

if TYPE_CHECKING:
    from collections.abc import Sequence

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from veldwerk.progress import CancelToken, Progress

__all__ = [
    "Collected",
    "CollectResult",
    "CoordinatorService",
    "Enrolled",
    "Enrolment",
    "Installations",
    "Rejection",
    "Waiting",
    "summary_line",
    "totals_line",
]

NEEDS_PASSPHRASE = "learning.key_file_needs_passphrase"


def require_key(key: object) -> None:
    """Refuse (``coordinator.key_missing``, saying how to give it) when no coordinator key is
    given: every bundle is encrypted to the coordinator, so collecting without the key would
    read none of them. `key` is the key or the path of its file, whichever the caller has."""
    if key is None:
        raise DomainError("coordinator.key_missing", "key")


"""The code `load_private_key` refuses a passphrase-protected key with when none was given."""


_INSTALLATION_ID = re.compile(r"^[0-9a-f]{32}$")


@dataclass(frozen=True)
class Installations:
    """The enrolled installations (by id) and the waiting list with each row's reason."""

    enrolled: list[Enrolment]
    waiting: list[Waiting]


@dataclass(frozen=True)
class Enrolled:
    """An enrolment made (or confirmed); `other_keys_waiting`: the waiting list holds another
    key for the same installation id, which does not count."""

    enrolment: Enrolment
    other_keys_waiting: bool


@dataclass(frozen=True)
class Collected:
    """One collection: what happened to the files, every family kept afterwards, and the
    installations (enrolled and waiting)."""

    result: CollectResult
    families: list[FamilyFacts]
    installations: Installations


class CoordinatorService:
    """See the module's text."""

    def __init__(
        self,
        db_url: str | None = None,
        *,
        trusted_keys: Path | None = None,
        workers: int | None = None,
        passphrase: str | None = None,
    ) -> None:
        self.db_url = db_url or default_url()
        self.trusted_keys = trusted_keys
        self.workers = workers
        self._passphrase = passphrase
        self._data_key: bytes | None = None
        self._unlocked = False

    @property
    def needs_passphrase(self) -> bool:
        """The database is an encrypted SQLite file and no passphrase has been given (neither
        here nor in ``$VELDWERK_COORDINATOR_PASSPHRASE``)."""
        return (
            not self._unlocked
            and self._passphrase is None
            and db_key.passphrase_from_env() is None
            and db_key.sqlite_file(self.db_url) is not None
        )

    @property
    def is_new_database(self) -> bool:
        """The SQLite database does not exist yet: the passphrase given will be its first."""
        db_file = db_key.sqlite_file(self.db_url)
        return db_file is not None and db_key.is_new(db_file)

    def unlock(self, passphrase: str | None = None, repeat: str | None = None) -> None:
        """Derive the database's key from `passphrase` (or the one given before, or
        ``$VELDWERK_COORDINATOR_PASSPHRASE``) once, making a new database's key file (its
        passphrase equal to `repeat` when given); a DomainError says what is wrong
        (`database.database_key`)."""
        given = passphrase if passphrase is not None else self._passphrase
        self._data_key = database_key(self.db_url, given, repeat)
        self._passphrase = given
        self._unlocked = True

    def _open(self) -> CoordinatorDatabase:
        if not self._unlocked:
            self.unlock()
        return open_database(self.db_url, data_key=self._data_key)

    @property
    def database_name(self) -> str:
        """The database as shown to people (a file, or the URL without its password)."""
        return describe_url(self.db_url)

    @staticmethod
    def load_private_key(path: Path, passphrase: str | None = None) -> X25519PrivateKey:
        """The coordinator's private key; a `KeyFileError` (a DomainError) says what is wrong,
        `NEEDS_PASSPHRASE` when the key has a passphrase and none was given."""
        from veldwerk.learning.keys import load_coordinator_private_key

        secret = passphrase.encode() if passphrase else None
        return load_coordinator_private_key(path.expanduser(), passphrase=secret)

    def families(self) -> list[FamilyFacts]:
        """Every family kept in the database."""
        with self._open() as db:
            return self._families(db)

    def collect(
        self,
        shared_dir: Path,
        *,
        private_key: X25519PrivateKey | None = None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Collected:
        """Collect `shared_dir` into the database (with the trusted keys and workers set),
        then read back the families. Cancelling keeps what was stored (`result.cancelled`).
        Refused without `private_key` (`require_key`)."""
        require_key(private_key)
        trusted = load_trusted_keys(self.trusted_keys) if self.trusted_keys else None
        with self._open() as db:
            result = collect(
                shared_dir,
                db,
                private_key=private_key,
                trusted_keys=trusted,
                progress=progress,
                cancel=cancel,
                workers=self.workers,
            )
            return Collected(result, self._families(db), self._installations(db))

    @staticmethod
    def _families(db: CoordinatorDatabase) -> list[FamilyFacts]:
        with db.engine.connect().execution_options(readonly=True) as conn:
            return load_families(conn)

    # --- enrolment -----------------------------------------------------------------------

    def installations(self) -> Installations:
        """The enrolled installations and the waiting list."""
        with self._open() as db:
            return self._installations(db)

    @staticmethod
    def _installations(db: CoordinatorDatabase) -> Installations:
        with db.engine.connect().execution_options(readonly=True) as conn:
            enrolments = enrolment_store.load_enrolments(conn)
            rows = enrolment_store.load_waiting(conn)
        return Installations(list(enrolments.values()), waiting_list(rows, enrolments))

    def enrol(
        self, installation_id: str, region: str, *, fingerprint: str | None = None
    ) -> Enrolled:
        """Enrol an installation in `region` (the rule of `domain.region`). Its key is the one
        of `fingerprint` (as typed, e.g. read out over the phone); without it, the enrolled key
        of an installation enrolled before (only its region changes), else the one key the
        waiting list holds for it: none (``coordinator.enrol_not_waiting``) or more than one
        (``coordinator.enrol_two_keys``) is refused. Enrolling again in another region or with
        another key forgets what was stored of it; the next collection reads its bundles
        again."""
        inst = checked_installation_id(installation_id)
        name = checked_region(region)
        given = None
        if fingerprint is not None:
            given = parse_fingerprint(fingerprint)
            if given is None:
                raise DomainError("coordinator.bad_fingerprint", "fingerprint")
        with self._open() as db, db.engine.begin() as conn:
            waiting = {r.fingerprint for r in enrolment_store.load_waiting(conn, inst)}
            enrolled = enrolment_store.load_enrolment(conn, inst)
            if given is None and enrolled is not None:
                given = enrolled.fingerprint
            if given is None:
                if not waiting:
                    raise DomainError(
                        "coordinator.enrol_not_waiting", "installation_id", {"id": inst}
                    )
                if len(waiting) > 1:
                    raise DomainError(
                        "coordinator.enrol_two_keys", "fingerprint", {"id": inst, "n": len(waiting)}
                    )
                (given,) = waiting
            enrolment = enrolment_store.enrol(conn, inst, name, given)
        return Enrolled(enrolment, other_keys_waiting=bool(waiting - {given}))

    def revoke(self, installation_id: str) -> None:
        """End an installation's enrolment: what was stored of it is forgotten and nothing of
        it counts any more (its bundles wait again). ``coordinator.not_enrolled`` when it was
        not enrolled."""
        inst = checked_installation_id(installation_id)
        with self._open() as db, db.engine.begin() as conn:
            if not enrolment_store.revoke(conn, inst):
                raise DomainError("coordinator.not_enrolled", "installation_id", {"id": inst})

    # --- outputs --------------------------------------------------------------------------

    def write_outputs(
        self,
        out_dir: Path,
        families: Sequence[FamilyFacts],
        rejected: Sequence[Rejection],
        threshold: int,
        *,
        lang: str,
        waiting: Sequence[Waiting] | None = None,
    ) -> list[Path]:
        """aggregates.csv, metrics.csv, rejected.csv and report.pdf (of all `families`) in
        `out_dir`, dated today, and waiting.csv (`waiting`, or the waiting list read from the
        database when None); their paths."""
        written = _write_outputs(
            out_dir, families, rejected, threshold, lang=lang, collected_at=today().isoformat()
        )
        if waiting is None:
            waiting = self.installations().waiting
        return [*written, write_waiting(out_dir, waiting)]

    @staticmethod
    def save_report(target: Path, overview: Overview, *, lang: str, rejected: int) -> None:
        """report.pdf of `overview` (one selection) at `target`, dated today; OSError when it
        cannot be written there."""
        from veldwerk.coordinator.report import report_pdf

        pdf = report_pdf(overview, lang=lang, rejected=rejected, collected_at=today().isoformat())
        write_atomically(target, pdf)


def checked_installation_id(text: str) -> str:
    """An installation id as typed (any case, spaces around), or DomainError
    ``coordinator.bad_installation_id``."""
    inst = text.strip().lower()
    if not _INSTALLATION_ID.match(inst):
        raise DomainError("coordinator.bad_installation_id", "installation_id")
    return inst


def summary_line(result: CollectResult, lang: str) -> str:
    """What happened to the files of a run, in words (how many wait on their enrolment, and how
    many files are tried again on the next run, when any are)."""
    line = text(
        "coordinator.summary",
        lang,
        files=result.files,
        new=result.new_bundles,
        unchanged=result.unchanged,
        superseded=result.superseded,
        duplicates=result.duplicates,
        rejected=len(result.rejected),
    )
    if result.waiting:
        line += " " + text("coordinator.summary_waiting", lang, waiting=result.waiting)
    if result.retry:
        line += " " + text("coordinator.waiting_summary", lang, n=len(result.retry))
    return line


def totals_line(result: CollectResult, lang: str) -> str:
    """How many families and installations the database holds after a run."""
    return text(
        "coordinator.totals", lang, families=result.families, installations=result.installations
    )
