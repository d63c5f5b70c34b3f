"""The learning bundle: one file per export, signed, and always encrypted to the coordinator.

A bundle file is an envelope whose ``sealed`` member holds a complete plain bundle, encrypted
with HPKE (RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM) to the
coordinator's public key. The plain bundle inside is one JSON object in the canonical encoding
(`canonical.py`)::

    {"format":"veldwerk-learning-bundle","header":{...},"public_key":"<hex>",
     "records":[...],"signature":"<hex>","version":2}

The signature (Ed25519, the profile's key) is over the exact bytes with the member
``,"signature":"<128 hex digits>"`` taken out, which is the canonical encoding of the object
without its signature. So every byte is covered: change one and the bundle is refused. The
envelope is signed the same way, so damage is told apart from a wrong key before anything is
decrypted. No plain bundle is ever written for delivery: `build_bundle` needs the coordinator's
key, and the reading side refuses a plain bundle outside an envelope (``not_encrypted``).
`docs/learning-bundle.md` has the full format and how to check a bundle with nothing but the
`cryptography` package.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from veldwerk.learning.canonical import canonical_json
from veldwerk.learning.errors import REASONS, BundleError
from veldwerk.learning.keys import (
    coordinator_key_fingerprint,
    ed25519_public_bytes,
    generate_coordinator_keypair,
    generate_signing_key,
    load_coordinator_private_key,
    load_coordinator_public_key,
)
from veldwerk.strict_json import JsonLoadError, SchemaCheck, compile_schema, load_json

__all__ = [
    "FORMAT",
    "VERSION",
    "REASONS",
    "Bundle",
    "BundleError",
    "BundleHeader",
    "BundleLabel",
    "build_bundle",
    "bundle_file_name",
    "generate_coordinator_keypair",
    "generate_signing_key",
    "load_coordinator_private_key",
    "load_coordinator_public_key",
    "new_installation_id",
    "peek",
    "read_bundle",
]

FORMAT = "veldwerk-learning-bundle"
VERSION = 2
"""Version 2 (this one): always encrypted, a fresh pseudonym per bundle, the month only, time in
bands from the opening quarter. Version 1 is no longer read (`docs/learning-bundle.md`)."""
FILE_SUFFIX = ".vwlb"
HPKE_SUITE_NAME = "DHKEM(X25519, HKDF-SHA256)/HKDF-SHA256/AES-256-GCM"
HPKE_INFO = f"{FORMAT}/{VERSION}".encode("ascii")
SCHEMA_RESOURCE = "learning_bundle.schema.json"

_MAGIC = b'{"format":"' + FORMAT.encode("ascii") + b'",'
_TAIL = re.compile(rb',"signature":"([0-9a-f]{128})","version":(0|[1-9][0-9]{0,8})\}\Z')
_TAIL_WINDOW = 200
_INSTALLATION_ID = re.compile(r"^[0-9a-f]{32}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
_MAX_JSON_BYTES = 256 * 1024 * 1024
"""No bundle file the coordinator takes is larger (`coordinator.scan.MAX_FILE_BYTES`)."""


@dataclass(frozen=True)
class BundleHeader:
    format: str
    version: int
    installation_id: str
    region: str
    sequence: int
    created: str
    """The month the bundle was made in, ``YYYY-MM`` (``2026-05``): never the day or time."""
    record_count: int

    @property
    def created_month(self) -> date:
        """The first day of the month the bundle was made in."""
        return date(int(self.created[:4]), int(self.created[5:7]), 1)


@dataclass(frozen=True)
class Bundle:
    """A bundle the reading side accepted: signature checked, decrypted when needed, valid."""

    header: BundleHeader
    records: list[dict[str, Any]]
    public_key: bytes
    """The installation's raw Ed25519 public key (32 bytes) that signed it."""
    encrypted: bool


@dataclass(frozen=True)
class BundleLabel:
    """What the outside of a bundle says, read without checking anything (for file names)."""

    installation_id: str
    sequence: int
    encrypted: bool


def new_installation_id() -> str:
    """A random installation id (32 lower-case hex digits), made once per profile."""
    import secrets

    return secrets.token_hex(16)


def bundle_file_name(installation_id: str, sequence: int) -> str:
    """``<installation_id>-<sequence:08d>.vwlb``."""
    return f"{installation_id}-{sequence:08d}{FILE_SUFFIX}"


def created_month(day: date) -> str:
    """The ``created`` value of a bundle made on `day`: its month, ``YYYY-MM``."""
    return f"{day.year:04d}-{day.month:02d}"


def _sign(unsigned: dict[str, Any], key: Ed25519PrivateKey) -> bytes:
    """The canonical encoding of `unsigned` with its signature spliced in before ``version``
    (the last key in sorted order)."""
    body = canonical_json(unsigned)
    suffix = b',"version":' + str(unsigned["version"]).encode("ascii") + b"}"
    if not body.endswith(suffix):
        raise AssertionError("version must be the last member")
    signature = key.sign(body).hex().encode("ascii")
    return body[: -len(suffix)] + b',"signature":"' + signature + b'"' + suffix


def _check_header(installation_id: str, region: str, sequence: int) -> None:
    if not _INSTALLATION_ID.match(installation_id):
        raise ValueError("installation_id must be 32 lower-case hex digits")
    if isinstance(sequence, bool) or not isinstance(sequence, int) or not 1 <= sequence <= 99999999:
        raise ValueError("sequence must be an integer from 1 to 99999999")
    if not region or len(region) > 80:
        raise ValueError("region must be 1 to 80 characters")


def _plain_bundle(
    records: list[dict[str, Any]],
    *,
    installation_id: str,
    region: str,
    sequence: int,
    created: date,
    signing_key: Ed25519PrivateKey,
) -> bytes:
    """The signed plain bundle that goes inside the envelope (never delivered on its own)."""
    _check_header(installation_id, region, sequence)
    return _sign(
        {
            "format": FORMAT,
            "version": VERSION,
            "header": {
                "installation_id": installation_id,
                "region": region,
                "sequence": sequence,
                "created": created_month(created),
                "record_count": len(records),
            },
            "records": sorted(records, key=lambda r: str(r.get("pseudonym", ""))),
            "public_key": ed25519_public_bytes(signing_key).hex(),
        },
        signing_key,
    )


def build_bundle(
    records: list[dict[str, Any]],
    *,
    installation_id: str,
    region: str,
    sequence: int,
    created: date,
    signing_key: Ed25519PrivateKey,
    coordinator_key: X25519PublicKey,
) -> bytes:
    """The bundle file's bytes: `records` (sorted by pseudonym, so their order says nothing)
    under a header, signed with `signing_key`, encrypted to `coordinator_key` and wrapped in a
    signed envelope. Of `created` (the export day) only the month is written. There is no plain
    bundle for delivery: without the coordinator's key no bundle can be made."""
    if not isinstance(coordinator_key, X25519PublicKey):
        raise TypeError("coordinator_key must be the coordinator's X25519 public key")
    plain = _plain_bundle(
        records,
        installation_id=installation_id,
        region=region,
        sequence=sequence,
        created=created,
        signing_key=signing_key,
    )
    sealed = _SUITE.encrypt(plain, coordinator_key, info=HPKE_INFO)
    return _sign(
        {
            "format": FORMAT,
            "version": VERSION,
            "hpke": HPKE_SUITE_NAME,
            "installation_id": installation_id,
            "sequence": sequence,
            "recipient": coordinator_key_fingerprint(coordinator_key),
            "sealed": base64.b64encode(sealed).decode("ascii"),
            "public_key": ed25519_public_bytes(signing_key).hex(),
        },
        signing_key,
    )


# --- reading ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def bundle_schema() -> dict[str, Any]:
    """The shipped JSON Schema (`learning_bundle.schema.json`)."""
    text = resources.files("veldwerk.learning").joinpath(SCHEMA_RESOURCE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@lru_cache(maxsize=2)
def _checker(definition: str) -> SchemaCheck:
    return compile_schema(bundle_schema(), definition=definition)


def schema_problem(obj: Any) -> str | None:
    """The first rule of the shipped JSON Schema that `obj` (a parsed bundle file) breaks, as
    ``"<place>: <keyword>"`` (``records[3].journey[0].type: enum``), or None when it is valid."""
    if not isinstance(obj, dict):
        return "(top): type"
    error = _checker("encrypted_bundle" if "sealed" in obj else "plain_bundle").first_error(obj)
    return None if error is None else str(error)


def _loads(data: bytes) -> Any:
    """Strict JSON: UTF-8, no NaN or Infinity, no member name twice (`strict_json.load`)."""
    return load_json(data, max_bytes=_MAX_JSON_BYTES)


def _broken(data: bytes) -> BundleError:
    """Why a file that starts like a bundle has no valid ending: cut off, or damaged."""
    try:
        _loads(data)
    except JsonLoadError as exc:
        if exc.kind == "syntax" and exc.cut_off:
            return BundleError("truncated", f"{len(data)} bytes")
        return BundleError("damaged", f"not valid JSON: {exc}")
    return BundleError("damaged", "the signature is missing or malformed")


def _open_signed(data: bytes, expected_public_key: bytes | None) -> tuple[dict[str, Any], bytes]:
    """The verified object of a signed file (plain bundle or envelope) and its signer's key."""
    if not data:
        raise BundleError("truncated", "empty file")
    if not data.startswith(_MAGIC):
        if _MAGIC.startswith(data):
            raise BundleError("truncated", f"{len(data)} bytes")
        raise BundleError("not_a_bundle", "")
    tail_start = max(0, len(data) - _TAIL_WINDOW)
    tail = _TAIL.search(data, tail_start)
    if tail is None:
        raise _broken(data)
    version = int(tail.group(2))
    if version != VERSION:
        raise BundleError("unknown_version", str(version))
    signed = data[: tail.start()] + b',"version":' + tail.group(2) + b"}"
    try:
        obj = _loads(signed)
    except JsonLoadError as exc:
        raise BundleError("damaged", f"not valid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise BundleError("damaged", "not a JSON object")
    public_hex = obj.get("public_key")
    if not isinstance(public_hex, str) or not _HEX64.match(public_hex):
        raise BundleError("damaged", "no valid public key")
    public_raw = bytes.fromhex(public_hex)
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(
            bytes.fromhex(tail.group(1).decode("ascii")), signed
        )
    except (InvalidSignature, ValueError):
        raise BundleError("bad_signature", "") from None
    if expected_public_key is not None and public_raw != expected_public_key:
        raise BundleError("unknown_signer", "")
    obj["signature"] = tail.group(1).decode("ascii")
    problem = schema_problem(obj)
    if problem is not None:
        raise BundleError("schema", problem)
    return obj, public_raw


def _header(obj: dict[str, Any]) -> BundleHeader:
    h = obj["header"]
    if h["record_count"] != len(obj["records"]):
        raise BundleError("schema", "header/record_count does not match the records")
    return BundleHeader(
        format=obj["format"],
        version=obj["version"],
        installation_id=h["installation_id"],
        region=h["region"],
        sequence=h["sequence"],
        created=h["created"],
        record_count=h["record_count"],
    )


def read_bundle(
    data: bytes,
    *,
    coordinator_private_key: X25519PrivateKey | None = None,
    expected_public_key: bytes | None = None,
) -> Bundle:
    """Check and open a bundle file's bytes. Raises `BundleError` with a clear reason:
    ``not_a_bundle``, ``truncated``, ``damaged``, ``unknown_version``, ``bad_signature``,
    ``unknown_signer`` (signed by another key than `expected_public_key`), ``schema``,
    ``not_encrypted`` (a plain bundle outside an envelope: never delivered, never taken),
    ``encrypted_no_key``, ``wrong_key`` or ``mismatch``. The JSON Schema is checked after the
    signature, on the outer envelope and on the decrypted bundle."""
    obj, public_raw = _open_signed(data, expected_public_key)
    if "sealed" not in obj:
        raise BundleError("not_encrypted", "")
    if coordinator_private_key is None:
        raise BundleError("encrypted_no_key", "")
    if obj["recipient"] != coordinator_key_fingerprint(coordinator_private_key):
        raise BundleError("wrong_key", "")
    try:
        sealed = base64.b64decode(obj["sealed"], validate=True)
        plain = _SUITE.decrypt(sealed, coordinator_private_key, info=HPKE_INFO)
    except (binascii.Error, ValueError):
        raise BundleError("damaged", "the sealed part is not valid base64") from None
    except InvalidTag:
        raise BundleError("damaged", "the sealed part cannot be decrypted") from None
    try:
        inner, inner_public = _open_signed(plain, public_raw)
    except BundleError as exc:
        if exc.reason == "unknown_signer":
            raise BundleError("mismatch", "signed by another key inside") from None
        raise BundleError(exc.reason, f"inside: {exc.detail}".rstrip(": ")) from None
    if "sealed" in inner:
        raise BundleError("damaged", "an encrypted bundle inside an encrypted bundle")
    header = _header(inner)
    if (header.installation_id, header.sequence) != (obj["installation_id"], obj["sequence"]):
        raise BundleError("mismatch", "installation or sequence differ inside")
    return Bundle(header, inner["records"], inner_public, encrypted=True)


def peek(data: bytes) -> BundleLabel:
    """Installation id, sequence and whether it is encrypted, read from a bundle's outside
    without checking the signature (to name its file). Raises `BundleError` when it is not a
    bundle at all."""
    if not data.startswith(_MAGIC):
        raise BundleError("not_a_bundle", "")
    try:
        obj = _loads(data)
        if "sealed" in obj:
            return BundleLabel(str(obj["installation_id"]), int(obj["sequence"]), True)
        header = obj["header"]
        return BundleLabel(str(header["installation_id"]), int(header["sequence"]), False)
    except (ValueError, KeyError, TypeError):
        raise BundleError("damaged", "no installation id or sequence") from None
