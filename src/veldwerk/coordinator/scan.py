"""Finding and reading the files in the shared folder: hostile ground (anyone with write access
may plant links, FIFOs, huge files or junk there).

Every visible name in the folder and its subfolders is listed, whatever it is, so a bundle
renamed by hand is still found and anything else is listed as refused: a symbolic link (to a file
or a folder) as ``link`` and never followed, a folder-less FIFO, socket or device as
``not_regular``. Hidden files and folders (names starting with a dot) are skipped: that is where a
bundle still being delivered lives (``.<name>.<random>.partial``, see `learning.outbox`).

A file is read only through `veldwerk.files.read_bounded`: opened with ``O_NOFOLLOW |
O_NONBLOCK`` (a link swapped in after the listing is refused by the kernel, a FIFO does not
block), `fstat` must show a regular file of at most `MAX_FILE_BYTES`, and never more than that is
read, also when the file grows meanwhile. The listing's sizes only decide the order and the
budget; the read checks again.

The work of a run is limited in bytes, not files: at most `MAX_BYTES_PER_RUN` are read per run
(smallest files first, so a few huge planted files cannot starve the real bundles, which are
small); what is left waits for the next run.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from veldwerk.files import FileTooLarge, IsLink, NotRegularFile, read_bounded
from veldwerk.learning.envelope import MAX_BUNDLE_BYTES

MAX_FILE_BYTES = MAX_BUNDLE_BYTES
"""A larger file is refused (``too_large``) without being read (8 MiB; a real bundle of a
hundred families is about 200 KiB)."""

MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024
"""Bytes read but not yet checked (waiting for, or in, a worker process) at any one time."""

MAX_BYTES_PER_RUN = 1024 * 1024 * 1024
"""Bytes read in one run; the files that would go beyond wait for the next run (``deferred``)."""

Kind = Literal["file", "link", "not_regular"]


@dataclass(frozen=True)
class FoundFile:
    relative: str
    """The path inside the shared folder, with ``/`` between folders (as in rejected.csv)."""
    path: Path
    size: int
    """As listed (`lstat`); the read checks the opened file again."""
    kind: Kind = "file"


class Unreadable(Exception):
    """A file that is refused when read: `reason` ``link``, ``not_regular``, ``too_large`` or
    ``unreadable`` (an I/O error: a cloud placeholder that did not arrive, no permission),
    `detail` a short technical addition."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


def _kind(st: os.stat_result) -> Kind:
    if stat.S_ISLNK(st.st_mode):
        return "link"
    return "file" if stat.S_ISREG(st.st_mode) else "not_regular"


def find_files(folder: Path) -> list[FoundFile]:
    """Every visible name under `folder` (links listed, never followed), in reading order:
    smallest first, then by relative path."""
    found: list[FoundFile] = []
    for root, dirs, names in os.walk(folder):
        base = Path(root)
        linked = [d for d in dirs if not d.startswith(".") and (base / d).is_symlink()]
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in linked)
        for name in [*names, *linked]:
            if name.startswith("."):
                continue
            path = base / name
            try:
                st = path.lstat()
            except OSError:
                continue
            relative = path.relative_to(folder).as_posix()
            found.append(FoundFile(relative, path, st.st_size, _kind(st)))
    found.sort(key=lambda f: (f.size, f.relative))
    return found


def read_file(found: FoundFile) -> bytes:
    """All bytes of `found` (at most `MAX_FILE_BYTES`), read safely (see the module); raises
    `Unreadable`."""
    if found.kind != "file":
        raise Unreadable(found.kind)
    if found.size > MAX_FILE_BYTES:
        raise Unreadable("too_large", f"{found.size} bytes")
    try:
        return read_bounded(found.path, MAX_FILE_BYTES)
    except IsLink:
        raise Unreadable("link", "swapped in after the listing") from None
    except NotRegularFile:
        raise Unreadable("not_regular", "swapped in after the listing") from None
    except FileTooLarge:
        raise Unreadable("too_large", f"more than {MAX_FILE_BYTES} bytes") from None
    except OSError as exc:
        raise Unreadable("unreadable", type(exc).__name__) from None


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
