"""The coordinator's own database: embedded SQLite by default, or a shared PostgreSQL server.

`open_database(url)` connects, brings the schema to this program's version with Alembic (under a
lock, so two coordinators opening one new database at the same moment do not both create it) and
returns a `CoordinatorDatabase`. The default is ``coordinator.sqlite3`` in the user data folder
``veldwerk-coordinator`` (or ``$VELDWERK_COORDINATOR_DB``).

SQLite: WAL, ``synchronous=NORMAL``, a long busy timeout and ``BEGIN IMMEDIATE`` for every
writing transaction, so two processes collecting into one file wait for each other instead of
failing. PostgreSQL (``postgresql+psycopg://user@host/db``): row locks per installation.
"""

from __future__ import annotations

import logging
import os
from importlib import resources
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError

from veldwerk.domain.errors import DomainError

log = logging.getLogger(__name__)

APP_NAME = "veldwerk-coordinator"
DB_FILE = "coordinator.sqlite3"
ENV_URL = "VELDWERK_COORDINATOR_DB"
VERSION_TABLE = "coordinator_alembic_version"
MIGRATION_LOCK = 0x7665_6C64  # "veld": the PostgreSQL advisory lock around migrations
BUSY_TIMEOUT_MS = 60_000


def default_url() -> str:
    """``$VELDWERK_COORDINATOR_DB``, else SQLite in the user data folder."""
    given = os.environ.get(ENV_URL)
    if given:
        return given
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILE}"


def _sqlite_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, not by pysqlite
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "synchronous=NORMAL",
            "foreign_keys=ON",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        readonly = connection.get_execution_options().get("readonly", False)
        connection.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def make_engine(url: str) -> Engine:
    """An engine for `url` (SQLite or PostgreSQL), without touching the schema."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DomainError(
            "coordinator.db_unreachable", "db", {"detail": "not a database URL"}
        ) from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True)


def describe_url(url: str) -> str:
    """The database as shown to people: the file of a SQLite database, otherwise the URL
    without its password."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option(
        "script_location", str(resources.files("veldwerk.coordinator") / "migrations")
    )
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def migrate(engine: Engine) -> None:
    """Bring the schema to this program's version, holding a lock while checking and changing
    it: the PostgreSQL advisory lock, or SQLite's write lock (``BEGIN IMMEDIATE``). A database of
    a newer veldwerk is refused (`coordinator.db_newer`), never downgraded."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        else:
            conn.exec_driver_sql("SELECT 1")  # begins the (immediate) transaction
        current = current_revision(conn)
        if current is not None and current not in known_revisions():
            raise DomainError("coordinator.db_newer")
        if current != head_revision():
            command.upgrade(_config(conn), "head")
            log.info("coordinator schema upgraded to %s", head_revision())
        conn.commit()


class CoordinatorDatabase:
    """An open coordinator database (its engine, with the schema up to date)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> CoordinatorDatabase:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _unreachable(exc: Exception) -> DomainError:
    orig = getattr(exc, "orig", None) or exc
    first_line = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    return DomainError("coordinator.db_unreachable", "db", {"detail": first_line[:200]})


def open_database(url: str | None = None) -> CoordinatorDatabase:
    """Connect to `url` (default: `default_url()`) and migrate. DomainError
    ``coordinator.db_unreachable`` when it cannot be reached, ``coordinator.db_newer`` when its
    schema is newer than this program's."""
    engine = make_engine(url or default_url())
    try:
        migrate(engine)
    except (OperationalError, ProgrammingError) as exc:
        engine.dispose()
        raise _unreachable(exc) from None
    except BaseException:
        engine.dispose()
        raise
    return CoordinatorDatabase(engine)
