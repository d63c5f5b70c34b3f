"""Writing a small file so that a crash or power cut leaves either the old or the new version.

The recipe (as in electrum's `storage.py`): write the bytes to a private temporary file in the
same folder, flush and fsync it, `os.replace` it over the target, then fsync the folder so the
rename itself is durable. The temporary file is removed on any failure. A process killed halfway
may leave a temporary file behind; its name (``.<name>.<random>.tmp``) is never read as the real
file, and `remove_stale_temps` clears such leftovers.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

_TEMP_SUFFIX = ".tmp"


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def temp_name_for(path: Path) -> Path:
    """A fresh, unguessable temporary name beside `path` (same folder, so the rename is atomic)."""
    return path.with_name(f"{_temp_prefix(path)}{secrets.token_hex(8)}{_TEMP_SUFFIX}")


def is_temp_for(candidate: Path, path: Path) -> bool:
    """Whether `candidate` is a temporary file that `write_atomic(path, ...)` may have left."""
    name = candidate.name
    return (
        candidate.parent == path.parent
        and name.startswith(_temp_prefix(path))
        and name.endswith(_TEMP_SUFFIX)
    )


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable. A no-op where folders cannot be opened
    (Windows), where NTFS journals the rename itself."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_private_temp(path: Path, data: bytes) -> Path:
    """Write `data` to a new 0600 temporary file beside `path`, fsynced; return its path."""
    temp = temp_name_for(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def write_atomic(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Replace (or create) `path` with `data` atomically and durably.

    The file gets mode 0600. With ``exclusive=True`` an existing `path` is never replaced:
    `FileExistsError` is raised and nothing changes (on file systems without hard links the
    check and the rename are two steps; callers hold the profile lock anyway).
    """
    path = Path(path)
    temp = _write_private_temp(path, data)
    try:
        if exclusive:
            _link_exclusive(temp, path)
        else:
            os.replace(temp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _link_exclusive(temp: Path, path: Path) -> None:
    """Put `temp` at `path` only if `path` does not exist yet."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (FAT, some network shares): check, then rename.
        if os.path.lexists(path):
            raise FileExistsError(str(path)) from None
        os.replace(temp, path)
        return
    os.unlink(temp)


def remove_stale_temps(path: Path) -> int:
    """Delete temporary files that an interrupted `write_atomic(path, ...)` left; return how
    many. Only call this while holding the profile lock (no other writer of `path` runs)."""
    path = Path(path)
    removed = 0
    try:
        entries = list(path.parent.iterdir())
    except FileNotFoundError:
        return 0
    for entry in entries:
        if is_temp_for(entry, path) and not entry.is_dir():
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
                removed += 1
    return removed
