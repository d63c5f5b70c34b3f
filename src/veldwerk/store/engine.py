"""The SQLCipher engine: one connection factory with the raw data key and the settings that
measured well (WAL, synchronous=NORMAL, 64 MiB page cache, secure_delete, temp data in memory).

The key is set as a raw key (``PRAGMA key = "x'…'"``), so SQLCipher's own PBKDF2 is not run on
every open: the expensive step is Argon2id, once per unlock. SQLCipher accepts any key at
``PRAGMA key``; a wrong key or a damaged first page only shows at the first read, so every new
connection reads at once and reports damage as `DatabaseDamaged`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

log = logging.getLogger(__name__)
dbapi = sqlcipher3.dbapi2

CONNECTION_PRAGMAS = (
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA cache_size = -65536",  # 64 MiB
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",  # sorting and temp tables never reach disk
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 15000",
)


class DatabaseDamaged(Exception):
    """The key is right (it unwrapped) but the database's pages fail their check."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def connect_raw(db_path: Path, data_key: bytes, *, plain: bool = False) -> Any:
    """A DB-API connection to `db_path` keyed with `data_key`, settings applied and the first page
    read. `plain=True` opens an unencrypted SQLite file the same way (benchmarks only)."""
    conn = dbapi.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        if not plain:
            # SQLCipher's own log writes to stderr (a damaged page gives dozens of lines in the
            # terminal); damage is reported once, in words, by the callers instead.
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
            conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in CONNECTION_PRAGMAS:
            if plain and pragma.startswith("PRAGMA cipher"):
                continue
            conn.execute(pragma).fetchall()
    except dbapi.DatabaseError as exc:
        conn.close()
        raise DatabaseDamaged(str(exc)) from exc
    return conn


def pooled_engine(creator: Callable[[], Any], *, max_overflow: int, pool_timeout: float) -> Engine:
    """An engine over SQLCipher connections made by `creator`, in a `QueuePool` of four (the
    dialect's default pool crashed sqlcipher3 with many threads)."""
    return create_engine(
        "sqlite://",
        creator=creator,
        module=dbapi,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=max_overflow,
        pool_timeout=pool_timeout,
    )


def make_engine(db_path: Path, data_key: bytes, *, plain: bool = False) -> Engine:
    """The SQLAlchemy engine over the encrypted file.

    The pool is chosen explicitly: a `QueuePool` of connections made with
    `check_same_thread=False`, each used by one thread at a time (the dialect's default pool
    crashed sqlcipher3 with many threads). Transactions are begun by us: ``BEGIN IMMEDIATE`` for
    units of work that write (so two writers queue instead of failing mid-way), plain ``BEGIN``
    for readers.
    """

    engine = pooled_engine(
        lambda: connect_raw(db_path, data_key, plain=plain), max_overflow=28, pool_timeout=60
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        write = conn.get_execution_options().get("veldwerk_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, beginning its transactions with BEGIN IMMEDIATE."""
    return engine.execution_options(veldwerk_write=True)
