"""A synthetic shared folder for the coordinator: signed learning bundles of synthetic families
from 24 installations in four regions (and one small one), two bundles each, one installation
the coordinator has not enrolled yet, and three files that cannot be used; every bundle is
encrypted to the coordinator key given (`sample_coordinator_keys` makes a pair). For the
coordinator window's screenshots and demonstrations; the bundles are built exactly as an
installation builds them (`veldwerk.learning`), from made-up families.

`enrol_every_installation(db, folder, private_key=KEY)` enrols every installation whose bundles are
in a folder, each in the region it claims with the one key it signs with: what a coordinator does by
hand (`veldwerk enrol`) after comparing fingerprints, done at once for demonstrations, tests and
benchmarks. Never for a real shared folder: that would count whatever anyone put there.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from veldwerk.coordinator import enrolment_store
from veldwerk.coordinator.database import CoordinatorDatabase, open_database
from veldwerk.coordinator.scan import Unreadable, find_files, read_file
from veldwerk.domain.fingerprint import fingerprint_of
from veldwerk.learning.bundle import build_bundle, bundle_file_name, read_bundle
from veldwerk.learning.errors import BundleError
from veldwerk.learning.keys import (
    PRIVATE_KEY_FILE,
    generate_coordinator_keypair,
    generate_signing_key,
    load_coordinator_private_key,
    load_coordinator_public_key,
)
from veldwerk.learning.record import build_record
from veldwerk.samples.synthetic import synthetic_families

REGIONS = ("Noord-Veluwe", "Flevoland", "Zuid-Holland Zuid", "Twente")
WAITING_REGION = "Achterhoek"
"""The region the installation that is not enrolled yet claims."""


def waiting_installation(seed: int = 11) -> str:
    """The id of the sample folder's installation that is not enrolled yet."""
    return f"{seed:08x}" + "e" * 24


def sample_coordinator_keys(directory: Path) -> tuple[Path, Path]:
    """A new coordinator key pair in `directory`, as `veldwerk coordinator-keygen` makes it: the
    private key file (opens the sample bundles; the coordinator window's key) and the public key
    file (what a case director sets as `coordinator_key`). Keep it apart from the shared
    folder."""
    return generate_coordinator_keypair(directory)


def sample_private_key_file(directory: Path) -> Path:
    """Where `sample_coordinator_keys(directory)` put the private key file."""
    return directory / PRIVATE_KEY_FILE


def sample_shared_folder(
    folder: Path,
    coordinator_key: X25519PublicKey | Path,
    installations: int = 24,
    seed: int = 11,
) -> Path:
    """A shared folder with synthetic bundles (families with consent only), encrypted to
    `coordinator_key` (the key, or its public key file: `sample_coordinator_keys`), and three
    files that cannot be used: another file, a cut-off bundle and a changed one."""
    if isinstance(coordinator_key, Path):
        coordinator_key = load_coordinator_public_key(coordinator_key)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    today = date(2026, 11, 24)
    last = b""
    for i in range(installations):
        region = REGIONS[i % len(REGIONS)] if i < installations - 1 else "Waddeneilanden"
        n = 3 if i == installations - 1 else rng.randint(8, 16)
        families = [
            dataclasses.replace(f, learning_consent="granted")
            for f in synthetic_families(n, 7, seed * 100 + i)
        ]
        key = generate_signing_key()
        installation = f"{seed:08x}{i:024x}"
        for sequence in (1, 2):
            records = []
            for family in families[: n if sequence == 2 else n // 2]:
                record = build_record(family, region=region, today=today)
                if record is None:
                    continue
                journey = record["journey"]
                if len(journey) > 2 and rng.random() < 0.7:
                    journey[0]["type"], journey[1]["type"] = "signal", "intake"
                records.append(record)
            last = build_bundle(
                records,
                installation_id=installation,
                region=region,
                sequence=sequence,
                created=today,
                signing_key=key,
                coordinator_key=coordinator_key,
            )
            (folder / bundle_file_name(installation, sequence)).write_bytes(last)
    waiting = [
        dataclasses.replace(f, learning_consent="granted")
        for f in synthetic_families(9, 7, seed * 100 + installations)
    ]
    records = [r for f in waiting if (r := build_record(f, region=WAITING_REGION, today=today))]
    (folder / bundle_file_name(waiting_installation(seed), 1)).write_bytes(
        build_bundle(
            records,
            installation_id=waiting_installation(seed),
            region=WAITING_REGION,
            sequence=1,
            created=today,
            signing_key=generate_signing_key(),
            coordinator_key=coordinator_key,
        )
    )
    (folder / "notulen teamoverleg.docx").write_bytes(b"PK\x03\x04 not a bundle")
    (folder / "kopie-afgebroken.vwlb").write_bytes(last[: len(last) // 3])
    changed = bytearray(last)
    changed[len(changed) // 2] ^= 0x01
    (folder / "aangepast.vwlb").write_bytes(bytes(changed))
    return folder


def enrol_every_installation(
    db: CoordinatorDatabase | str,
    folder: Path,
    *,
    private_key: X25519PrivateKey | Path,
    leave_waiting: frozenset[str] = frozenset(),
) -> int:
    """Enrol every installation with bundles in `folder` (see the module's text), except those
    in `leave_waiting` and those whose bundles carry more than one key; how many were enrolled.
    `db` is an open coordinator database or its URL; `private_key` the coordinator's key (or its
    file) that opens the bundles (the region an installation claims is inside)."""
    if isinstance(private_key, Path):
        private_key = load_coordinator_private_key(private_key)
    if isinstance(db, str):
        with open_database(db) as opened:
            return enrol_every_installation(
                opened, folder, private_key=private_key, leave_waiting=leave_waiting
            )
    seen: dict[str, dict[str, tuple[int, str]]] = {}
    for found in find_files(folder):
        try:
            data = read_file(found)  # no links, no FIFOs, bounded: as the collector reads
            bundle = read_bundle(data, coordinator_private_key=private_key)
        except (BundleError, Unreadable, OSError):
            continue
        h = bundle.header
        keys = seen.setdefault(h.installation_id, {})
        fingerprint = fingerprint_of(bundle.public_key.hex())
        newest = keys.get(fingerprint, (0, h.region))
        keys[fingerprint] = max(newest, (h.sequence, h.region))
    chosen = {
        i: next(iter(keys.items()))
        for i, keys in seen.items()
        if len(keys) == 1 and i not in leave_waiting
    }
    with db.engine.begin() as conn:
        for installation_id, (fingerprint, (_sequence, region)) in sorted(chosen.items()):
            enrolment_store.enrol(conn, installation_id, region, fingerprint)
    return len(chosen)


def enrol_sample_installations(
    db: CoordinatorDatabase | str,
    folder: Path,
    *,
    private_key: X25519PrivateKey | Path,
    seed: int = 11,
) -> int:
    """Enrol the installations of `sample_shared_folder(folder, ..., seed=seed)`, opened with
    the coordinator's `private_key` (or its file), leaving the one waiting installation on the
    waiting list."""
    return enrol_every_installation(
        db, folder, private_key=private_key, leave_waiting=frozenset({waiting_installation(seed)})
    )
