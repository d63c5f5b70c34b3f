"""Schema migrations on open, on a STORED profile of the first schema
(`tests/data/profiles/schema-0001/`, see its README): the committed files are really encrypted;
`Workspace.open` upgrades a copy after an encrypted backup, every family, setting and the search
index the upgrade backfills come through, and `check` passes; the backup restores. A database of
an unknown, newer schema is refused ("db.newer") without changing a byte."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from support.common import (
    EXAMPLE,
    PASSPHRASE,
    PROFILES,
    SCHEMA_0001,
    SCHEMA_0001_PASSPHRASE,
    SCHEMA_0001_RECOVERY_KEY,
    TODAY,
    folder_state,
)
from support.pages import SQLITE_MAGIC, decrypted_pages, find_markers
from veldwerk.domain import rules
from veldwerk.domain.errors import DomainError
from veldwerk.store import keys, migrate
from veldwerk.store.backup_file import read_backup
from veldwerk.store.database import Database
from veldwerk.store.profile import ProfilePaths
from veldwerk.workspace import Workspace

FAST = keys.FAST_KDF_FOR_TESTS
OLD_REFS = ["OLD-2024-003", "OLD-2024-011"]
# Texts of the stored families, each spelled as it was typed: none may be readable in the files.
PLAIN_TEXTS = [
    "Gezin Çelik",
    "Zoë",
    "Émile",
    "Oudste notitie",
    "06-24681357",
    "Kerkplein",
    "Nguyễn",
    "Thị Hà",
    "Søren",
    "Brønsted",
    "Ångström",
    "Rust in de financiën",
    "vaste aanspreekpunt gaf vertrouwen",
    "ha.nguyen@example.org",
    "OLD-2024",
    "Noord-Veluwe",
]


def stored_copy(tmp_path: Path, name: str = "profile") -> Path:
    """A copy of the stored schema-0001 profile (its two files only, as committed)."""
    root = tmp_path / name
    shutil.copytree(SCHEMA_0001, root)
    assert sorted(p.name for p in root.iterdir()) == ["veldwerk.db", "veldwerk.key"]
    return root


def test_the_stored_profile_is_small_encrypted_and_as_published() -> None:
    """The committed database has no SQLite header and not one of the families' texts in UTF-8
    or UTF-16 (nor has the key file), while its pages decrypted with the data key do hold them
    (so the search would find them); the key file uses the fast test parameters; the README
    publishes the passphrase and recovery key that open it; both files together stay small."""
    db = (SCHEMA_0001 / "veldwerk.db").read_bytes()
    key_file = (SCHEMA_0001 / "veldwerk.key").read_bytes()
    assert len(db) + len(key_file) < 200 * 1024
    assert not db.startswith(SQLITE_MAGIC)
    assert find_markers([("db", db), ("key", key_file)], PLAIN_TEXTS) == []

    data_key = keys.unlock_with_passphrase(SCHEMA_0001 / "veldwerk.key", SCHEMA_0001_PASSPHRASE)
    recovered = keys.unlock_with_recovery_key(
        SCHEMA_0001 / "veldwerk.key", SCHEMA_0001_RECOVERY_KEY
    )
    assert recovered == data_key
    pages = decrypted_pages(SCHEMA_0001 / "veldwerk.db", data_key)
    assert pages[0][2].startswith(SQLITE_MAGIC)
    seen = find_markers([(f"{f}:{n}", plain) for f, n, plain in pages], PLAIN_TEXTS)
    assert sorted({s.split(": ", 1)[1] for s in seen}) == sorted(PLAIN_TEXTS)
    info = keys.key_file_info(SCHEMA_0001 / "veldwerk.key")
    assert info["kdf"] == {"name": "argon2id", "memory_kib": 1024, "iterations": 1, "lanes": 1}
    readme = (PROFILES / "README.md").read_text(encoding="utf-8")
    assert f"`{SCHEMA_0001_PASSPHRASE}`" in readme and f"`{SCHEMA_0001_RECOVERY_KEY}`" in readme


def test_the_stored_first_schema_is_upgraded_on_open_after_a_backup(tmp_path: Path) -> None:
    """`Workspace.open` on a copy of the stored 0001 profile (only its two files) makes the
    private folders, writes an encrypted copy of the old database into backups/ (still at 0001,
    without the tables of 0002) and upgrades to head; then both families read back whole and
    pass today's rules, the settings are there, the search index 0002 backfills finds them by
    name with diacritics folded, `check` passes and new data goes in as usual. The second open
    has nothing to upgrade."""
    root = stored_copy(tmp_path)
    paths = ProfilePaths(root)

    with Workspace.open(root, SCHEMA_0001_PASSPHRASE) as ws:
        report = ws.admin.check()
        assert report.ok, report.problems
        assert (report.schema, report.families) == (migrate.head_revision(), 2)
        assert migrate.head_revision() != "0001"
        assert sorted(s.ref for s in ws.families.list()) == OLD_REFS
        for query, found in (
            ("zoe celik", ["OLD-2024-003"]),
            ("Émile", ["OLD-2024-003"]),
            ("nguyen", ["OLD-2024-011"]),
            ("Bao", ["OLD-2024-011"]),
            ("Søren", ["OLD-2024-011"]),
            ("OLD-2024", OLD_REFS),
            ("Yilmaz", []),
        ):
            assert sorted(s.ref for s in ws.families.list(query=query)) == found, query

        celik = ws.families.get("OLD-2024-003")
        assert (celik.name, celik.status) == ("Gezin Çelik", "active")
        assert celik.vulnerabilities == ("lvb",)
        assert [m.given_name for m in celik.members] == ["Zoë", "Émile"]
        assert celik.members[0].notes == "Oudste notitie"
        assert [e.type for e in celik.journey] == ["intake"]
        assert [(c.role, c.network_id) for c in celik.contacts] == [("primary", "n1")]

        nguyen = ws.families.get("OLD-2024-011")
        assert (nguyen.status, nguyen.closed_on, nguyen.learning_consent) == (
            "closed",
            date(2024, 11, 29),
            "granted",
        )
        assert [(m.role, m.given_name, m.family_name) for m in nguyen.members] == [
            ("mother", "Thị Hà", "Nguyễn"),
            ("father", "Søren", "Brønsted"),
            ("child", "Bảo", "Nguyễn"),
        ]
        assert [n.name for n in nguyen.network] == ["Geertje Ångström", "Oma Lê"]
        assert [(e.type, e.barriers, e.enablers) for e in nguyen.journey] == [
            ("signal", ("waiting_list",), ()),
            ("intake", (), ("trusted_relationship",)),
            ("closure", (), ()),
        ]
        assert nguyen.journey[1].involved == ("n1", "n2")
        (goal,) = nguyen.goals
        assert (goal.title, goal.status) == ("Rust in de financiën", "achieved")
        assert [(a.title, a.owner, a.due_on, a.status) for a in goal.actions] == [
            ("Aanmelden bij schuldhulp", "Geertje Ångström", date(2024, 6, 30), "done")
        ]
        assert [(r.date, r.text, r.share_for_learning) for r in nguyen.reflections] == [
            (date(2024, 11, 29), "Het vaste aanspreekpunt gaf vertrouwen", True)
        ]
        assert rules.validate_family(celik, TODAY) == rules.validate_family(nguyen, TODAY) == []
        assert ws.config.get("region") == "Noord-Veluwe"
        assert ws.config.auto_lock_minutes() == 10

        ws.families.import_file(EXAMPLE)  # the upgraded store takes new data as usual
        assert ws.families.count() == 5
        assert ws.admin.check().ok

    for folder in (paths.backups, paths.outbox, paths.tmp):
        assert folder.is_dir() and (folder.stat().st_mode & 0o777) == 0o700
    (backup,) = paths.backups.iterdir()
    assert backup.name.startswith("before-upgrade-0001-") and backup.suffix == ".vwbackup"
    assert find_markers([("backup", backup.read_bytes())], PLAIN_TEXTS) == []
    contents = read_backup(backup)
    assert contents.schema == "0001"
    assert contents.key_file == (SCHEMA_0001 / "veldwerk.key").read_bytes()
    assert not contents.database.startswith(SQLITE_MAGIC)
    copy = tmp_path / "copy.db"
    copy.write_bytes(contents.database)
    old = Database(copy, keys.unlock_with_passphrase(paths.key_file, SCHEMA_0001_PASSPHRASE))
    try:
        assert migrate.current_revision(old.engine) == "0001"
        with old.engine.connect() as conn:
            names = conn.exec_driver_sql("SELECT name FROM families ORDER BY id").scalars().all()
            tables = conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
        assert names == ["Gezin Çelik", "Gezin Nguyễn"]
        assert "family_search" not in tables and "audit_log" not in tables
    finally:
        old.close()

    with Workspace.open(root, SCHEMA_0001_PASSPHRASE) as ws:  # nothing left to upgrade
        assert ws.admin.check().ok
    assert len(list(paths.backups.iterdir())) == 1


def test_the_stored_profile_opens_with_its_recovery_key(tmp_path: Path) -> None:
    """The recovery key of an old profile opens it too, and that open upgrades it the same way
    (one backup, head schema, both families)."""
    root = stored_copy(tmp_path)
    with Workspace.open_with_recovery_key(root, SCHEMA_0001_RECOVERY_KEY) as ws:
        assert ws.admin.check().schema == migrate.head_revision()
        assert sorted(s.ref for s in ws.families.list(query="old")) == OLD_REFS
    assert len(list(ProfilePaths(root).backups.iterdir())) == 1


def test_the_backup_taken_before_an_upgrade_can_be_restored(tmp_path: Path) -> None:
    """The copy written into backups/ before an upgrade is a backup `veldwerk restore` takes
    (with the passphrase of the day): restored into an empty folder it gives the old profile
    back, which the next open upgrades again, with its families and a passing `check`."""
    from veldwerk.services.admin import restore

    root = stored_copy(tmp_path)
    Workspace.open(root, SCHEMA_0001_PASSPHRASE).close()
    (backup,) = ProfilePaths(root).backups.iterdir()

    again = tmp_path / "restored"
    assert restore(again, backup, SCHEMA_0001_PASSPHRASE) == 2
    with Workspace.open(again, SCHEMA_0001_PASSPHRASE) as ws:
        assert [s.ref for s in ws.families.list(query="Zoë")] == ["OLD-2024-003"]
        assert [s.ref for s in ws.families.list(query="Thị Hà")] == ["OLD-2024-011"]
        assert ws.admin.check().ok
    assert len(list(ProfilePaths(again).backups.iterdir())) == 1


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


def test_the_stored_second_schema_gets_shared_families(tmp_path: Path) -> None:
    """The stored 0002 profile (before migration 0003) opens after a backup at 0002, gets the
    tables of shared families, keeps its family and settings, passes `check`, and can share its
    family at once with the backup's own profile, which receives it whole."""
    from support.common import SCHEMA_0002, SCHEMA_0002_PASSPHRASE, SCHEMA_0002_RECOVERY_KEY

    root = tmp_path / "old"
    shutil.copytree(SCHEMA_0002, root)
    assert keys.unlock_with_recovery_key(
        root / "veldwerk.key", SCHEMA_0002_RECOVERY_KEY
    ) == keys.unlock_with_passphrase(root / "veldwerk.key", SCHEMA_0002_PASSPHRASE)
    folder = tmp_path / "team"
    folder.mkdir()
    with (
        Workspace.open(root, SCHEMA_0002_PASSPHRASE) as old,
        Workspace.create(tmp_path / "backup", PASSPHRASE, kdf=FAST)[0] as backup,
    ):
        assert old.admin.check().ok and old.admin.check().schema == migrate.head_revision()
        (row,) = old.families.list()
        assert (row.ref, row.name, row.primary, row.backup, row.shared) == (
            "OLD-2025-020",
            "Gezin Ouédraogo",
            "Joke Brinkman",
            "Sven Ødegaard",
            False,
        )
        assert old.config.get("region") == "Noord-Veluwe"
        for ws, (name, organisation) in (
            (old, ("Joke Brinkman", "Sociaal Team Elburg")),
            (backup, ("Sven Ødegaard", "MEE Veluwe")),
        ):
            ws.config.set("user_name", name)
            ws.config.set("organisation", organisation)
            ws.config.set("team_folder", str(folder))
        code_old = old.team.write_card(tmp_path / "old.card")
        code_backup = backup.team.write_card(tmp_path / "backup.card")
        old.team.add_colleague(tmp_path / "backup.card", code_backup)
        backup.team.add_colleague(tmp_path / "old.card", code_old)
        assert old.team.share("OLD-2025-020", "Sven Ødegaard") == ["Sven Ødegaard"]
        old.team_sync.sync()
        backup.team_sync.sync()
        assert [(r.ref, r.shared) for r in backup.families.list()] == [("OLD-2025-020", True)]
        assert backup.families.get("OLD-2025-020").members[0].given_name == "Aïcha"
        assert old.admin.check().ok and backup.admin.check().ok
    (copy,) = ProfilePaths(root).backups.iterdir()
    assert copy.name.startswith("before-upgrade-0002-")
    assert read_backup(copy).schema == "0002"


def test_the_stored_second_schema_gets_the_index_of_everything(tmp_path: Path) -> None:
    """Upgrading the stored 0002 profile (name index only) to head fills the index of
    everything from the stored records: the municipality, a network member's name and
    organisation and a journey step are found, with accents folded; the old name index is
    gone; the index is what a rebuild gives and the family is intact."""
    from support.common import SCHEMA_0002, SCHEMA_0002_PASSPHRASE
    from support.search_index import assert_index_in_step

    root = tmp_path / "old"
    shutil.copytree(SCHEMA_0002, root)
    with Workspace.open(root, SCHEMA_0002_PASSPHRASE) as ws:
        assert ws.admin.check().ok
        for query, kinds in (
            ("elburg", {"family", "network"}),
            ("brinkman", {"network"}),
            ("sociaal team", {"network"}),
            ("eerste gesprek", {"event"}),
            ("ouedraogo aicha", {"member"}),
        ):
            hits = ws.search.search(query).hits
            assert {h.kind for h in hits} == kinds, query
            assert {h.ref for h in hits} == {"OLD-2025-020"}
        assert [s.ref for s in ws.families.list(query="Brinkman")] == ["OLD-2025-020"]
        with ws.db.engine.connect() as conn:
            tables = conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
        assert "family_search" not in tables and "search_index" in tables
        assert_index_in_step(ws)
        assert ws.families.get("OLD-2025-020").network[0].organisation == "Sociaal Team Elburg"
