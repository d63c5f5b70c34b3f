"""The key of the coordinator's SQLite database: the file is encrypted with SQLCipher, the way a
profile is (`store.engine`, `store.keys`).

A random 32-byte data key encrypts the database; a key file beside it
(``coordinator.sqlite3.key``, the profile's key file format, mode 0600) holds that key wrapped by
the coordinator's passphrase through Argon2id. The passphrase comes from the window, a prompt, or
``$VELDWERK_COORDINATOR_PASSPHRASE`` for scripts. The key file's recovery wrap is made with a key
nobody is shown: a coordinator who forgets the passphrase removes the database and its key file
and collects again (the shared folder holds every installation's newest bundle; enrolments and the
remembered installation keys have to be made again).

A database of an older veldwerk (plain SQLite, no key file) is encrypted in place the first time
it is opened with a passphrase: copied into a new encrypted file (``sqlcipher_export``), which then
replaces it.

PostgreSQL is not encrypted by veldwerk: that is the operator's (docs/coordinator-database.md).
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from veldwerk.domain.errors import DomainError
from veldwerk.domain.passphrase import check_new_passphrase
from veldwerk.store import keys
from veldwerk.store.engine import dbapi

log = logging.getLogger(__name__)

ENV_PASSPHRASE = "VELDWERK_COORDINATOR_PASSPHRASE"
KEY_SUFFIX = ".key"
SQLITE_MAGIC = b"SQLite format 3\x00"
KDF: keys.KdfParams | None = None
"""Argon2id parameters for a new key file; None: `store.keys.DEFAULT_KDF` (tests make it cheap)."""


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite `url`; None for PostgreSQL, an in-memory database or a
    string that is no URL (then the caller says so)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


def key_file(db_file: Path) -> Path:
    """The key file beside `db_file`."""
    return db_file.with_name(db_file.name + KEY_SUFFIX)


def is_new(db_file: Path) -> bool:
    """Neither the database nor its key file exists: a passphrase given now is a new one."""
    return not (db_file.exists() or key_file(db_file).exists() or key_file(db_file).is_symlink())


def passphrase_from_env() -> str | None:
    return os.environ.get(ENV_PASSPHRASE) or None


def data_key(db_file: Path, passphrase: str | None, repeat: str | None = None) -> bytes:
    """The database's data key: unlocked from the key file, or, for a new database (or one of an
    older veldwerk, then encrypted in place), made and wrapped under `passphrase` (which must
    then be a good new passphrase, equal to `repeat` when that is given). Raises DomainError
    ``coordinator.db_passphrase_needed``, ``coordinator.db_wrong_passphrase``,
    ``coordinator.db_key_damaged``, ``coordinator.db_key_missing`` or a ``passphrase.*``
    refusal of a new one."""
    if passphrase is None:
        raise DomainError(
            "coordinator.db_passphrase_needed", "db_passphrase", {"env": ENV_PASSPHRASE}
        )
    path = key_file(db_file)
    if path.exists() or path.is_symlink():
        return _unlock(path, passphrase)
    plain = _is_plain_sqlite(db_file)
    if db_file.exists() and not plain:
        raise DomainError("coordinator.db_key_missing", "db", {"path": str(path)})
    check_new_passphrase(passphrase, repeat)
    db_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key, _recovery = keys.create_key_file(path, passphrase, kdf=KDF or keys.DEFAULT_KDF)
    if plain:
        try:
            _encrypt_in_place(db_file, key)
        except BaseException:
            path.unlink(missing_ok=True)  # the database stays as it was, and so may its key
            raise
    return key


def _unlock(path: Path, passphrase: str) -> bytes:
    try:
        return keys.unlock_with_passphrase(path, passphrase)
    except DomainError as exc:
        if exc.code == "key.wrong_passphrase":
            raise DomainError("coordinator.db_wrong_passphrase", "db_passphrase") from None
        raise DomainError("coordinator.db_key_damaged", "db", {"path": str(path)}) from None


def _is_plain_sqlite(db_file: Path) -> bool:
    try:
        with open(db_file, "rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def _encrypt_in_place(db_file: Path, key: bytes) -> None:
    """Copy the plain database `db_file` into an encrypted one under `key` and put that in its
    place (the plain file's WAL is checkpointed first, then it goes)."""
    temporary = db_file.with_name(f".{db_file.name}.{secrets.token_hex(8)}.encrypting")
    plain = dbapi.connect(str(db_file), isolation_level=None)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(temporary),))
        plain.execute("SELECT sqlcipher_export('encrypted')").fetchall()
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    os.chmod(temporary, 0o600)
    os.replace(temporary, db_file)
    for leftover in ("-wal", "-shm"):
        db_file.with_name(db_file.name + leftover).unlink(missing_ok=True)
    log.info("an unencrypted coordinator database was encrypted")
