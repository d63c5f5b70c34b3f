"""The bundle's integrity: signature, truncation, keys, encryption (always), schema, versions."""

from __future__ import annotations

import json
import os
import random
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from support.learning import (
    COORDINATOR_PRIVATE,
    CREATED,
    INSTALLATION,
    REGION,
    decrypt_inner,
    example_families,
    export,
    granted,
    open_bundle,
    resealed,
    signed_file,
)
from veldwerk.domain.errors import DomainError
from veldwerk.learning.bundle import (
    FORMAT,
    VERSION,
    Bundle,
    build_bundle,
    bundle_file_name,
    new_installation_id,
    peek,
    read_bundle,
)
from veldwerk.learning.canonical import canonical_json
from veldwerk.learning.envelope import MARKER, TRAILER_BYTES, unpack
from veldwerk.learning.errors import REASONS, BundleError
from veldwerk.learning.keys import (
    coordinator_key_fingerprint,
    ed25519_public_bytes,
    generate_coordinator_keypair,
    generate_signing_key,
    load_coordinator_private_key,
    load_coordinator_public_key,
    signing_key_from_bytes,
    signing_key_to_bytes,
)

KEY = generate_signing_key()
COORDINATOR = COORDINATOR_PRIVATE


@pytest.fixture(scope="module")
def sealed() -> bytes:
    """A bundle file as every export makes it: encrypted to the coordinator."""
    return export(granted(example_families()), signing_key=KEY)


@pytest.fixture(scope="module")
def plain(sealed: bytes) -> bytes:
    """The plain bundle inside `sealed` in a correctly signed envelope that is NOT encrypted:
    what veldwerk never makes, but a forger or an older version could put in a folder."""
    return signed_file(decrypt_inner(sealed), KEY, recipient=None)


def _reason(data: bytes, **kwargs) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(BundleError) as caught:
        read_bundle(data, **kwargs)
    error = caught.value
    assert error.reason in REASONS
    for lang in ("nl", "en"):  # a clear sentence, not a code
        text = error.message(lang)
        assert text and not text.startswith("bundle.") and "{" not in text
    return error.reason


def test_a_good_bundle_reads_back(sealed: bytes) -> None:
    """Protects the round trip: header, records and signer come back from the encrypted file;
    the creation time is only the month (2030-01 for an export on 2030-01-02), the version 3."""
    bundle = read_bundle(sealed, coordinator_private_key=COORDINATOR)
    assert isinstance(bundle, Bundle)
    assert bundle.encrypted
    assert bundle.header.format == FORMAT and bundle.header.version == VERSION == 3
    assert bundle.header.installation_id == INSTALLATION
    assert bundle.header.region == REGION
    assert bundle.header.sequence == 1
    assert bundle.header.created == "2030-01"
    assert bundle.header.created_month == CREATED.replace(day=1)
    assert bundle.header.record_count == len(bundle.records) == 3
    assert bundle.public_key == ed25519_public_bytes(KEY)
    assert [r["pseudonym"] for r in bundle.records] == sorted(
        r["pseudonym"] for r in bundle.records
    )


def test_a_plain_bundle_is_never_made_nor_taken(plain: bytes) -> None:
    """Protects "always encrypted": build_bundle cannot make a bundle without the coordinator's
    key, and a correctly signed envelope whose payload is not encrypted is refused as
    not_encrypted (with or without the coordinator's key), after its signature was verified."""
    with pytest.raises(TypeError):
        build_bundle(
            [],
            installation_id=INSTALLATION,
            region=REGION,
            sequence=1,
            created=CREATED,
            signing_key=KEY,
            coordinator_key=None,  # type: ignore[arg-type]
        )
    assert _reason(plain) == "not_encrypted"
    with pytest.raises(BundleError) as caught:
        read_bundle(plain, coordinator_private_key=COORDINATOR)
    assert (caught.value.reason, caught.value.verified) == ("not_encrypted", True)
    changed = bytearray(plain)  # one hex digit of the signature another (a bit flip could make
    changed[-20] = ord("0") if changed[-20] != ord("0") else ord("1")  # it no hex: "damaged")
    assert _reason(bytes(changed), coordinator_private_key=COORDINATOR) == "bad_signature"


def test_the_file_is_the_documented_envelope(sealed: bytes) -> None:
    """Protects the documented layout: the marker line, the header line (canonical JSON, naming
    the HPKE suite and the coordinator key), the encrypted payload, then a newline, the
    signature in hex and a newline; the signature covers every byte before it, the header's
    payload_bytes says where the payload ends, and the payload decrypts to the canonical plain
    bundle."""
    assert sealed.startswith(MARKER) and MARKER == b"veldwerk-learning-bundle envelope 2\n"
    header_line, rest = sealed[len(MARKER) :].split(b"\n", 1)
    header = json.loads(header_line)
    assert canonical_json(header) == header_line
    assert header["hpke"] == "DHKEM(X25519, HKDF-SHA256)/HKDF-SHA256/AES-256-GCM"
    assert header["recipient"] == coordinator_key_fingerprint(COORDINATOR.public_key())
    payload = decrypt_inner(sealed)
    assert canonical_json(json.loads(payload)) == payload
    assert payload.startswith(b'{"format":"veldwerk-learning-bundle",')
    assert payload.endswith(b',"version":3}')
    trailer = rest[header["payload_bytes"] :]
    assert len(trailer) == TRAILER_BYTES and trailer[:1] == b"\n" and trailer[-1:] == b"\n"
    public = Ed25519PrivateKey.from_private_bytes(signing_key_to_bytes(KEY)).public_key()
    public.verify(bytes.fromhex(trailer[1:-1].decode()), sealed[:-TRAILER_BYTES])
    assert bytes.fromhex(header["public_key"]) == ed25519_public_bytes(KEY)


def test_every_single_byte_change_is_refused(sealed: bytes) -> None:
    """Protects integrity: 1,000 single-byte changes at random places (all over the file, the
    encrypted payload too), each refused with a clear reason, even with the coordinator's key."""
    rng = random.Random(1000)
    positions = list(range(len(sealed)))
    rng.shuffle(positions)
    reasons: dict[str, int] = {}
    for i in range(1000):
        pos = positions[i % len(positions)]
        changed = bytearray(sealed)
        changed[pos] ^= rng.randrange(1, 256)
        reason = _reason(bytes(changed), coordinator_private_key=COORDINATOR)
        reasons[reason] = reasons.get(reason, 0) + 1
    assert set(reasons) <= {
        "bad_signature",
        "damaged",
        "not_a_bundle",
        "truncated",
        "unknown_version",
    }, reasons
    assert reasons.get("bad_signature", 0) > 100, reasons


def test_a_truncated_bundle_says_so(plain: bytes, sealed: bytes) -> None:
    """Protects the copy-interrupted case: every cut-off length of a bundle is refused as
    "truncated" (and the empty file too)."""
    for data in (plain, sealed):
        for length in [*range(0, 200), *range(200, len(data), 37), len(data) - 1]:
            assert _reason(data[:length], coordinator_private_key=COORDINATOR) == "truncated"


def test_signed_with_another_key(sealed: bytes) -> None:
    """Protects authorship: content re-signed with another key but claiming the original key
    fails the signature; a bundle honestly signed with another key is refused when the reader
    expects the installation's known key."""
    obj = json.loads(decrypt_inner(sealed))
    obj["records"][0]["children"] = "3+" if obj["records"][0]["children"] != "3+" else "0"
    forged = signed_file(canonical_json(obj), generate_signing_key(), claimed_key=KEY)
    assert _reason(forged, coordinator_private_key=COORDINATOR) == "bad_signature"
    other = export(granted(example_families()), signing_key=generate_signing_key())
    assert open_bundle(other).public_key != ed25519_public_bytes(KEY)
    assert _reason(other, expected_public_key=ed25519_public_bytes(KEY)) == "unknown_signer"
    assert open_bundle(sealed, expected_public_key=ed25519_public_bytes(KEY)).records


def test_encrypted_needs_the_right_coordinator_key(sealed: bytes) -> None:
    """Protects encryption: without a key the reader says it is encrypted; with another
    coordinator's key it says "wrong_key"; the content is not readable in the file."""
    assert _reason(sealed) == "encrypted_no_key"
    assert _reason(sealed, coordinator_private_key=X25519PrivateKey.generate()) == "wrong_key"
    header, payload = unpack(sealed)
    assert set(header) == {
        "hpke",
        "installation_id",
        "payload_bytes",
        "public_key",
        "recipient",
        "sequence",
    }
    assert header["recipient"] == coordinator_key_fingerprint(COORDINATOR.public_key())
    assert header["hpke"] == "DHKEM(X25519, HKDF-SHA256)/HKDF-SHA256/AES-256-GCM"
    assert b"records" not in sealed and b"journey" not in sealed


def test_a_swapped_inside_is_refused(sealed: bytes) -> None:
    """Protects the link between envelope and content: a correctly signed envelope around the
    plain bundle of another installation, of another sequence, or of another signer, is
    refused; so is a ciphertext moved under another header (the header is the HPKE info)."""

    def wrap(inner: bytes, signer: Ed25519PrivateKey, sequence: int = 1) -> bytes:
        return signed_file(decrypt_inner(inner), signer, sequence=sequence)

    other_installation = export(
        example_families(), signing_key=KEY, installation_id=new_installation_id()
    )
    for inner, sequence in (
        (other_installation, 1),
        (export(example_families(), signing_key=KEY), 2),
    ):
        assert (
            _reason(wrap(inner, KEY, sequence), coordinator_private_key=COORDINATOR) == "mismatch"
        )
    other_signer = export(example_families(), signing_key=generate_signing_key())
    assert _reason(wrap(other_signer, KEY), coordinator_private_key=COORDINATOR) == "mismatch"
    header_line_end = sealed.index(b"\n", len(MARKER))
    _, ciphertext = unpack(sealed)
    head = sealed[: header_line_end + 1].replace(b'"sequence":1}', b'"sequence":2}')
    forged = head + ciphertext
    forged += b"\n" + KEY.sign(forged).hex().encode() + b"\n"
    assert _reason(forged, coordinator_private_key=COORDINATOR) == "damaged"


def test_schema_is_checked_after_the_signature(sealed: bytes) -> None:
    """Protects the format: a validly signed and encrypted bundle with a field the format does
    not know (a name, say), a broken count, an exact creation time, a month that does not exist,
    a week that is not a whole number or a negative duration is refused as "schema"; the same
    plain bundle not encrypted is refused as not_encrypted, before its content is looked at."""
    edits = (
        lambda o: o["records"][0].update(name="Sanne"),
        lambda o: o["header"].update(record_count=99),
        lambda o: o["header"].update(created="2030-01-02T03:04:05Z"),
        lambda o: o["header"].update(created="2030-13"),
        lambda o: o["records"][0]["journey"][0].update(week="4"),
        lambda o: o["records"][0].update(duration_weeks=-4),
    )
    for edit in edits:
        forged = resealed(sealed, edit, KEY)
        assert _reason(forged, coordinator_private_key=COORDINATOR) == "schema"
        assert _reason(resealed(sealed, edit, KEY, recipient=None)) == "not_encrypted"


@pytest.mark.parametrize(
    ("edit", "detail"),
    [
        ((b'"region":', b'"region":"Elders","region":'), "not the canonical encoding from byte"),
        ((b'"sequence":1', b'"sequence":NaN'), "NaN or Infinity"),
        ((b'"sequence":1', b'"sequence":1e999'), "a number with a fraction or an exponent"),
        ((b'"record_count":3', b'"record_count":3.0'), "a number with a fraction or an exponent"),
        ((b'"sequence":1', b'"sequence":1e0'), "a number with a fraction or an exponent"),
        ((b'"sequence":1', b'"sequence": 1'), "not the canonical encoding from byte"),
        ((b'{"format"', b'{ "format"'), "not the canonical encoding from byte 1"),
        ((b'"status":"active"', b'"status":"\\u0061ctive"'), "not the canonical encoding"),
        ((b'"sequence":1', b'"sequence":01'), "not JSON"),
        ((b'{"created"', b'{"record_count":3,"created"'), "not the canonical encoding"),
    ],
)
def test_signed_json_that_is_not_canonical_is_refused(
    sealed: bytes, edit: tuple[bytes, bytes], detail: str
) -> None:
    """Protects against two readers seeing two bundles, and against a forger's file passing as
    veldwerk's: a validly signed and encrypted plain bundle holding a member name twice (one JSON
    reader keeps the first, Python the last), NaN or Infinity, a float where an integer belongs,
    whitespace, another escape of a letter or another order of members is refused as not_canonical
    (broken JSON as damaged), with what and where in the detail."""
    body = decrypt_inner(sealed)
    assert edit[0] in body
    with pytest.raises(BundleError) as caught:
        read_bundle(signed_file(body.replace(*edit, 1), KEY), coordinator_private_key=COORDINATOR)
    expected = "damaged" if detail == "not JSON" else "not_canonical"
    assert (caught.value.reason, caught.value.verified) == (expected, True)
    assert detail in caught.value.detail


def test_unknown_version_and_other_files(sealed: bytes) -> None:
    """Protects versioning and confusion with other files: a future bundle version, version 1
    (no longer read: not minimised, maybe not encrypted), the first envelope, a future envelope,
    another JSON file, a case file, random bytes."""
    for version in (1, 4):
        forged = resealed(sealed, lambda o, v=version: o.update(version=v), KEY)  # type: ignore[misc]
        assert _reason(forged, coordinator_private_key=COORDINATOR) == "unknown_version"
    v1 = b'{"format":"veldwerk-learning-bundle","header":{},"signature":"00","version":1}'
    assert _reason(v1) == "unknown_version"
    assert _reason(sealed.replace(MARKER, MARKER.replace(b"2", b"3"), 1)) == "unknown_version"
    assert _reason(b'{"format":"veldwerk-case-file","version":1,"families":[]}') == "not_a_bundle"
    assert _reason(os.urandom(500)) == "not_a_bundle"
    assert _reason(b"\xef\xbb\xbf" + sealed) == "not_a_bundle"
    assert _reason(sealed + b"\n") == "damaged"
    assert _reason(MARKER + b"{" * 2000) == "damaged"
    deep = b'{"format":"veldwerk-learning-bundle","x":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert _reason(signed_file(deep, KEY), coordinator_private_key=COORDINATOR) == "damaged"


def test_build_bundle_refuses_bad_header_values() -> None:
    """Protects the header: the installation id is 32 hex digits, the sequence from 1, the
    region 1-80 characters."""
    ok = {
        "installation_id": INSTALLATION,
        "region": REGION,
        "sequence": 1,
        "created": CREATED,
        "signing_key": KEY,
        "coordinator_key": COORDINATOR.public_key(),
    }
    build_bundle([], **ok)  # type: ignore[arg-type]
    for change in (
        {"installation_id": "Sanne"},
        {"sequence": 0},
        {"sequence": True},
        {"region": ""},
        {"region": "x" * 81},
    ):
        with pytest.raises(ValueError):
            build_bundle([], **{**ok, **change})  # type: ignore[arg-type]


def test_peek_and_file_name(plain: bytes, sealed: bytes) -> None:
    """Protects file naming: installation and sequence are readable from outside (also when
    encrypted), and the name is <installation_id>-<sequence:08d>.vwlb."""
    for data, encrypted in ((plain, False), (sealed, True)):
        label = peek(data)
        assert (label.installation_id, label.sequence, label.encrypted) == (
            INSTALLATION,
            1,
            encrypted,
        )
    assert bundle_file_name(INSTALLATION, 12) == f"{INSTALLATION}-00000012.vwlb"
    with pytest.raises(BundleError):
        peek(b"nonsense")


def test_signing_key_round_trip() -> None:
    """Protects keeping the signing key in the store as 32 raw bytes."""
    raw = signing_key_to_bytes(KEY)
    assert len(raw) == 32
    assert ed25519_public_bytes(signing_key_from_bytes(raw)) == ed25519_public_bytes(KEY)


def test_coordinator_keypair_files(tmp_path: Path, plain: bytes) -> None:
    """Protects the coordinator's key files: private 0600, both loadable, they work together,
    and they are never overwritten."""
    private_path, public_path = generate_coordinator_keypair(tmp_path / "keys")
    assert stat.S_IMODE(private_path.stat().st_mode) == 0o600
    public = load_coordinator_public_key(public_path)
    private = load_coordinator_private_key(private_path)
    data = build_bundle(
        [],
        installation_id=INSTALLATION,
        region=REGION,
        sequence=1,
        created=CREATED,
        signing_key=KEY,
        coordinator_key=public,
    )
    assert read_bundle(data, coordinator_private_key=private).encrypted
    with pytest.raises(DomainError) as caught:
        generate_coordinator_keypair(tmp_path / "keys")
    assert caught.value.code == "learning.key_file_exists"


def test_coordinator_key_files_give_clear_errors(tmp_path: Path) -> None:
    """Protects the coordinator from confusing files: swapped private/public, a missing file,
    a signing key, garbage, and a passphrase that is missing or wrong each get their own
    message."""
    private_path, public_path = generate_coordinator_keypair(tmp_path / "a")
    locked_private, _ = generate_coordinator_keypair(
        tmp_path / "b", passphrase=b"geheim wachtwoord"
    )
    ed_pem = tmp_path / "ed.pem"
    ed_pem.write_bytes(
        generate_signing_key()
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    garbage = tmp_path / "garbage.pem"
    garbage.write_bytes(b"-----BEGIN PUBLIC KEY-----\nnonsense\n-----END PUBLIC KEY-----\n")

    def refused(call, path: Path, **kwargs) -> tuple[str, str]:  # type: ignore[no-untyped-def]
        with pytest.raises(DomainError) as caught:
            call(path, **kwargs)
        return caught.value.code, caught.value.message("nl")

    # Each file's own message names the file; a passphrase problem is said without a path.
    missing = tmp_path / "nope.pem"
    public, private = load_coordinator_public_key, load_coordinator_private_key
    for call, path, code, text in (
        (public, private_path, "is_private", f"{private_path} is de geheime coördinatorsleutel."),
        (private, public_path, "is_public", f"{public_path} is de openbare coördinatorsleutel;"),
        (public, missing, "missing", f"Het sleutelbestand {missing} bestaat niet."),
        (public, ed_pem, "wrong", f"{ed_pem} is geen coördinatorsleutel van veldwerk."),
        (public, garbage, "wrong", f"{garbage} is geen coördinatorsleutel van veldwerk."),
        (public, tmp_path, "wrong", f"{tmp_path} is geen coördinatorsleutel van veldwerk."),
    ):
        found_code, message = refused(call, path)
        assert found_code == f"learning.key_file_{code}" and message.startswith(text), message
    assert refused(private, locked_private) == (
        "learning.key_file_needs_passphrase",
        "Deze geheime sleutel is beveiligd met een wachtwoord. Vul het wachtwoord in.",
    )
    assert refused(private, locked_private, passphrase=b"fout") == (
        "learning.key_file_wrong_passphrase",
        "Het wachtwoord van de geheime sleutel klopt niet.",
    )
    assert load_coordinator_private_key(locked_private, passphrase=b"geheim wachtwoord")


def test_the_value_limit_never_refuses_a_bundle_that_fits_the_byte_limit() -> None:
    """The reader's two limits agree: records as dense as real ones (synthetic families of 40
    events) that fill `MAX_BUNDLE_BYTES` hold fewer values than `MAX_VALUES`. With the earlier
    limit of 400,000 values a bundle of 1,000 families x 40 events (7.1 MB, under the byte limit)
    was refused as not canonical."""
    import dataclasses
    from datetime import date

    from veldwerk.learning.bundle import MAX_VALUES
    from veldwerk.learning.envelope import MAX_BUNDLE_BYTES
    from veldwerk.learning.record import build_record, profile_vocabulary
    from veldwerk.samples.synthetic import synthetic_families

    families = [
        dataclasses.replace(f, learning_consent="granted")
        for f in synthetic_families(20, 40, seed=7)
    ]
    vocabulary = profile_vocabulary(families)
    records = [
        build_record(
            f,
            region="Noord-Veluwe",
            today=date(2026, 11, 24),
            approved_reflections=frozenset(),
            vocabulary=vocabulary,
        )
        for f in families
    ]

    def values(node: object) -> int:
        if isinstance(node, dict):
            return 1 + sum(values(v) for v in node.values())
        if isinstance(node, list):
            return 1 + sum(values(v) for v in node)
        return 1

    body = canonical_json([r for r in records if r is not None])
    bytes_per_value = len(body) / values(json.loads(body))
    assert MAX_VALUES * bytes_per_value >= MAX_BUNDLE_BYTES
