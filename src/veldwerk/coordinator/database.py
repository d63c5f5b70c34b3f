"""The coordinator's own database: embedded SQLite by default, or a shared PostgreSQL server.

`open_database(url, passphrase)` connects, brings the schema to this program's version with
Alembic (under a lock, so two coordinators opening one new database at the same moment do not both
create it) and returns a `CoordinatorDatabase`. The default is ``coordinator.sqlite3`` in the user
data folder ``veldwerk-coordinator`` (or ``$VELDWERK_COORDINATOR_DB``).

SQLite: a SQLCipher file, encrypted with a data key that the coordinator's passphrase unlocks from
the key file beside it (`db_key.py`; the profile's engine settings, `store.engine`); WAL,
``synchronous=NORMAL``, a long busy timeout and ``BEGIN IMMEDIATE`` for every writing
transaction, so two processes collecting into one file wait for each other instead of failing.
PostgreSQL (``postgresql+psycopg://user@host/db``): row locks per installation; encrypting it at
rest is the operator's (docs/coordinator-database.md).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, ProgrammingError

from veldwerk.coordinator import db_key
from veldwerk.domain.errors import DomainError
from veldwerk.store.engine import DatabaseDamaged, connect_raw, pooled_engine
from veldwerk.store.migrate import MigrationScriptsMissing, script_folder

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


def _begin_immediate_unless_readonly(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        readonly = connection.get_execution_options().get("readonly", False)
        connection.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def _memory_engine(url: str) -> Engine:
    """An in-memory SQLite database (nothing reaches the disk, so nothing to encrypt)."""
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below, not by pysqlite
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    _begin_immediate_unless_readonly(engine)
    return engine


def _sqlcipher_engine(db_file: Path, data_key: bytes) -> Engine:
    """The encrypted file `db_file`, opened like a profile (`store.engine.connect_raw`: the raw
    key, WAL, ``synchronous=NORMAL``, ``secure_delete``), with the coordinator's busy timeout."""
    db_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)

    def creator() -> Any:
        conn = connect_raw(db_file, data_key)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}").fetchall()
        return conn

    engine = pooled_engine(creator, max_overflow=12, pool_timeout=BUSY_TIMEOUT_MS / 1000)
    _begin_immediate_unless_readonly(engine)
    return engine


def make_engine(url: str, data_key: bytes | None = None) -> Engine:
    """An engine for `url` (SQLite or PostgreSQL), without touching the schema; a SQLite file
    needs its `data_key` (`db_key.data_key`)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DomainError(
            "coordinator.db_unreachable", "db", {"detail": "not a database URL"}
        ) from None
    if parsed.get_backend_name() == "sqlite":
        db_file = db_key.sqlite_file(url)
        if db_file is None:
            return _memory_engine(url)
        if data_key is None:
            raise ValueError("an encrypted SQLite database needs its data key")
        return _sqlcipher_engine(db_file, data_key)
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
    cfg.set_main_option("script_location", script_folder("veldwerk.coordinator"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise MigrationScriptsMissing("the coordinator's migration scripts have no head")
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


def database_key(
    url: str, passphrase: str | None = None, repeat: str | None = None
) -> bytes | None:
    """The data key of the SQLite file `url` names, unlocked (or made, for a new database) with
    `passphrase` (for a new one, equal to `repeat` when given), else
    ``$VELDWERK_COORDINATOR_PASSPHRASE``; None for a database veldwerk does
    not encrypt (PostgreSQL, in memory). Costs one Argon2id (about 0.4 s): keep the key for the
    next `open_database`. Raises the DomainErrors of `db_key.data_key`."""
    db_file = db_key.sqlite_file(url)
    if db_file is None:
        return None
    given = passphrase if passphrase is not None else db_key.passphrase_from_env()
    return db_key.data_key(db_file, given, repeat)


def open_database(
    url: str | None = None, passphrase: str | None = None, *, data_key: bytes | None = None
) -> CoordinatorDatabase:
    """Connect to `url` (default: `default_url()`) and migrate; a SQLite file is opened with
    `data_key`, else with the key `passphrase` (or ``$VELDWERK_COORDINATOR_PASSPHRASE``)
    unlocks (`database_key`). DomainError ``coordinator.db_unreachable`` when it cannot be
    reached, ``coordinator.db_damaged`` when the file is not a database of this key,
    ``coordinator.db_newer`` when its schema is newer than this program's, and those of
    `database_key`."""
    url = url or default_url()
    if data_key is None:
        data_key = database_key(url, passphrase)
    engine = make_engine(url, data_key)
    try:
        migrate(engine)
    except DatabaseDamaged:
        engine.dispose()
        raise DomainError("coordinator.db_damaged", "db", {"path": describe_url(url)}) from None
    except (OperationalError, ProgrammingError) as exc:
        engine.dispose()
        raise _unreachable(exc) from None
    except DatabaseError:
        engine.dispose()
        raise DomainError("coordinator.db_damaged", "db", {"path": describe_url(url)}) from None
    except BaseException:
        engine.dispose()
        raise
    return CoordinatorDatabase(engine)
