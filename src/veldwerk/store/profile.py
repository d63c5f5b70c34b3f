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
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import platformdirs

from veldwerk.domain.errors import DomainError
from veldwerk.store import store_messages as _store_messages  # noqa: F401  (registers codes)

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
    """One process per profile: an OS lock on ``<profile>/.lock`` holding our process id.

    The lock is taken without waiting: if another process (or another `ProfileLock` in this
    process) holds it, `acquire` raises ``DomainError("profile.locked", params={"pid": ...})``.
    The operating system drops the lock when its process ends, so a lock left by a killed process
    never blocks. Usable as a context manager.
    """

    def __init__(self, paths: ProfilePaths) -> None:
        self.paths = paths
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise ``profile.locked`` with the holder's pid (or ``"?"``).
        Taking a lock this object already holds does nothing."""
        if self._fd is not None:
            return
        try:
            self.paths.root.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
            fd = os.open(
                self.paths.lock, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600
            )
        except OSError as exc:
            raise _not_writable(self.paths) from exc
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            holder = _read_pid(fd)
            os.close(fd)
            raise DomainError("profile.locked", params={"pid": holder if holder else "?"})
        # The lock is what counts; the pid is only a courtesy for the message.
        with contextlib.suppress(OSError):
            _write_pid(fd, os.getpid())
        self._fd = fd

    def release(self) -> None:
        """Let go of the lock; safe to call more than once."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)

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


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 32)
    except OSError:
        return None
    text = raw.decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _write_pid(fd: int, pid: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{pid}\n".encode("ascii"))


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock, not lockf: flock belongs to this open file, so a second ProfileLock in the same
        # process is refused too, and closing another descriptor of the file does not release it.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
