"""Migration 0008 (the access log, issue 15): a database made at the revision before it (0007)
with families, settings and audit entries is upgraded to head on open (after a backup at
0007); every family reads back whole, `check` passes (an empty access log is intact), and the
first access then starts the family's chain."""

from __future__ import annotations

import os
from pathlib import Path

from support.common import EXAMPLE
from veldwerk.interchange.reader import read_case_file
from veldwerk.store import migrate
from veldwerk.store.database import Database, UnitOfWork
from veldwerk.store.engine import make_engine
from veldwerk.store.models import AccessEntryRow


def test_a_database_before_0008_gets_the_access_log(tmp_path: Path) -> None:
    """Made at 0007 (the revision before) with the spec's three families and a setting:
    upgraded to head, intact."""
    key = os.urandom(32)
    path = tmp_path / "veldwerk.db"
    engine = make_engine(path, key)
    migrate.upgrade(engine, "0007")
    families = read_case_file(EXAMPLE)
    with engine.connect() as conn:
        uow = UnitOfWork(conn)
        ids = uow.families.insert_families(families)
        uow.settings.set("user_name", "Femke Jansen")
        conn.commit()
    with engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert AccessEntryRow.__tablename__ not in tables
    engine.dispose()
    (tmp_path / "backups").mkdir()

    db = Database.open(path, key, tmp_path / "backups")
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert any(
            p.name.startswith("before-upgrade-0007-") for p in (tmp_path / "backups").iterdir()
        )
        assert db.page_problems() == [] and db.schema_problems() == []
        with db.unit_of_work() as uow:
            stored = [uow.families.load(i) for i in ids]
            assert [f.ref for f in stored if f] == [f.ref for f in families]
            assert [len(f.members) for f in stored if f] == [len(f.members) for f in families]
            assert uow.settings.get("user_name") == "Femke Jansen"
            assert uow.access.entries(ids[0]) == []
        from veldwerk.services import access

        with db.unit_of_work(write=True) as uow:
            family = uow.families.load(ids[0])
            assert family is not None
            access.record(uow, family, "view")
            uow.commit()
        with db.unit_of_work() as uow:
            (entry,) = uow.access.entries(ids[0])
            assert (entry.action, entry.actor.name, entry.contact_role) == (
                "view",
                "Femke Jansen",
                "none",
            )
        assert db.schema_problems() == []
    finally:
        db.close()
