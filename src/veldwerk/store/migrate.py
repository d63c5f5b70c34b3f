"""Schema migrations, run on open: after an encrypted backup of the previous file is taken, and
never on a database made by a newer veldwerk (that one is refused, not downgraded).

Alembic reads its scripts (``env.py`` and ``versions/*.py``) as files from a folder. They are
package data: a wheel, an editable install and the frozen app (``packaging/veldwerk.spec``
collects them as source files beside the program) all have them in a real folder, found through
importlib.resources; `script_folder` says so plainly when they are missing.
"""

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


class MigrationScriptsMissing(RuntimeError):
    """The program was installed or frozen without its migration scripts (a packaging fault,
    never the user's)."""


def script_folder(package: str) -> str:
    """The folder of `package`'s ``migrations`` (a real directory holding ``env.py`` and
    ``versions/``), as Alembic's ``script_location``."""
    location = resources.files(package) / "migrations"
    if not isinstance(location, Path) or not (location / "env.py").is_file():
        raise MigrationScriptsMissing(f"no migration scripts at {location} ({package})")
    versions = location / "versions"
    if not any(v.suffix == ".py" and v.stem != "__init__" for v in versions.iterdir()):
        raise MigrationScriptsMissing(f"no migration versions in {versions}")
    return str(location)


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", script_folder("veldwerk.store"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def _scripts() -> ScriptDirectory:
    """The migration scripts, read once per process (they do not change while it runs)."""
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    if head is None:
        raise MigrationScriptsMissing("the migration scripts have no head revision")
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
