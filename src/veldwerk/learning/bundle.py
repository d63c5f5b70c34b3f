"""The learning bundle: one file per export, signed, and always encrypted to the coordinator.

The file is an envelope (`envelope.py`, envelope version 2): a marker line, a short header line
(installation, sequence, signing key, encryption), the payload, and an Ed25519 signature over
all of that. The payload is the *plain bundle* (bundle version 2), one JSON object in the
canonical encoding (`canonical.py`)::

    {"format":"veldwerk-learning-bundle","header":{...},"public_key":"<hex>",
     "records":[...],"version":2}

encrypted with HPKE (RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM) to
the coordinator's public key. No bundle is ever made without it: `build_bundle` needs the
coordinator's key, and the reading side refuses a verified envelope whose payload is not encrypted
(``not_encrypted``). Reading verifies the envelope's signature first (bounded work to find it, no
copy of the file), then decrypts, then parses the payload, which must be exactly the canonical
encoding of what it holds, then checks the version and the JSON Schema. `docs/learning-bundle.md`
has the full format and how to check a bundle with nothing but the `cryptography` package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from veldwerk.learning.canonical import NotCanonical, canonical_json, parse_canonical
from veldwerk.learning.envelope import Envelope, open_envelope, read_header, seal
from veldwerk.learning.errors import REASONS, BundleError
from veldwerk.learning.keys import (
    ed25519_public_bytes,
    generate_coordinator_keypair,
    generate_signing_key,
    load_coordinator_private_key,
    load_coordinator_public_key,
)
from veldwerk.learning.schema import bundle_schema, schema_check

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
    "bundle_schema",
    "generate_coordinator_keypair",
    "generate_signing_key",
    "load_coordinator_private_key",
    "load_coordinator_public_key",
    "new_installation_id",
    "peek",
    "read_bundle",
]

FORMAT = "veldwerk-learning-bundle"
VERSION = 3
"""The plain bundle's (the payload's) version; the envelope has its own (`envelope.py`). Version
3 (this one): version 2 and every record's `closing_reason`. Version 2: always encrypted, a
fresh pseudonym per family in every bundle, the month only, time in 4-week bands from the
opening quarter. Version 1 is no longer read (`docs/learning-bundle.md`)."""
READ_VERSIONS: tuple[int, ...] = (2, 3)
"""The versions a reader takes: version 2 bundles (made before version 3) are still read."""
ADDED_IN_3: tuple[str, ...] = ("closing_reason",)
"""The record members version 3 added: in every record of version 3, in none of version 2."""
FILE_SUFFIX = ".vwlb"

MAX_VALUES = 1_500_000
"""The most JSON values a plain bundle may hold (a record of eight events has about 200): counted
before parsing, so opening even a signed file makes a bounded number of objects. Large enough
for any bundle that fits `envelope.MAX_BUNDLE_BYTES` (real records take about 9 bytes a value)."""

_INSTALLATION_ID = re.compile(r"^[0-9a-f]{32}$")


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


def build_bundle(
    records: list[dict[str, Any]],
    *,
    installation_id: str,
    region: str,
    sequence: int,
    created: date,
    signing_key: Ed25519PrivateKey,
    coordinator_key: X25519PublicKey,
    version: int = VERSION,
) -> bytes:
    """The bundle file's bytes: `records` (sorted by pseudonym, so their order says nothing)
    under a header, encrypted to `coordinator_key`, in an envelope signed with `signing_key`.
    Of `created` (the export day) only the month is written. There is no plain bundle for
    delivery: without the coordinator's key no bundle can be made. `version` 2 (for the
    coordinator's tests of older bundles) leaves out what version 3 added."""
    if not isinstance(coordinator_key, X25519PublicKey):
        raise TypeError("coordinator_key must be the coordinator's X25519 public key")
    if not _INSTALLATION_ID.match(installation_id):
        raise ValueError("installation_id must be 32 lower-case hex digits")
    if isinstance(sequence, bool) or not isinstance(sequence, int) or not 1 <= sequence <= 99999999:
        raise ValueError("sequence must be an integer from 1 to 99999999")
    if not region or len(region) > 80:
        raise ValueError("region must be 1 to 80 characters")
    if version not in READ_VERSIONS:
        raise ValueError(f"version must be one of {READ_VERSIONS}")
    if version == 2:
        records = [{k: v for k, v in r.items() if k not in ADDED_IN_3} for r in records]
    public_hex = ed25519_public_bytes(signing_key).hex()
    plain = canonical_json(
        {
            "format": FORMAT,
            "version": version,
            "header": {
                "installation_id": installation_id,
                "region": region,
                "sequence": sequence,
                "created": created_month(created),
                "record_count": len(records),
            },
            "records": sorted(records, key=lambda r: str(r.get("pseudonym", ""))),
            "public_key": public_hex,
        }
    )
    return seal(
        plain,
        installation_id=installation_id,
        sequence=sequence,
        signing_key=signing_key,
        recipient=coordinator_key,
    )


# --- reading ------------------------------------------------------------------------------


def schema_problem(obj: Any) -> str | None:
    """The first rule of the shipped JSON Schema that `obj` (a parsed plain bundle) breaks, as
    ``"<place>: <keyword>"`` (``records[3].journey[0].type: enum``), or None when it is valid."""
    error = schema_check("plain_bundle").first_error(obj)
    return None if error is None else str(error)


def _payload(plain: bytes | memoryview, envelope: Envelope) -> dict[str, Any]:
    """The plain bundle the verified `envelope` carries: canonical, this version, valid, and
    about the installation, sequence and signer the envelope names."""
    try:
        obj = parse_canonical(plain, max_values=MAX_VALUES)
    except NotCanonical as exc:
        reason = "damaged" if exc.syntax else "not_canonical"
        raise BundleError(reason, exc.detail, verified=True) from None
    if not isinstance(obj, dict):
        raise BundleError("schema", "(top): type", verified=True)
    version = obj.get("version")
    known = isinstance(version, int) and not isinstance(version, bool)
    if obj.get("format") == FORMAT and known and version not in READ_VERSIONS:
        raise BundleError("unknown_version", str(version)[:20], verified=True)
    problem = schema_problem(obj) or _version_problem(obj)
    if problem is not None:
        raise BundleError("schema", problem, verified=True)
    h = obj["header"]
    if h["record_count"] != len(obj["records"]):
        raise BundleError("schema", "header/record_count does not match the records", verified=True)
    if obj["public_key"] != envelope.public_key.hex():
        raise BundleError("mismatch", "signed by another key inside", verified=True)
    if (h["installation_id"], h["sequence"]) != (envelope.installation_id, envelope.sequence):
        raise BundleError("mismatch", "installation or sequence differ inside", verified=True)
    return obj


def _version_problem(obj: dict[str, Any]) -> str | None:
    """A record of version 3 without what version 3 added, or one of version 2 with it."""
    newer = obj["version"] >= 3
    for i, record in enumerate(obj["records"]):
        for name in ADDED_IN_3:
            if (name in record) != newer:
                return f"records[{i}].{name}: {'required' if newer else 'not in version 2'}"
    return None


def read_bundle(
    data: bytes,
    *,
    coordinator_private_key: X25519PrivateKey | None = None,
    expected_public_key: bytes | None = None,
) -> Bundle:
    """Check and open a bundle file's bytes, in this order: the envelope (bounded work) and its
    signature, the encryption, the decryption, the canonical encoding, the version, the JSON
    Schema. Raises `BundleError` with a clear reason: ``not_a_bundle``, ``truncated``,
    ``damaged``, ``unknown_version``, ``bad_signature``, ``unknown_signer`` (signed by another
    key than `expected_public_key`), ``not_encrypted`` (a signed envelope whose payload is not
    encrypted: never made, never taken), ``encrypted_no_key``, ``wrong_key``, ``not_canonical``,
    ``schema`` or ``mismatch``."""
    envelope = open_envelope(data, expected_public_key)
    if not envelope.encrypted:
        raise BundleError("not_encrypted", "", verified=True)
    obj = _payload(envelope.plain(coordinator_private_key), envelope)
    h = obj["header"]
    header = BundleHeader(
        format=obj["format"],
        version=obj["version"],
        installation_id=h["installation_id"],
        region=h["region"],
        sequence=h["sequence"],
        created=h["created"],
        record_count=h["record_count"],
    )
    return Bundle(header, obj["records"], envelope.public_key, encrypted=envelope.encrypted)


def peek(data: bytes) -> BundleLabel:
    """Installation id, sequence and whether it is encrypted, read from the envelope's header
    without checking the signature (to name its file). Raises `BundleError` when it is not a
    bundle at all."""
    header, _ = read_header(data)
    return BundleLabel(header["installation_id"], header["sequence"], header["hpke"] is not None)
