"""Migration 0006 (handover notes and closing reasons, issue 14): a database at revision 0003,
with a family and its contact assignments in it, upgrades to head with everything intact; the
new columns start empty, and afterwards hold what a handover and a closing store."""

from __future__ import annotations

import shutil
from pathlib import Path

from support.common import SCHEMA_0002, SCHEMA_0002_PASSPHRASE, TODAY
from veldwerk.domain.handover import HandoverNotes
from veldwerk.domain.model import NetworkMember
from veldwerk.store import keys, migrate
from veldwerk.store.database import Database
from veldwerk.store.profile import ProfilePaths
from veldwerk.workspace import Workspace


def test_a_0003_database_gets_the_handover_and_closing_columns(tmp_path: Path) -> None:
    """The stored 0002 profile is brought to 0003 first (so the upgrade under test starts at
    0003, the revision 0006 follows); opening it upgrades to head: its family, contacts and
    journey read back as before, with no handover notes and no closing reason; then a handover
    with notes and a closing are stored and read back."""
    root = tmp_path / "old"
    shutil.copytree(SCHEMA_0002, root)
    data_key = keys.unlock_with_passphrase(root / "veldwerk.key", SCHEMA_0002_PASSPHRASE)
    db = Database(ProfilePaths(root).db, data_key)
    try:
        migrate.upgrade(db.engine, "0003")
        assert migrate.current_revision(db.engine) == "0003"
    finally:
        db.close()

    with Workspace.open(root, SCHEMA_0002_PASSPHRASE) as ws:
        assert migrate.current_revision(ws.db.engine) == migrate.head_revision()
        assert ws.admin.check().ok
        (row,) = ws.families.list()
        family = ws.families.get(row.ref)
        assert (row.primary, row.backup) == ("Joke Brinkman", "Sven Ødegaard")
        assert family.contacts and all(
            (c.reason, c.warm_handover, c.note) == (None, None, None) for c in family.contacts
        )
        assert (family.closing_reason, family.closing_note) == (None, None)
        before = len(family.journey)

        backup = next(c for c in family.contacts if c.role == "backup" and c.until is None)
        ws.families.save_network_member(
            row.ref,
            NetworkMember(id="n-new", kind="professional", name="Ilse Kramer", profession="gp"),
        )
        changed = ws.families.change_contact(
            row.ref, "backup", "n-new", TODAY, notes=HandoverNotes("leave", True, "Bel eerst.")
        )
        new = next(c for c in changed.contacts if c.role == "backup" and c.until is None)
        assert (new.network_id, new.reason, new.warm_handover, new.note) == (
            "n-new",
            "leave",
            True,
            "Bel eerst.",
        )
        assert backup.network_id != "n-new"
        closed = ws.closing.close(row.ref, "moved", TODAY, note="Naar Zwolle.")
        assert (closed.status, closed.closing_reason, closed.closing_note) == (
            "closed",
            "moved",
            "Naar Zwolle.",
        )
        assert len(closed.journey) == before + 2
        again = ws.families.get(row.ref)
        assert again.closing_reason == "moved"
