"""The workspace (an unlocked profile): creating, opening with the passphrase or the recovery
key, the lock that keeps a profile to one program, closing, and every refusal by its code, with
a real encrypted profile in a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from support.common import EXAMPLE, PASSPHRASE, folder_state
from veldwerk.domain.errors import DomainError
from veldwerk.store import keys
from veldwerk.store.profile import ProfileLock, ProfilePaths
from veldwerk.workspace import Workspace

FAST = keys.FAST_KDF_FOR_TESTS


def _code(call, *args) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught:
        call(*args)
    return caught.value.code


def _lock_is_free(root: Path) -> bool:
    lock = ProfileLock(ProfilePaths(root))
    try:
        lock.acquire()
    except DomainError:
        return False
    lock.release()
    return True


def test_create_makes_a_private_profile_and_shows_the_recovery_key_once(profile_dir: Path) -> None:
    """Protects a new profile: `create` makes the folder and its private subfolders (0700), the
    key file (0600) and an encrypted database at this program's schema, returns the profile
    open with a recovery key in its printed form, and holds the lock until closed."""
    ws, recovery = Workspace.create(profile_dir, PASSPHRASE, kdf=FAST)
    try:
        paths = ProfilePaths(profile_dir)
        assert paths.exists()
        if os.name != "nt":
            for folder in paths.private_dirs():
                assert folder.stat().st_mode & 0o777 == 0o700, folder
            assert paths.key_file.stat().st_mode & 0o777 == 0o600
        assert keys.parse_recovery_key(recovery)  # 9 groups of 6, with its check
        assert len(recovery.split("-")) == 9
        assert len(ws.data_key) == 32
        assert ws.families.count() == 0 and ws.admin.check().ok
        assert not _lock_is_free(profile_dir)
    finally:
        ws.close()
    assert _lock_is_free(profile_dir)
    assert keys.unlock_with_recovery_key(paths.key_file, recovery)


def test_create_refuses_a_folder_that_already_has_a_profile(workspace: Workspace) -> None:
    """Protects an existing profile from being replaced: `create` on its folder (or on a folder
    holding only a key file) is refused with "profile.exists" and changes no byte."""
    root = workspace.paths.root
    workspace.close()
    before = folder_state(root)
    assert _code(Workspace.create, root, PASSPHRASE) == "profile.exists"
    assert folder_state(root) == before

    (root / "veldwerk.db").unlink()
    assert _code(Workspace.create, root, PASSPHRASE) == "profile.exists"


def test_open_with_the_passphrase_or_the_recovery_key(tmp_path: Path) -> None:
    """Protects unlocking: the passphrase and the recovery key each open the same profile with
    the same data key and the families in it."""
    root = tmp_path / "profile"
    ws, recovery = Workspace.create(root, PASSPHRASE, kdf=FAST)
    ws.families.import_file(EXAMPLE)
    data_key = ws.data_key
    ws.close()
    with Workspace.open(root, PASSPHRASE) as again:
        assert again.data_key == data_key and again.families.count() == 3
    with Workspace.open_with_recovery_key(root, recovery.lower().replace("-", " ")) as again:
        assert again.data_key == data_key and again.families.count() == 3


def test_a_wrong_passphrase_or_key_changes_nothing_and_leaves_the_lock_free(
    workspace: Workspace,
) -> None:
    """Protects a profile from a wrong unlock: a wrong passphrase ("key.wrong_passphrase"), a
    recovery key of the right form but the wrong value ("key.wrong_recovery_key") and a mistyped
    one ("key.bad_recovery_format") are refused before the lock is taken; no byte of the folder
    changes."""
    root = workspace.paths.root
    workspace.close()
    before = folder_state(root)
    assert _code(Workspace.open, root, "not the passphrase") == "key.wrong_passphrase"
    wrong_key = keys.format_recovery_key(bytes(32))
    assert _code(Workspace.open_with_recovery_key, root, wrong_key) == "key.wrong_recovery_key"
    mistyped = wrong_key[:-1] + ("1" if wrong_key[-1] != "1" else "2")
    assert _code(Workspace.open_with_recovery_key, root, mistyped) == "key.bad_recovery_format"
    assert folder_state(root) == before
    assert _lock_is_free(root)


def test_open_refuses_a_missing_profile(tmp_path: Path) -> None:
    """Protects against a wrong folder: no profile there is "profile.missing" (with the path),
    and the folder is not created."""
    root = tmp_path / "nowhere"
    with pytest.raises(DomainError) as caught:
        Workspace.open(root, PASSPHRASE)
    assert caught.value.code == "profile.missing"
    assert caught.value.params["path"] == str(root)
    assert not root.exists()


def test_one_program_per_profile(workspace: Workspace) -> None:
    """Protects the database from two writers: while a workspace is open, a second open of the
    same profile is refused with "profile.locked", naming this process; after closing, it opens."""
    root = workspace.paths.root
    with pytest.raises(DomainError) as caught:
        Workspace.open(root, PASSPHRASE)
    assert caught.value.code == "profile.locked"
    assert caught.value.params["pid"] == os.getpid()
    workspace.close()
    Workspace.open(root, PASSPHRASE).close()


def test_close_drops_the_key_and_the_lock_and_may_be_repeated(workspace: Workspace) -> None:
    """Protects locking the app: `close` forgets the data key and frees the profile; a second
    `close` does nothing; the context manager closes also when its block fails."""
    root = workspace.paths.root
    workspace.close()
    assert workspace.data_key == b""
    workspace.close()
    assert _lock_is_free(root)

    with pytest.raises(RuntimeError), Workspace.open(root, PASSPHRASE) as ws:
        raise RuntimeError("the block failed")
    assert ws.data_key == b"" and _lock_is_free(root)


def test_open_empties_the_private_temporary_folder(workspace: Workspace) -> None:
    """Protects identifiable leftovers: a file a crashed run left in the profile's tmp folder is
    gone once the profile is opened again."""
    root = workspace.paths.root
    leftover = workspace.paths.tmp / "copy.db"
    workspace.close()
    leftover.write_bytes(b"identifiable")
    Workspace.open(root, PASSPHRASE).close()
    assert not leftover.exists()


def test_a_folder_with_only_its_two_files_gets_its_private_folders_back(
    workspace: Workspace,
) -> None:
    """Protects a profile copied by hand (the key file and the database only): it opens, and its
    backups, outbox and tmp folders are made again, private (0700)."""
    paths = workspace.paths
    workspace.close()
    for folder in (paths.backups, paths.outbox, paths.tmp):
        folder.rmdir()
    with Workspace.open(paths.root, PASSPHRASE) as ws:
        assert ws.admin.check().ok
    for folder in (paths.backups, paths.outbox, paths.tmp):
        assert folder.is_dir()
        if os.name != "nt":
            assert folder.stat().st_mode & 0o777 == 0o700


def test_a_damaged_database_is_refused_and_the_lock_freed(workspace: Workspace) -> None:
    """Protects against opening damage: an emptied database file is "db.damaged" (SQLite would
    otherwise start an empty profile in it), and the failed open leaves the profile unlocked."""
    paths = workspace.paths
    workspace.close()
    paths.db.write_bytes(b"")
    assert _code(Workspace.open, paths.root, PASSPHRASE) == "db.damaged"
    assert paths.db.stat().st_size == 0
    assert _lock_is_free(paths.root)
