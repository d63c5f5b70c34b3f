"""Withdrawal reaches the outbox on every path of the services: a change that takes a family
(or a reflection) out of the learning data rebuilds the export still waiting without it, or
drops it when none can be made; other changes leave the waiting export alone."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from support.learning import give_coordinator_key, open_bundle

REF = "HW-2026-001"  # the example's family with consent
OTHER = "HW-2026-009"


@pytest.fixture
def ws(example_workspace, tmp_path):  # type: ignore[no-untyped-def]
    example_workspace.config.set("region", "Noord-Veluwe")
    give_coordinator_key(example_workspace, tmp_path / "keys")
    example_workspace.families.set_consent(OTHER, "granted")
    return example_workspace


def journey_of(ws: Any, ref: str) -> list[dict[str, Any]]:
    """The family's journey as it leaves (its event pattern): how a test finds the family in a
    bundle, which holds no ref or name."""
    family = ws.families.get(ref)
    return next(r["journey"] for r in ws.learning.records([family]))


def waiting_records(ws: Any) -> list[list[dict[str, Any]]]:
    """The journeys of the records in every export waiting in the outbox."""
    return [
        r["journey"]
        for p in ws.learning.outbox.pending()
        for r in open_bundle(p.read_bytes()).records
    ]


def waiting_reflections(ws: Any) -> list[list[str]]:
    """The reflection texts of the records in every export waiting in the outbox."""
    return [
        r["reflections"]
        for p in ws.learning.outbox.pending()
        for r in open_bundle(p.read_bytes()).records
    ]


def test_withdrawn_consent_rebuilds_the_waiting_export(ws) -> None:
    """Protects consent: set_consent to refused replaces the waiting export by one without the
    family (the other family stays); the result says so."""
    pattern = journey_of(ws, REF)
    first = ws.learning.export()
    assert pattern in waiting_records(ws)
    change = ws.families.set_consent(REF, "refused")
    assert change.family.learning_consent == "refused"
    assert change.waiting_export.replaced and change.waiting_export.dropped == 1
    assert change.waiting_export.rebuilt.sequence > first.sequence
    assert [p.name for p in ws.learning.outbox.pending()] == [
        change.waiting_export.rebuilt.path.name
    ]
    assert waiting_records(ws) == [journey_of(ws, OTHER)]


def test_without_a_region_the_waiting_export_is_dropped(ws, tmp_path: Path) -> None:
    """Protects the case where no new export can be made: the waiting one is removed, so the
    next sync delivers nothing."""
    ws.learning.export()
    ws.config.set("region", None)
    change = ws.families.set_consent(REF, "unknown")
    assert change.waiting_export.dropped == 1 and not change.waiting_export.replaced
    assert ws.learning.status().waiting == 0
    shared = tmp_path / "shared"
    shared.mkdir()
    ws.config.set("shared_folder", str(shared))
    assert ws.learning.sync().delivered == () and list(shared.iterdir()) == []


def test_without_the_coordinator_key_the_waiting_export_is_dropped(ws) -> None:
    """Protects withdrawal when no new export can be made because the coordinator's key was
    removed: the waiting export (made with the key) is removed, none is made in its place."""
    ws.learning.export()
    ws.config.set("coordinator_key", None)
    change = ws.families.set_consent(REF, "refused")
    assert change.waiting_export.dropped == 1 and not change.waiting_export.replaced
    assert ws.learning.status().waiting == 0


def test_erasing_the_family_rebuilds_the_waiting_export(ws) -> None:
    """Protects erasure: the waiting export no longer holds the erased family."""
    pattern = journey_of(ws, REF)
    ws.learning.export()
    waiting = ws.families.erase(REF)
    assert waiting.replaced
    assert pattern not in waiting_records(ws) and len(waiting_records(ws)) == 1


def test_replacing_by_import_with_consent_refused_rebuilds_the_waiting_export(
    ws, example_bytes: bytes, tmp_path: Path
) -> None:
    """Protects import --replace: the imported version refuses consent, so the waiting export
    is rebuilt without the family."""
    pattern = journey_of(ws, REF)
    ws.learning.export()
    doc = json.loads(example_bytes)
    for family in doc["families"]:
        family["learning_consent"] = "refused" if family["ref"] == REF else "granted"
    path = tmp_path / "new.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = ws.families.import_file(path, replace_existing=True)
    assert result.replaced == 3 and result.waiting_export.replaced
    assert pattern not in waiting_records(ws) and len(waiting_records(ws)) == 2


def test_revoking_an_approval_rebuilds_the_waiting_export(ws) -> None:
    """Protects the approval of a reflection: once withdrawn, its text is in no waiting
    export."""
    pending = ws.learning.pending_reflections()[0]
    ws.learning.approve_reflection(pending.reflection_key, pending.digest)
    ws.learning.export()
    assert [pending.scrubbed] in waiting_reflections(ws)
    waiting = ws.learning.revoke_reflection(pending.reflection_key)
    assert waiting.replaced
    assert waiting_reflections(ws) == [[], []]


def test_deleting_a_shared_reflection_rebuilds_the_waiting_export(ws) -> None:
    """Protects reflections on the ordinary edit path: deleting an approved shared one takes
    it out of the waiting export."""
    pending = ws.learning.pending_reflections()[0]
    ws.learning.approve_reflection(pending.reflection_key, pending.digest)
    before = ws.learning.export()
    assert [pending.scrubbed] in waiting_reflections(ws)
    ws.families.delete_reflection(REF, pending.reflection_key)
    assert [p.name for p in ws.learning.outbox.pending()] != [before.path.name]
    assert waiting_reflections(ws) == [[], []]


def test_changes_that_take_nothing_out_leave_the_waiting_export(ws) -> None:
    """Protects against needless rebuilds: a new name, giving consent, and importing a new
    family leave the waiting export as it is."""
    first = ws.learning.export()
    ws.families.update_details(REF, name="Gezin de Vries-Bakker")
    assert ws.families.set_consent("HW-2025-017", "granted").waiting_export.dropped == 0
    ws.families.import_families([dataclasses.replace(ws.families.get(REF), ref="HW-2026-200")])
    assert ws.families.count() == 4
    assert ws.learning.outbox.pending() == [first.path]


def test_a_bundle_exported_to_a_folder_is_the_users_own(ws, tmp_path: Path) -> None:
    """Protects the user's explicit file: `export --to DIR` is not in the outbox, so a
    withdrawal leaves it alone; the outbox itself is rebuilt."""
    ws.learning.export()
    mine = ws.learning.export(tmp_path / "mine")
    data = mine.path.read_bytes()
    change = ws.families.set_consent(REF, "refused")
    assert mine.path.read_bytes() == data
    assert change.waiting_export.rebuilt.sequence > mine.sequence
    assert journey_of(ws, OTHER) in waiting_records(ws) and len(waiting_records(ws)) == 1
