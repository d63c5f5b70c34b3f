"""The profile folder and its lock (store.profile); atomic writes are tested in tests/files."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from veldwerk.domain.errors import DomainError
from veldwerk.store.profile import (
    ENV_DATA_DIR,
    ProfileLock,
    ProfilePaths,
    clear_private_tmp,
    default_profile_dir,
)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes and signals")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


# --- where the profile lives -------------------------------------------------------------------


def test_data_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """VELDWERK_DATA_DIR chooses the profile folder (with ~ expanded); unset or blank, the
    platform's user data folder is used."""
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "p"))
    assert default_profile_dir() == tmp_path / "p"
    monkeypatch.setenv(ENV_DATA_DIR, "~/veldwerk-test")
    assert default_profile_dir() == Path.home() / "veldwerk-test"
    for unset in ("", "   "):
        monkeypatch.setenv(ENV_DATA_DIR, unset)
        assert default_profile_dir().parts[-2:] == ("veldwerk", "profile")
    monkeypatch.delenv(ENV_DATA_DIR)
    assert default_profile_dir().parts[-2:] == ("veldwerk", "profile")


def test_profile_paths_name_everything(tmp_path: Path) -> None:
    """The lead's store code finds every file of a profile through ProfilePaths."""
    paths = ProfilePaths(tmp_path)
    assert paths.db == tmp_path / "veldwerk.db"
    assert paths.key_file == tmp_path / "veldwerk.key"
    assert paths.lock == tmp_path / ".lock"
    assert paths.backups == tmp_path / "backups"
    assert paths.outbox == tmp_path / "outbox"
    assert paths.tmp == tmp_path / "tmp"
    assert not paths.exists()
    paths.key_file.write_bytes(b"k")
    assert not paths.exists()  # a key file alone is no profile
    paths.db.write_bytes(b"d")
    assert paths.exists()


def test_private_dirs_are_0700_whatever_the_umask(tmp_path: Path) -> None:
    """Profile folders are private even under a permissive umask, and existing ones are
    tightened."""
    paths = ProfilePaths(tmp_path / "deep" / "profile")
    paths.root.mkdir(parents=True, mode=0o777)
    os.chmod(paths.root, 0o755)
    old = os.umask(0)
    try:
        paths.ensure_private_dirs()
        paths.ensure_private_dirs()  # twice is fine
    finally:
        os.umask(old)
    for folder in (paths.root, paths.backups, paths.outbox, paths.tmp):
        assert folder.is_dir()
        assert mode_of(folder) == 0o700, folder


def test_clear_private_tmp_removes_leftovers_but_follows_no_link(tmp_path: Path) -> None:
    """After a crash the tmp folder is emptied: files, folders and links, but a link's target
    outside the profile is left alone."""
    paths = ProfilePaths(tmp_path / "profile")
    paths.ensure_private_dirs()
    clear_private_tmp(paths)  # empty: nothing to do
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep")
    (paths.tmp / "print.pdf").write_bytes(b"%PDF")
    (paths.tmp / "sub" / "deeper").mkdir(parents=True)
    (paths.tmp / "sub" / "deeper" / "x").write_bytes(b"x")
    (paths.tmp / "link").symlink_to(outside, target_is_directory=True)
    (paths.tmp / "dangling").symlink_to(tmp_path / "gone")
    clear_private_tmp(paths)
    assert list(paths.tmp.iterdir()) == []
    assert (outside / "keep.txt").read_text() == "keep"
    clear_private_tmp(ProfilePaths(tmp_path / "never-made"))  # no tmp folder: no error


# --- the lock ----------------------------------------------------------------------------------

HOLDER = """
import sys, time
from pathlib import Path
from veldwerk.store.profile import ProfileLock, ProfilePaths
lock = ProfileLock(ProfilePaths(Path(sys.argv[1])))
lock.acquire()
print("locked", flush=True)
time.sleep(120)
"""

TRY_LOCK = """
import sys
from pathlib import Path
from veldwerk.domain.errors import DomainError
from veldwerk.store.profile import ProfileLock, ProfilePaths
try:
    with ProfileLock(ProfilePaths(Path(sys.argv[1]))):
        print("acquired")
except DomainError as exc:
    print(exc.code, exc.params["pid"])
"""


def try_lock_in_other_process(root: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", TRY_LOCK, str(root)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.strip()


def test_a_second_process_is_refused_with_our_pid(tmp_path: Path) -> None:
    """While we hold the profile, another process gets profile.locked naming our process id;
    after we release, it can take the lock."""
    paths = ProfilePaths(tmp_path / "profile")
    with ProfileLock(paths) as lock:
        assert lock.held
        assert paths.lock.read_text().strip() == str(os.getpid())
        assert mode_of(paths.lock) == 0o600
        assert try_lock_in_other_process(paths.root) == f"profile.locked {os.getpid()}"
    assert not lock.held
    assert try_lock_in_other_process(paths.root) == "acquired"


def test_lock_of_a_killed_process_does_not_block(tmp_path: Path) -> None:
    """We are refused while another process holds the profile (message names its pid); once
    that process is SIGKILLed, the lock it left behind no longer blocks."""
    paths = ProfilePaths(tmp_path / "profile")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.root)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        lock = ProfileLock(paths)
        with pytest.raises(DomainError) as caught:
            lock.acquire()
        assert caught.value.code == "profile.locked"
        assert caught.value.params == {"pid": holder.pid}
        assert str(holder.pid) in caught.value.message("nl")
        assert not lock.held
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()
    assert paths.lock.read_text().strip() == str(holder.pid)  # the stale pid is still there
    lock.acquire()
    assert lock.held
    assert paths.lock.read_text().strip() == str(os.getpid())
    lock.release()


def test_second_lock_in_the_same_process_is_refused(tmp_path: Path) -> None:
    """Two windows of one process cannot open the same profile either."""
    paths = ProfilePaths(tmp_path)
    first = ProfileLock(paths)
    first.acquire()
    first.acquire()  # the same object again: no-op
    second = ProfileLock(paths)
    with pytest.raises(DomainError) as caught:
        second.acquire()
    assert caught.value.code == "profile.locked"
    assert caught.value.params["pid"] == os.getpid()
    first.release()
    second.acquire()
    second.release()


def test_release_is_idempotent_and_unknown_holder_shows_question_mark(tmp_path: Path) -> None:
    """Releasing twice is harmless; a holder that wrote no pid is shown as '?'."""
    paths = ProfilePaths(tmp_path)
    lock = ProfileLock(paths)
    lock.release()
    lock.acquire()
    lock.release()
    lock.release()
    assert paths.lock.read_text() == ""  # released: no pid left behind
    # A holder that has the OS lock but has not written its pid yet.
    import fcntl

    fd = os.open(paths.lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(DomainError) as caught:
            ProfileLock(paths).acquire()
        assert caught.value.params == {"pid": "?"}
        assert "?" in caught.value.message("en")
    finally:
        os.close(fd)


def test_lock_creates_a_missing_profile_folder_privately(tmp_path: Path) -> None:
    """Taking the lock before `init` creates the folder, with mode 0700."""
    paths = ProfilePaths(tmp_path / "new")
    with ProfileLock(paths):
        assert mode_of(paths.root) == 0o700


def test_a_file_where_the_folder_should_be_is_a_clear_error(tmp_path: Path) -> None:
    """Pointing the profile at a file gives profile.not_writable, not a crash."""
    blocker = tmp_path / "profile"
    blocker.write_bytes(b"not a folder")
    paths = ProfilePaths(blocker)
    for attempt in (paths.ensure_private_dirs, ProfileLock(paths).acquire):
        with pytest.raises(DomainError) as caught:
            attempt()
        assert caught.value.code == "profile.not_writable"
        assert caught.value.params == {"path": str(blocker)}
    assert blocker.read_bytes() == b"not a folder"
