"""Finding and reading the files in the shared folder.

Every visible regular file in the folder and its subfolders is looked at, whatever its name, so
a bundle renamed by hand is still found and anything else is listed as refused. Hidden files and
folders (names starting with a dot) are skipped: that is where a bundle still being delivered
lives (``.<name>.<random>.partial``, see `learning.outbox`).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 256 * 1024 * 1024
"""A larger file is refused (``too_large``) without being read."""


@dataclass(frozen=True)
class FoundFile:
    relative: str
    """The path inside the shared folder, with ``/`` between folders (as in rejected.csv)."""
    path: Path
    size: int


def find_files(folder: Path) -> list[FoundFile]:
    """Every visible regular file under `folder` (symbolic links not followed), sorted by
    relative path."""
    found: list[FoundFile] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(root)
        for name in names:
            if name.startswith("."):
                continue
            path = base / name
            try:
                st = path.lstat()
            except OSError:
                continue
            if not path.is_symlink() and path.is_file():
                relative = path.relative_to(folder).as_posix()
                found.append(FoundFile(relative, path, st.st_size))
    found.sort(key=lambda f: f.relative)
    return found


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
