"""The key file: the profile's data key, wrapped by the passphrase and by the recovery key.

The database is encrypted with a random 32-byte *data key* that never changes (changing the
passphrase never re-encrypts data). The key file keeps that data key twice, each time encrypted
with AES-256-GCM under a *wrapping key*:

- the passphrase wrap: wrapping key = Argon2id(passphrase (Unicode NFC, UTF-8), random 16-byte
  salt, the file's parameters);
- the recovery wrap: wrapping key = HKDF-SHA256(a random 32-byte recovery key), shown to the user
  once as text (`format_recovery_key`) to keep on paper.

Each wrap's AES-GCM associated data binds the file format, version, purpose and profile id, and
for the passphrase wrap also the Argon2id parameters and salt, so no part can be swapped or
weakened without the unlock failing.

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
Unlocking never writes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from veldwerk.domain.errors import DomainError
from veldwerk.files import remove_stale_temps, write_atomically

KEY_FILE_VERSION = 1
KEY_FILE_FORMAT = "veldwerk-key-file"
DATA_KEY_BYTES = 32
RECOVERY_KEY_BYTES = 32
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

_KEY_CHECK_LABEL = b"veldwerk key check v1"
_RECOVERY_HKDF_INFO = b"veldwerk recovery wrap v1"


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


# ---------------------------------------------------------------------------------------------
# Recovery key text: Crockford base32, 9 groups of 6, with a CRC-14 over the key.
#
# 256 key bits followed by 14 CRC bits make 270 bits = 54 characters. A CRC with a 14-bit
# generator catches every error confined to 14 consecutive bits, so every single mistyped
# character (5 bits) and every swap of two neighbouring characters (10 bits) is caught for
# certain; other typos slip through about once in 16,000.

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_DECODE: dict[str, int] = {ch: i for i, ch in enumerate(_CROCKFORD)}
_CROCKFORD_DECODE.update({"O": 0, "I": 1, "L": 1})
_CRC_BITS = 14
_CRC_POLY = (1 << 14) | 0x0805  # CRC-14/DARC: x^14 + x^11 + x^2 + 1
_RECOVERY_CHARS = (RECOVERY_KEY_BYTES * 8 + _CRC_BITS) // 5
_GROUP = 6
_SEPARATORS = frozenset(" \t\r\n-_.\u2010\u2011\u2012\u2013\u2014")


def _crc14(value: int, bits: int) -> int:
    register = value << _CRC_BITS
    for bit in range(bits + _CRC_BITS - 1, _CRC_BITS - 1, -1):
        if register >> bit & 1:
            register ^= _CRC_POLY << (bit - _CRC_BITS)
    return register


def format_recovery_key(raw: bytes) -> str:
    """The 32-byte recovery key as text to write down: 9 groups of 6 characters from
    ``0-9 A-Z`` without I, L, O and U, e.g. ``7K3M9Q-...``; the last characters carry a
    checksum."""
    if len(raw) != RECOVERY_KEY_BYTES:
        raise ValueError(f"a recovery key is {RECOVERY_KEY_BYTES} bytes")
    number = int.from_bytes(raw, "big")
    value = (number << _CRC_BITS) | _crc14(number, RECOVERY_KEY_BYTES * 8)
    chars = [
        _CROCKFORD[(value >> (5 * (_RECOVERY_CHARS - 1 - i))) & 31] for i in range(_RECOVERY_CHARS)
    ]
    text = "".join(chars)
    return "-".join(text[i : i + _GROUP] for i in range(0, len(text), _GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The recovery key from what the user typed: spaces and dashes are ignored, lower case is
    fine, O is read as 0 and I or L as 1. A typo gives DomainError ``key.bad_recovery_format``."""
    value = 0
    count = 0
    for ch in text.upper():
        if ch in _SEPARATORS:
            continue
        digit = _CROCKFORD_DECODE.get(ch)
        if digit is None:
            raise _bad_recovery_format()
        value = (value << 5) | digit
        count += 1
    if count != _RECOVERY_CHARS:
        raise _bad_recovery_format()
    number, crc = value >> _CRC_BITS, value & ((1 << _CRC_BITS) - 1)
    if crc != _crc14(number, RECOVERY_KEY_BYTES * 8):
        raise _bad_recovery_format()
    return number.to_bytes(RECOVERY_KEY_BYTES, "big")


def _bad_recovery_format() -> DomainError:
    return DomainError("key.bad_recovery_format", "recovery_key")


# ---------------------------------------------------------------------------------------------
# Wrapping keys and associated data


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC, so the same passphrase typed on macOS (often NFD) and Windows gives the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def _passphrase_wrapping_key(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(_passphrase_bytes(passphrase))


def _recovery_wrapping_key(recovery_raw: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_RECOVERY_HKDF_INFO).derive(
        recovery_raw
    )


def _key_check(data_key: bytes) -> str:
    return hmac.new(data_key, _KEY_CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def _compact(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _aad(purpose: str, profile_id: str, kdf_doc: dict[str, Any] | None) -> bytes:
    bound: dict[str, Any] = {
        "format": KEY_FILE_FORMAT,
        "version": KEY_FILE_VERSION,
        "purpose": purpose,
        "profile_id": profile_id,
    }
    if kdf_doc is not None:
        bound["kdf"] = kdf_doc
    return _compact(bound)


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _wrap(wrapping_key: bytes, data_key: bytes, aad: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, data_key, aad)
    return {"cipher": CIPHER, "nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}


def _unwrap(wrapping_key: bytes, wrap: dict[str, Any], aad: bytes) -> bytes:
    """The data key, or InvalidTag if the wrapping key (or anything bound) is wrong."""
    nonce = base64.b64decode(wrap["nonce"])
    ciphertext = base64.b64decode(wrap["ciphertext"])
    return AESGCM(wrapping_key).decrypt(nonce, ciphertext, aad)


def _kdf_doc(kdf: KdfParams, salt: bytes) -> dict[str, Any]:
    return {
        "name": KDF_NAME,
        "memory_kib": kdf.memory_kib,
        "iterations": kdf.iterations,
        "lanes": kdf.lanes,
        "salt": _b64(salt),
    }


def _passphrase_wrap(
    doc: dict[str, Any], data_key: bytes, passphrase: str, kdf: KdfParams
) -> tuple[dict[str, Any], bytes]:
    """New ``kdf`` and ``passphrase_wrap`` entries for `doc`; also the wrapping key."""
    salt = secrets.token_bytes(SALT_BYTES)
    kdf_doc = _kdf_doc(kdf, salt)
    wrapping_key = _passphrase_wrapping_key(passphrase, salt, kdf)
    aad = _aad("passphrase", doc["profile_id"], kdf_doc)
    return {"kdf": kdf_doc, "passphrase_wrap": _wrap(wrapping_key, data_key, aad)}, wrapping_key


def _recovery_wrap(doc: dict[str, Any], data_key: bytes, recovery_raw: bytes) -> dict[str, Any]:
    aad = _aad("recovery", doc["profile_id"], None)
    return _wrap(_recovery_wrapping_key(recovery_raw), data_key, aad)


# ---------------------------------------------------------------------------------------------
# Reading and writing the file


def _checksum(doc: dict[str, Any]) -> str:
    rest = {k: v for k, v in doc.items() if k != "checksum"}
    return "sha256:" + hashlib.sha256(_compact(rest)).hexdigest()


def _serialize(doc: dict[str, Any]) -> bytes:
    sealed = dict(doc)
    sealed["checksum"] = _checksum(doc)
    return (json.dumps(sealed, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("ascii")


def _damaged() -> DomainError:
    return DomainError("key.file_damaged")


def _read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DomainError("profile.missing", params={"path": str(path.parent)}) from None
    except OSError as exc:  # a folder, no permission, an I/O error: unreadable
        raise _damaged() from exc
    if len(data) > MAX_KEY_FILE_BYTES:
        raise _damaged()
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


def _kdf_params_of(kdf_doc: Any) -> KdfParams | None:
    """The Argon2id parameters of a key file's ``kdf`` entry, or None if it is not valid."""
    if not (
        isinstance(kdf_doc, dict)
        and set(kdf_doc) == {"name", "memory_kib", "iterations", "lanes", "salt"}
        and kdf_doc["name"] == KDF_NAME
        and _is_b64(kdf_doc["salt"], SALT_BYTES)
        and all(_is_int(kdf_doc[k]) for k in ("memory_kib", "iterations", "lanes"))
    ):
        return None
    params = KdfParams(kdf_doc["memory_kib"], kdf_doc["iterations"], kdf_doc["lanes"])
    try:
        params.validate()
    except ValueError:
        return None
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


def _load(path: Path) -> dict[str, Any]:
    """The key file's document, checked; raises key.file_damaged, key.file_newer or
    profile.missing. Never runs the KDF."""
    data = _read_bytes(path)
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _damaged() from None
    if not isinstance(doc, dict) or doc.get("format") != KEY_FILE_FORMAT:
        raise _damaged()
    if "checksum" in doc and doc["checksum"] != _checksum(doc):
        raise _damaged()
    version = doc.get("version")
    if not _is_int(version):
        raise _damaged()
    if version > KEY_FILE_VERSION:
        raise DomainError("key.file_newer")
    if (
        version != KEY_FILE_VERSION
        or set(doc) != _V1_FIELDS
        or not _is_hex(doc["profile_id"], 32)
        or not _is_hex(doc["key_check"], 32)
        or _kdf_params_of(doc["kdf"]) is None
        or not _valid_wrap(doc["passphrase_wrap"])
        or not _valid_wrap(doc["recovery_wrap"])
        or _serialize(doc) != data
    ):
        raise _damaged()
    return doc


def _belongs(doc: dict[str, Any], data_key: bytes) -> bool:
    return len(data_key) == DATA_KEY_BYTES and hmac.compare_digest(
        _key_check(data_key), doc["key_check"]
    )


def _accept_data_key(doc: dict[str, Any], data_key: bytes) -> bytes:
    if not _belongs(doc, data_key):
        raise _damaged()
    return data_key


def _write_new(path: Path, doc: dict[str, Any]) -> None:
    try:
        write_atomically(path, _serialize(doc), exclusive=True)
    except FileExistsError:
        raise DomainError("profile.exists", params={"path": str(path.parent)}) from None
    except PermissionError as exc:
        raise DomainError("profile.not_writable", params={"path": str(path.parent)}) from exc


def _replace(path: Path, doc: dict[str, Any]) -> None:
    remove_stale_temps(path)
    try:
        write_atomically(path, _serialize(doc))
    except PermissionError as exc:
        raise DomainError("profile.not_writable", params={"path": str(path.parent)}) from exc


def _check_belongs(doc: dict[str, Any], data_key: bytes) -> None:
    if not _belongs(doc, data_key):
        raise ValueError("this data key does not belong to this key file")


# ---------------------------------------------------------------------------------------------
# Public API


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
        "key_check": _key_check(data_key),
    }
    entries, _ = _passphrase_wrap(doc, data_key, passphrase, kdf)
    doc.update(entries)
    doc["recovery_wrap"] = _recovery_wrap(doc, data_key, recovery_raw)
    _write_new(path, doc)
    return data_key, format_recovery_key(recovery_raw)


def unlock_with_passphrase(path: Path, passphrase: str) -> bytes:
    """The data key. Raises key.wrong_passphrase, key.file_damaged, key.file_newer or
    profile.missing. Never writes."""
    doc = _load(Path(path))
    kdf_doc = doc["kdf"]
    params = _kdf_params_of(kdf_doc)
    assert params is not None  # checked by _load
    salt = base64.b64decode(kdf_doc["salt"])
    wrapping_key = _passphrase_wrapping_key(passphrase, salt, params)
    try:
        data_key = _unwrap(
            wrapping_key, doc["passphrase_wrap"], _aad("passphrase", doc["profile_id"], kdf_doc)
        )
    except InvalidTag:
        raise DomainError("key.wrong_passphrase", "passphrase") from None
    return _accept_data_key(doc, data_key)


def unlock_with_recovery_key(path: Path, recovery_key: str) -> bytes:
    """The data key. Raises key.bad_recovery_format (a typo), key.wrong_recovery_key,
    key.file_damaged, key.file_newer or profile.missing. Never writes."""
    doc = _load(Path(path))
    recovery_raw = parse_recovery_key(recovery_key)
    try:
        data_key = _unwrap(
            _recovery_wrapping_key(recovery_raw),
            doc["recovery_wrap"],
            _aad("recovery", doc["profile_id"], None),
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
    doc = _load(path)
    _check_belongs(doc, data_key)
    if kdf is None:
        current = _kdf_params_of(doc["kdf"])
        assert current is not None  # checked by _load
        kdf = kdf_at_least_default(current)
    kdf.validate()
    new_doc = {k: v for k, v in doc.items() if k != "checksum"}
    entries, wrapping_key = _passphrase_wrap(new_doc, data_key, new_passphrase, kdf)
    new_doc.update(entries)
    # Read the new wrap back before it replaces the old one.
    aad = _aad("passphrase", new_doc["profile_id"], new_doc["kdf"])
    if _unwrap(wrapping_key, new_doc["passphrase_wrap"], aad) != data_key:
        raise RuntimeError("the new passphrase wrap does not give the data key back")
    _replace(path, new_doc)


def replace_recovery_key(path: Path, data_key: bytes) -> str:
    """Make a new recovery key (the old one stops working) and return its text; for a user who
    lost the paper. The passphrase wrap stays. Atomic, like `change_passphrase`."""
    path = Path(path)
    doc = _load(path)
    _check_belongs(doc, data_key)
    recovery_raw = secrets.token_bytes(RECOVERY_KEY_BYTES)
    new_doc = {k: v for k, v in doc.items() if k != "checksum"}
    new_doc["recovery_wrap"] = _recovery_wrap(new_doc, data_key, recovery_raw)
    _replace(path, new_doc)
    return format_recovery_key(recovery_raw)


def key_file_info(path: Path) -> dict[str, Any]:
    """What `check` and the benchmark may show about a key file, no secrets: format, version,
    profile id, cipher, Argon2id parameters and whether they reach DEFAULT_KDF. Raises like an
    unlock for a damaged, newer or missing file."""
    doc = _load(Path(path))
    params = _kdf_params_of(doc["kdf"])
    assert params is not None  # checked by _load
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
