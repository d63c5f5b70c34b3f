"""Migration 0007 (drafts) on the stored profile of an older schema (0002, before 0003 and
0007): it opens after a backup, gets the drafts table, keeps its family and settings, passes
`check`, and keeps a draft of its family, which the family's erasure removes."""

from __future__ import annotations

import shutil
from pathlib import Path

from support.common import SCHEMA_0002, SCHEMA_0002_PASSPHRASE
from veldwerk.domain.drafts import DraftKey
from veldwerk.store import migrate
from veldwerk.store.backup_file import read_backup
from veldwerk.store.profile import ProfilePaths
from veldwerk.workspace import Workspace


def test_an_older_profile_gets_the_drafts_table_with_its_data_intact(tmp_path: Path) -> None:
    """Upgraded to head: the family and settings are as stored, drafts can be kept and read
    back, and the erasure of the family removes its draft."""
    root = tmp_path / "old"
    shutil.copytree(SCHEMA_0002, root)
    with Workspace.open(root, SCHEMA_0002_PASSPHRASE) as ws:
        report = ws.admin.check()
        assert report.ok and report.schema == migrate.head_revision()
        (row,) = ws.families.list()
        assert (row.ref, row.name) == ("OLD-2025-020", "Gezin Ouédraogo")
        assert ws.families.get(row.ref).members[0].given_name == "Aïcha"
        assert ws.config.get("region") == "Noord-Veluwe"
        assert ws.drafts.pending() == []
        key = DraftKey("family_details", row.key)
        ws.drafts.save(key, {"fields.name": "Gezin Ouédraogo-Bakker"})
        (draft,) = ws.drafts.pending()
        assert draft.family_name == "Gezin Ouédraogo" and draft.values is not None
        (copy,) = ProfilePaths(root).backups.iterdir()
        assert read_backup(copy).schema == "0002"
        ws.families.erase(row.ref)  # (this also drops the copy taken before the upgrade)
        assert ws.drafts.pending() == []
