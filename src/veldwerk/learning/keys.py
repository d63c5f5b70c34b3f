"""Keys around the learning bundle.

- The profile's signing key (Ed25519): made once per profile, kept inside the encrypted store as
  its 32 raw bytes (`signing_key_to_bytes` / `signing_key_from_bytes`).
- The coordinator's key pair (X25519), made by the coordinator with `veldwerk coordinator-keygen
  DIR`: ``coordinator-private.pem`` (PKCS #8, file mode 0600, optionally with a passphrase) stays
  with the coordinator; ``coordinator-public.pem`` (SubjectPublicKeyInfo) goes to every profile
  that should encrypt its bundles to it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from veldwerk.files import write_atomically
from veldwerk.learning.errors import KeyFileError

PRIVATE_KEY_FILE = "coordinator-private.pem"
PUBLIC_KEY_FILE = "coordinator-public.pem"
MAX_KEY_FILE_BYTES = 64 * 1024


def generate_signing_key() -> Ed25519PrivateKey:
    """A new Ed25519 signing key for a profile."""
    return Ed25519PrivateKey.generate()


def signing_key_to_bytes(key: Ed25519PrivateKey) -> bytes:
    """The 32 raw bytes of the signing key, to keep inside the encrypted store."""
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def signing_key_from_bytes(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(raw)


def ed25519_public_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The 32 raw bytes of the (public half of the) signing key, as carried in every bundle."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def x25519_public_bytes(key: X25519PrivateKey | X25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, X25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def coordinator_key_fingerprint(key: X25519PrivateKey | X25519PublicKey) -> str:
    """SHA-256 of the coordinator's raw public key, hex: the ``recipient`` of encrypted bundles,
    and what to compare by phone when handing the public key over."""
    return hashlib.sha256(x25519_public_bytes(key)).hexdigest()


def generate_coordinator_keypair(
    directory: Path, *, passphrase: bytes | None = None
) -> tuple[Path, Path]:
    """Make the coordinator's key pair in `directory` (created if needed): the private key file
    (mode 0600, encrypted with `passphrase` when given) and the public key file. Existing key
    files are never overwritten."""
    directory.mkdir(parents=True, exist_ok=True)
    private_path = directory / PRIVATE_KEY_FILE
    public_path = directory / PUBLIC_KEY_FILE
    for path in (private_path, public_path):
        if path.exists():
            raise KeyFileError("learning.key_file_exists", "", {"path": str(path)})
    key = X25519PrivateKey.generate()
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    write_atomically(private_path, private_pem, 0o600, exclusive=True)
    write_atomically(public_path, public_pem, 0o644, exclusive=True)
    return private_path, public_path


def _read_key_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise KeyFileError("learning.key_file_wrong", "", {"path": str(path)})
        return path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError("learning.key_file_missing", "", {"path": str(path)}) from None
    except IsADirectoryError:
        raise KeyFileError("learning.key_file_wrong", "", {"path": str(path)}) from None


def load_coordinator_public_key(path: Path) -> X25519PublicKey:
    """The coordinator's public key from its PEM file, with a clear error for anything else
    (the private key file, a signing key, a certificate, any other file)."""
    data = _read_key_file(path)
    if b"PRIVATE KEY-----" in data:
        raise KeyFileError("learning.key_file_is_private", "", {"path": str(path)})
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError):
        raise KeyFileError("learning.key_file_wrong", "", {"path": str(path)}) from None
    if not isinstance(key, X25519PublicKey):
        raise KeyFileError("learning.key_file_wrong", "", {"path": str(path)})
    return key


def load_coordinator_private_key(
    path: Path, *, passphrase: bytes | None = None
) -> X25519PrivateKey:
    """The coordinator's private key from its PEM file, with clear errors for the public key
    file, a missing or wrong passphrase, and any other file."""
    data = _read_key_file(path)
    if b"PUBLIC KEY-----" in data and b"PRIVATE KEY-----" not in data:
        raise KeyFileError("learning.key_file_is_public", "", {"path": str(path)})
    encrypted = b"ENCRYPTED PRIVATE KEY-----" in data
    if encrypted and not passphrase:
        raise KeyFileError("learning.key_file_needs_passphrase", "", {"path": str(path)})
    try:
        key = serialization.load_pem_private_key(data, password=passphrase if encrypted else None)
    except (ValueError, TypeError):
        code = "learning.key_file_wrong_passphrase" if encrypted else "learning.key_file_wrong"
        raise KeyFileError(code, "", {"path": str(path)}) from None
    if not isinstance(key, X25519PrivateKey):
        raise KeyFileError("learning.key_file_wrong", "", {"path": str(path)})
    return key
