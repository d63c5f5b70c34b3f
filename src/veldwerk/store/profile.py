"""The profile folder: where it is, what it holds, and the lock that keeps it to one process.

A profile folder holds the encrypted database (``veldwerk.db``), the key file (``veldwerk.key``),
a lock file (``.lock``, holding the process id of the program that has the profile open) and
three private subfolders: ``backups``, ``outbox`` and ``tmp`` (temporary files with identifiable
data, such as the copy a backup is made from, removed after use and emptied at start after a
crash). Every folder is created with mode 0700.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import platformdirs

from veldwerk.domain.errors import DomainError
from veldwerk.files import FileLock

ENV_DATA_DIR = "VELDWERK_DATA_DIR"
PRIVATE_DIR_MODE = 0o700


def default_profile_dir() -> Path:
    """The profile folder: ``$VELDWERK_DATA_DIR`` when set (``~`` expanded), else the
    platform's user data folder, e.g. ``~/.local/share/veldwerk/profile`` on Linux."""
    configured = os.environ.get(ENV_DATA_DIR, "").strip()
    if configured:
        return Path(configured).expanduser()
    return platformdirs.user_data_path("veldwerk", appauthor=False) / "profile"


@dataclass(frozen=True)
class ProfilePaths:
    """The names of everything in one profile folder."""

    root: Path

    @property
    def db(self) -> Path:
        return self.root / "veldwerk.db"

    @property
    def key_file(self) -> Path:
        return self.root / "veldwerk.key"

    @property
    def lock(self) -> Path:
        return self.root / ".lock"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def tmp(self) -> Path:
        return self.root / "tmp"

    def private_dirs(self) -> tuple[Path, ...]:
        return (self.root, self.backups, self.outbox, self.tmp)

    def exists(self) -> bool:
        """Whether a profile has been created here (key file and database both present)."""
        return self.key_file.is_file() and self.db.is_file()

    def ensure_private_dirs(self) -> None:
        """Create the folder and its subfolders with mode 0700; tighten them if they exist."""
        try:
            for folder in self.private_dirs():
                folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
                if os.name != "nt":
                    os.chmod(folder, PRIVATE_DIR_MODE)
        except OSError as exc:  # no rights, read-only disk, a file in the way
            raise _not_writable(self) from exc


def _not_writable(paths: ProfilePaths) -> DomainError:
    return DomainError("profile.not_writable", params={"path": str(paths.root)})


def clear_private_tmp(paths: ProfilePaths) -> None:
    """Empty the profile's ``tmp`` folder (leftovers of a crash). Symbolic links are removed,
    never followed."""
    try:
        entries = list(paths.tmp.iterdir())
    except FileNotFoundError:
        return
    for entry in entries:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()


# On Windows a locked byte range cannot be read by others, so the lock sits far beyond the pid.
_WINDOWS_LOCK_OFFSET = 1 << 20


class ProfileLock:
    """One process per profile: the one file lock (`veldwerk.files.FileLock`) on
    ``<profile>/.lock``, holding our process id.

    The lock is taken without waiting: if another process (or another `ProfileLock` in this
    process) holds it, `acquire` raises ``DomainError("profile.locked", params={"pid": ...})``.
    The operating system drops the lock when its process ends, so a lock left by a killed process
    never blocks. Usable as a context manager.
    """

    def __init__(self, paths: ProfilePaths) -> None:
        self.paths = paths
        self._lock = FileLock(paths.lock)

    @property
    def held(self) -> bool:
        return self._lock.held

    def acquire(self) -> None:
        """Take the lock, or raise ``profile.locked`` with the holder's pid (or ``"?"``).
        Taking a lock this object already holds does nothing."""
        if self._lock.held:
            return
        try:
            self.paths.root.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
            locked = self._lock.acquire()
        except OSError as exc:
            raise _not_writable(self.paths) from exc
        if not locked:
            holder = self._lock.holder
            raise DomainError("profile.locked", params={"pid": holder if holder else "?"})

    def release(self) -> None:
        """Let go of the lock; safe to call more than once."""
        self._lock.release()

    def __enter__(self) -> ProfileLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
