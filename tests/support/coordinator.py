"""Shared helpers for the coordinator tests: installations that export bundles of known
content into a shared folder (encrypted to the tests' coordinator key, as every bundle is),
their enrolment (only enrolled installations count), collecting with that key, and an
independent computation of what the outputs must say."""

from __future__ import annotations

import dataclasses
import os
import random
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from support.learning import COORDINATOR_PRIVATE, COORDINATOR_PUBLIC, resealed
from veldwerk.coordinator import collect as _collect
from veldwerk.coordinator import enrolment_store
from veldwerk.coordinator.collect import CollectResult
from veldwerk.coordinator.database import CoordinatorDatabase, open_database
from veldwerk.domain import codes
from veldwerk.domain.fingerprint import fingerprint_of
from veldwerk.learning.bundle import VERSION, build_bundle, bundle_file_name
from veldwerk.learning.keys import ed25519_public_bytes, generate_signing_key
from veldwerk.learning.record import build_record
from veldwerk.samples.bundles import enrol_every_installation
from veldwerk.samples.synthetic import synthetic_families

TODAY = date(2026, 11, 24)
CREATED = date(2026, 11, 1)
REGIONS = ("Noord", "Zuid-Holland 't Süd", "Oost", "West")
"""West has one installation with three families: below the threshold. (A region name holds
letters, digits, spaces, - and ' only: `domain.region`.)"""


@dataclasses.dataclass
class Installation:
    id: str
    region: str
    key: Ed25519PrivateKey
    families: list[Any]

    @property
    def public_hex(self) -> str:
        return ed25519_public_bytes(self.key).hex()

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_hex)


def enrol(db: CoordinatorDatabase | str, installations: Iterable[Installation]) -> None:
    """Enrol these installations (each in its region, with its key), as a coordinator does with
    `veldwerk enrol` after comparing fingerprints. `db`: an open database or its URL."""
    if isinstance(db, str):
        with open_database(db) as opened:
            enrol(opened, installations)
        return
    with db.engine.begin() as conn:
        for inst in installations:
            enrolment_store.enrol(conn, inst.id, inst.region, inst.fingerprint)


def shaped(record: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Give about two thirds of the records a signal, then an intake some weeks later, so the
    wait from signal to intake has values (the synthetic journeys are random)."""
    journey = record["journey"]
    if len(journey) >= 3 and rng.random() < 0.67:
        journey[0]["type"] = "signal"
        journey[1]["type"] = "intake" if rng.random() < 0.9 else "contact"
        for e in journey[2:]:
            if e["type"] in ("signal", "intake"):
                e["type"] = "contact"
    return record


def records_of(inst: Installation, family_ids: Iterable[int]) -> list[dict[str, Any]]:
    """The learning records of the installation's families with these ids (1-based)."""
    result = []
    for family_id in family_ids:
        family = inst.families[family_id - 1]
        record = build_record(family, region=inst.region, today=TODAY)
        assert record is not None
        result.append(shaped(record, random.Random(f"{inst.id}-{family_id}")))
    return result


def bundle_bytes(
    inst: Installation,
    sequence: int,
    records: list[dict[str, Any]],
    *,
    coordinator_key: X25519PublicKey = COORDINATOR_PUBLIC,
    key: Ed25519PrivateKey | None = None,
    version: int = VERSION,
) -> bytes:
    """A bundle of `inst`, encrypted to the tests' coordinator (or `coordinator_key`), of
    bundle `version` (2: as a veldwerk before version 3 made it)."""
    return build_bundle(
        records,
        installation_id=inst.id,
        region=inst.region,
        sequence=sequence,
        created=CREATED,
        signing_key=key or inst.key,
        coordinator_key=coordinator_key,
        version=version,
    )


def collect(folder: Path, database: Any, **kwargs: Any) -> CollectResult:
    """`veldwerk.coordinator.collect.collect` with the tests' coordinator key (pass
    ``private_key=None`` to collect without one)."""
    kwargs.setdefault("private_key", COORDINATOR_PRIVATE)
    return _collect.collect(folder, database, **kwargs)


def collect_enrolled(folder: Path, database: Any, **kwargs: Any) -> CollectResult:
    """`collect` (with the tests' coordinator key) after the coordinator enrolled every
    installation whose bundles are in `folder`, each in the region it claims: only enrolled
    installations count, and tests about reading files need not care."""
    kwargs.setdefault("private_key", COORDINATOR_PRIVATE)
    enrol_every_installation(database, folder, private_key=kwargs["private_key"])
    return _collect.collect(folder, database, **kwargs)


def coordinator_key_file(folder: Path, key: X25519PrivateKey = COORDINATOR_PRIVATE) -> Path:
    """The tests' coordinator private key as a file (``collect --key FILE``, the window's key)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "coordinator-private.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return path


def make_installations(count: int = 30, seed: int = 7) -> list[Installation]:
    """`count` installations over the regions (the last region gets only the last one, with
    three families); each with 8 to 14 consenting families."""
    rng = random.Random(seed)
    result = []
    for i in range(count):
        region = REGIONS[3] if i == count - 1 else REGIONS[i % 3]
        n = 3 if i == count - 1 else rng.randint(8, 14)
        families = [
            dataclasses.replace(f, learning_consent="granted")
            for f in synthetic_families(n, 6, seed * 1000 + i)
        ]
        result.append(Installation(f"{i + 1:032x}", region, generate_signing_key(), families))
    return result


def newest_family_ids(inst: Installation, sequence: int) -> list[int]:
    """Which families an installation's bundle with this sequence holds: growing with the
    sequence, and at the newest (10) family 2 has withdrawn its consent."""
    n = len(inst.families)
    upto = max(1, round(n * sequence / 10))
    ids = list(range(1, upto + 1))
    if sequence >= 10 and n > 3:
        ids.remove(2)
    return ids


def write_history(
    folder: Path,
    installations: Sequence[Installation],
    bundles: int = 10,
    *,
    coordinator_key: X25519PublicKey = COORDINATOR_PUBLIC,
) -> dict[str, list[dict]]:
    """Every installation exports `bundles` bundles (sequence 1..bundles) into `folder`; the
    newest records per installation are returned."""
    folder.mkdir(parents=True, exist_ok=True)
    newest: dict[str, list[dict]] = {}
    for inst in installations:
        for seq in range(1, bundles + 1):
            records = records_of(inst, newest_family_ids(inst, seq))
            data = bundle_bytes(inst, seq, records, coordinator_key=coordinator_key)
            (folder / bundle_file_name(inst.id, seq)).write_bytes(data)
            if seq == bundles:
                newest[inst.id] = records
    return newest


def resign(data: bytes, mutate: Any, key: Ed25519PrivateKey) -> bytes:
    """A bundle whose plain bundle was changed by `mutate(obj)`, signed again with `key` (whose
    public key replaces the one in the bundle, as a forger would do), and encrypted again to the
    tests' coordinator."""
    return resealed(data, mutate, key)


# --- forgeries (issue 11: injected families) -----------------------------------------------


def forged_records(template: Installation, region: str, n: int = 4) -> list[dict[str, Any]]:
    """`n` fake families "from" `region` carrying every code: every vulnerability, and an
    event in every phase of every type with every barrier and enabler."""
    base = records_of(template, [1])[0]
    first_event = base["journey"][0]
    journey = [
        {
            **first_event,
            "type": event_type,
            "phase": phase,
            "barriers": list(codes.BARRIERS),
            "enablers": list(codes.ENABLERS),
        }
        for phase in codes.PHASE_ORDER
        for event_type in codes.EVENT_TYPES
    ]
    return [
        {
            **base,
            "pseudonym": os.urandom(32).hex(),
            "region": region,
            "vulnerabilities": list(codes.VULNERABILITIES),
            "journey": journey,
        }
        for _ in range(n)
    ]


def forge(folder: Path, installation_id: str, region: str, template: Installation) -> str:
    """A validly signed bundle under `installation_id`, with a key of the forger's own and a
    high sequence, of four fake families; its key's fingerprint."""
    key = generate_signing_key()
    data = build_bundle(
        forged_records(template, region),
        installation_id=installation_id,
        region=region,
        sequence=99,
        created=CREATED,
        signing_key=key,
        coordinator_key=COORDINATOR_PUBLIC,
    )
    (folder / bundle_file_name(installation_id, 99)).write_bytes(data)
    return fingerprint_of(ed25519_public_bytes(key).hex())


# --- the independent computation ---------------------------------------------------------
# What the outputs must say, computed from the records and the rules as docs/coordinator-outputs.md
# writes them down (not with the coordinator's own functions).


def expected_published(n: int, t: int) -> int | None:
    """A number of families as published: hidden below `t`; else rounded to the nearest 5
    (from 50 on: 10), halves up, and never below the smallest such value that reaches `t`."""

    def to_step(m: int) -> int:
        step = 10 if m >= 50 else 5
        return (m + step // 2) // step * step

    if n < t:
        return None
    lowest = next(v for v in (to_step(m) for m in range(t, t + 20)) if v >= t)
    return max(to_step(n), lowest)


def expected_text(n: int, t: int) -> str:
    value = expected_published(n, t)
    return f"<{t}" if value is None else str(value)


def expected_share(part: int, base: int, t: int) -> str:
    """A percentage as published: only when the part and the rest both reach `t`, from their
    published numbers."""
    a, b = expected_published(part, t), expected_published(base - part, t)
    return "" if a is None or b is None else _pct(a, a + b)


def expected_hidden(values: dict[str, int], t: int) -> set[str]:
    """Parts that share no family (regions, quarters) hidden: the small ones, then the smallest
    holding families until none, all, or at least two holding at least `t` are hidden."""
    hidden = {k for k, v in values.items() if v < t}
    visible = sorted((v, k) for k, v in values.items() if k not in hidden and v > 0)

    def holding() -> list[int]:
        return [values[k] for k in hidden if values[k] > 0]

    while visible and holding() and (len(holding()) < 2 or sum(holding()) < t):
        hidden.add(visible.pop(0)[1])
    return hidden


def expected_counts(records: Sequence[dict]) -> dict[tuple[str, str], tuple[int, int | None]]:
    """(dimension, category) -> (families, events), straight from the records."""
    fam: dict[tuple[str, str], set[int]] = defaultdict(set)
    ev: dict[tuple[str, str], int] = defaultdict(int)
    for i, r in enumerate(records):
        fam[("region", r["region"])].add(i)
        for v in r["vulnerabilities"]:
            fam[("vulnerability", v)].add(i)
        for e in r["journey"]:
            items = [("phase", e["phase"]), ("event_type", e["type"])]
            items += [("barrier", b) for b in e["barriers"]]
            items += [("enabler", x) for x in e["enablers"]]
            for key in items:
                fam[key].add(i)
                ev[key] += 1
    lists = {
        "vulnerability": codes.VULNERABILITIES,
        "phase": codes.PHASE_ORDER,
        "event_type": codes.EVENT_TYPES,
        "barrier": codes.BARRIERS,
        "enabler": codes.ENABLERS,
    }
    result: dict[tuple[str, str], tuple[int, int | None]] = {}
    for region in sorted({r["region"] for r in records}):
        result[("region", region)] = (len(fam[("region", region)]), None)
    for dim, listed in lists.items():
        for code in listed:
            events = None if dim == "vulnerability" else ev[(dim, code)]
            result[(dim, code)] = (len(fam[(dim, code)]), events)
    return result


def wait_weeks(record: dict) -> int | None:
    signals = [e["week"] for e in record["journey"] if e["type"] == "signal"]
    if not signals:
        return None
    first = min(signals)
    later = [e["week"] for e in record["journey"] if e["type"] == "intake" and e["week"] >= first]
    return min(later) - first if later else None


def _median_text(values: list[int]) -> str:
    m = Fraction(statistics.median(values)).limit_denominator(2)
    return str(m.numerator) if m.denominator == 1 else f"{float(m):.1f}"


def _pct(part: int, whole: int) -> str:
    return str(int(Fraction(100 * part, whole) + Fraction(1, 2)))


def expected_metric_row(name: str, records: Sequence[dict], t: int = 5) -> list[str]:
    n = len(records)
    if n < t:
        return [name, f"<{t}", "", "", "", "", ""]
    active = [r for r in records if r["status"] == "active"]
    closed = [r["duration_weeks"] for r in records if r["status"] == "closed"]
    waits = [w for r in records if (w := wait_weeks(r)) is not None]
    return [
        name,
        expected_text(n, t),
        expected_share(sum(r["contacts"]["backup_now"] for r in active), len(active), t),
        expected_share(sum(r["network"]["jim"] for r in records), n, t),
        _median_text([r["contacts"]["max_professionals_at_once"] for r in records]),
        _median_text(closed) if len(closed) >= t else "",
        _median_text(waits) if len(waits) >= t else "",
    ]


def read_csv(path: Path) -> list[list[str]]:
    import csv

    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.reader(f))
