"""The coordinator's one core under the command line and the window.

`CoordinatorService(db_url, trusted_keys=DIR, workers=N)` holds what a coordinator sets once:
the database (None: `database.default_url()`), the folder of trusted installation keys (None:
trust on first use) and the number of worker processes for checking bundles (None: one per
processor). Each use case is one call; a call that needs the database opens it, does its work on
the calling thread and closes it again, and everything comes back as plain data:

- `unlock(passphrase)`: the encrypted SQLite database's key, derived once (Argon2id) and kept
  for the calls below; `needs_passphrase` says whether one is still to be given (none in
  ``$VELDWERK_COORDINATOR_PASSPHRASE``), `is_new_database` whether it will be a new one;

- `load_private_key(path, passphrase)`: the coordinator's key, to open encrypted bundles;
- `collect(shared_dir, private_key=, progress=, cancel=)`: collect the folder, then read back
  the kept families (`Collected`);
- `families()`: the families kept in the database;
- `write_outputs(out_dir, families, rejected, threshold, lang=)`: the four files;
- `save_report(target, overview, lang=, rejected=)`: report.pdf for one selection;
- `summary_line(result, lang)`, `totals_line(result, lang)`: a run in words.

`veldwerk collect` and the coordinator window both go through here, so what they do cannot drift
apart; the window runs the slow calls on the task runner's thread. Neither front end imports the
database modules (an import-linter contract guards the window).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from veldwerk.coordinator import db_key
from veldwerk.coordinator import texts as _texts  # noqa: F401  (registers the messages)
from veldwerk.coordinator.collect import CollectResult, Rejection, collect
from veldwerk.coordinator.database import (
    CoordinatorDatabase,
    database_key,
    default_url,
    describe_url,
    open_database,
)
from veldwerk.coordinator.facts import FamilyFacts
from veldwerk.coordinator.outputs import write_outputs as _write_outputs
from veldwerk.coordinator.overview import Overview
from veldwerk.coordinator.repository import load_families
from veldwerk.coordinator.trust import load_trusted_keys
from veldwerk.domain import messages
from veldwerk.domain.clock import today
from veldwerk.files import write_atomically

if TYPE_CHECKING:
    from collections.abc import Sequence

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from veldwerk.progress import CancelToken, Progress

__all__ = [
    "Collected",
    "CollectResult",
    "CoordinatorService",
    "Rejection",
    "summary_line",
    "totals_line",
]

NEEDS_PASSPHRASE = "learning.key_file_needs_passphrase"
"""The code `load_private_key` refuses a passphrase-protected key with when none was given."""


@dataclass(frozen=True)
class Collected:
    """One collection: what happened to the files, and every family kept afterwards."""

    result: CollectResult
    families: list[FamilyFacts]


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
        then read back the families. Cancelling keeps what was stored (`result.cancelled`)."""
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
            return Collected(result, self._families(db))

    @staticmethod
    def _families(db: CoordinatorDatabase) -> list[FamilyFacts]:
        with db.engine.connect().execution_options(readonly=True) as conn:
            return load_families(conn)

    @staticmethod
    def write_outputs(
        out_dir: Path,
        families: Sequence[FamilyFacts],
        rejected: Sequence[Rejection],
        threshold: int,
        *,
        lang: str,
    ) -> list[Path]:
        """aggregates.csv, metrics.csv, rejected.csv and report.pdf (of all `families`) in
        `out_dir`, dated today; their paths."""
        return _write_outputs(
            out_dir, families, rejected, threshold, lang=lang, collected_at=today().isoformat()
        )

    @staticmethod
    def save_report(target: Path, overview: Overview, *, lang: str, rejected: int) -> None:
        """report.pdf of `overview` (one selection) at `target`, dated today; OSError when it
        cannot be written there."""
        from veldwerk.coordinator.report import report_pdf

        pdf = report_pdf(overview, lang=lang, rejected=rejected, collected_at=today().isoformat())
        write_atomically(target, pdf)


def summary_line(result: CollectResult, lang: str) -> str:
    """What happened to the files of a run, in words (and how many wait for the next run)."""
    line = _files_line(result, lang)
    if result.waiting:
        line += " " + messages.render(
            "coordinator.waiting_summary", {"n": len(result.waiting)}, lang
        )
    return line


def _files_line(result: CollectResult, lang: str) -> str:
    return messages.render(
        "coordinator.summary",
        {
            "files": result.files,
            "new": result.new_bundles,
            "unchanged": result.unchanged,
            "superseded": result.superseded,
            "duplicates": result.duplicates,
            "rejected": len(result.rejected),
        },
        lang,
    )


def totals_line(result: CollectResult, lang: str) -> str:
    """How many families and installations the database holds after a run."""
    return messages.render(
        "coordinator.totals",
        {"families": result.families, "installations": result.installations},
        lang,
    )
