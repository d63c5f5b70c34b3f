"""The list of trusted installation keys (``--trusted-keys DIR``).

Every visible file in the folder holds one or more installation public keys (Ed25519), each either
as 64 hex digits on a line of its own (the ``public_key`` of the installation's bundles; lines
starting with ``#`` are comments) or as a PEM public key. When a list is given, a bundle signed
with any other key is refused (``untrusted_key``), before its enrolment is even considered.
"""

from __future__ import annotations

import re
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from veldwerk.domain.errors import DomainError

MAX_KEY_FILE_BYTES = 1024 * 1024
_HEX_KEY = re.compile(r"^[0-9a-fA-F]{64}$")


def keys_in_text(data: bytes) -> set[str] | None:
    """The keys in one file's bytes (lower-case hex), or None when it is not a key file."""
    if b"-----BEGIN PUBLIC KEY-----" in data:
        try:
            key = serialization.load_pem_public_key(data)
        except (ValueError, TypeError):
            return None
        if not isinstance(key, Ed25519PublicKey):
            return None
        raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return {raw.hex()}
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    keys: set[str] = set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not _HEX_KEY.match(line):
            return None
        keys.add(line.lower())
    return keys or None


def load_trusted_keys(folder: Path) -> frozenset[str]:
    """Every key in `folder`; DomainError when the folder is missing, holds a file that is not
    a key file, or holds no key at all."""
    if not folder.is_dir():
        raise DomainError("coordinator.folder_missing", "trusted_keys", {"path": str(folder)})
    keys: set[str] = set()
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        found = None
        if path.stat().st_size <= MAX_KEY_FILE_BYTES:
            found = keys_in_text(path.read_bytes())
        if found is None:
            raise DomainError(
                "coordinator.trusted_keys_unreadable", "trusted_keys", {"path": str(path)}
            )
        keys |= found
    if not keys:
        raise DomainError("coordinator.trusted_keys_empty", "trusted_keys", {"path": str(folder)})
    return frozenset(keys)
