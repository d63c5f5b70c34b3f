"""The team folder: a network drive or a synced cloud folder that the team shares, and that
anyone with write access to it may fill with anything.

Each device writes only its own subfolder, named by its device id, one file per change set,
named by its sequence number (``0000000042.vwcs``), never changed once written: one writer per
file, so sync tools never make conflict copies. A device reads the subfolders of its known
colleagues. The folder's rules are those of every folder other people write (the learning data's
shared folder too): links are never followed (neither a linked subfolder nor a linked file), a
file is read only when it is a regular file, never more than `changeset.MAX_CHANGE_SET_BYTES`,
and its signature is checked before anything of it is parsed (`changeset.open_change_set`).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from veldwerk.files import RefusedFile, read_bounded, write_atomically
from veldwerk.team.changeset import MAX_CHANGE_SET_BYTES

FILE_NAME = re.compile(r"\A([0-9]{10})\.vwcs\Z")
DEVICE_NAME = re.compile(r"\A[0-9a-f]{32}\Z")


class FolderError(Exception):
    """The team folder cannot be used (`reason`: ``missing``, ``own_folder_link``,
    ``unreachable``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Found:
    """A file in a colleague's subfolder that looks like a change set (not read yet)."""

    device: str
    name: str
    seq: int
    path: Path


@dataclass(frozen=True)
class Skipped:
    """Something in the team folder that is not read, and why (``link``, ``not_regular``,
    ``unknown_colleague``)."""

    device: str
    name: str
    reason: str


def file_name(seq: int) -> str:
    return f"{seq:010d}.vwcs"


def _usable(team: Path) -> None:
    try:
        info = os.stat(team)
    except FileNotFoundError:
        raise FolderError("missing") from None
    except OSError:
        raise FolderError("unreachable") from None
    if not stat.S_ISDIR(info.st_mode):
        raise FolderError("missing")


def own_folder(team: Path, device: str) -> Path:
    """This device's subfolder, made when missing; refused when it is a link (someone else
    could then read or swap what this device writes)."""
    _usable(team)
    mine = team / device
    try:
        info = os.lstat(mine)
    except FileNotFoundError:
        try:
            mine.mkdir(mode=0o755)
        except OSError:
            raise FolderError("unreachable") from None
        return mine
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise FolderError("own_folder_link")
    return mine


def write_change_set(team: Path, device: str, seq: int, data: bytes) -> Path:
    """Write a change set into this device's subfolder, never over another file."""
    path = own_folder(team, device) / file_name(seq)
    write_atomically(path, data, 0o644, exclusive=True)
    return path


def scan(team: Path, me: str, known: Iterable[str]) -> tuple[list[Found], list[Skipped]]:
    """The change set files in the subfolders of the `known` devices (by device and number),
    and what is skipped: links, things that are not files, subfolders of unknown devices.
    Other names (temporary files, notes someone left) are passed over without a word."""
    _usable(team)
    wanted = set(known)
    found: list[Found] = []
    skipped: list[Skipped] = []
    try:
        entries = sorted(os.scandir(team), key=lambda e: e.name)
    except OSError:
        raise FolderError("unreachable") from None
    for entry in entries:
        if entry.name == me or not DEVICE_NAME.match(entry.name):
            continue
        if entry.is_symlink():
            skipped.append(Skipped(entry.name, "", "link"))
            continue
        if not entry.is_dir(follow_symlinks=False):
            continue
        if entry.name not in wanted:
            skipped.append(Skipped(entry.name, "", "unknown_colleague"))
            continue
        try:
            files = sorted(os.scandir(entry.path), key=lambda e: e.name)
        except OSError:
            continue
        for item in files:
            named = FILE_NAME.match(item.name)
            if named is None:
                continue
            if item.is_symlink():
                skipped.append(Skipped(entry.name, item.name, "link"))
            elif not item.is_file(follow_symlinks=False):
                skipped.append(Skipped(entry.name, item.name, "not_regular"))
            else:
                found.append(Found(entry.name, item.name, int(named.group(1)), Path(item.path)))
    return found, skipped


def read_change_set(found: Found) -> bytes:
    """The bytes of a found file, read without following a link and never more than the cap.
    Raises `veldwerk.files.RefusedFile` (``link``, ``not_regular``, ``too_large``) or
    `OSError`."""
    return read_bounded(found.path, MAX_CHANGE_SET_BYTES)


__all__ = [
    "FolderError",
    "Found",
    "RefusedFile",
    "Skipped",
    "file_name",
    "own_folder",
    "read_change_set",
    "scan",
    "write_change_set",
]
