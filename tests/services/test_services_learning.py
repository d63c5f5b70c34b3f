"""The learning-data service: only families with consent leave, reflections only once approved,
sequences only grow, the bundle verifies, delivery waits for a missing folder and never doubles."""

from __future__ import annotations

import json

import pytest

from support.learning import contents, give_coordinator_key, open_bundle
from veldwerk.domain.errors import DomainError
from veldwerk.learning.bundle import read_bundle
from veldwerk.learning.keys import generate_coordinator_keypair, load_coordinator_private_key
from veldwerk.texts import text


@pytest.fixture
def ws(example_workspace, tmp_path):  # type: ignore[no-untyped-def]
    example_workspace.config.set("region", "Noord-Veluwe")
    give_coordinator_key(example_workspace, tmp_path / "keys")
    return example_workspace


def test_region_must_be_set_first(example_workspace):
    with pytest.raises(DomainError) as err:
        example_workspace.learning.records()
    assert err.value.code == "learning.region_missing"


def test_only_consenting_families_and_nothing_identifying(ws, example_bytes):
    """The example has one family with consent; its record holds no identifying value."""
    records = ws.learning.records()
    assert len(records) == 1 and records[0]["region"] == "Noord-Veluwe"
    text = json.dumps(records, ensure_ascii=False).lower()
    for value in (
        "sanne",
        "de vries",
        "harderwijk",
        "hw-2026-001",
        "stationsstraat",
        "06-11223344",
        "karin",
        "femke",
        "2026-02-03",
        "verloskundige",
    ):
        assert value not in text


def test_reflection_leaves_only_after_approval_of_the_scrubbed_text(ws):
    pending = ws.learning.pending_reflections()
    assert len(pending) == 1 and pending[0].ref == "HW-2026-001"
    assert not any("reflections" in r and r["reflections"] for r in ws.learning.records())
    ws.learning.approve_reflection(pending[0].reflection_key, pending[0].digest)
    assert ws.learning.pending_reflections() == []
    rec = ws.learning.records()[0]
    assert rec["reflections"] == [pending[0].scrubbed]


def test_withdrawn_consent_disappears_from_the_next_bundle(ws, tmp_path):
    first = ws.learning.export(tmp_path)
    ws.families.set_consent("HW-2026-001", "refused")
    second = ws.learning.export(tmp_path)
    assert second.sequence > first.sequence
    assert open_bundle(second.path.read_bytes()).records == []
    assert len(open_bundle(first.path.read_bytes()).records) == 1


def test_encrypted_to_the_coordinator(ws, tmp_path):
    """Protects encryption: with the key the coordinator made, only its private key opens the
    export (the region is not even readable in the file)."""
    private, public = generate_coordinator_keypair(tmp_path / "coordinator")
    ws.config.set("coordinator_key", str(public))
    result = ws.learning.export(tmp_path / "out")
    data = result.path.read_bytes()
    assert b"Noord-Veluwe" not in data
    bundle = read_bundle(data, coordinator_private_key=load_coordinator_private_key(private))
    assert bundle.encrypted and bundle.header.region == "Noord-Veluwe"


def test_outbox_waits_for_the_shared_folder_and_delivers_once(ws, tmp_path):
    shared = tmp_path / "shared"
    ws.config.set("shared_folder", str(shared))
    ws.learning.export()
    result = ws.learning.sync()
    assert not result.ok and ws.learning.status().waiting == 1
    shared.mkdir()
    assert ws.learning.sync().ok
    assert ws.learning.sync().ok
    assert len(list(shared.glob("*.vwlb"))) == 1 and ws.learning.status().waiting == 0


def test_sync_without_a_shared_folder_says_so(ws):
    with pytest.raises(DomainError) as err:
        ws.learning.sync()
    assert err.value.code == "learning.shared_folder_missing"


def test_no_export_without_the_coordinator_key(example_workspace, tmp_path):
    """Protects "always encrypted": without the coordinator's key no export is made (none in
    the outbox, none in a folder, no sequence number used), with a message in both languages
    that says how to get one; the preview still works; once the key is set, export works."""
    ws = example_workspace
    ws.config.set("region", "Noord-Veluwe")
    for to in (None, tmp_path / "out"):
        with pytest.raises(DomainError) as refused:
            ws.learning.export(to)
        assert refused.value.code == "learning.coordinator_key_missing"
    assert ws.learning.status().waiting == 0 and not (tmp_path / "out").exists()
    nl = text("learning.coordinator_key_missing", "nl")
    en = text("learning.coordinator_key_missing", "en")
    assert "coördinator" in nl and "veldwerk config set coordinator_key" in nl
    assert "Instellingen" in nl and "Settings" in en and "public key" in en
    assert len(ws.learning.records()) == 1
    give_coordinator_key(ws, tmp_path / "keys")
    assert ws.learning.export().sequence == 1


def test_the_preview_is_exactly_what_leaves_but_the_pseudonyms(ws):
    """Protects the preview: the records it shows are the records sealed in the export, field
    for field; only the pseudonyms differ, because every export draws new ones."""
    shown = ws.learning.records()
    sent = open_bundle(ws.learning.export().path.read_bytes()).records
    assert contents(shown) == contents(sent)
    assert {r["pseudonym"] for r in shown}.isdisjoint(r["pseudonym"] for r in sent)


def test_pseudonyms_differ_between_exports_and_the_month_is_all_of_the_time(ws, tmp_path):
    """Protects unlinkable bundles: the same family gets another pseudonym in every export;
    the installation stays and the sequence grows; the bundle says only the month."""
    a = open_bundle(ws.learning.export(tmp_path).path.read_bytes())
    b = open_bundle(ws.learning.export(tmp_path).path.read_bytes())
    assert a.records[0]["pseudonym"] != b.records[0]["pseudonym"]
    assert contents(a.records) == contents(b.records)
    assert a.header.installation_id == b.header.installation_id
    assert b.header.sequence == a.header.sequence + 1
    assert a.header.created == "2026-11"
