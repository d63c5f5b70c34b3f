"""Migration 0004 (planned steps and the tombstone's detail): a profile with families and an
audit log made at revision 0003 opens at head after a backup, keeps every family (its steps
done, not planned) and an intact audit chain, and then takes planned steps and tombstones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command

from support.caseload import step
from support.common import EXAMPLE, PASSPHRASE
from veldwerk.domain.model import Family
from veldwerk.store import keys, migrate
from veldwerk.store.database import Database
from veldwerk.store.profile import ProfilePaths
from veldwerk.workspace import Workspace

FAST = keys.FAST_KDF_FOR_TESTS


def _at_0003(profile_dir: Path) -> list[Family]:
    """A profile with the spec's example, its schema taken back to 0003."""
    ws, _ = Workspace.create(profile_dir, PASSPHRASE, kdf=FAST)
    ws.families.import_file(EXAMPLE)
    ws.families.update_details("HW-2026-009", name="Gezin Yilmaz")
    families = ws.families.all()
    key = ws.data_key
    ws.close()
    db = Database(ProfilePaths(profile_dir).db, key)
    try:
        with db.engine.connect() as conn:
            command.downgrade(migrate._config(conn), "0003")
            conn.commit()
        assert migrate.current_revision(db.engine) == "0003"
        with db.engine.connect() as conn:
            columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(events)")}
        assert "planned" not in columns
    finally:
        db.close()
    return families


def test_a_0003_profile_is_upgraded_with_its_data_intact(profile_dir: Path) -> None:
    """Upgrade on open: a backup at 0003 taken, families equal to before, every step done, the
    audit chain verifies (old entries hash as before), and a planned step and a tombstone can
    be stored afterwards with `check` still green."""
    before = _at_0003(profile_dir)
    with Workspace.open(profile_dir, PASSPHRASE) as ws:
        assert migrate.current_revision(ws.db.engine) == migrate.head_revision()
        assert ws.families.all() == before
        assert not any(e.planned for f in ws.families.all() for e in f.journey)
        assert ws.admin.check().ok
        (copy,) = ProfilePaths(profile_dir).backups.iterdir()
        assert copy.name.startswith("before-upgrade-0003-")
        ws.families.save_event("HW-2026-009", step(date(2026, 12, 1), planned=True))
        assert any(
            e.planned and e.date == date(2026, 12, 1)
            for e in ws.families.get("HW-2026-009").journey
        )
        ws.retention.erase_on_request("HW-2025-017", date(2026, 11, 1))
        assert ws.admin.check().ok
