"""The envelope every learning bundle file is (envelope version 2): found and checked with a
bounded amount of work, its signature verified over the exact bytes it covers, and only then is
what it carries decrypted or parsed.

A file is four parts, one after the other::

    veldwerk-learning-bundle envelope 2\\n   the marker: these 36 bytes exactly
    {"hpke":...,"sequence":12}\\n            the header: canonical JSON, at most 1,024 bytes
    <payload_bytes bytes>                   the payload: the plain bundle, or its ciphertext
    \\n<128 hex digits>\\n                     the Ed25519 signature

The signature (by the key in the header's ``public_key``) is over the marker, the header line and
the payload: every byte before the last 130. Where each part starts and ends follows from the
marker's length, the first newline (within 1,024 bytes) and ``payload_bytes``, so a file whose
size does not add up is refused before any cryptography, and nothing is parsed but the short
header until the signature has been verified. The header names the payload's encryption: for an
encrypted payload (``hpke`` and ``recipient`` set) the HPKE ``info`` is the marker and the header
line, so the ciphertext cannot be moved under another header or signer.

The envelope knows nothing of what the payload holds (`bundle.py` reads that); its version is the
marker's and changes independently of the payload's ``version``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from veldwerk.learning.canonical import NotCanonical, canonical_json, parse_canonical
from veldwerk.learning.errors import BundleError
from veldwerk.learning.keys import coordinator_key_fingerprint, ed25519_public_bytes
from veldwerk.learning.schema import schema_check

ENVELOPE_VERSION = 2
MARKER_START = b"veldwerk-learning-bundle envelope "
MARKER = MARKER_START + str(ENVELOPE_VERSION).encode("ascii") + b"\n"
MAX_BUNDLE_BYTES = 8 * 1024 * 1024
"""The largest bundle file a reader takes (a real one of a hundred families is about 200 KiB):
small enough that even a signed one costs a bounded amount of memory to open."""
MAX_HEADER_BYTES = 1024
"""The header line, newline included, is never longer (a real one is about 300 bytes)."""
TRAILER_BYTES = 130
HPKE_SUITE_NAME = "DHKEM(X25519, HKDF-SHA256)/HKDF-SHA256/AES-256-GCM"
HPKE_OVERHEAD = 32 + 16
"""The encapsulated key and the AES-GCM tag: a ciphertext is this much longer than its plain."""

_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
_OLD_START = b'{"format":"veldwerk-learning-bundle",'
_OTHER_MARKER = re.compile(re.escape(MARKER_START) + rb"([0-9]{1,9})\n")
_TRAILER = re.compile(rb"\n([0-9a-f]{128})\n\Z")


@dataclass(frozen=True)
class Envelope:
    """A file whose signature was verified: what its header says, and its payload."""

    installation_id: str
    sequence: int
    public_key: bytes
    """The raw Ed25519 key (32 bytes) that signed the file."""
    recipient: str | None
    """The fingerprint of the coordinator key the payload is encrypted to; None: not encrypted."""
    head: bytes
    """The marker and the header line (the HPKE ``info`` of an encrypted payload)."""
    payload: memoryview

    @property
    def encrypted(self) -> bool:
        return self.recipient is not None

    def plain(self, private_key: X25519PrivateKey | None) -> bytes | memoryview:
        """The payload, decrypted with the coordinator's `private_key` when it is encrypted.
        Raises `BundleError` ``encrypted_no_key``, ``wrong_key`` or ``damaged``."""
        if self.recipient is None:
            return self.payload
        if private_key is None:
            raise BundleError("encrypted_no_key", "", verified=True)
        if self.recipient != coordinator_key_fingerprint(private_key):
            raise BundleError("wrong_key", "", verified=True)
        try:
            return _SUITE.decrypt(self.payload, private_key, info=self.head)
        except (InvalidTag, ValueError):
            raise BundleError("damaged", "the payload cannot be decrypted", verified=True) from None


def seal(
    payload: bytes,
    *,
    installation_id: str,
    sequence: int,
    signing_key: Ed25519PrivateKey,
    recipient: X25519PublicKey | None = None,
) -> bytes:
    """The file carrying `payload`, encrypted to `recipient` when given, signed with
    `signing_key`."""
    header = {
        "hpke": HPKE_SUITE_NAME if recipient is not None else None,
        "installation_id": installation_id,
        "payload_bytes": len(payload) + (HPKE_OVERHEAD if recipient is not None else 0),
        "public_key": ed25519_public_bytes(signing_key).hex(),
        "recipient": coordinator_key_fingerprint(recipient) if recipient is not None else None,
        "sequence": sequence,
    }
    head = MARKER + canonical_json(header) + b"\n"
    if len(head) - len(MARKER) > MAX_HEADER_BYTES:
        raise ValueError("the envelope header is too long")
    if recipient is not None:
        payload = _SUITE.encrypt(payload, recipient, info=head)
        if len(payload) != header["payload_bytes"]:
            raise AssertionError("HPKE ciphertext of an unexpected length")
    signed = head + payload
    signature = signing_key.sign(signed).hex().encode("ascii")
    return signed + b"\n" + signature + b"\n"


def read_header(data: bytes) -> tuple[dict[str, Any], int]:
    """The header of the file `data` (not verified) and where the payload starts. Reads at most
    the marker and 1,024 bytes. Raises `BundleError` ``not_a_bundle``, ``unknown_version``,
    ``truncated`` or ``damaged``."""
    if not data.startswith(MARKER):
        raise _not_this_envelope(data)
    start = len(MARKER)
    end = data.find(b"\n", start, start + MAX_HEADER_BYTES)
    if end < 0:
        if len(data) < start + MAX_HEADER_BYTES:
            raise BundleError("truncated", f"{len(data)} bytes")
        raise BundleError("damaged", "no header line")
    try:
        header = parse_canonical(data[start:end])
    except NotCanonical as exc:
        raise BundleError("damaged", f"header: {exc.detail}") from None
    problem = schema_check("envelope_header").first_error(header)
    if problem is not None:
        raise BundleError("damaged", f"header: {problem}")
    return header, end + 1


def _not_this_envelope(data: bytes) -> BundleError:
    if not data or MARKER.startswith(data):
        return BundleError("truncated", f"{len(data)} bytes")
    other = _OTHER_MARKER.match(data)
    if other is not None:
        return BundleError("unknown_version", f"envelope {other.group(1).decode('ascii')}")
    if data.startswith(_OLD_START):
        return BundleError("unknown_version", "envelope 1")
    return BundleError("not_a_bundle", "")


def open_envelope(data: bytes, expected_public_key: bytes | None = None) -> Envelope:
    """The envelope of the file `data`, its signature verified. The work before verifying is
    bounded (the header line); verifying reads the signed bytes once, without copying them.
    Raises `BundleError` ``not_a_bundle``, ``unknown_version``, ``truncated``, ``damaged``,
    ``bad_signature`` or ``unknown_signer`` (signed by another key than
    `expected_public_key`)."""
    header, payload_start = read_header(data)
    signed_end = payload_start + header["payload_bytes"]
    if len(data) < signed_end + TRAILER_BYTES:
        raise BundleError("truncated", f"{len(data)} of {signed_end + TRAILER_BYTES} bytes")
    if len(data) > signed_end + TRAILER_BYTES:
        raise BundleError("damaged", f"{len(data) - signed_end - TRAILER_BYTES} bytes too many")
    trailer = _TRAILER.match(data, signed_end)
    if trailer is None:
        raise BundleError("damaged", "the signature is missing or malformed")
    public_key = bytes.fromhex(header["public_key"])
    view = memoryview(data)
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            bytes.fromhex(trailer.group(1).decode("ascii")), view[:signed_end]
        )
    except (InvalidSignature, ValueError):
        raise BundleError("bad_signature", "") from None
    if expected_public_key is not None and public_key != expected_public_key:
        raise BundleError("unknown_signer", "")
    return Envelope(
        installation_id=header["installation_id"],
        sequence=header["sequence"],
        public_key=public_key,
        recipient=header["recipient"],
        head=bytes(view[:payload_start]),
        payload=view[payload_start:signed_end],
    )


def unpack(data: bytes) -> tuple[dict[str, Any], bytes]:
    """The header and the payload bytes of `data`, WITHOUT checking the signature: for tools and
    tests that take a file apart. Raises `BundleError` as `read_header`, or ``truncated``."""
    header, start = read_header(data)
    payload = data[start : start + header["payload_bytes"]]
    if len(payload) != header["payload_bytes"]:
        raise BundleError("truncated", f"{len(data)} bytes")
    return header, payload
