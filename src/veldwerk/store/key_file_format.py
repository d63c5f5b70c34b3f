"""The key file's format: its fields, their checks, its checksum, reading and writing it.

The file is JSON (written atomically, mode 0600)::

    {"format": "veldwerk-key-file", "version": 1, "profile_id": "<32 hex>",
     "key_check": "<32 hex: HMAC-SHA256(data key, label), truncated>",
     "kdf": {"name": "argon2id", "memory_kib": .., "iterations": .., "lanes": .., "salt": b64},
     "passphrase_wrap": {"cipher": "aes-256-gcm", "nonce": b64, "ciphertext": b64},
     "recovery_wrap": {"cipher": "aes-256-gcm", "nonce": b64, "ciphertext": b64},
     "checksum": "sha256:<hex of the compact sorted JSON of all other fields>"}

The checksum (kept by every future version) tells a damaged file (`key.file_damaged`) apart from
a wrong passphrase, and it is checked before the version, so a flipped digit in ``version`` is
damage, not "made by a newer veldwerk". A version-1 file must also be byte for byte in the form
this module writes (sorted keys, two-space indent, trailing newline), so any changed byte is found.
What the wraps hold is `veldwerk.store.key_wrap`'s; `veldwerk.store.keys` uses both.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from veldwerk.domain.errors import DomainError
from veldwerk.files import remove_stale_temps, write_atomically

KEY_FILE_VERSION = 1
KEY_FILE_FORMAT = "veldwerk-key-file"
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
CIPHER = "aes-256-gcm"
KDF_NAME = "argon2id"

MAX_KEY_FILE_BYTES = 64 * 1024
"""A key file is under 1 KiB; anything far larger is not one."""

# Bounds a key file's Argon2id parameters must respect before we run them (a crafted file must
# not make an unlock allocate all memory or spin for hours).
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes over it, parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def validate(self) -> None:
        """Raise ValueError unless these are parameters we are willing to run."""
        for value in (self.memory_kib, self.iterations, self.lanes):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError("Argon2id parameters must be integers")
        if not 1 <= self.lanes <= MAX_LANES:
            raise ValueError(f"lanes must be 1..{MAX_LANES}")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise ValueError(f"iterations must be 1..{MAX_ITERATIONS}")
        if not 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError(f"memory_kib must be {8 * self.lanes}..{MAX_MEMORY_KIB}")


def compact(obj: Any) -> bytes:
    """`obj` as compact JSON with sorted keys: what checksums and associated data cover."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def kdf_doc(kdf: KdfParams, salt: bytes) -> dict[str, Any]:
    """The file's ``kdf`` entry for these parameters and salt."""
    return {
        "name": KDF_NAME,
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
        "salt": b64(salt),
    }


def checksum(doc: dict[str, Any]) -> str:
    rest = {k: v for k, v in doc.items() if k != "checksum"}
    return "sha256:" + hashlib.sha256(compact(rest)).hexdigest()


def serialize(doc: dict[str, Any]) -> bytes:
    """The file's bytes for `doc` (its checksum added), in the one form a version-1 file has."""
    sealed = dict(doc)
    sealed["checksum"] = checksum(doc)
    return (json.dumps(sealed, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def damaged() -> DomainError:
    return DomainError("key.file_damaged")


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DomainError("profile.missing", params={"path": str(path.parent)}) from None
    except OSError as exc:  # a folder, no permission, an I/O error: unreadable
        raise damaged() from exc
    if len(data) > MAX_KEY_FILE_BYTES:
        raise damaged()
    return data


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_hex(value: Any, length: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == length
        and all(c in "0123456789abcdef" for c in value)
    )


def _is_b64(value: Any, length: int) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return len(base64.b64decode(value, validate=True)) == length
    except (binascii.Error, ValueError):
        return False


def _valid_wrap(wrap: Any) -> bool:
    return (
        isinstance(wrap, dict)
        and set(wrap) == {"cipher", "nonce", "ciphertext"}
        and wrap["cipher"] == CIPHER
        and _is_b64(wrap["nonce"], NONCE_BYTES)
        and _is_b64(wrap["ciphertext"], DATA_KEY_BYTES + 16)
    )


def kdf_params_of(kdf_entry: Any) -> KdfParams | None:
    """The Argon2id parameters of a key file's ``kdf`` entry, or None if it is not valid."""
    if not (
        isinstance(kdf_entry, dict)
        and set(kdf_entry) == {"name", "memory_kib", "iterations", "lanes", "salt"}
        and kdf_entry["name"] == KDF_NAME
        and _is_b64(kdf_entry["salt"], SALT_BYTES)
        and all(_is_int(kdf_entry[k]) for k in ("memory_kib", "iterations", "lanes"))
    ):
        return None
    params = KdfParams(kdf_entry["memory_kib"], kdf_entry["iterations"], kdf_entry["lanes"])
    try:
        params.validate()
    except ValueError:
        return None
    return params


def checked_kdf_params(doc: dict[str, Any]) -> KdfParams:
    """The parameters of a document `load` has checked."""
    params = kdf_params_of(doc["kdf"])
    assert params is not None  # checked by load
    return params


_V1_FIELDS = frozenset(
    {
        "format",
        "version",
        "profile_id",
        "key_check",
        "kdf",
        "passphrase_wrap",
        "recovery_wrap",
        "checksum",
    }
)


def load(path: Path) -> dict[str, Any]:
    """The key file's document, checked; raises key.file_damaged, key.file_newer or
    profile.missing. Never runs the KDF."""
    data = _read_bytes(path)
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise damaged() from None
    if not isinstance(doc, dict) or doc.get("format") != KEY_FILE_FORMAT:
        raise damaged()
    if "checksum" in doc and doc["checksum"] != checksum(doc):
        raise damaged()
    version = doc.get("version")
    if not _is_int(version):
        raise damaged()
    if version > KEY_FILE_VERSION:
        raise DomainError("key.file_newer")
    if (
        version != KEY_FILE_VERSION
        or set(doc) != _V1_FIELDS
        or not _is_hex(doc["profile_id"], 32)
        or not _is_hex(doc["key_check"], 32)
        or kdf_params_of(doc["kdf"]) is None
        or not _valid_wrap(doc["passphrase_wrap"])
        or not _valid_wrap(doc["recovery_wrap"])
        or serialize(doc) != data
    ):
        raise damaged()
    return doc


def write_new(path: Path, doc: dict[str, Any]) -> None:
    """Write a new key file; never replaces one (``profile.exists``)."""
    try:
        write_atomically(path, serialize(doc), exclusive=True)
    except FileExistsError:
        raise DomainError("profile.exists", params={"path": str(path.parent)}) from None
    except PermissionError as exc:
        raise DomainError("profile.not_writable", params={"path": str(path.parent)}) from exc


def replace(path: Path, doc: dict[str, Any]) -> None:
    """Replace the key file atomically: after a crash either the old or the new one is there."""
    remove_stale_temps(path)
    try:
        write_atomically(path, serialize(doc))
    except PermissionError as exc:
        raise DomainError("profile.not_writable", params={"path": str(path.parent)}) from exc
