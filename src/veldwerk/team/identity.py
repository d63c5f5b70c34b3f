"""This profile's device identity for shared families: an Ed25519 key that signs every change
set it writes and an X25519 key that change sets for it are encrypted to. Both are made once and
kept inside the encrypted profile (as 64 raw bytes, `to_bytes`); only their public halves leave
it, on the colleague card.

The device's name in the team folder is `device_id`: the first 16 bytes of the SHA-256 of its
public signing key, in hex. It says nothing about the person, and nobody can take another's name
without its key.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from veldwerk.learning.keys import (
    ed25519_public_bytes,
    signing_key_from_bytes,
    signing_key_to_bytes,
    x25519_public_bytes,
)

SECRET_NAME = "team_device_identity"
"""The name of the identity in the profile's secrets."""


def device_id_of(signing_public: bytes) -> str:
    """The team-folder name of the device whose raw public signing key is `signing_public`."""
    return hashlib.sha256(signing_public).digest()[:16].hex()


@dataclass(frozen=True)
class DeviceIdentity:
    signing: Ed25519PrivateKey
    exchange: X25519PrivateKey

    @classmethod
    def generate(cls) -> DeviceIdentity:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    def to_bytes(self) -> bytes:
        exchange = self.exchange.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return signing_key_to_bytes(self.signing) + exchange

    @classmethod
    def from_bytes(cls, raw: bytes) -> DeviceIdentity:
        if len(raw) != 64:
            raise ValueError("a device identity is 64 bytes")
        return cls(signing_key_from_bytes(raw[:32]), X25519PrivateKey.from_private_bytes(raw[32:]))

    @property
    def signing_public(self) -> bytes:
        return ed25519_public_bytes(self.signing)

    @property
    def exchange_public(self) -> bytes:
        return x25519_public_bytes(self.exchange)

    @property
    def device_id(self) -> str:
        return device_id_of(self.signing_public)
