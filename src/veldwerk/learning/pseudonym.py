"""The family pseudonym: stable across exports, irreversible without the profile's secret."""

from __future__ import annotations

import hashlib
import hmac
import secrets

SECRET_BYTES = 32


def generate_pseudonym_secret() -> bytes:
    """A fresh secret for a profile (32 random bytes); it lives only inside the encrypted store."""
    return secrets.token_bytes(SECRET_BYTES)


def pseudonym(secret: bytes, family_id: int) -> str:
    """HMAC-SHA256 of the family's internal id (its decimal digits in ASCII) keyed with the
    profile's secret, as 64 lower-case hex digits. The same family in the same profile always
    gets the same pseudonym, so a newer export replaces the older record; without the secret
    nobody can tell which id it belongs to, and two profiles give the same id different ones."""
    if len(secret) < SECRET_BYTES:
        raise ValueError(f"the pseudonym secret must be at least {SECRET_BYTES} bytes")
    if isinstance(family_id, bool) or not isinstance(family_id, int) or family_id < 0:
        raise ValueError("family_id must be a non-negative integer")
    return hmac.new(secret, str(family_id).encode("ascii"), hashlib.sha256).hexdigest()
