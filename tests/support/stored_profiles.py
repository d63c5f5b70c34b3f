"""Making the stored old-schema profiles of ``tests/data/profiles`` (their scripts,
``make_schema_NNNN.py``, call these): a profile folder whose database stops at an old Alembic
revision and holds rows written as plain SQL, as that veldwerk stored them."""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Sequence
from pathlib import Path

from veldwerk.store import keys, migrate
from veldwerk.store.database import Database
from veldwerk.store.profile import ProfilePaths


def make_stored_profile(root: Path, passphrase: str, revision: str, rows: Sequence[str]) -> str:
    """The profile in `root` (which must not exist) at `revision`, holding `rows`; returns the
    recovery key."""
    paths = ProfilePaths(root)
    root.mkdir(parents=True)
    data_key, recovery = keys.create_key_file(
        paths.key_file, passphrase, kdf=keys.FAST_KDF_FOR_TESTS
    )
    db = Database(paths.db, data_key)
    migrate.upgrade(db.engine, revision)
    with db.engine.connect() as conn:
        for sql in rows:
            conn.exec_driver_sql(sql)
        conn.commit()
    assert migrate.current_revision(db.engine) == revision
    db.close()
    for leftover in ("veldwerk.db-wal", "veldwerk.db-shm"):
        (root / leftover).unlink(missing_ok=True)
    return recovery


def script_main(doc: str, into: Path, passphrase: str, revision: str, rows: Sequence[str]) -> int:
    """The command line of a ``make_schema_NNNN.py`` script."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="replace the stored profile")
    parser.add_argument("--into", type=Path, default=into, help="the profile folder")
    args = parser.parse_args()
    if args.into.exists():
        if not args.force:
            parser.error(f"{args.into} exists; pass --force to replace it")
        shutil.rmtree(args.into)
    recovery = make_stored_profile(args.into, passphrase, revision, rows)
    print(f"made {args.into} (schema {revision}); recovery key: {recovery}")
    return 0
