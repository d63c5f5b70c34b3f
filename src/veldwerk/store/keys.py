"""The key file: the profile's data key, wrapped by the passphrase and by the recovery key.

The database is encrypted with a random 32-byte *data key* that never changes (changing the
passphrase never re-encrypts data). The key file keeps that data key twice, each time encrypted
with AES-256-GCM under a *wrapping key*: one derived from the passphrase (Argon2id), one from a
random recovery key, shown to the user once as text (`format_recovery_key`) to keep on paper.

This module makes, unlocks and changes a key file. What the file holds and how it is checked is
`veldwerk.store.key_file_format`'s, the wraps and what they bind `veldwerk.store.key_wrap`'s, the
recovery key's text `veldwerk.store.recovery_key`'s. Unlocking never writes.
"""

from __future__ import annotations

import base64
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag

from veldwerk.domain.errors import DomainError
from veldwerk.store.key_file_format import (
    CIPHER,
    DATA_KEY_BYTES,
    KDF_NAME,
    KEY_FILE_FORMAT,
    KEY_FILE_VERSION,
    MAX_KEY_FILE_BYTES,
    KdfParams,
    checked_kdf_params,
    damaged,
    load,
    replace,
    write_new,
)
from veldwerk.store.key_wrap import (
    aad,
    belongs,
    key_check,
    passphrase_wrap,
    passphrase_wrapping_key,
    recovery_wrap,
    recovery_wrapping_key,
    unwrap,
)
from veldwerk.store.recovery_key import (
    RECOVERY_KEY_BYTES,
    format_recovery_key,
    parse_recovery_key,
)

__all__ = [
    "CIPHER",
    "DATA_KEY_BYTES",
    "DEFAULT_KDF",
    "FAST_KDF_FOR_TESTS",
    "KDF_NAME",
    "KEY_FILE_FORMAT",
    "KEY_FILE_VERSION",
    "MAX_KEY_FILE_BYTES",
    "RECOVERY_KEY_BYTES",
    "KdfParams",
    "change_passphrase",
    "create_key_file",
    "format_recovery_key",
    "kdf_at_least_default",
    "key_file_info",
    "parse_recovery_key",
    "replace_recovery_key",
    "unlock_with_passphrase",
    "unlock_with_recovery_key",
]

DEFAULT_KDF = KdfParams(memory_kib=128 * 1024, iterations=3, lanes=4)
"""128 MiB, 3 passes, 4 lanes: about 0.35-0.45 s per unlock on the 2-core reference machine
(64 MiB/3 passes took 0.13-0.19 s there, under the 0.2 s floor)."""

FAST_KDF_FOR_TESTS = KdfParams(memory_kib=1024, iterations=1, lanes=1)
"""Cheap parameters, for tests only: a passphrase wrapped with these is easy to brute-force.
Never use them for a real profile."""


def kdf_at_least_default(kdf: KdfParams) -> KdfParams:
    """`kdf`, with each parameter raised to DEFAULT_KDF's where it is lower."""
    return KdfParams(
        memory_kib=max(kdf.memory_kib, DEFAULT_KDF.memory_kib),
        iterations=max(kdf.iterations, DEFAULT_KDF.iterations),
        lanes=max(kdf.lanes, DEFAULT_KDF.lanes),
    )


def _accept_data_key(doc: dict[str, Any], data_key: bytes) -> bytes:
    if not belongs(doc, data_key):
        raise damaged()
    return data_key


def _check_belongs(doc: dict[str, Any], data_key: bytes) -> None:
    if not belongs(doc, data_key):
        raise ValueError("this data key does not belong to this key file")


def create_key_file(
    path: Path, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF
) -> tuple[bytes, str]:
    """Make a new data key and a new recovery key and write the key file at `path`.

    Returns ``(data_key, recovery_key_text)``; show the text to the user once. Refuses to replace
    an existing file (``DomainError("profile.exists")``). Check the passphrase's strength first
    (`veldwerk.domain.passphrase.check_new_passphrase`).
    """
    path = Path(path)
    kdf.validate()
    if path.exists() or path.is_symlink():
        raise DomainError("profile.exists", params={"path": str(path.parent)})
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    recovery_raw = secrets.token_bytes(RECOVERY_KEY_BYTES)
    doc: dict[str, Any] = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "profile_id": secrets.token_hex(16),
        "key_check": key_check(data_key),
    }
    entries, _ = passphrase_wrap(doc, data_key, passphrase, kdf)
    doc.update(entries)
    doc["recovery_wrap"] = recovery_wrap(doc, data_key, recovery_raw)
    write_new(path, doc)
    return data_key, format_recovery_key(recovery_raw)


def unlock_with_passphrase(path: Path, passphrase: str) -> bytes:
    """The data key. Raises key.wrong_passphrase, key.file_damaged, key.file_newer or
    profile.missing. Never writes."""
    doc = load(Path(path))
    kdf_entry = doc["kdf"]
    salt = base64.b64decode(kdf_entry["salt"])
    wrapping_key = passphrase_wrapping_key(passphrase, salt, checked_kdf_params(doc))
    try:
        data_key = unwrap(
            wrapping_key, doc["passphrase_wrap"], aad("passphrase", doc["profile_id"], kdf_entry)
        )
    except InvalidTag:
        raise DomainError("key.wrong_passphrase", "passphrase") from None
    return _accept_data_key(doc, data_key)


def unlock_with_recovery_key(path: Path, recovery_key: str) -> bytes:
    """The data key. Raises key.bad_recovery_format (a typo), key.wrong_recovery_key,
    key.file_damaged, key.file_newer or profile.missing. Never writes."""
    doc = load(Path(path))
    recovery_raw = parse_recovery_key(recovery_key)
    try:
        data_key = unwrap(
            recovery_wrapping_key(recovery_raw),
            doc["recovery_wrap"],
            aad("recovery", doc["profile_id"], None),
        )
    except InvalidTag:
        raise DomainError("key.wrong_recovery_key", "recovery_key") from None
    return _accept_data_key(doc, data_key)


def change_passphrase(
    path: Path, data_key: bytes, new_passphrase: str, *, kdf: KdfParams | None = None
) -> None:
    """Wrap the (unchanged) data key under `new_passphrase` with a new salt; the recovery wrap
    stays. `kdf` None keeps the file's parameters, raised to DEFAULT_KDF where lower. Atomic: after
    a crash either the old or the new passphrase unlocks. `data_key` must be this file's (as
    returned by an unlock), else ValueError and nothing is written."""
    path = Path(path)
    doc = load(path)
    _check_belongs(doc, data_key)
    if kdf is None:
        kdf = kdf_at_least_default(checked_kdf_params(doc))
    kdf.validate()
    new_doc = {k: v for k, v in doc.items() if k != "checksum"}
    entries, wrapping_key = passphrase_wrap(new_doc, data_key, new_passphrase, kdf)
    new_doc.update(entries)
    # Read the new wrap back before it replaces the old one.
    bound = aad("passphrase", new_doc["profile_id"], new_doc["kdf"])
    if unwrap(wrapping_key, new_doc["passphrase_wrap"], bound) != data_key:
        raise RuntimeError("the new passphrase wrap does not give the data key back")
    replace(path, new_doc)


def replace_recovery_key(path: Path, data_key: bytes) -> str:
    """Make a new recovery key (the old one stops working) and return its text; for a user who
    lost the paper. The passphrase wrap stays. Atomic, like `change_passphrase`."""
    path = Path(path)
    doc = load(path)
    _check_belongs(doc, data_key)
    recovery_raw = secrets.token_bytes(RECOVERY_KEY_BYTES)
    new_doc = {k: v for k, v in doc.items() if k != "checksum"}
    new_doc["recovery_wrap"] = recovery_wrap(new_doc, data_key, recovery_raw)
    replace(path, new_doc)
    return format_recovery_key(recovery_raw)


def key_file_info(path: Path) -> dict[str, Any]:
    """What `check` and the benchmark may show about a key file, no secrets: format, version,
    profile id, cipher, Argon2id parameters and whether they reach DEFAULT_KDF. Raises like an
    unlock for a damaged, newer or missing file."""
    doc = load(Path(path))
    params = checked_kdf_params(doc)
    return {
        "format": doc["format"],
        "version": doc["version"],
        "profile_id": doc["profile_id"],
        "cipher": CIPHER,
        "kdf": {
            "name": KDF_NAME,
            "memory_kib": params.memory_kib,
            "iterations": params.iterations,
            "lanes": params.lanes,
        },
        "kdf_meets_default": kdf_at_least_default(params) == params,
    }
