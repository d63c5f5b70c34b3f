"""The family pseudonym: a fresh random code in every bundle, so no two bundles can be linked by it.

A pseudonym is drawn anew for every family each time records are built (every export, every
preview). It is not derived from anything: not from the family, not from the profile, not from an
earlier export. The coordinator needs no link between bundles, because the newest bundle of an
installation replaces all of its families (`veldwerk.coordinator.newest`).
"""

from __future__ import annotations

import secrets

PSEUDONYM_BYTES = 32
"""Random bytes per pseudonym (written as 64 lower-case hex digits): two families of one bundle
never draw the same one in practice, and nobody can guess one."""


def new_pseudonym() -> str:
    """A fresh random pseudonym, 64 lower-case hex digits (`secrets`, the system's CSPRNG)."""
    return secrets.token_hex(PSEUDONYM_BYTES)
