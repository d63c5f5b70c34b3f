"""Shared helpers for the learning tests: the test coordinator's key pair (every bundle is
encrypted to the coordinator), exporting a list of families the way the services do, forged and
resealed envelopes, and the leak checks (markers, name pieces, values, dates)."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from support.common import EXAMPLE
from veldwerk.domain.model import Family
from veldwerk.interchange.reader import parse_case_file
from veldwerk.interchange.writer import dump_case_file
from veldwerk.learning.bundle import Bundle, build_bundle, read_bundle
from veldwerk.learning.canonical import canonical_json
from veldwerk.learning.envelope import TRAILER_BYTES, read_header, seal, unpack
from veldwerk.learning.errors import BundleError
from veldwerk.learning.keys import ed25519_public_bytes
from veldwerk.learning.record import build_record, pending_reflections, profile_vocabulary
from veldwerk.samples.synthetic import synthetic_families

TODAY = date(2026, 11, 24)
CREATED = date(2030, 1, 2)
"""The export day of `export`'s bundles (only its month, ``2030-01``, is written)."""
REGION = "Regio Proef"
COORDINATOR_PRIVATE = X25519PrivateKey.from_private_bytes(bytes(range(100, 132)))
"""The tests' coordinator: every bundle the tests make is encrypted to its public key."""
COORDINATOR_PUBLIC = COORDINATOR_PRIVATE.public_key()
INSTALLATION = "0123456789abcdef0123456789abcdef"
MARKER = "QZXCANARY"


def example_families() -> list[Family]:
    return parse_case_file(EXAMPLE.read_bytes(), TODAY)


def marked_families(n: int = 200, events: int = 8, seed: int = 4711) -> list[Family]:
    """A generated case file of `n` families whose every identifying value carries a marker,
    written and read back through the interchange format."""
    generated = synthetic_families(n, events, seed, marker=MARKER)
    return parse_case_file(dump_case_file(generated), TODAY)


def granted(families: Iterable[Family]) -> list[Family]:
    return [dataclasses.replace(f, learning_consent="granted") for f in families]


def coordinator_public_pem(key: X25519PublicKey = COORDINATOR_PUBLIC) -> bytes:
    """The coordinator's public key file (what the coordinator hands to each case director)."""
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def give_coordinator_key(ws: Any, folder: Path) -> Path:
    """Set the tests' coordinator key in workspace `ws` the way a case director does: its file
    in `folder`, then ``veldwerk config set coordinator_key FILE``. Returns the file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "coordinator-public.pem"
    path.write_bytes(coordinator_public_pem())
    ws.config.set("coordinator_key", str(path))
    return path


def open_bundle(data: bytes, **kwargs: Any) -> Bundle:
    """`read_bundle` with the tests' coordinator key."""
    return read_bundle(data, coordinator_private_key=COORDINATOR_PRIVATE, **kwargs)


def records_of_bundle(data: bytes) -> list[dict[str, Any]]:
    """The records of a bundle made for the tests' coordinator."""
    return open_bundle(data).records


def without_pseudonym(record: dict[str, Any]) -> str:
    """A record as canonical JSON without its pseudonym: what stays the same for one family
    from export to export (its pseudonym never does)."""
    return json.dumps({k: v for k, v in record.items() if k != "pseudonym"}, sort_keys=True)


def contents(records: Iterable[dict[str, Any]]) -> list[str]:
    """`without_pseudonym` of every record, sorted: two record lists with the same contents
    hold the same families' records, whatever pseudonyms they drew."""
    return sorted(without_pseudonym(r) for r in records)


def export(
    families: Sequence[Family],
    *,
    signing_key: Ed25519PrivateKey,
    sequence: int = 1,
    coordinator_key: X25519PublicKey = COORDINATOR_PUBLIC,
    approve_all: bool = True,
    installation_id: str = INSTALLATION,
    today: date = TODAY,
) -> bytes:
    """What `veldwerk export` does: vocabulary of the whole profile, (all) reflections approved
    in the preview, one record per consenting family (each under a fresh pseudonym), one signed
    bundle encrypted to the coordinator."""
    vocabulary = profile_vocabulary(families)
    approved = (
        frozenset(
            digest
            for f in families
            for _, _, digest in pending_reflections(f, vocabulary=vocabulary)
        )
        if approve_all
        else frozenset()
    )
    records = []
    for family in families:
        record = build_record(
            family,
            region=REGION,
            today=today,
            approved_reflections=approved,
            vocabulary=vocabulary,
        )
        if record is not None:
            records.append(record)
    return build_bundle(
        records,
        installation_id=installation_id,
        region=REGION,
        sequence=sequence,
        created=CREATED,
        signing_key=signing_key,
        coordinator_key=coordinator_key,
    )


def decrypt_inner(data: bytes, private_key: X25519PrivateKey = COORDINATOR_PRIVATE) -> bytes:
    """The plain bundle inside an encrypted bundle file, decrypted by hand (not through
    read_bundle): the payload, with the marker and header line as the HPKE info."""
    _, start = read_header(data)
    _, payload = unpack(data)
    suite = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
    return suite.decrypt(payload, private_key, info=data[:start])


def plain_of(data: bytes) -> bytes:
    """The plain bundle of a bundle file, no signature checked: decrypted with the tests'
    coordinator key when it is encrypted (every real one is), as it is when not (a forger's)."""
    header, _ = read_header(data)
    return decrypt_inner(data) if header["hpke"] is not None else unpack(data)[1]


def payload_of(data: bytes) -> dict:  # type: ignore[type-arg]
    """The plain bundle of a bundle file, parsed (`plain_of`; no signature checked)."""
    return json.loads(plain_of(data))  # type: ignore[no-any-return]


def signed_file(
    payload: bytes,
    key: Ed25519PrivateKey,
    *,
    claimed_key: Ed25519PrivateKey | None = None,
    recipient: X25519PublicKey | None = COORDINATOR_PUBLIC,
    installation_id: str = INSTALLATION,
    sequence: int = 1,
) -> bytes:
    """`payload` (bytes as they are: a forger's) encrypted to `recipient` (the tests'
    coordinator; None: not encrypted) in an envelope signed with `key`; with `claimed_key`, the
    header names that key instead (a forgery that claims someone else's key)."""
    data = seal(
        payload,
        installation_id=installation_id,
        sequence=sequence,
        signing_key=claimed_key or key,
        recipient=recipient,
    )
    if claimed_key is None:
        return data
    signed = data[:-TRAILER_BYTES]
    return signed + b"\n" + key.sign(signed).hex().encode("ascii") + b"\n"


def resealed(
    data: bytes,
    mutate: Callable[[dict], None],  # type: ignore[type-arg]
    key: Ed25519PrivateKey,
    *,
    recipient: X25519PublicKey | None = COORDINATOR_PUBLIC,
) -> bytes:
    """A bundle whose plain bundle was changed by `mutate(obj)`, encoded canonically, encrypted
    again to `recipient` (the tests' coordinator) and signed again with `key` (named as the
    signer, inside too, as a forger would); the envelope names the installation and sequence the
    changed header names."""
    obj = payload_of(data)
    mutate(obj)
    obj["public_key"] = ed25519_public_bytes(key).hex()
    inner = obj.get("header", {})
    return signed_file(
        canonical_json(obj),
        key,
        recipient=recipient,
        installation_id=inner.get("installation_id", INSTALLATION),
        sequence=inner.get("sequence", 1),
    )


# --- what must never appear ---------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")


def person_names(family: Family) -> list[str]:
    """Every name of a person in the family's record: members, network, action owners, and the
    family's own display name without the word "Gezin"."""
    names = [f"{m.given_name or ''} {m.family_name or ''}" for m in family.members]
    names += [n.name for n in family.network]
    names += [a.owner for g in family.goals for a in g.actions if a.owner]
    names.append(re.sub(r"(?i)\bgezin\b", " ", family.name))
    return names


def name_pieces(families: Iterable[Family]) -> set[str]:
    """Every 4-character piece (lower-cased) of every word of every name: any longer piece
    contains one of these."""
    pieces: set[str] = set()
    for family in families:
        for name in person_names(family):
            for word in _WORD.findall(name.lower()):
                pieces.update(word[i : i + 4] for i in range(len(word) - 3))
    return pieces


def identifying_texts(family: Family) -> list[str]:
    """Whole values that must never appear (reflections aside: their scrubbed text may)."""
    values: list[str | None] = [family.ref, family.name, family.municipality]
    for m in family.members:
        values += [m.given_name, m.family_name, m.phone, m.email, m.address, m.notes]
    for n in family.network:
        values += [n.name, n.organisation, n.phone, n.email, n.relation]
    for e in family.journey:
        values += [e.title, e.description]
    for g in family.goals:
        values.append(g.title)
        for a in g.actions:
            values += [a.title, a.owner]
    return [v for v in values if v and len(v) >= 4]


def family_dates(family: Family) -> set[date]:
    found: set[date | None] = {family.opened_on, family.closed_on, family.due_date}
    for m in family.members:
        found |= {m.birth_date, m.expected_on}
    for n in family.network:
        found |= {n.since, n.until}
    for c in family.contacts:
        found |= {c.start, c.until}
    found |= {e.date for e in family.journey}
    found |= {a.due_on for g in family.goals for a in g.actions}
    found |= {r.date for r in family.reflections}
    return {d for d in found if d is not None}


def date_spellings(day: date) -> list[str]:
    return [
        day.isoformat(),
        day.strftime("%d-%m-%Y"),
        day.strftime("%d/%m/%Y"),
        f"{day.day}-{day.month}-{day.year}",
    ]


def _payload_or_all(data: bytes) -> bytes:
    """The plain bundle of a bundle file (`plain_of`: decrypted with the tests' coordinator key,
    so the check reads what the coordinator reads), else `data` itself."""
    try:
        return plain_of(data)
    except (BundleError, InvalidTag, ValueError):
        return data


def leaks(data: bytes, families: Iterable[Family], *, marker: str | None = None) -> list[str]:
    """Everything identifying about `families` found in `data` (case-insensitive, in the raw
    bytes and in the decoded JSON text); empty when clean."""
    fams = list(families)
    raw = data.decode("utf-8", "replace").lower()
    try:
        decoded = json.dumps(json.loads(_payload_or_all(data)), ensure_ascii=False).lower()
    except ValueError:
        decoded = raw
    haystacks = (raw, decoded)
    grams = {h[i : i + 4] for h in haystacks for i in range(len(h) - 3)}
    found: list[str] = []

    def check(what: str, needle: str) -> None:
        low = needle.lower()
        if len(low) >= 4 and low[:4] not in grams:
            return  # quick: its first four characters are nowhere
        if any(low in h for h in haystacks):
            found.append(f"{what}: {needle!r}")

    if marker:
        check("marker", marker)
    for piece in sorted(name_pieces(fams)):
        check("name piece", piece)
    for family in fams:
        for value in identifying_texts(family):
            check("value", value)
        for day in family_dates(family):
            for spelling in date_spellings(day):
                check("date", spelling)
    return found
