"""What every test area shares: the fixed 'today', the test passphrase, the spec's example case
file and the stored old-schema profiles under ``tests/data/profiles``."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 24)
PASSPHRASE = "a long test passphrase 42"
COORDINATOR_PASSPHRASE = "coordinator database, tests only 7"
"""Every test's coordinator database is encrypted with this (tests/conftest.py sets it)."""
DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLE = DATA / "case-file.example.json"

PROFILES = DATA / "profiles"
SCHEMA_0001 = PROFILES / "schema-0001"
"""A stored profile at Alembic revision 0001, made by `tests/data/profiles/make_schema_0001.py`."""
SCHEMA_0001_PASSPHRASE = "oud schema 0001, alleen voor tests"
"""Published in tests/data/profiles/README.md: the stored profiles protect nothing."""
SCHEMA_0001_RECOVERY_KEY = "48K5QG-Z4VNVB-7A94R4-DB0YN0-6P4Z1V-0CB40Z-YP0DVS-X2VK35-BHXMMS"
"""The stored profile's recovery key, published with its passphrase."""
SCHEMA_0002 = PROFILES / "schema-0002"
"""A stored profile at Alembic revision 0002 (before shared families), made by
`tests/data/profiles/make_schema_0002.py`."""
SCHEMA_0002_PASSPHRASE = "oud schema 0002, alleen voor tests"
SCHEMA_0002_RECOVERY_KEY = "A2XS8G-72F0S1-EV4XPA-3YDBVZ-RDCPXC-J5R96P-008D5C-7A5C1J-0VXF04"
"""The stored profile's recovery key, published with its passphrase."""


def folder_state(folder: Path) -> dict[str, str]:
    """Every file below `folder` by relative name, with the SHA-256 of its bytes (to show that
    a refused operation changed nothing)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
