"""The one file lock (veldwerk.files.lock): exclusive, never waiting, holding the pid, dropped by
the operating system when its process dies."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from veldwerk.files import FileLock

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes and signals")

HOLDER = """
import sys, time
from pathlib import Path
from veldwerk.files import FileLock
lock = FileLock(Path(sys.argv[1]))
assert lock.acquire()
print("locked", flush=True)
time.sleep(120)
"""

TRY = """
import sys
from pathlib import Path
from veldwerk.files import FileLock
lock = FileLock(Path(sys.argv[1]))
print("acquired" if lock.acquire() else f"held by {lock.holder}")
"""


def try_in_other_process(path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", TRY, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_a_second_process_is_refused_and_learns_our_pid(tmp_path: Path) -> None:
    """While we hold the lock another process is refused at once and reads our process id
    (for "in use by ..."); the file is 0600; after release it can take the lock."""
    path = tmp_path / ".lock"
    lock = FileLock(path)
    assert lock.acquire() and lock.held
    assert path.read_text().strip() == str(os.getpid())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert try_in_other_process(path) == f"held by {os.getpid()}"
    lock.release()
    assert not lock.held and path.read_text() == ""
    assert try_in_other_process(path) == "acquired"


def test_the_lock_of_a_killed_process_is_released(tmp_path: Path) -> None:
    """Protects against a crash leaving things locked: while a process holds the lock we are
    refused and told its pid; once it is SIGKILLed, we get the lock (its stale pid is
    replaced by ours)."""
    path = tmp_path / ".lock"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE)
    lock = FileLock(path)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == b"locked"
        assert not lock.acquire()
        assert lock.holder == holder.pid and not lock.held
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()
    assert path.read_text().strip() == str(holder.pid)
    assert lock.acquire()
    assert path.read_text().strip() == str(os.getpid())
    lock.release()


def test_two_locks_in_one_process_exclude_each_other(tmp_path: Path) -> None:
    """Protects the outbox and the profile within one process (two windows, a sync beside
    an export): a second FileLock on the same file is refused; the same object again is a
    no-op; release is idempotent."""
    path = tmp_path / ".lock"
    first, second = FileLock(path), FileLock(path)
    assert first.acquire() and first.acquire()
    assert not second.acquire() and second.holder == os.getpid()
    first.release()
    first.release()
    assert second.acquire()
    second.release()


def test_a_link_under_the_lock_name_is_not_followed(tmp_path: Path) -> None:
    """Protects files elsewhere: a symlink planted as the lock file is refused (OSError for the
    caller), and the file it points at is neither truncated nor written."""
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep")
    link = tmp_path / ".lock"
    link.symlink_to(victim)
    with pytest.raises(OSError):
        FileLock(link).acquire()
    assert victim.read_bytes() == b"keep"
