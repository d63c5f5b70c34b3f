"""Opening a file for reading in a folder other people can write (the shared folder, the team
folder): never through a link, only a regular file, never more than a cap.

POSIX: ``O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY`` (a link under the name is refused by
the kernel; a FIFO opens at once instead of waiting for a writer), then `fstat` on what was
opened must show a regular file of at most `cap` bytes, then ``O_NONBLOCK`` is cleared. Only the
last part of the path is checked: the folder itself is the user's choice.

Windows has no ``O_NOFOLLOW``: `lstat` first, refusing links and every other reparse point and
anything not a regular file, then open, then the opened file's identity (``st_dev``,
``st_ino`` of `fstat`) must be what `lstat` saw, so a swap in between is refused too.

The refusals are typed (`IsLink`, `NotRegularFile`, `FileTooLarge`, all `RefusedFile`, an
`OSError`), for the caller to turn into its own message.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

if sys.platform != "win32":
    import fcntl

_READ_CHUNK = 1024 * 1024
_FILE_ATTRIBUTE_REPARSE_POINT = 0x400


class RefusedFile(OSError):
    """The file at `path` is not one to read here; `reason` says why."""

    reason = "refused"

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(errno.EPERM, detail or self.reason, str(path))
        self.path = Path(path)


class IsLink(RefusedFile):
    """A symbolic link (or on Windows any reparse point) under the name, or a swap."""

    reason = "link"


class NotRegularFile(RefusedFile):
    """A folder, FIFO, socket or device under the name."""

    reason = "not_regular"


class FileTooLarge(RefusedFile):
    """More bytes than the cap."""

    reason = "too_large"


def open_no_follow(path: Path | str, cap: int) -> BinaryIO:
    """The regular file at `path` (at most `cap` bytes when opened), open for reading in binary.
    Raises `IsLink`, `NotRegularFile` or `FileTooLarge`, or `OSError` (missing, no rights). The
    file may still grow afterwards: read with a bound (`read_bounded` does)."""
    fd = _open_windows(path, cap) if os.name == "nt" else _open_posix(path, cap)
    return os.fdopen(fd, "rb")


def read_bounded(path: Path | str, cap: int) -> bytes:
    """All bytes of the regular file at `path`, refusing (`FileTooLarge`) a file of more than
    `cap` bytes, also one that grows while it is read: never more than ``cap + 1`` bytes are
    read. Other refusals as `open_no_follow`."""
    with open_no_follow(path, cap) as f:
        parts: list[bytes] = []
        left = cap + 1
        while left > 0:
            chunk = f.read(min(left, _READ_CHUNK))
            if not chunk:
                break
            parts.append(chunk)
            left -= len(chunk)
    if left <= 0:
        raise FileTooLarge(path, f"more than {cap} bytes")
    return b"".join(parts)


def _check_opened(path: Path | str, fd: int, cap: int) -> os.stat_result:
    """Refuse what `fd` shows when it is not a regular file of at most `cap` bytes."""
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        raise NotRegularFile(path)
    if st.st_size > cap:
        raise FileTooLarge(path, f"{st.st_size} bytes, more than {cap}")
    return st


def _open_posix(path: Path | str, cap: int) -> int:
    flags = (
        os.O_RDONLY
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_NOCTTY", 0)
        | getattr(os, "O_CLOEXEC", 0)
    )
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if os.path.islink(path):  # ELOOP on Linux, EMLINK on FreeBSD, EFTYPE on NetBSD
            raise IsLink(path) from exc
        if exc.errno == errno.ENXIO:  # a socket (or a FIFO nobody writes, on some systems)
            raise NotRegularFile(path) from exc
        raise
    try:
        _check_opened(path, fd, cap)
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _open_windows(path: Path | str, cap: int) -> int:
    """Without ``O_NOFOLLOW``: lstat, refuse links and reparse points, open, compare identity.
    (Written for Windows, but uses only calls that exist everywhere, so it is tested on POSIX
    too.)"""
    seen = os.lstat(path)
    attributes = getattr(seen, "st_file_attributes", 0)
    if stat.S_ISLNK(seen.st_mode) or attributes & _FILE_ATTRIBUTE_REPARSE_POINT:
        raise IsLink(path)
    if not stat.S_ISREG(seen.st_mode):
        raise NotRegularFile(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0))
    try:
        opened = _check_opened(path, fd, cap)
        if (opened.st_dev, opened.st_ino) != (seen.st_dev, seen.st_ino):
            raise IsLink(path, "the file changed while it was opened")
    except BaseException:
        os.close(fd)
        raise
    return fd
