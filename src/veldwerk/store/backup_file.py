"""The backup file: one file holding the profile's key file and an online copy of its encrypted
database. Nothing in it is readable without the passphrase (or recovery key) that was valid when
the backup was made; restoring needs that passphrase too."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from veldwerk.domain.errors import DomainError
from veldwerk.files import write_atomically

MAGIC = b"VELDWERK-BACKUP\x00"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class BackupContents:
    created: str
    schema: str | None
    key_file: bytes
    database: bytes


def write_backup(target: Path, key_file: bytes, database_copy: Path, schema: str | None) -> None:
    """Write `target` atomically from the key file bytes and a finished database copy."""
    header = json.dumps(
        {
            "format": "veldwerk-backup",
            "version": FORMAT_VERSION,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "schema": schema,
            "key_file_size": len(key_file),
        }
    ).encode()
    data = MAGIC + struct.pack(">I", len(header)) + header + key_file + database_copy.read_bytes()
    write_atomically(target, data, exclusive=True)


def read_backup(path: Path) -> BackupContents:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DomainError("file.unreadable", params={"path": str(path)}) from exc
    try:
        if not data.startswith(MAGIC):
            raise ValueError("magic")
        (n,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
        start = len(MAGIC) + 4
        header = json.loads(data[start : start + n])
        if header.get("format") != "veldwerk-backup" or header.get("version") != FORMAT_VERSION:
            raise ValueError("format")
        k = int(header["key_file_size"])
        key_file = data[start + n : start + n + k]
        database = data[start + n + k :]
        if len(key_file) != k or not database:
            raise ValueError("truncated")
    except (ValueError, KeyError, struct.error, json.JSONDecodeError) as exc:
        raise DomainError("backup.not_a_backup", params={"path": str(path)}) from exc
    return BackupContents(header["created"], header.get("schema"), key_file, database)


def install(contents: BackupContents, key_path: Path, db_path: Path) -> None:
    """Put a backup's database and key file in place, each atomically (the caller checked that
    the target holds no profile and that the passphrase opens the backup)."""
    for suffix in ("-wal", "-shm"):
        stale = db_path.with_name(db_path.name + suffix)
        if stale.exists():
            stale.unlink()
    write_atomically(db_path, contents.database)
    write_atomically(key_path, contents.key_file)
