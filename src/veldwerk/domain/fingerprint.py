"""The fingerprint of an installation's signing key, short enough to read out over the phone.

The coordinator enrols an installation by the fingerprint of its public key (Ed25519, 32 bytes):
the case director reads it from their veldwerk, the coordinator compares it with the one the
coordinator window or ``veldwerk enrol --list`` shows. It is the first 128 bits of SHA-256 over
a fixed label and the raw key, written as 32 hex digits; people see it in eight groups of four
(`format_fingerprint`), as Signal shows its safety numbers. Finding another key with the same
fingerprint takes about 2^128 tries.
"""

from __future__ import annotations

import hashlib
import re

FINGERPRINT_HEX_DIGITS = 32
_LABEL = b"veldwerk installation key fingerprint v1\x00"
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")
_SEPARATORS = re.compile(r"[\s\-:.]")
_FINGERPRINT = re.compile(r"^[0-9a-f]{32}$")


def fingerprint_of(public_key_hex: str) -> str:
    """The fingerprint (32 lower-case hex digits) of a public key given as 64 hex digits."""
    key = public_key_hex.lower()
    if not _HEX_KEY.match(key):
        raise ValueError("a public key is 64 hex digits")
    digest = hashlib.sha256(_LABEL + bytes.fromhex(key)).hexdigest()
    return digest[:FINGERPRINT_HEX_DIGITS]


def format_fingerprint(fingerprint: str) -> str:
    """A fingerprint as people read it: eight groups of four hex digits (``3f2a 9c1b …``)."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def parse_fingerprint(text: str) -> str | None:
    """A fingerprint as typed (any case, groups separated by spaces, hyphens, colons or dots)
    in its stored form; None when it is not 32 hex digits."""
    compact = _SEPARATORS.sub("", text).lower()
    return compact if _FINGERPRINT.match(compact) else None
