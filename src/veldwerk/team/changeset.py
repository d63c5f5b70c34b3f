"""The change set file (format 1): the ops of one shared family, signed by the device that
wrote it and readable only by the family's recipients.

A file is four parts, one after the other::

    veldwerk-change-set 1\\n                   the marker: these 22 bytes exactly
    {"device":...,"recipients":[...]}\\n      the header: canonical JSON, at most 8 KiB
    <payload_bytes bytes>                    the payload, encrypted (AES-256-GCM)
    \\n<128 hex digits>\\n                      the Ed25519 signature of the writing device

The header names the writing `device`, the family (`family`, its team name: random, it says
nothing of the family), the device's sequence number `seq` (also the file's name), the payload's
`nonce` and length, and for each recipient its device and the payload's key, encrypted to that
recipient's X25519 key with HPKE (the learning bundles' suite; ``info`` binds it to the marker,
the writer, the family and the sequence number). The payload's associated data is the marker
and the header line, and the signature covers every byte before the last 130.

Reading checks the size and the header (short, canonical, by its schema) before any
cryptography, then the signature with the key of the colleague the header names (an unknown
device is refused before that), and only then decrypts and parses the payload.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from veldwerk.learning.canonical import NotCanonical, canonical_json, parse_canonical
from veldwerk.learning.envelope import HPKE_OVERHEAD, HPKE_SUITE_NAME, TRAILER_BYTES
from veldwerk.team.identity import DeviceIdentity
from veldwerk.team.records import needs_version_2
from veldwerk.team.schema import schema_check

FORMAT_VERSION = 1
MARKER_START = b"veldwerk-change-set "
MARKER = MARKER_START + str(FORMAT_VERSION).encode("ascii") + b"\n"
MAX_HEADER_BYTES = 8 * 1024
MAX_RECIPIENTS = 16
MAX_CHANGE_SET_BYTES = 32 * 1024 * 1024
"""The largest file a reader takes (the first share of a family of 2,000 steps is about 1 MiB)."""
MAX_PAYLOAD_VALUES = 4_000_000
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
_TRAILER = re.compile(rb"\n([0-9a-f]{128})\n\Z")
_OTHER_MARKER = re.compile(re.escape(MARKER_START) + rb"([0-9]{1,9})\n")


class ChangeSetError(Exception):
    """A file refused: `reason` (a message code's last part) and a `detail` without content.
    `verified`: the signature was good, so the file is as its writer made it (it is refused
    for good); otherwise it may still be arriving and is tried again."""

    def __init__(self, reason: str, detail: str = "", *, verified: bool = False) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail
        self.verified = verified


@dataclass(frozen=True)
class Recipient:
    device_id: str
    exchange_public: bytes


@dataclass(frozen=True)
class Opened:
    """A change set whose signature was verified (its payload still encrypted)."""

    device: str
    family: str
    seq: int
    recipients: tuple[str, ...]
    head: bytes
    nonce: bytes
    keys: dict[str, bytes]
    payload: memoryview

    def decrypt(self, me: DeviceIdentity) -> bytes | None:
        """The plain payload, or None when it is not addressed to `me`. Raises
        `ChangeSetError` ``damaged`` when it does not decrypt."""
        wrapped = self.keys.get(me.device_id)
        if wrapped is None:
            return None
        try:
            key = _SUITE.decrypt(wrapped, me.exchange, info=_key_info(self))
            return AESGCM(key).decrypt(self.nonce, bytes(self.payload), self.head)
        except (InvalidTag, ValueError):
            raise ChangeSetError("damaged", "cannot be decrypted", verified=True) from None


def _key_info(header: Opened | dict[str, Any]) -> bytes:
    if isinstance(header, Opened):
        device, family, seq = header.device, header.family, header.seq
    else:
        device, family, seq = header["device"], header["family"], header["seq"]
    return MARKER + f"{device}.{family}.{seq}".encode("ascii")


def seal(
    payload: bytes,
    *,
    writer: DeviceIdentity,
    family: str,
    seq: int,
    recipients: list[Recipient],
) -> bytes:
    """The file carrying `payload` for `recipients` (one at least), signed by `writer`."""
    if not 1 <= len(recipients) <= MAX_RECIPIENTS:
        raise ValueError("a change set has 1 to 16 recipients")
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    base = {"device": writer.device_id, "family": family, "seq": seq}
    wraps = [
        {
            "device": r.device_id,
            "key": _SUITE.encrypt(
                key, X25519PublicKey.from_public_bytes(r.exchange_public), info=_key_info(base)
            ).hex(),
        }
        for r in sorted(recipients, key=lambda r: r.device_id)
    ]
    header = {
        **base,
        "hpke": HPKE_SUITE_NAME,
        "nonce": nonce.hex(),
        "payload_bytes": len(payload) + 16,
        "recipients": wraps,
    }
    head = MARKER + canonical_json(header) + b"\n"
    if len(head) - len(MARKER) > MAX_HEADER_BYTES:
        raise ValueError("the change set header is too long")
    signed = head + AESGCM(key).encrypt(nonce, payload, head)
    return signed + b"\n" + writer.signing.sign(signed).hex().encode("ascii") + b"\n"


def read_header(data: bytes) -> tuple[dict[str, Any], int]:
    """The header (not verified) and where the payload starts; at most the marker and 8 KiB
    are looked at. Raises `ChangeSetError` ``not_a_change_set``, ``unknown_version``,
    ``truncated`` or ``damaged``."""
    if not data.startswith(MARKER):
        if not data or MARKER.startswith(data):
            raise ChangeSetError("truncated", f"{len(data)} bytes")
        other = _OTHER_MARKER.match(data)
        if other is not None:
            raise ChangeSetError("unknown_version", other.group(1).decode("ascii"))
        raise ChangeSetError("not_a_change_set")
    start = len(MARKER)
    end = data.find(b"\n", start, start + MAX_HEADER_BYTES)
    if end < 0:
        if len(data) < start + MAX_HEADER_BYTES:
            raise ChangeSetError("truncated", f"{len(data)} bytes")
        raise ChangeSetError("damaged", "no header line")
    try:
        header = parse_canonical(data[start:end], max_values=1000)
    except NotCanonical as exc:
        raise ChangeSetError("damaged", f"header: {exc.detail}") from None
    problem = schema_check("header").first_error(header)
    if problem is not None:
        raise ChangeSetError("damaged", f"header: {problem}")
    return header, end + 1


def open_change_set(data: bytes, signing_key_of: dict[str, bytes]) -> Opened:
    """The change set of `data`, its signature verified with the key of the device it names
    (`signing_key_of`: device id -> raw Ed25519 public key of every colleague whose files are
    read). Raises `ChangeSetError`: as `read_header`, or ``unknown_colleague`` (before any
    cryptography), ``bad_signature``."""
    header, payload_start = read_header(data)
    signed_end = payload_start + header["payload_bytes"]
    if len(data) < signed_end + TRAILER_BYTES:
        raise ChangeSetError("truncated", f"{len(data)} of {signed_end + TRAILER_BYTES} bytes")
    if len(data) > signed_end + TRAILER_BYTES:
        raise ChangeSetError("damaged", "bytes after the signature")
    public = signing_key_of.get(header["device"])
    if public is None:
        raise ChangeSetError("unknown_colleague")
    trailer = _TRAILER.match(data, signed_end)
    if trailer is None:
        raise ChangeSetError("damaged", "the signature is missing or malformed")
    view = memoryview(data)
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(
            bytes.fromhex(trailer.group(1).decode("ascii")), view[:signed_end]
        )
    except (InvalidSignature, ValueError):
        raise ChangeSetError("bad_signature") from None
    keys = {r["device"]: bytes.fromhex(r["key"]) for r in header["recipients"]}
    if any(len(k) != 32 + HPKE_OVERHEAD for k in keys.values()):
        raise ChangeSetError("damaged", "a key of the wrong length", verified=True)
    return Opened(
        device=header["device"],
        family=header["family"],
        seq=header["seq"],
        recipients=tuple(sorted(keys)),
        head=bytes(view[:payload_start]),
        nonce=bytes.fromhex(header["nonce"]),
        keys=keys,
        payload=view[payload_start:signed_end],
    )


PAYLOAD_VERSIONS: tuple[int, ...] = (1, 2)
"""The payload versions this veldwerk reads; 2 adds the handover notes of a contact assignment
and the family's closing reason and note (docs/team-sharing.md, "Changes")."""


def encode_payload(value: dict[str, Any]) -> bytes:
    """The payload: version 2 when an op holds what only version 2 carries, else version 1 (so
    a colleague on an older veldwerk still reads the everyday changes)."""
    ops = value.get("ops") or ()
    version = 2 if any(needs_version_2(op) for op in ops) else 1
    return canonical_json({"format": "veldwerk-change-set-payload", "version": version, **value})


def decode_payload(plain: bytes) -> dict[str, Any]:
    """The payload's JSON: canonical, within its schema. Raises `ChangeSetError` ``damaged``
    (verified: the writer made it so)."""
    try:
        value = parse_canonical(plain, max_values=MAX_PAYLOAD_VALUES)
    except NotCanonical as exc:
        raise ChangeSetError("damaged", f"payload: {exc.detail}", verified=True) from None
    version = value.get("version") if isinstance(value, dict) else None
    if (
        isinstance(version, int)
        and not isinstance(version, bool)
        and version > PAYLOAD_VERSIONS[-1]
    ):
        # made by a newer veldwerk: tried again, and read once this one is updated
        raise ChangeSetError("unknown_version", str(version))
    problem = schema_check("payload").first_error(value)
    if problem is not None:
        raise ChangeSetError("damaged", f"payload: {problem}", verified=True)
    result: dict[str, Any] = value
    return result
