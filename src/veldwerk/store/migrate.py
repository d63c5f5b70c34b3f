"""Schema migrations, run on open: after an encrypted backup of the previous file is taken, and
never on a database made by a newer veldwerk (that one is refused, not downgraded)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from veldwerk.domain.errors import DomainError

log = logging.getLogger(__name__)

BackupFn = Callable[[Path], None]


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    location = resources.files("veldwerk.store") / "migrations"
    cfg.set_main_option("script_location", str(location))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def _scripts() -> ScriptDirectory:
    """The migration scripts, read once per process (they do not change while it runs)."""
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in _scripts().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to `target` (tests use an older target to make old databases)."""
    with engine.connect() as conn:
        command.upgrade(_config(conn), target)
        conn.commit()


def needs_upgrade(engine: Engine) -> bool:
    """True when the schema is older than this program's; DomainError db.newer when it is newer."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise DomainError("db.newer")
    return current != head_revision()


def migrate_on_open(engine: Engine, backups_dir: Path, backup: BackupFn) -> Path | None:
    """Upgrade to head if needed, after `backup(target_path)` took an encrypted copy.
    Returns the backup's path, or None when nothing had to change."""
    if not needs_upgrade(engine):
        return None
    copy: Path | None = None
    if current_revision(engine) is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = backups_dir / f"before-upgrade-{current_revision(engine)}-{stamp}.vwbackup"
        backup(copy)
        log.info("backup taken before schema upgrade")
    upgrade(engine)
    log.info("schema upgraded to %s", head_revision())
    return copy
