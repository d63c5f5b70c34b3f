"""The change set file (format 1, docs/team-sharing.md): what it says is readable only by its
recipients, its signature is checked with the named colleague's key before the payload is
decrypted or parsed, and a file that is cut short, changed or not one at all is refused with a
reason that says whether it may still be arriving."""

from __future__ import annotations

import pytest

from veldwerk.learning.canonical import canonical_json
from veldwerk.team.changeset import (
    MARKER,
    ChangeSetError,
    Recipient,
    decode_payload,
    encode_payload,
    open_change_set,
    read_header,
    seal,
)
from veldwerk.team.identity import DeviceIdentity

WRITER, READER, OTHER = (
    DeviceIdentity.generate(),
    DeviceIdentity.generate(),
    DeviceIdentity.generate(),
)
FAMILY = "0123456789abcdef0123456789abcdef"
KEYS = {d.device_id: d.signing_public for d in (WRITER, READER, OTHER)}


def sealed(
    payload: bytes = b'{"format":"veldwerk-change-set-payload","ops":[],"version":1}',
) -> bytes:
    return seal(
        payload,
        writer=WRITER,
        family=FAMILY,
        seq=7,
        recipients=[Recipient(READER.device_id, READER.exchange_public)],
    )


def test_a_recipient_reads_it_and_nobody_else_does() -> None:
    """The recipient decrypts the payload; another colleague (who can verify it) cannot."""
    data = sealed(encode_payload({"ops": []}))
    opened = open_change_set(data, KEYS)
    assert (opened.device, opened.family, opened.seq) == (WRITER.device_id, FAMILY, 7)
    assert opened.recipients == (READER.device_id,)
    assert decode_payload(opened.decrypt(READER) or b"") == {
        "format": "veldwerk-change-set-payload",
        "ops": [],
        "version": 1,
    }
    assert opened.decrypt(OTHER) is None
    assert b"ops" not in data  # the payload is encrypted


@pytest.mark.parametrize("cut", [0, 5, len(MARKER) + 10, -200, -1])
def test_a_file_cut_short_is_truncated_and_tried_again(cut: int) -> None:
    """A file that has not fully arrived is ``truncated``, not verified: it is tried again."""
    data = sealed()
    with pytest.raises(ChangeSetError) as caught:
        open_change_set(data[:cut], KEYS)
    assert caught.value.reason == "truncated" and not caught.value.verified


def test_a_changed_byte_breaks_the_signature() -> None:
    """Any changed byte of header or payload is ``bad_signature`` (or ``damaged`` for a header
    that is no longer canonical); nothing is decrypted."""
    data = sealed()
    header_end = data.index(b"\n", len(MARKER))
    for at in (header_end + 5, len(data) - 140, len(data) - 3):
        changed = bytearray(data)
        changed[at] ^= 0x01
        with pytest.raises(ChangeSetError) as caught:
            open_change_set(bytes(changed), KEYS)
        assert caught.value.reason in ("bad_signature", "damaged")
        assert not caught.value.verified


def test_a_file_of_an_unknown_device_is_refused_before_any_cryptography() -> None:
    """Without the writer's card there is no key to verify with: ``unknown_colleague``."""
    with pytest.raises(ChangeSetError) as caught:
        open_change_set(sealed(), {READER.device_id: READER.signing_public})
    assert caught.value.reason == "unknown_colleague"


def test_the_header_must_be_canonical_and_within_its_schema() -> None:
    """A header with its keys in another order, an extra member, or another version's marker
    is refused before the signature is looked at."""
    data = sealed()
    header, start = read_header(data)
    reordered = (
        MARKER
        + b"{"
        + b",".join(canonical_json({k: header[k]})[1:-1] for k in reversed(sorted(header)))
        + b"}\n"
    )
    extra = MARKER + canonical_json({**header, "x": 1}) + b"\n"
    for head in (reordered, extra):
        with pytest.raises(ChangeSetError) as caught:
            open_change_set(head + data[start:], KEYS)
        assert caught.value.reason == "damaged"
    with pytest.raises(ChangeSetError) as caught:
        read_header(b"veldwerk-change-set 2\n{}\n")
    assert caught.value.reason == "unknown_version"
    with pytest.raises(ChangeSetError) as caught:
        read_header(b"GIF89a" + b"\0" * 100)
    assert caught.value.reason == "not_a_change_set"


def test_a_payload_out_of_its_schema_is_refused_as_verified() -> None:
    """A signed, decryptable payload that is not the format (written by a faulty veldwerk) is
    ``damaged`` and verified: refused for good, not tried again."""
    opened = open_change_set(sealed(canonical_json({"version": 1, "ops": "all"})), KEYS)
    with pytest.raises(ChangeSetError) as caught:
        decode_payload(opened.decrypt(READER) or b"")
    assert caught.value.reason == "damaged" and caught.value.verified
