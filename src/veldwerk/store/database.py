"""The open case store: the engine over the SQLCipher file, units of work, integrity checks and
the database's own backup mechanism."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from veldwerk.domain.errors import DomainError
from veldwerk.store import access_log, audit, backup_file, migrate
from veldwerk.store.access_log import AccessRepository
from veldwerk.store.agenda_rows import AgendaRepository
from veldwerk.store.drafts_repo import DraftsRepository
from veldwerk.store.engine import DatabaseDamaged, connect_raw, make_engine, writer
from veldwerk.store.learning_repo import LearningRepository
from veldwerk.store.profile import ProfilePaths
from veldwerk.store.repository import FamilyRepository
from veldwerk.store.settings import SettingsRepository
from veldwerk.store.team_repo import TeamRepository

log = logging.getLogger(__name__)


@dataclass
class UnitOfWork:
    """One transaction: repositories on one connection; nothing is kept unless `commit()`.
    `writes`: it began with BEGIN IMMEDIATE (`Database.unit_of_work(write=True)`)."""

    conn: Connection
    writes: bool = False
    families: FamilyRepository = field(init=False)
    settings: SettingsRepository = field(init=False)
    learning: LearningRepository = field(init=False)
    team: TeamRepository = field(init=False)
    drafts: DraftsRepository = field(init=False)
    access: AccessRepository = field(init=False)
    agenda: AgendaRepository = field(init=False)

    def __post_init__(self) -> None:
        self.families = FamilyRepository(self.conn)
        self.settings = SettingsRepository(self.conn)
        self.learning = LearningRepository(self.conn)
        self.team = TeamRepository(self.conn)
        self.drafts = DraftsRepository(self.conn)
        self.access = AccessRepository(self.conn)
        self.agenda = AgendaRepository(self.conn)

    def commit(self) -> None:
        self.conn.commit()


class Database:
    """The encrypted database of one profile, opened with its data key."""

    def __init__(self, db_path: Path, data_key: bytes, *, plain: bool = False) -> None:
        self.path = db_path
        self._key = data_key
        self._plain = plain
        self.engine: Engine = make_engine(db_path, data_key, plain=plain)
        self._writer = writer(self.engine)

    @classmethod
    def open(
        cls,
        db_path: Path,
        data_key: bytes,
        backups_dir: Path,
        *,
        verify_pages: bool = True,
        plain: bool = False,
    ) -> Database:
        """Open, check every page (a damaged file is refused, not silently read), and migrate
        to this program's schema after an encrypted backup. A file that exists but is empty is
        damage too: SQLite would quietly start a new database in it (a profile with no families).
        A new database is made where no file exists yet."""
        if db_path.is_file() and db_path.stat().st_size == 0:
            log.warning("database file is empty")
            raise DomainError("db.damaged", params={"detail": "the database file is empty"})
        db = cls(db_path, data_key, plain=plain)  # makes the engine; connects on first use
        try:
            if verify_pages:
                problems = db.page_problems()
                if problems:
                    raise DatabaseDamaged(problems[0])
            migrate.migrate_on_open(db.engine, backups_dir, db.backup_before_upgrade)
        except BaseException as exc:
            # A refused file (damaged, newer) keeps no connection open: an open one would hold
            # the file and leave -wal/-shm files behind in the profile folder.
            db.engine.dispose()
            if isinstance(exc, DatabaseDamaged):
                log.warning("database failed its page check on open")
                raise DomainError("db.damaged", params={"detail": exc.detail}) from exc
            raise
        return db

    def close(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception:  # closing must not fail on a damaged file
            log.warning("checkpoint on close failed")
        self.engine.dispose()

    @contextmanager
    def unit_of_work(self, *, write: bool = False) -> Iterator[UnitOfWork]:
        engine = self._writer if write else self.engine
        with engine.connect() as conn:
            try:
                yield UnitOfWork(conn, writes=write)
            finally:
                if conn.in_transaction():
                    conn.rollback()

    def checkpoint(self, attempts: int = 50) -> bool:
        """Fold the WAL into the main file and empty it (after erasure, so no old page stays).
        A reader still open can hold it back: try again for a while; False if it never went."""
        import time

        for _ in range(attempts):
            with self.engine.connect() as conn:
                busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()[0]
            if not busy:
                return True
            time.sleep(0.1)
        log.warning("WAL checkpoint stayed busy")
        return False

    # ---- integrity -----------------------------------------------------------------------
    def page_problems(self) -> list[str]:
        """SQLCipher's page check (HMAC of every page) and SQLite's own integrity check, which
        includes the search index's (FTS5's) own check. On a connection of its own: one of the
        pool that read the index before other connections wrote it keeps the index's old
        structure in memory, and FTS5's check then reports a checksum mismatch that is not in
        the file (seen with 20 threads reading and writing)."""
        try:
            conn = connect_raw(self.path, self._key, plain=self._plain)
            try:
                problems: list[str] = []
                if not self._plain:
                    problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
                result = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
                if result != ["ok"]:
                    problems += result
                return problems
            finally:
                conn.close()
        except DatabaseDamaged as exc:
            return [exc.detail]
        except Exception as exc:  # sqlcipher raises DatabaseError on a failed page
            driver_error = getattr(exc, "orig", None) or exc  # SQLAlchemy's wrapper names classes
            return [str(driver_error).splitlines()[0]]

    def schema_problems(self) -> list[str]:
        problems: list[str] = []
        try:
            if migrate.needs_upgrade(self.engine):
                problems.append("the schema is not at this program's version")
        except DomainError:
            problems.append("the schema was made by a newer version")
        with self.engine.connect() as conn:
            tables = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type IN ('table')"
                )
            }
            from veldwerk.store.models import Base

            missing = set(Base.metadata.tables) - tables
            problems += [f"table {t} is missing" for t in sorted(missing)]
            if "search_index" not in tables:
                problems.append("the search index is missing")
            problems += [
                f"foreign key broken in {r[0]}"
                for r in conn.exec_driver_sql("PRAGMA foreign_key_check")
            ]
            problems += audit.verify(conn)
            problems += access_log.verify(conn)
        return problems

    # ---- backup --------------------------------------------------------------------------
    def backup_to(self, target: Path) -> None:
        """An encrypted copy (same key) made with SQLite's online backup, consistent while the
        store is in use. `target` must not exist yet."""
        src = connect_raw(self.path, self._key, plain=self._plain)
        try:
            dst = connect_raw(target, self._key, plain=self._plain)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()

    def backup_before_upgrade(self, target: Path) -> None:
        """The copy taken before a schema upgrade: a backup file as `veldwerk restore` takes it
        (the profile's key file and the database as it was). A database outside a profile folder
        (restore's own probe of a backup) gets a plain encrypted copy."""
        key_file = ProfilePaths(self.path.parent).key_file
        if not key_file.is_file():
            self.backup_to(target)
            return
        with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
            copy = Path(tmp) / "copy.db"
            self.backup_to(copy)
            backup_file.write_backup(
                target, key_file.read_bytes(), copy, migrate.current_revision(self.engine)
            )

    def execute_sql(self, sql: str) -> None:
        """For tests and benchmarks: run one statement in its own write transaction."""
        with self._writer.connect() as conn:
            conn.execute(text(sql))
            conn.commit()
