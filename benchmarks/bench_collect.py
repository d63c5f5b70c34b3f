"""Collecting 1,000 bundles of 50 families each into a cold, encrypted coordinator database.

Target: under 8 s (every bundle is encrypted to the coordinator), with every check of the hostile
shared folder (safe reads, the envelope and its signature before anything is parsed, the
canonical encoding, the schema). The floor, measured in the same run on the same files, in one
process: read every file, verify its signature, decrypt it and parse the plain bundle as JSON,
and nothing else. Also timed: unlocking (making) the encrypted database, re-collecting the
unchanged folder (target: under 1 s), and writing the outputs (aggregates.csv, metrics.csv,
rejected.csv, report.pdf) for the 50,000 families.

    .venv/bin/python benchmarks/bench_collect.py [--bundles 1000] [--families 50] [--workers N]
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import hashlib
import json
import os
import resource
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from veldwerk.coordinator import db_key
from veldwerk.coordinator.collect import collect
from veldwerk.coordinator.database import database_key, open_database
from veldwerk.coordinator.outputs import write_outputs
from veldwerk.coordinator.repository import load_families
from veldwerk.files import read_bounded
from veldwerk.learning.bundle import build_bundle, bundle_file_name
from veldwerk.learning.envelope import MAX_BUNDLE_BYTES, open_envelope
from veldwerk.learning.keys import generate_signing_key
from veldwerk.learning.record import build_record
from veldwerk.samples.bundles import enrol_every_installation
from veldwerk.samples.synthetic import synthetic_families

REGIONS = ("Noord", "Oost", "Zuid", "West", "Midden")
PASSPHRASE = "benchmark coordinator database 1000"
CREATED = date(2026, 11, 1)


def record_pool(size: int) -> list[dict[str, Any]]:
    """`size` learning records of varied synthetic families (8 events each)."""
    families = [
        dataclasses.replace(f, learning_consent="granted")
        for f in synthetic_families(size, 8, 2026)
    ]
    records = []
    for family in families:
        record = build_record(family, region="x", today=date(2026, 11, 24))
        assert record is not None
        records.append(record)
    return records


def write_bundles(
    folder: Path, bundles: int, per_bundle: int, coordinator: X25519PrivateKey
) -> int:
    """One bundle per installation; each installation's families are pool records with their
    own pseudonyms and region. Returns the total bytes written."""
    pool = record_pool(500)
    folder.mkdir(parents=True)
    total = 0
    for b in range(bundles):
        installation = hashlib.sha256(f"inst-{b}".encode()).hexdigest()[:32]
        region = REGIONS[b % len(REGIONS)]
        records = []
        for k in range(per_bundle):
            record = copy.deepcopy(pool[(b * per_bundle + k) % len(pool)])
            record["pseudonym"] = hashlib.sha256(f"{installation}-{k}".encode()).hexdigest()
            record["region"] = region
            records.append(record)
        data = build_bundle(
            records,
            installation_id=installation,
            region=region,
            sequence=1,
            created=CREATED,
            signing_key=generate_signing_key(),
            coordinator_key=coordinator.public_key(),
        )
        (folder / bundle_file_name(installation, 1)).write_bytes(data)
        total += len(data)
    return total


def floor(folder: Path, key: X25519PrivateKey) -> float:
    """The floor: read every file (bounded, no links), verify its signature, decrypt it and
    parse the plain bundle as JSON; nothing else, in this process."""
    started = time.perf_counter()
    for path in sorted(folder.iterdir()):
        envelope = open_envelope(read_bounded(path, MAX_BUNDLE_BYTES))
        json.loads(bytes(envelope.plain(key)))
    return time.perf_counter() - started


def run(
    label: str,
    folder: Path,
    db_url: str,
    key: X25519PrivateKey,
    workers: int | None,
    out: Path | None,
) -> None:
    baseline = floor(folder, key)
    started = time.perf_counter()
    data_key = database_key(db_url, PASSPHRASE)
    unlock = time.perf_counter() - started
    with open_database(db_url, data_key=data_key) as db:
        started = time.perf_counter()
        enrolled = enrol_every_installation(db, folder, private_key=key)  # only these count
        print(
            f"{label}: enrolled {enrolled} installations in {time.perf_counter() - started:.1f} s"
        )
        started = time.perf_counter()
        cpu_main = time.process_time()
        cpu_children = resource.getrusage(resource.RUSAGE_CHILDREN)
        result = collect(folder, db, private_key=key, workers=workers)
        cold = time.perf_counter() - started
        cpu_main = time.process_time() - cpu_main
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu_workers = (
            after.ru_utime + after.ru_stime - cpu_children.ru_utime - cpu_children.ru_stime
        )
        started = time.perf_counter()
        again = collect(folder, db, private_key=key, workers=workers)
        warm = time.perf_counter() - started
        if out is not None:
            started = time.perf_counter()
            with db.engine.connect() as conn:
                families = load_families(conn)
            write_outputs(out, families, result.rejected, 5)
            outputs = time.perf_counter() - started
    assert result.new_bundles == len(list(folder.iterdir())) and not result.rejected
    assert again.unchanged == result.new_bundles
    verdict = "OK" if cold < 8 else "TOO SLOW"
    encrypted_db = "encrypted" if data_key is not None else "not encrypted by veldwerk"
    print(
        f"{label}: collect {result.new_bundles} bundles, {result.families} families, cold "
        f"database ({encrypted_db}): {cold:.2f} s ({verdict}, target < 8 s); floor (read, "
        f"verify, decrypt, parse, one process): {baseline:.2f} s; ratio "
        f"{cold / baseline:.2f}x"
    )
    print(f"{label}: make the database's key (Argon2id, once per start): {unlock:.2f} s")
    print(
        f"{label}: processor time: {cpu_main:.2f} s in this process, {cpu_workers:.2f} s in "
        f"worker processes (load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} "
        f"processors)"
    )
    print(
        f"{label}: re-collect unchanged folder: {warm:.3f} s "
        f"({'OK' if warm < 1 else 'TOO SLOW'}, target < 1 s)"
    )
    if out is not None:
        print(f"{label}: load {len(families)} families and write the four outputs: {outputs:.2f} s")


def reset(url: str) -> None:
    """Empty a given database, so every run starts cold."""
    from sqlalchemy import create_engine, text

    db_file = db_key.sqlite_file(url)
    if db_file is not None:
        for path in (db_file, db_key.key_file(db_file)):
            path.unlink(missing_ok=True)
        return
    engine = create_engine(url)
    with engine.begin() as conn:
        for table in (
            "family_facts",
            "files",
            "installations",
            "enrolments",
            "waiting",
            "coordinator_alembic_version",
        ):
            conn.execute(text(f"DROP TABLE IF EXISTS {table}"))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--families", type=int, default=50)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument(
        "--db", default=None, help="database URL (default: a new SQLite file in a temporary folder)"
    )
    parser.add_argument(
        "--bundles-dir",
        type=Path,
        default=None,
        help="keep the generated bundles here and reuse them next time",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        bundles = args.bundles_dir or root
        key_file = bundles / "coordinator.key"
        if key_file.exists():
            coordinator = X25519PrivateKey.from_private_bytes(key_file.read_bytes())
        else:
            started = time.perf_counter()
            coordinator = X25519PrivateKey.generate()
            size = write_bundles(bundles / "sealed", args.bundles, args.families, coordinator)
            key_file.write_bytes(coordinator.private_bytes_raw())
            print(
                f"made {args.bundles} bundles ({size / 1e6:.0f} MB encrypted) in "
                f"{time.perf_counter() - started:.1f} s"
            )
        url = args.db or f"sqlite:///{root / 'encrypted.sqlite3'}"
        if args.db:
            reset(url)
        run("encrypted", bundles / "sealed", url, coordinator, args.workers, root / "out")


if __name__ == "__main__":
    main()
