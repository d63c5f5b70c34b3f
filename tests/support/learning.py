"""Shared helpers for the learning tests: exporting a list of families the way the services do,
and the leak checks (markers, name pieces, values, dates)."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from support.common import EXAMPLE
from veldwerk.domain.model import Family
from veldwerk.interchange.reader import parse_case_file
from veldwerk.interchange.writer import dump_case_file
from veldwerk.learning.bundle import build_bundle
from veldwerk.learning.canonical import canonical_json
from veldwerk.learning.envelope import TRAILER_BYTES, read_header, seal, unpack
from veldwerk.learning.errors import BundleError
from veldwerk.learning.keys import ed25519_public_bytes
from veldwerk.learning.record import build_record, pending_reflections, profile_vocabulary
from veldwerk.samples.synthetic import synthetic_families

TODAY = date(2026, 11, 24)
CREATED = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
REGION = "Regio Proef"
SECRET = bytes(range(32))
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


def export(
    families: Sequence[Family],
    *,
    signing_key: Ed25519PrivateKey,
    secret: bytes = SECRET,
    sequence: int = 1,
    coordinator_key: X25519PublicKey | None = None,
    approve_all: bool = True,
    installation_id: str = INSTALLATION,
    family_ids: Sequence[int] | None = None,
) -> bytes:
    """What `veldwerk export` does: vocabulary of the whole profile, (all) reflections approved
    in the preview, one record per consenting family, one signed bundle."""
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
    ids = family_ids or range(1, len(families) + 1)
    records = []
    for family_id, family in zip(ids, families, strict=True):
        record = build_record(
            family,
            family_id=family_id,
            secret=secret,
            region=REGION,
            today=TODAY,
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


def payload_of(data: bytes) -> dict:  # type: ignore[type-arg]
    """The plain bundle of an unencrypted bundle file, parsed (no signature checked)."""
    return json.loads(unpack(data)[1])  # type: ignore[no-any-return]


def signed_file(
    payload: bytes,
    key: Ed25519PrivateKey,
    *,
    claimed_key: Ed25519PrivateKey | None = None,
    recipient: X25519PublicKey | None = None,
    installation_id: str = INSTALLATION,
    sequence: int = 1,
) -> bytes:
    """`payload` (bytes as they are: a forger's) in an envelope signed with `key`; with
    `claimed_key`, the header names that key instead (a forgery that claims someone else's key).
    """
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


def resealed(data: bytes, mutate: Callable[[dict], None], key: Ed25519PrivateKey) -> bytes:  # type: ignore[type-arg]
    """An unencrypted bundle whose plain bundle was changed by `mutate(obj)`, encoded
    canonically and signed again with `key` (named as the signer, inside too, as a forger
    would); the envelope names the installation and sequence the changed header names."""
    obj = payload_of(data)
    mutate(obj)
    obj["public_key"] = ed25519_public_bytes(key).hex()
    inner = obj.get("header", {})
    return signed_file(
        canonical_json(obj),
        key,
        installation_id=inner.get("installation_id", INSTALLATION),
        sequence=inner.get("sequence", 1),
    )


def decrypt_inner(data: bytes, private_key: X25519PrivateKey) -> bytes:
    """The plain bundle inside an encrypted one, decrypted by hand (not through read_bundle):
    the payload, with the marker and header line as the HPKE info."""
    _, start = read_header(data)
    _, payload = unpack(data)
    suite = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
    return suite.decrypt(payload, private_key, info=data[:start])


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
    """The payload of a bundle file (the plain bundle when it is not encrypted), else `data`."""
    try:
        return unpack(data)[1]
    except BundleError:
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
