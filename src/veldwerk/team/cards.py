"""The colleague card: the name, the organisation and the two public keys of one profile, in a
small file that colleagues hand each other (by mail, on a stick), and its *safety code*.

The card itself is not trusted: anyone could send a card with a colleague's name on it. What
makes it trusted is the safety code, 30 digits in six groups (as Signal's safety numbers), which
depends only on the two keys: the colleagues compare it by phone or in person, and
`veldwerk team add FILE --code CODE` takes the card only with the code its owner read out.

The file is canonical JSON (`learning.canonical`), signed by its own signing key (so a changed
name or organisation on a card shows), format ``veldwerk-colleague-card`` version 1::

    {"exchange_key":"<64 hex>","format":"veldwerk-colleague-card","name":"Eva Mulder",
     "organisation":"Sociaal Team Harderwijk","signature":"<128 hex>",
     "signing_key":"<64 hex>","version":1}
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from veldwerk.domain.text_rules import check_text
from veldwerk.learning.canonical import NotCanonical, canonical_json, parse_canonical
from veldwerk.team.identity import DeviceIdentity, device_id_of

FORMAT = "veldwerk-colleague-card"
VERSION = 1
MAX_CARD_BYTES = 16 * 1024
_HEX64 = re.compile(r"\A[0-9a-f]{64}\Z")
_HEX128 = re.compile(r"\A[0-9a-f]{128}\Z")
_CODE_GROUPS = 6


class CardError(ValueError):
    """Not a colleague card (`reason`: ``not_a_card``, ``unknown_version``, ``damaged``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Card:
    name: str
    organisation: str
    signing_key: bytes
    exchange_key: bytes

    @property
    def device_id(self) -> str:
        return device_id_of(self.signing_key)

    @property
    def safety_code(self) -> str:
        return safety_code(self.signing_key, self.exchange_key)


def safety_code(signing_key: bytes, exchange_key: bytes) -> str:
    """Six groups of five digits that depend on both public keys and nothing else."""
    digest = hashlib.sha256(b"veldwerk colleague card 1\n" + signing_key + exchange_key).digest()
    groups = [
        int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(_CODE_GROUPS)
    ]
    return " ".join(f"{g:05d}" for g in groups)


def same_code(given: str, expected: str) -> bool:
    """Whether `given` (as a person typed it: spaces, dashes or dots anywhere) is `expected`."""
    return re.sub(r"[\s.\-]", "", given) == expected.replace(" ", "")


def _body(card: Card) -> dict[str, Any]:
    return {
        "exchange_key": card.exchange_key.hex(),
        "format": FORMAT,
        "name": card.name,
        "organisation": card.organisation,
        "signing_key": card.signing_key.hex(),
        "version": VERSION,
    }


def write_card(identity: DeviceIdentity, name: str, organisation: str) -> bytes:
    """The card file of this profile."""
    card = Card(name, organisation, identity.signing_public, identity.exchange_public)
    body = _body(card)
    body["signature"] = identity.signing.sign(canonical_json(body)).hex()
    return canonical_json(body) + b"\n"


def read_card(data: bytes) -> Card:
    """The card of the file `data`; `CardError` for anything else."""
    if len(data) > MAX_CARD_BYTES:
        raise CardError("not_a_card")
    try:
        value = parse_canonical(data.rstrip(b"\n"), max_values=100)
    except NotCanonical:
        raise CardError("not_a_card") from None
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise CardError("not_a_card")
    if value.get("version") != VERSION:
        raise CardError("unknown_version")
    expected = {"exchange_key", "format", "name", "organisation", "signature", "signing_key"}
    if set(value) != expected | {"version"}:
        raise CardError("damaged")
    texts_ok = all(
        isinstance(value[k], str) and value[k].strip() and not check_text(value[k], "short", k)
        for k in ("name", "organisation")
    )
    keys_ok = all(
        isinstance(value[k], str) and _HEX64.match(value[k])
        for k in ("exchange_key", "signing_key")
    )
    if not texts_ok or not keys_ok or not _HEX128.match(str(value["signature"])):
        raise CardError("damaged")
    card = Card(
        value["name"],
        value["organisation"],
        bytes.fromhex(value["signing_key"]),
        bytes.fromhex(value["exchange_key"]),
    )
    try:
        Ed25519PublicKey.from_public_bytes(card.signing_key).verify(
            bytes.fromhex(value["signature"]), canonical_json(_body(card))
        )
    except (InvalidSignature, ValueError):
        raise CardError("damaged") from None
    return card
