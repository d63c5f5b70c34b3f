"""One file lock: exclusive, never waiting, released by the operating system when the process
ends (also on SIGKILL or a power cut), so a crash never leaves anything locked.

`fcntl.flock` on POSIX: it belongs to the open file, not the process, so two `FileLock` objects
on the same path exclude each other also within one process, and closing another descriptor of
the file does not release it. `msvcrt.locking` on Windows, always on the one byte at
`WINDOWS_LOCK_OFFSET`: a locked byte range cannot be read by others there, so the lock sits far
beyond the process id the file holds, which others read for their message ("in use by 4711").

The lock file is opened without following a link and created with mode 0600.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

WINDOWS_LOCK_OFFSET = 1 << 20
_PID_BYTES = 32
_OPEN_FLAGS = (
    os.O_RDWR
    | os.O_CREAT
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class FileLock:
    """An exclusive lock on `path` holding our process id while it is held.

    `acquire` returns False at once when somebody else holds the lock; `holder` then says who
    (their pid, or None when it could not be read). `OSError` from creating the lock file (no
    rights, read-only disk, a link under its name) is left to the caller.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.holder: int | None = None
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if nobody holds it; False (at once) when somebody does. Taking a lock
        this object already holds does nothing (True)."""
        if self._fd is not None:
            return True
        fd = os.open(self.path, _OPEN_FLAGS, 0o600)
        try:
            locked = _try_lock(fd)
            if not locked:
                self.holder = _read_pid(fd)
                os.close(fd)
                return False
        except BaseException:
            os.close(fd)
            raise
        self.holder = os.getpid()
        # The lock is what counts; the pid is only a courtesy for the message.
        with contextlib.suppress(OSError):
            _write_pid(fd, os.getpid())
        self._fd = fd
        return True

    def release(self) -> None:
        """Let go of the lock; safe to call more than once."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        self.holder = None
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, _PID_BYTES)
    except OSError:
        return None
    text = raw.decode("ascii", "replace").strip()
    return int(text) if text.isascii() and text.isdigit() else None


def _write_pid(fd: int, pid: int) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{pid}\n".encode("ascii"))


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
