"""Durable files, the Qt-free ground floor under store, learning, team and coordinator.

- `write_atomically`: a crash or power cut leaves the old or the new file, never half of one;
  temporary files under random names made with ``O_EXCL``, never written through a link.
- `FileLock`: one exclusive lock per file, holding the pid, dropped by the OS when the process
  ends (the profile lock, the outbox lock).
- `open_no_follow` and `read_bounded`: reading in folders other people can write: no links, only
  regular files, never more than a cap.

It imports nothing else of veldwerk.
"""

from veldwerk.files.atomic import (
    fsync_dir,
    is_temp_for,
    remove_stale_temps,
    remove_stale_temps_in,
    temp_name_for,
    temp_target,
    write_atomically,
)
from veldwerk.files.lock import FileLock
from veldwerk.files.safe_open import (
    FileTooLarge,
    IsLink,
    NotRegularFile,
    RefusedFile,
    open_no_follow,
    read_bounded,
)

__all__ = [
    "FileLock",
    "FileTooLarge",
    "IsLink",
    "NotRegularFile",
    "RefusedFile",
    "fsync_dir",
    "is_temp_for",
    "open_no_follow",
    "read_bounded",
    "remove_stale_temps",
    "remove_stale_temps_in",
    "temp_name_for",
    "temp_target",
    "write_atomically",
]
