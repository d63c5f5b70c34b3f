"""The admin service: `check`, the encrypted backup, changing the passphrase and `restore`, each
with its refusals by code, on a real encrypted profile in a temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.common import EXAMPLE, PASSPHRASE, folder_state
from support.pages import SQLITE_MAGIC, find_markers
from veldwerk.domain.errors import DomainError
from veldwerk.services.admin import CheckReport, restore
from veldwerk.store import keys, migrate
from veldwerk.store.backup_file import read_backup
from veldwerk.store.database import Database
from veldwerk.workspace import Workspace

NEW_PASSPHRASE = "paard fiets regen appel"
NAMES = ["Sanne de Vries", "Khadija Bouzid", "06-11223344", "Werkt graag met pictogrammen"]


def _code(call, *args, **kwargs) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught:
        call(*args, **kwargs)
    return caught.value.code


def test_check_reports_the_families_and_the_schema(example_workspace: Workspace) -> None:
    """Protects `veldwerk check`: a sound profile has no problems, counts its families and
    names this program's schema."""
    report = example_workspace.admin.check()
    assert (report.ok, report.problems, report.families) == (True, (), 3)
    assert report.schema == migrate.head_revision()


def test_check_finds_a_broken_audit_chain(example_workspace: Workspace) -> None:
    """Protects the audit log: an entry changed behind the program's back is a problem `check`
    names (and then counts no families), and the report is no longer ok."""
    example_workspace.db.execute_sql("UPDATE audit_log SET action = 'delete' WHERE id = 1")
    report = example_workspace.admin.check()
    assert not report.ok
    assert report == CheckReport(
        ("audit entry 1: its content was changed",), 0, migrate.head_revision()
    )  # no count is given from a store with problems


def test_check_finds_a_missing_search_index(example_workspace: Workspace) -> None:
    """Protects the schema check: a profile without its search index is not ok."""
    example_workspace.db.execute_sql("DROP TABLE search_index")
    report = example_workspace.admin.check()
    assert report.problems == ("the search index is missing",)


def test_backup_is_encrypted_and_restores_whole(
    example_workspace: Workspace, tmp_path: Path
) -> None:
    """Protects the backup: written while the profile is open, it holds the key file and the
    database at this schema, no name can be read in it, and `restore` into an empty folder
    gives all three families back (with today's passphrase)."""
    target = tmp_path / "kopie.vwbackup"
    example_workspace.admin.backup(target)
    raw = target.read_bytes()
    assert find_markers([("backup", raw)], NAMES) == []
    contents = read_backup(target)
    assert contents.schema == migrate.head_revision()
    assert contents.key_file == example_workspace.paths.key_file.read_bytes()
    assert not contents.database.startswith(SQLITE_MAGIC)
    assert list(example_workspace.paths.tmp.iterdir()) == []  # the copy it was made from is gone

    root = tmp_path / "restored"
    assert restore(root, target, PASSPHRASE) == 3
    with Workspace.open(root, PASSPHRASE) as ws:
        assert [s.ref for s in ws.families.list(query="Sanne")] == ["HW-2026-001"]
        assert ws.admin.check().ok


def test_backup_refuses_an_existing_file_or_a_missing_folder(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Protects files next to the backup: an existing file (or link) at the target is refused
    with "backup.target_exists" and keeps its bytes; a folder that does not exist is
    "file.unwritable" with the path, not an unexpected error; nothing is left in tmp."""
    taken = tmp_path / "taken.vwbackup"
    taken.write_bytes(b"someone else's file")
    assert _code(workspace.admin.backup, taken) == "backup.target_exists"
    assert taken.read_bytes() == b"someone else's file"
    link = tmp_path / "link.vwbackup"
    link.symlink_to(tmp_path / "gone")
    assert _code(workspace.admin.backup, link) == "backup.target_exists"

    missing = tmp_path / "no such folder" / "kopie.vwbackup"
    with pytest.raises(DomainError) as caught:
        workspace.admin.backup(missing)
    assert caught.value.code == "file.unwritable"
    assert caught.value.params == {"path": str(missing)}
    assert str(missing) in caught.value.message("nl")
    assert list(workspace.paths.tmp.iterdir()) == []


def test_change_passphrase_rewraps_the_key_only(example_workspace: Workspace) -> None:
    """Protects `veldwerk passwd`: with the current passphrase given, the new one opens the
    profile and the old one no longer does; the data key (so the data) is the same, and the
    recovery key still works."""
    ws = example_workspace
    paths, data_key = ws.paths, ws.data_key
    db_before = paths.db.read_bytes()
    ws.admin.change_passphrase(NEW_PASSPHRASE, NEW_PASSPHRASE, current=PASSPHRASE)
    assert paths.db.read_bytes() == db_before  # nothing re-encrypted
    ws.close()
    assert _code(Workspace.open, paths.root, PASSPHRASE) == "key.wrong_passphrase"
    with Workspace.open(paths.root, NEW_PASSPHRASE) as again:
        assert again.data_key == data_key and again.families.count() == 3


@pytest.mark.parametrize(
    ("new", "repeat", "current", "code"),
    [
        (NEW_PASSPHRASE, NEW_PASSPHRASE, "not the passphrase", "key.wrong_passphrase"),
        ("   ", None, PASSPHRASE, "passphrase.empty"),
        ("welkom01!", None, PASSPHRASE, "passphrase.too_weak"),
        (NEW_PASSPHRASE, "paard fiets regen", PASSPHRASE, "passphrase.mismatch"),
        ("kort", "kort", "not the passphrase", "key.wrong_passphrase"),  # current comes first
    ],
)
def test_change_passphrase_refusals_change_nothing(
    workspace: Workspace, new: str, repeat: str | None, current: str, code: str
) -> None:
    """Protects the key file from a half-thought change: a wrong current passphrase, an empty,
    weak or mistyped new one are each refused with their own code and the key file keeps every
    byte (the old passphrase still opens)."""
    before = workspace.paths.key_file.read_bytes()
    assert _code(workspace.admin.change_passphrase, new, repeat, current=current) == code
    assert workspace.paths.key_file.read_bytes() == before


def test_restore_refuses_a_folder_that_has_a_profile(
    example_workspace: Workspace, tmp_path: Path
) -> None:
    """Protects the current profile: restoring into its folder is "restore.profile_not_empty"
    and its files keep every byte."""
    target = tmp_path / "kopie.vwbackup"
    example_workspace.admin.backup(target)
    root = example_workspace.paths.root
    example_workspace.close()
    before = folder_state(root)
    with pytest.raises(DomainError) as caught:
        restore(root, target, PASSPHRASE)
    assert caught.value.code == "restore.profile_not_empty"
    assert caught.value.params == {"path": str(root)}
    assert folder_state(root) == before


def test_restore_refuses_what_is_not_a_backup(tmp_path: Path) -> None:
    """Protects against the wrong file: a missing file is "file.unreadable", any other file
    "backup.not_a_backup"; the target folder gets no profile."""
    root = tmp_path / "restored"
    assert _code(restore, root, tmp_path / "nope.vwbackup", PASSPHRASE) == "file.unreadable"
    other = tmp_path / "verslag.docx"
    other.write_bytes(b"PK\x03\x04 not a backup")
    assert _code(restore, root, other, PASSPHRASE) == "backup.not_a_backup"
    assert not (root / "veldwerk.db").exists() and not (root / "veldwerk.key").exists()


def test_restore_needs_the_passphrase_of_the_day_of_the_backup(
    example_workspace: Workspace, tmp_path: Path
) -> None:
    """Protects a backup after a passphrase change: it opens with the passphrase valid when it
    was made (or the recovery key), not with a later one ("key.wrong_passphrase", nothing
    installed)."""
    ws = example_workspace
    target = tmp_path / "kopie.vwbackup"
    ws.admin.backup(target)
    ws.admin.change_passphrase(NEW_PASSPHRASE, current=PASSPHRASE)

    refused = tmp_path / "refused"
    assert _code(restore, refused, target, NEW_PASSPHRASE) == "key.wrong_passphrase"
    assert not (refused / "veldwerk.db").exists() and not (refused / "veldwerk.key").exists()
    assert restore(tmp_path / "old passphrase", target, PASSPHRASE) == 3


def test_restore_with_the_recovery_key(tmp_path: Path) -> None:
    """Protects a forgotten passphrase: `restore` also takes the recovery key in place of the
    passphrase; the restored profile then opens with its passphrase as usual."""
    ws, recovery = Workspace.create(tmp_path / "p", PASSPHRASE, kdf=keys.FAST_KDF_FOR_TESTS)
    ws.families.import_file(EXAMPLE)
    ws.admin.backup(tmp_path / "kopie.vwbackup")
    ws.close()
    assert restore(tmp_path / "restored", tmp_path / "kopie.vwbackup", recovery) == 3
    Workspace.open(tmp_path / "restored", PASSPHRASE).close()


def test_restore_refuses_a_damaged_backup(example_workspace: Workspace, tmp_path: Path) -> None:
    """Protects against a damaged copy: a backup whose database pages were changed is refused
    with "db.damaged" (every page is checked first) and nothing is installed."""
    target = tmp_path / "kopie.vwbackup"
    example_workspace.admin.backup(target)
    data = bytearray(target.read_bytes())
    data[-3000] ^= 0xFF  # a byte inside the database's last page
    target.write_bytes(bytes(data))
    root = tmp_path / "restored"
    assert _code(restore, root, target, PASSPHRASE) == "db.damaged"
    assert not (root / "veldwerk.db").exists() and not (root / "veldwerk.key").exists()


def test_the_restored_database_is_the_backup_s(
    example_workspace: Workspace, tmp_path: Path
) -> None:
    """Protects `restore` from mixing files: the restored database is the backup's database
    byte for byte, readable with the original data key."""
    target = tmp_path / "kopie.vwbackup"
    example_workspace.admin.backup(target)
    data_key = example_workspace.data_key
    root = tmp_path / "restored"
    restore(root, target, PASSPHRASE)
    assert (root / "veldwerk.db").read_bytes() == read_backup(target).database
    db = Database(root / "veldwerk.db", data_key)
    try:
        assert db.page_problems() == []
    finally:
        db.close()


def test_check_finds_a_damaged_search_index(example_workspace: Workspace) -> None:
    """Protects the integrity check: an index whose stored text no longer agrees with its pages
    (a row of its content removed behind its back) is named (SQLite's own check covers FTS5)."""
    example_workspace.db.execute_sql(
        "DELETE FROM search_index_content WHERE id = (SELECT min(id) FROM search_index_content)"
    )
    report = example_workspace.admin.check()
    assert not report.ok
    assert any("search_index" in p for p in report.problems), report.problems
