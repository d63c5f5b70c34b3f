"""Writing a file so that a crash or power cut leaves either the old or the new version.

The one recipe (as in electrum's `storage.py`): write the bytes to a new temporary file in the
same folder, fsync it, `os.replace` it over the target, then fsync the folder so the rename
itself is durable. The temporary file is removed on any failure.

The temporary name is ``.<name>.<random>.tmp`` (or another suffix, such as ``.partial`` for
bundles in the shared folder): a random part from `secrets`, created with ``O_CREAT | O_EXCL``
(and ``O_NOFOLLOW``), so a link or file planted under a name that someone could guess is never
written through, and a name that happens to be taken is tried again under a new random name a
bounded number of times. A link planted under the final name is replaced by the new file (the
rename replaces the link itself), never written through.

A process killed halfway may leave a temporary file behind; its name is never read as the real
file, and `remove_stale_temps` clears such leftovers.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

TEMP_SUFFIX = ".tmp"
TEMP_ATTEMPTS = 16
"""How many random temporary names are tried before giving up (each taken one is skipped)."""
CHUNK_SIZE = 1024 * 1024
"""Bytes per `os.write` call (tests make it small to kill a process halfway through a file)."""
_RANDOM_BYTES = 8

_CREATE_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)  # Windows would otherwise translate newlines
)


def temp_name_for(path: Path, suffix: str = TEMP_SUFFIX) -> Path:
    """A fresh, unguessable temporary name beside `path` (same folder, so the rename is atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(_RANDOM_BYTES)}{suffix}")


def temp_target(name: str, suffix: str = TEMP_SUFFIX) -> str | None:
    """The final name that `name` is a temporary file of (``.<final>.<random><suffix>``), or
    None when `name` is no temporary name of this recipe."""
    if not (name.startswith(".") and name.endswith(suffix)):
        return None
    final, dot, random = name[1 : len(name) - len(suffix)].rpartition(".")
    if not (final and dot and len(random) == 2 * _RANDOM_BYTES):
        return None
    return final if all(c in "0123456789abcdef" for c in random) else None


def is_temp_for(candidate: Path, path: Path, suffix: str = TEMP_SUFFIX) -> bool:
    """Whether `candidate` is a temporary file that `write_atomically(path, ...)` may have left."""
    return candidate.parent == path.parent and temp_target(candidate.name, suffix) == path.name


def fsync_dir(folder: Path) -> None:
    """Make a rename, a new file or a removal in `folder` durable. A no-op on Windows (folders
    cannot be opened there; NTFS journals the rename itself) and where the file system refuses
    (some network shares: the rename is atomic all the same)."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _create_temp(path: Path, mode: int, suffix: str) -> tuple[Path, int]:
    """A new temporary file beside `path` under a random name, and its open descriptor."""
    for _ in range(TEMP_ATTEMPTS):
        temp = temp_name_for(path, suffix)
        try:
            return temp, os.open(temp, _CREATE_FLAGS, mode)
        except FileExistsError:
            continue  # taken (planted, or a leftover): another random name
    raise FileExistsError(f"no free temporary name beside {path}")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view[:CHUNK_SIZE])
        view = view[written:]


def _write_temp(path: Path, data: bytes, mode: int, suffix: str) -> Path:
    """Write `data` to a new temporary file beside `path`, fsynced; return its path."""
    temp, fd = _create_temp(path, mode, suffix)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def write_atomically(
    path: Path,
    data: bytes,
    mode: int = 0o600,
    *,
    exclusive: bool = False,
    temp_suffix: str = TEMP_SUFFIX,
) -> None:
    """Replace (or create) `path` with `data` atomically and durably.

    The new file is created with `mode` (0600 unless told otherwise; the umask may narrow it).
    With ``exclusive=True`` an existing `path` (also a link) is never replaced:
    `FileExistsError` is raised and nothing changes (on file systems without hard links the
    check and the rename are two steps; callers hold a lock anyway).
    """
    path = Path(path)
    temp = _write_temp(path, data, mode, temp_suffix)
    try:
        if exclusive:
            _link_exclusive(temp, path)
        else:
            os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_dir(path.parent)


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


def remove_stale_temps(path: Path, suffix: str = TEMP_SUFFIX) -> int:
    """Delete temporary files that an interrupted `write_atomically(path, ...)` left; return how
    many. Only call this while no other writer of `path` runs (hold its lock)."""
    path = Path(path)
    return _remove_temps(path.parent, suffix, lambda final: final == path.name)


def remove_stale_temps_in(folder: Path, suffix: str = TEMP_SUFFIX) -> int:
    """Delete every temporary file of this recipe in `folder` (a private folder whose writers
    are all held off by one lock); return how many."""
    return _remove_temps(Path(folder), suffix, lambda final: True)


def _remove_temps(folder: Path, suffix: str, wanted: Callable[[str], bool]) -> int:
    """Links are removed as links; folders are left alone."""
    removed = 0
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return 0
    for entry in entries:
        final = temp_target(entry.name, suffix)
        if final is None or not wanted(final):
            continue
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISDIR(os.lstat(entry).st_mode):
                continue
            entry.unlink()
            removed += 1
    return removed
