"""Schema migrations on open: a database of the first schema is upgraded by `Workspace.open` after
an encrypted backup, its families found by the search index the upgrade backfills, and `check`
passes; a database of an unknown, newer schema is refused ("db.newer") without changing a byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pages import SQLITE_MAGIC, find_markers

from conftest import EXAMPLE, PASSPHRASE
from veldwerk.domain.errors import DomainError
from veldwerk.store import keys, migrate
from veldwerk.store.backup_file import read_backup
from veldwerk.store.database import Database
from veldwerk.store.profile import ProfilePaths
from veldwerk.workspace import Workspace

FAST = keys.FAST_KDF_FOR_TESTS

# One family as veldwerk 0001 stored it: plain SQL into the 0001 tables (dates as ISO text, JSON
# lists as text), with names that need diacritics folded to be found.
FIRST_SCHEMA_FAMILY = [
    "INSERT INTO families (id, ref, name, municipality, status, opened_on, closed_on, due_date, "
    "vulnerabilities, learning_consent, updated_at) VALUES (7, 'OLD-2024-003', 'Gezin Çelik', "
    "'Ermelo', 'active', '2024-03-04', NULL, NULL, '[\"lvb\"]', 'unknown', "
    "'2024-03-04 10:00:00.000000')",
    "INSERT INTO members (family_id, local_id, position, role, given_name, family_name, "
    "birth_date, expected_on, phone, email, address, notes) VALUES "
    "(7, 'm1', 0, 'mother', 'Zoë', 'Çelik', '2001-06-02', NULL, '06-24681357', NULL, "
    "'Kerkplein 3, Ermelo', 'Oudste notitie'), "
    "(7, 'm2', 1, 'child', 'Émile', 'Çelik', '2024-01-15', NULL, NULL, NULL, NULL, NULL)",
    "INSERT INTO network_members (family_id, local_id, position, kind, name, relation, mentor_of, "
    "organisation, profession, phone, email, strength, since, until) VALUES "
    "(7, 'n1', 0, 'professional', 'Hanneke Post', NULL, NULL, 'Sociaal Team Ermelo', "
    "'social_worker', NULL, NULL, 'normal', '2024-03-04', NULL)",
    'INSERT INTO contact_assignments (family_id, position, role, network_id, "from", until) '
    "VALUES (7, 0, 'primary', 'n1', '2024-03-04', NULL)",
    "INSERT INTO events (family_id, position, date, type, title, description, involved, "
    "barriers, enablers) VALUES (7, 0, '2024-03-04', 'intake', 'Kennismaking', NULL, '[\"n1\"]', "
    "'[]', '[]')",
]


def folder_state(folder: Path) -> dict[str, str]:
    """Every file below `folder` by relative name, with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def first_schema_profile(root: Path) -> bytes:
    """A profile whose database was made by migration 0001 and holds one family; returns the
    data key."""
    paths = ProfilePaths(root)
    paths.ensure_private_dirs()
    data_key, _ = keys.create_key_file(paths.key_file, PASSPHRASE, kdf=FAST)
    db = Database(paths.db, data_key)
    migrate.upgrade(db.engine, "0001")
    with db.engine.connect() as conn:
        for sql in FIRST_SCHEMA_FAMILY:
            conn.exec_driver_sql(sql)
        conn.commit()
    assert migrate.current_revision(db.engine) == "0001"
    db.close()
    return data_key


def test_first_schema_is_upgraded_on_open_after_a_backup(tmp_path: Path) -> None:
    """`Workspace.open` upgrades a 0001 database to head, after writing an encrypted copy of the
    old file into backups/ (still at 0001, holding the family); the family is then found by name
    search with diacritics folded (0002 backfills the index), reads back whole, and `check`
    passes."""
    root = tmp_path / "profile"
    data_key = first_schema_profile(root)
    paths = ProfilePaths(root)
    assert not list(paths.backups.iterdir())

    with Workspace.open(root, PASSPHRASE) as ws:
        report = ws.admin.check()
        assert report.ok, report.problems
        assert report.schema == migrate.head_revision() != "0001"
        assert [s.ref for s in ws.families.list(query="zoe celik")] == ["OLD-2024-003"]
        assert [s.ref for s in ws.families.list(query="Émile")] == ["OLD-2024-003"]
        assert [s.ref for s in ws.families.list(query="OLD-2024")] == ["OLD-2024-003"]
        assert ws.families.list(query="Yilmaz") == []
        family = ws.families.get("OLD-2024-003")
        assert [m.given_name for m in family.members] == ["Zoë", "Émile"]
        assert family.members[0].notes == "Oudste notitie"
        assert [e.type for e in family.journey] == ["intake"]
        assert [c.network_id for c in family.contacts] == ["n1"]
        ws.families.import_file(EXAMPLE)  # the upgraded store takes new data as usual
        assert ws.families.count() == 4
        assert ws.admin.check().ok

    (backup,) = paths.backups.iterdir()
    assert backup.name.startswith("before-upgrade-0001-") and backup.suffix == ".vwbackup"
    raw = backup.read_bytes()
    assert find_markers([("backup", raw)], ["Çelik", "Oudste notitie", "06-24681357"]) == []
    contents = read_backup(backup)
    assert contents.schema == "0001" and contents.key_file == paths.key_file.read_bytes()
    assert not contents.database.startswith(SQLITE_MAGIC)
    copy = tmp_path / "copy.db"
    copy.write_bytes(contents.database)
    old = Database(copy, data_key)
    try:
        assert migrate.current_revision(old.engine) == "0001"
        with old.engine.connect() as conn:
            names = conn.exec_driver_sql("SELECT name FROM families").scalars().all()
            tables = conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
        assert names == ["Gezin Çelik"]
        assert "family_search" not in tables and "audit_log" not in tables
    finally:
        old.close()

    with Workspace.open(root, PASSPHRASE) as ws:  # the second open has nothing to upgrade
        assert ws.admin.check().ok
    assert len(list(paths.backups.iterdir())) == 1


def test_newer_schema_is_refused_and_left_untouched(profile_dir: Path) -> None:
    """A database stamped with a revision this program does not know (made by a newer veldwerk)
    is refused by `Workspace.open` with "db.newer": no upgrade, no backup, and no byte of the
    profile folder changes (no -wal or -shm file is left either). The lock is free afterwards."""
    ws, _ = Workspace.create(profile_dir, PASSPHRASE, kdf=FAST)
    ws.families.import_file(EXAMPLE)
    key = ws.data_key
    ws.close()
    paths = ProfilePaths(profile_dir)
    db = Database(paths.db, key)
    db.execute_sql("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    db.close()
    before = folder_state(profile_dir)
    assert "veldwerk.db-wal" not in before

    for _ in range(2):
        with pytest.raises(DomainError) as caught:
            Workspace.open(profile_dir, PASSPHRASE)
        assert caught.value.code == "db.newer"
        assert folder_state(profile_dir) == before

    db = Database(paths.db, key)  # the stamp is still the newer one: nothing was downgraded
    try:
        assert migrate.current_revision(db.engine) == "0099_from_the_future"
    finally:
        db.close()


def test_the_backup_taken_before_an_upgrade_can_be_restored(tmp_path: Path) -> None:
    """The copy written into backups/ before an upgrade is a backup `veldwerk restore` takes
    (with the passphrase of the day): restored into an empty folder it gives the old profile
    back, which the next open upgrades again, with its family and a passing `check`."""
    from veldwerk.services.admin import restore

    root = tmp_path / "profile"
    first_schema_profile(root)
    Workspace.open(root, PASSPHRASE).close()
    (backup,) = ProfilePaths(root).backups.iterdir()

    again = tmp_path / "restored"
    assert restore(again, backup, PASSPHRASE) == 1
    with Workspace.open(again, PASSPHRASE) as ws:
        assert [s.ref for s in ws.families.list(query="Zoë")] == ["OLD-2024-003"]
        assert ws.admin.check().ok
