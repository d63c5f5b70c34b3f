"""Canary leak tests: nothing identifying ever reaches a bundle byte, neither in the encrypted
file nor in the plain bundle inside it."""

from __future__ import annotations

import dataclasses
import json

import pytest

from support.learning import (
    MARKER,
    REGION,
    TODAY,
    contents,
    decrypt_inner,
    example_families,
    export,
    granted,
    leaks,
    marked_families,
    open_bundle,
)
from veldwerk.learning.keys import generate_signing_key
from veldwerk.learning.record import build_record


@pytest.fixture(scope="module")
def marked() -> list:  # type: ignore[type-arg]
    return marked_families()


@pytest.fixture(scope="module")
def signing_key():  # type: ignore[no-untyped-def]
    return generate_signing_key()


def test_generated_families_really_carry_markers(marked) -> None:  # type: ignore[no-untyped-def]
    """Protects the canary itself: the generated file has markers in every identifying field,
    in shared reflections, and families that consent (otherwise a clean result means nothing)."""
    text = json.dumps([dataclasses.asdict(f) for f in marked], default=str)
    assert text.count(MARKER) > 200 * 10
    assert any(f.learning_consent == "granted" for f in marked)
    assert any(r.share_for_learning and MARKER in r.text for f in marked for r in f.reflections)


def test_example_file_leaks_nothing(signing_key) -> None:  # type: ignore[no-untyped-def]
    """Protects the spec example: its names (every 4-letter piece), refs, addresses, phones,
    e-mails, notes, titles, municipalities and dates never appear in the bundle, even with every
    family consenting and every reflection approved."""
    families = example_families()
    for fams in (families, granted(families)):
        data = export(fams, signing_key=signing_key)
        assert leaks(decrypt_inner(data), families) == []
        assert open_bundle(data).records


def test_generated_file_leaks_nothing_plain(marked, signing_key) -> None:  # type: ignore[no-untyped-def]
    """Protects the main promise with 200 generated families whose every identifying value is a
    unique marker: no marker and no 4-letter piece of any name in any byte of the plain bundle
    (what the coordinator decrypts), with the generated consents and with everyone consenting
    (and all reflections approved)."""
    for fams in (marked, granted(marked)):
        data = export(fams, signing_key=signing_key)
        assert leaks(decrypt_inner(data), marked, marker=MARKER) == []
    records = open_bundle(data).records
    assert len(records) == 200
    shared = [text for r in records for text in r["reflections"]]
    assert shared and all("[nummer]" in text for text in shared)


def test_the_leak_check_finds_leaks() -> None:
    """Protects the canary from passing vacuously: a name piece, a marker, a phone number and a
    date of the family are each found, whatever their case."""
    family = example_families()[0]
    assert leaks(b'{"x":"...SANNE..."}', [family])
    assert leaks(b'{"x":"... vrie ..."}', [family])
    assert leaks(b'{"x":"qzxcanary000001"}', [family], marker=MARKER)
    assert leaks(b'{"x":"06-11223344"}', [family])
    assert leaks(b'{"x":"2026-02-03"}', [family])
    assert leaks(b'{"x":"03-02-2026"}', [family])
    assert not leaks(b'{"x":"wachtlijst"}', [family])


def test_generated_file_leaks_nothing_encrypted(marked, signing_key) -> None:  # type: ignore[no-untyped-def]
    """Protects the encrypted bundle: nothing in the file as it travels, and nothing after
    decryption either (checked on the decrypted bytes)."""
    data = export(granted(marked), signing_key=signing_key)
    assert MARKER.lower().encode() not in data.lower()
    inner = decrypt_inner(data)
    assert leaks(inner, marked, marker=MARKER) == []
    assert len(open_bundle(data).records) == 200


def _record_of(family) -> dict:  # type: ignore[no-untyped-def,type-arg]
    record = build_record(family, region=REGION, today=TODAY)
    assert record is not None
    record["reflections"] = []
    return record


def test_only_consenting_families_are_in_it(marked, signing_key) -> None:  # type: ignore[no-untyped-def]
    """Protects consent: exactly the families with consent `granted` have a record (told apart
    by their content: pseudonyms are drawn anew for every bundle)."""
    bundle = open_bundle(export(marked, signing_key=signing_key, approve_all=False))
    expected = [_record_of(f) for f in marked if f.learning_consent == "granted"]
    assert contents(bundle.records) == contents(expected)
    assert bundle.header.record_count == len(expected) < len(marked)


def test_withdrawn_consent_disappears_from_the_next_bundle(signing_key) -> None:  # type: ignore[no-untyped-def]
    """Protects withdrawal: a family whose consent is withdrawn is gone from the next export."""
    families = granted(example_families())
    first = open_bundle(export(families, signing_key=signing_key, sequence=1, approve_all=False))
    gone = contents([_record_of(families[0])])[0]
    assert gone in contents(first.records)
    families[0] = dataclasses.replace(families[0], learning_consent="refused")
    second = open_bundle(export(families, signing_key=signing_key, sequence=2, approve_all=False))
    assert gone not in contents(second.records)
    assert second.header.record_count == first.header.record_count - 1
