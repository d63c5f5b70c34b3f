"""Looking after the profile: integrity check, backup and restore, passphrase change and
recovery. Restoring works on a folder without an open profile, so it is a function."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from veldwerk.domain.errors import DomainError
from veldwerk.domain.passphrase import check_new_passphrase
from veldwerk.services.families import FamilyService
from veldwerk.store import backup_file, keys, migrate
from veldwerk.store.database import Database
from veldwerk.store.profile import ProfileLock, ProfilePaths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[str, ...]
    families: int
    schema: str | None

    @property
    def ok(self) -> bool:
        return not self.problems


class AdminService:
    """`db` and `paths` of the open profile; `families` counts them for the check; `data_key`
    gives the profile's data key when the passphrase is changed (empty once it is locked)."""

    def __init__(
        self,
        db: Database,
        paths: ProfilePaths,
        families: FamilyService,
        data_key: Callable[[], bytes],
    ) -> None:
        self._db = db
        self._paths = paths
        self._families = families
        self._data_key = data_key

    def check(self) -> CheckReport:
        """SQLCipher's page check, SQLite's integrity check, the schema and the audit chain."""
        db = self._db
        problems = db.page_problems()
        if not problems:
            problems += db.schema_problems()
        try:
            count = self._families.count() if not problems else 0
        except Exception:
            count = 0
        return CheckReport(tuple(problems), count, migrate.current_revision(db.engine))

    def backup(self, target: Path) -> None:
        """An encrypted backup file, consistent while the profile is in use."""
        target = Path(target)
        if target.exists() or target.is_symlink():
            raise DomainError("backup.target_exists", params={"path": str(target)})
        with tempfile.TemporaryDirectory(dir=self._paths.tmp) as tmp:
            copy = Path(tmp) / "copy.db"
            self._db.backup_to(copy)
            try:
                backup_file.write_backup(
                    target,
                    self._paths.key_file.read_bytes(),
                    copy,
                    migrate.current_revision(self._db.engine),
                )
            except FileExistsError:  # made between the check and the write
                raise DomainError("backup.target_exists", params={"path": str(target)}) from None
            except OSError as exc:  # no such folder, no rights, a full disk
                raise DomainError("file.unwritable", params={"path": str(target)}) from exc
        log.info("backup written")

    def change_passphrase(
        self, new_passphrase: str, repeat: str | None = None, *, current: str | None = None
    ) -> None:
        """Rewrap the data key; the data itself is never re-encrypted. With `current` (the app
        asks for it), the present passphrase must be right first."""
        if current is not None:
            keys.unlock_with_passphrase(self._paths.key_file, current)
        check_new_passphrase(new_passphrase, repeat)
        keys.change_passphrase(self._paths.key_file, self._data_key(), new_passphrase)
        log.info("passphrase changed")


def restore(root: Path, backup: Path, passphrase: str) -> int:
    """Restore `backup` into `root`, which must hold no profile. `passphrase` is the one valid
    when the backup was made (or its recovery key). Returns the number of families restored."""
    paths = ProfilePaths(root)
    if paths.key_file.exists() or paths.db.exists():
        raise DomainError("restore.profile_not_empty", params={"path": str(root)})
    contents = backup_file.read_backup(backup)
    paths.ensure_private_dirs()
    lock = ProfileLock(paths)
    lock.acquire()
    try:
        with tempfile.TemporaryDirectory(dir=paths.tmp) as tmp:
            key_copy = Path(tmp) / "backup.key"
            key_copy.write_bytes(contents.key_file)
            try:
                data_key = keys.unlock_with_passphrase(key_copy, passphrase)
            except DomainError as exc:
                if exc.code != "key.wrong_passphrase":
                    raise
                try:
                    data_key = keys.unlock_with_recovery_key(key_copy, passphrase)
                except DomainError:
                    raise exc from None
            db_copy = Path(tmp) / "backup.db"
            db_copy.write_bytes(contents.database)
            probe = Database.open(db_copy, data_key, Path(tmp), verify_pages=True)
            with probe.unit_of_work() as uow:
                families = uow.families.count()
            probe.close()
        backup_file.install(contents, paths.key_file, paths.db)
    finally:
        lock.release()
    log.info("backup restored (%d families)", families)
    return families
