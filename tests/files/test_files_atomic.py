"""The one atomic write (veldwerk.files.atomic): old or new file, private, never through a link."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from veldwerk.files import atomic
from veldwerk.files.atomic import (
    is_temp_for,
    remove_stale_temps,
    remove_stale_temps_in,
    temp_name_for,
    temp_target,
    write_atomically,
)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes and links")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def test_write_atomically_creates_and_replaces_privately(tmp_path: Path) -> None:
    """The file gets exactly the new bytes and mode 0600, and no temporary file remains."""
    target = tmp_path / "veldwerk.key"
    write_atomically(target, b"first")
    assert target.read_bytes() == b"first"
    assert mode_of(target) == 0o600
    target.chmod(0o644)
    write_atomically(target, b"second" * 10_000)
    assert target.read_bytes() == b"second" * 10_000
    assert mode_of(target) == 0o600
    assert list(tmp_path.iterdir()) == [target]


def test_the_mode_asked_for_is_the_mode_given(tmp_path: Path) -> None:
    """Protects the bundle in the shared folder: a mode other than 0600 can be asked for."""
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "public.pem", b"key", 0o644)
    finally:
        os.umask(old)
    assert mode_of(tmp_path / "public.pem") == 0o644


def test_a_failed_rename_leaves_no_temporary_file(tmp_path: Path) -> None:
    """When the final rename fails (here: a non-empty folder is in the way) the temporary file
    is removed and the folder is as before; a missing folder is a plain FileNotFoundError."""
    target = tmp_path / "veldwerk.key"
    target.mkdir()
    (target / "inside").write_bytes(b"x")
    with pytest.raises(OSError):
        write_atomically(target, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["veldwerk.key"]
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "no-such-folder" / "f", b"data")


def test_a_full_disk_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects the old version when writing fails halfway (disk full): it stays whole and
    the half-written temporary file is removed."""
    target = tmp_path / "state.json"
    write_atomically(target, b"old")

    def full(fd: int, data: bytes) -> None:
        os.write(fd, data[:3])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", full)
    with pytest.raises(OSError) as caught:
        write_atomically(target, b"new and longer")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_the_folder_is_fsynced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects the rename against a power cut: the file and then its folder are fsynced
    (the coordinator's outputs used to skip the folder)."""
    synced: list[str] = []
    real_fsync = os.fsync

    def recording(fd: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording)
    write_atomically(tmp_path / "report.pdf", b"%PDF")
    assert synced == ["file", "folder"]


def test_exclusive_never_replaces(tmp_path: Path) -> None:
    """With exclusive=True an existing file, or a link, is kept and FileExistsError raised; no
    leftovers."""
    target = tmp_path / "veldwerk.key"
    write_atomically(target, b"new", exclusive=True)
    assert target.read_bytes() == b"new"
    with pytest.raises(FileExistsError):
        write_atomically(target, b"other", exclusive=True)
    assert target.read_bytes() == b"new"
    link = tmp_path / "backup.vwbk"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(FileExistsError):
        write_atomically(link, b"other", exclusive=True)
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()
    assert sorted(tmp_path.iterdir()) == [link, target]


def test_a_link_planted_under_the_final_name_is_replaced_not_written_through(
    tmp_path: Path,
) -> None:
    """Protects files elsewhere: a symlink under the final name is replaced by the new file;
    the file it pointed at keeps its bytes."""
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep")
    shared = tmp_path / "share"
    shared.mkdir()
    final = shared / "bundle.vwlb"
    final.symlink_to(victim)
    write_atomically(final, b"bundle")
    assert not final.is_symlink() and final.read_bytes() == b"bundle"
    assert victim.read_bytes() == b"keep"


def test_temporary_names_are_random_and_a_planted_one_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects against links planted under the next temporary name: names are random (no two
    alike), and even a link under the very name drawn is never opened (O_EXCL): another
    random name is drawn, the planted link and its target stay as they were."""
    final = tmp_path / "x.vwlb"
    assert len({temp_name_for(final).name for _ in range(200)}) == 200
    drawn = iter(["a" * 16, "b" * 16])
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda n: next(drawn))
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep")
    planted = tmp_path / f".x.vwlb.{'a' * 16}.partial"
    planted.symlink_to(victim)
    write_atomically(final, b"bundle", temp_suffix=".partial")
    assert final.read_bytes() == b"bundle"
    assert planted.is_symlink() and victim.read_bytes() == b"keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [final.name, planted.name, victim.name]
    )


def test_when_every_temporary_name_drawn_is_taken_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects bounded work: the number of names tried is bounded; then FileExistsError and
    nothing changed."""
    monkeypatch.setattr(atomic.secrets, "token_hex", lambda n: "c" * 16)
    (tmp_path / f".f.{'c' * 16}.tmp").write_bytes(b"taken")
    with pytest.raises(FileExistsError):
        write_atomically(tmp_path / "f", b"data")
    assert [p.name for p in tmp_path.iterdir()] == [f".f.{'c' * 16}.tmp"]


def test_temp_target_knows_only_this_recipe_s_names() -> None:
    """Protects the clean-up: only ``.<final>.<16 hex><suffix>`` counts as a temporary name."""
    assert temp_target(f".veldwerk.key.{'0a' * 8}.tmp") == "veldwerk.key"
    assert temp_target(f".b.vwlb.{'0a' * 8}.partial", ".partial") == "b.vwlb"
    for name in (
        "veldwerk.key",
        f"veldwerk.key.{'0a' * 8}.tmp",
        f".veldwerk.key.{'0a' * 7}.tmp",
        f".veldwerk.key.{'0A' * 8}.tmp",
        f".{'0a' * 8}.tmp",
        ".b.vwlb.partial",
        f".b.vwlb.{'0a' * 8}.partial",
    ):
        assert temp_target(name) is None, name


def test_remove_stale_temps_only_touches_its_own_leftovers(tmp_path: Path) -> None:
    """Only temporary files of that one target are removed, never other files, and a folder
    under such a name is left alone."""
    target = tmp_path / "veldwerk.key"
    target.write_bytes(b"k")
    stale = [temp_name_for(target) for _ in range(3)]
    for leftover in stale:
        leftover.write_bytes(b"half")
        assert is_temp_for(leftover, target)
    folder = temp_name_for(target)
    folder.mkdir()
    unrelated = [tmp_path / "veldwerk.db", temp_name_for(tmp_path / "veldwerk.db")]
    for other in unrelated:
        other.write_bytes(b"db")
        assert not is_temp_for(other, target)
    assert remove_stale_temps(target) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, folder.name] + [u.name for u in unrelated]
    )


def test_remove_stale_temps_in_clears_a_private_folder_and_follows_no_link(
    tmp_path: Path,
) -> None:
    """Protects the outbox after a crash: every temporary file of the recipe goes (a link as a
    link, its target stays); finished files stay."""
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep")
    box = tmp_path / "outbox"
    box.mkdir()
    (box / "a.vwlb").write_bytes(b"bundle")
    temp_name_for(box / "a.vwlb").write_bytes(b"half")
    temp_name_for(box / "state.json").symlink_to(victim)
    assert remove_stale_temps_in(box) == 2
    assert [p.name for p in box.iterdir()] == ["a.vwlb"]
    assert victim.read_bytes() == b"keep"
