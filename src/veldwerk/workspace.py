"""An unlocked profile: the one object the GUI and the command line hold while they work.

Opening checks the passphrase against the key file first (read-only: a wrong passphrase changes
no byte of the profile), then takes the profile's lock, then opens the database (every page
checked, migrations run after a backup).

The workspace is the composition root, above the services: it makes each service once, handing
it the database, the profile's folders and the services it calls (`families`, `config`,
`admin`, `learning`, `reports`, `drafts`, `learning_overview`, `team`, `team_sync`,
`team_view`, `search`, `access`, `access_report`). The services never reach each other through
it; how one use case shares one unit of work is told in `veldwerk.services`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from veldwerk.domain.errors import DomainError
from veldwerk.services.access import AccessService
from veldwerk.services.access_report import AccessReport
from veldwerk.services.admin import AdminService
from veldwerk.services.agenda import AgendaService
from veldwerk.services.closing import ClosingService
from veldwerk.services.config import ConfigService
from veldwerk.services.drafts import DraftService
from veldwerk.services.families import FamilyService
from veldwerk.services.learning import LearningService
from veldwerk.services.learning_overview import LearningOverview
from veldwerk.services.reports import ReportService
from veldwerk.services.retention import RetentionService
from veldwerk.services.search import SearchService
from veldwerk.services.team import TeamService
from veldwerk.services.team_journal import TeamJournal
from veldwerk.services.team_sync import TeamSync
from veldwerk.services.team_view import TeamView
from veldwerk.store import keys
from veldwerk.store.database import Database
from veldwerk.store.profile import ProfileLock, ProfilePaths, clear_private_tmp

log = logging.getLogger(__name__)


class Workspace:
    """An open, unlocked profile. Close it (or use it as a context manager) to drop the key."""

    def __init__(
        self, paths: ProfilePaths, lock: ProfileLock, db: Database, data_key: bytes
    ) -> None:
        self.paths = paths
        self._lock = lock
        self.db = db
        self._data_key = data_key
        self.config = ConfigService(db)
        self.drafts = DraftService(db)
        self.learning = LearningService(db, paths.outbox, self.config)
        journal = TeamJournal()
        self.families = FamilyService(db, paths.backups, self.learning, journal)
        self.closing = ClosingService(self.families)
        self.team = TeamService(db, self.families, journal)
        self.team_sync = TeamSync(db, self.families, journal, self.learning)
        self.team_view = TeamView(db, self.families, self.team, journal)
        self.access = AccessService(db)
        self.access_report = AccessReport(db, self.access)
        self.reports = ReportService(self.families, self.access)
        self.search = SearchService(db)
        self.admin = AdminService(db, paths, self.families, lambda: self._data_key)
        self.learning_overview = LearningOverview(db, self.learning, self.families, self.config)
        self.agenda = AgendaService(db, self.config)
        self.retention = RetentionService(db, self.families, self.config)

    # ---- opening -------------------------------------------------------------------------
    @classmethod
    def create(
        cls, root: Path, passphrase: str, *, kdf: keys.KdfParams | None = None
    ) -> tuple[Workspace, str]:
        """Create a new profile in `root` (missing or empty); returns it open, with the recovery
        key to show the user exactly once."""
        paths = ProfilePaths(root)
        if paths.exists() or paths.key_file.exists():
            raise DomainError("profile.exists", params={"path": str(root)})
        paths.ensure_private_dirs()
        lock = ProfileLock(paths)
        lock.acquire()
        try:
            data_key, recovery = keys.create_key_file(
                paths.key_file, passphrase, kdf=kdf or keys.DEFAULT_KDF
            )
            db = Database.open(paths.db, data_key, paths.backups)
        except BaseException:
            lock.release()
            raise
        log.info("profile created")
        return cls(paths, lock, db, data_key), recovery

    @classmethod
    def open(cls, root: Path, passphrase: str) -> Workspace:
        return cls._open(root, lambda p: keys.unlock_with_passphrase(p.key_file, passphrase))

    @classmethod
    def open_with_recovery_key(cls, root: Path, recovery_key: str) -> Workspace:
        return cls._open(root, lambda p: keys.unlock_with_recovery_key(p.key_file, recovery_key))

    @classmethod
    def _open(cls, root: Path, unlock: Callable[[ProfilePaths], bytes]) -> Workspace:
        paths = ProfilePaths(root)
        if not paths.exists():
            raise DomainError("profile.missing", params={"path": str(root)})
        data_key = unlock(paths)  # read-only; raises on a wrong passphrase or key
        lock = ProfileLock(paths)
        lock.acquire()
        try:
            # A folder holding only its two files (copied, or restored by hand) gets its private
            # subfolders back before anything needs them (the backup before an upgrade).
            paths.ensure_private_dirs()
            clear_private_tmp(paths)
            db = Database.open(paths.db, data_key, paths.backups)
        except BaseException:
            lock.release()
            raise
        log.info("profile unlocked")
        return cls(paths, lock, db, data_key)

    def close(self) -> None:
        """Close the database and drop the key; idempotent."""
        if self._data_key:
            self.db.close()
            self._data_key = b""
            self._lock.release()
            log.info("profile locked")

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def data_key(self) -> bytes:
        return self._data_key
