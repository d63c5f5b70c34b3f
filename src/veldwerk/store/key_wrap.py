"""Wrapping the data key: the wrapping keys, the associated data each wrap binds, AES-GCM.

- the passphrase wrap: wrapping key = Argon2id(passphrase (Unicode NFC, UTF-8), random 16-byte
  salt, the file's parameters);
- the recovery wrap: wrapping key = HKDF-SHA256(a random 32-byte recovery key).

Each wrap's AES-GCM associated data binds the file format, version, purpose and profile id, and
for the passphrase wrap also the Argon2id parameters and salt, so no part can be swapped or
weakened without the unlock failing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import unicodedata
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from veldwerk.store.key_file_format import (
    CIPHER,
    DATA_KEY_BYTES,
    KEY_FILE_FORMAT,
    KEY_FILE_VERSION,
    NONCE_BYTES,
    SALT_BYTES,
    KdfParams,
    b64,
    compact,
    kdf_doc,
)

_KEY_CHECK_LABEL = b"veldwerk key check v1"
_RECOVERY_HKDF_INFO = b"veldwerk recovery wrap v1"


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC, so the same passphrase typed on macOS (often NFD) and Windows gives the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def passphrase_wrapping_key(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(_passphrase_bytes(passphrase))


def recovery_wrapping_key(recovery_raw: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_RECOVERY_HKDF_INFO).derive(
        recovery_raw
    )


def key_check(data_key: bytes) -> str:
    """The file's ``key_check``: tells whether a data key belongs to it."""
    return hmac.new(data_key, _KEY_CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def belongs(doc: dict[str, Any], data_key: bytes) -> bool:
    return len(data_key) == DATA_KEY_BYTES and hmac.compare_digest(
        key_check(data_key), doc["key_check"]
    )


def aad(purpose: str, profile_id: str, kdf_entry: dict[str, Any] | None) -> bytes:
    """The associated data of the `purpose` wrap ("passphrase" or "recovery")."""
    bound: dict[str, Any] = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "purpose": purpose,
        "profile_id": profile_id,
    }
    if kdf_entry is not None:
        bound["kdf"] = kdf_entry
    return compact(bound)


def _wrap(wrapping_key: bytes, data_key: bytes, bound: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, data_key, bound)
    return {"cipher": CIPHER, "nonce": b64(nonce), "ciphertext": b64(ciphertext)}


def unwrap(wrapping_key: bytes, wrap: dict[str, Any], bound: bytes) -> bytes:
    """The data key, or InvalidTag if the wrapping key (or anything bound) is wrong."""
    nonce = base64.b64decode(wrap["nonce"])
    ciphertext = base64.b64decode(wrap["ciphertext"])
    return AESGCM(wrapping_key).decrypt(nonce, ciphertext, bound)


def passphrase_wrap(
    doc: dict[str, Any], data_key: bytes, passphrase: str, kdf: KdfParams
) -> tuple[dict[str, Any], bytes]:
    """New ``kdf`` and ``passphrase_wrap`` entries for `doc`; also the wrapping key."""
    salt = secrets.token_bytes(SALT_BYTES)
    kdf_entry = kdf_doc(kdf, salt)
    wrapping_key = passphrase_wrapping_key(passphrase, salt, kdf)
    bound = aad("passphrase", doc["profile_id"], kdf_entry)
    return {"kdf": kdf_entry, "passphrase_wrap": _wrap(wrapping_key, data_key, bound)}, wrapping_key


def recovery_wrap(doc: dict[str, Any], data_key: bytes, recovery_raw: bytes) -> dict[str, Any]:
    """A new ``recovery_wrap`` entry for `doc`."""
    bound = aad("recovery", doc["profile_id"], None)
    return _wrap(recovery_wrapping_key(recovery_raw), data_key, bound)
