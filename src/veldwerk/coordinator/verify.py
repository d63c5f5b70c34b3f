"""Checking one file: is it a bundle we can open and trust, and what are its families' facts.

Runs in worker processes when there is much to check (`collect.py`), so it takes and returns only
plain, picklable data: the file's bytes and hash in, a `Verified` or a `Refused` out.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from veldwerk.coordinator.facts import stored_facts
from veldwerk.coordinator.texts import WAITING_BUNDLE_REASONS
from veldwerk.learning.bundle import read_bundle
from veldwerk.learning.errors import BundleError

FamilyRow = tuple[str, str, str, str]
"""One family as stored: pseudonym, region, quarter of opening, and the other facts as JSON
(`facts.stored_facts`). A plain tuple: cheap to send back from a worker process."""


@dataclass(frozen=True)
class Verified:
    sha256: str
    installation_id: str
    sequence: int
    region: str
    created: str
    public_key: str
    encrypted: bool
    families: tuple[FamilyRow, ...]


@dataclass(frozen=True)
class Refused:
    sha256: str
    reason: str
    detail: str
    waiting: bool = False
    """It did not verify, as a file still arriving would not (`texts.WAITING_BUNDLE_REASONS`):
    tried again on the next run, not refused for ever."""


def verify(data: bytes, sha256: str, private_key: X25519PrivateKey | None) -> Verified | Refused:
    """Open and check a file's bytes (envelope and signature first, then decryption, canonical
    encoding, version, schema) and reduce its records to facts. A bundle that names one family
    twice is refused (``schema``)."""
    try:
        bundle = read_bundle(data, coordinator_private_key=private_key)
    except BundleError as exc:
        waiting = not exc.verified and exc.reason in WAITING_BUNDLE_REASONS
        return Refused(sha256, exc.reason, exc.detail, waiting)
    h = bundle.header
    rows: list[FamilyRow] = []
    for record in bundle.records:
        rows.append(
            (record["pseudonym"], record["region"], record["opened_quarter"], stored_facts(record))
        )
    if len({row[0] for row in rows}) != len(rows):
        return Refused(sha256, "schema", "records: the same family twice")
    return Verified(
        sha256=sha256,
        installation_id=h.installation_id,
        sequence=h.sequence,
        region=h.region,
        created=h.created,
        public_key=bundle.public_key.hex(),
        encrypted=bundle.encrypted,
        families=tuple(rows),
    )


# --- in a worker process ----------------------------------------------------------------------

_worker_key: X25519PrivateKey | None = None


def init_worker(private_key_raw: bytes | None) -> None:
    """Pool initializer: the coordinator's private key, given as its 32 raw bytes (key objects
    cannot be sent to another process)."""
    global _worker_key
    _worker_key = X25519PrivateKey.from_private_bytes(private_key_raw) if private_key_raw else None


def verify_in_worker(data: bytes, sha256: str) -> Verified | Refused:
    return verify(data, sha256, _worker_key)
