"""Removing this installation's older bundles from the shared folder.

A bundle is a full snapshot and the coordinator keeps only the newest of each installation, so
once a newer one is delivered the older ones only keep old data readable there, such as a family
whose consent was withdrawn since. They are removed.

Temporary files of this installation's bundles that a crash left behind
(``.<name>.<random>.partial`` from `veldwerk.files.write_atomically`, or ``.<name>.partial``
from earlier versions) are removed too, up to and including the newest sequence: the delivery
holding the outbox lock has finished writing by then.

The shared folder is hostile ground: only names this installation writes are touched (exactly
`bundle_file_name` of its id, or a temporary name of one), nothing is ever opened, and a name
is removed with `os.unlink` only when `os.lstat` shows a regular file or a link: a planted link
is removed as a link, its target is left alone; a folder under such a name is left alone. The
scan is bounded by `MAX_SCAN_ENTRIES`.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from veldwerk.files import temp_target
from veldwerk.learning.bundle import FILE_SUFFIX, bundle_file_name

log = logging.getLogger(__name__)

MAX_SCAN_ENTRIES = 20_000
PARTIAL_SUFFIX = ".partial"


def own_sequence(name: str, installation_id: str) -> int | None:
    """The sequence when `name` is a bundle name of `installation_id` (or the temporary name
    of one), else None."""
    return _own(name, installation_id)[0]


def _own(name: str, installation_id: str) -> tuple[int | None, bool]:
    """(`own_sequence`, whether `name` is a temporary name)."""
    core: str | None = name
    temporary = name.startswith(".")
    if temporary:
        core = temp_target(name, PARTIAL_SUFFIX)
        if core is None and name.endswith(PARTIAL_SUFFIX):  # earlier versions' fixed name
            core = name[1 : -len(PARTIAL_SUFFIX)]
    return _sequence(core, installation_id) if core else None, temporary


def _sequence(core: str, installation_id: str) -> int | None:
    prefix = f"{installation_id}-"
    if not (core.startswith(prefix) and core.endswith(FILE_SUFFIX)):
        return None
    digits = core[len(prefix) : -len(FILE_SUFFIX)]
    if not (digits.isascii() and digits.isdigit()):
        return None
    sequence = int(digits)
    return sequence if bundle_file_name(installation_id, sequence) == core else None


def remove_older_bundles(folder: Path, installation_id: str, newest: int) -> tuple[int, bool]:
    """Remove the bundles of `installation_id` with a sequence below `newest` from `folder`, and
    their temporary files up to `newest`: (how many names were removed, whether the whole
    folder was looked through and every such name is gone). Never raises for the folder
    (missing, unreadable) or a name that cannot be removed; the caller fsyncs the folder when
    something was removed."""
    complete = True
    removed = 0
    try:
        with os.scandir(folder) as entries:
            for seen, entry in enumerate(entries):
                if seen >= MAX_SCAN_ENTRIES:
                    complete = False
                    break
                sequence, temporary = _own(entry.name, installation_id)
                if sequence is None or sequence > newest or (sequence == newest and not temporary):
                    continue
                if _unlink_file_or_link(Path(folder, entry.name)):
                    removed += 1
                else:
                    complete = False
    except OSError:
        complete = False
    if removed:
        log.info("removed %d older bundle(s) from the shared folder", removed)
    return removed, complete


def _unlink_file_or_link(path: Path) -> bool:
    """Unlink `path` when it is a regular file or a link (the link itself, never its target);
    False when it is something else or cannot be removed. Gone already counts as removed."""
    try:
        mode = os.lstat(path).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode)):
            return False
        os.unlink(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True
