"""A synthetic shared folder for the coordinator: signed learning bundles of synthetic families
from 24 installations in four regions (and one small one), two bundles each, encrypted to the
coordinator key given, and three files that cannot be used. For the coordinator window's
screenshots and demonstrations; the bundles are built exactly as an installation builds them
(`veldwerk.learning`), from made-up families.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from veldwerk.learning.bundle import build_bundle, bundle_file_name
from veldwerk.learning.keys import (
    generate_coordinator_keypair,
    generate_signing_key,
    load_coordinator_public_key,
)
from veldwerk.learning.record import build_record
from veldwerk.samples.synthetic import synthetic_families

REGIONS = ("Noord-Veluwe", "Flevoland", "Zuid-Holland Zuid", "Twente")


def sample_coordinator_keys(directory: Path) -> tuple[Path, Path]:
    """A new coordinator key pair in `directory`, as `veldwerk coordinator-keygen` makes it: the
    private key file (opens the sample bundles; the coordinator window's key) and the public key
    file (what a case director sets as `coordinator_key`). Keep it apart from the shared
    folder."""
    return generate_coordinator_keypair(directory)


def sample_shared_folder(
    folder: Path,
    coordinator_key: X25519PublicKey | Path,
    installations: int = 24,
    seed: int = 11,
) -> Path:
    """A shared folder with synthetic bundles (families with consent only), encrypted to
    `coordinator_key` (the key, or its public key file: `sample_coordinator_keys`),
    and three files that cannot be used: another file, a cut-off bundle and a changed one."""
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
    (folder / "notulen teamoverleg.docx").write_bytes(b"PK\x03\x04 not a bundle")
    (folder / "kopie-afgebroken.vwlb").write_bytes(last[: len(last) // 3])
    changed = bytearray(last)
    changed[len(changed) // 2] ^= 0x01
    (folder / "aangepast.vwlb").write_bytes(bytes(changed))
    return folder
