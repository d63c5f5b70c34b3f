"""Which bundle of an enrolled installation counts: the newest sequence wins.

Only bundles signed with the enrolled key reach here (`enrolment.py` decides which installations
count, and no one else's key can win a race: the key is fixed by the coordinator, never by the
first bundle seen). The check against the key the installation's row is tied to stays as a
second line. Pure decision over what is known of an installation and the valid bundles of it
found in one run.
`collect.py` makes this decision while it holds the installation's row locked, so two coordinators
collecting into one database at the same time decide on the same facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    """A valid bundle of an installation (signature, schema and decryption checked)."""

    sha256: str
    installation_id: str
    sequence: int
    public_key: str
    """The installation's Ed25519 public key, 64 hex digits."""
    created: str


@dataclass(frozen=True)
class Known:
    """What the database holds of an installation: the key it is tied to and the sequence of
    its stored bundle (0 when none is stored yet)."""

    public_key: str
    sequence: int


@dataclass(frozen=True)
class Decision:
    bound_key: str
    apply: Candidate | None
    """The bundle whose records replace the stored ones; None when nothing is newer."""
    superseded: tuple[Candidate, ...]
    """Valid bundles with the right key that are not newer than what is kept (late arrivals)."""
    key_changed: tuple[Candidate, ...]
    """Bundles signed with another key than the one the installation is tied to."""


def first_use_key(candidates: Sequence[Candidate]) -> str:
    """The key a new installation is tied to: the key of its earliest bundle in the run (lowest
    sequence, then earliest created, then content hash, so the choice never depends on the order
    files are found in)."""
    if not candidates:
        raise ValueError("no candidates")
    first = min(candidates, key=lambda c: (c.sequence, c.created, c.sha256))
    return first.public_key


def newest(candidates: Sequence[Candidate]) -> Candidate:
    """The newest bundle: highest sequence (ties: latest created, then content hash)."""
    return max(candidates, key=lambda c: (c.sequence, c.created, c.sha256))


def decide(known: Known | None, candidates: Sequence[Candidate]) -> Decision:
    """Newest-wins for one installation's candidates from one run (bundles with another key
    than the one its row is tied to are set apart as `key_changed`)."""
    bound = known.public_key if known is not None else first_use_key(candidates)
    changed = tuple(c for c in candidates if c.public_key != bound)
    trusted = [c for c in candidates if c.public_key == bound]
    if not trusted:
        return Decision(bound, None, (), changed)
    best = newest(trusted)
    stored = known.sequence if known is not None else 0
    if best.sequence <= stored:
        return Decision(bound, None, tuple(trusted), changed)
    rest = tuple(c for c in trusted if c is not best)
    return Decision(bound, best, rest, changed)
