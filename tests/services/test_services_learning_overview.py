"""The Learning data window's use cases in the services: one snapshot of everything it shows,
read in one transaction, and every change answered with the fresh snapshot (the window only
draws it), including what became of an export still waiting."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from support.learning import give_coordinator_key
from veldwerk.domain.errors import DomainError
from veldwerk.services.learning_overview import LearningSnapshot

REF = "HW-2026-001"  # the example's family with consent and a reflection marked for sharing


@pytest.fixture
def ws(example_workspace, tmp_path):  # type: ignore[no-untyped-def]
    example_workspace.config.set("region", "Noord-Veluwe")
    give_coordinator_key(example_workspace, tmp_path / "keys")
    return example_workspace


def test_snapshot_holds_everything_the_window_shows(ws) -> None:
    """Protects the window's one answer: records that would leave, the reflection awaiting
    approval with its scrubbed text and digest, every family's consent by ref, the outbox."""
    snap = ws.learning_overview.snapshot()
    assert isinstance(snap, LearningSnapshot)
    assert snap.region == "Noord-Veluwe" and len(snap.records) == 1
    (pending,) = snap.pending
    assert pending.ref == REF and pending.scrubbed and len(pending.digest) == 64
    assert snap.approved == ()
    assert [c.ref for c in snap.consents] == sorted(c.ref for c in snap.consents)
    assert {c.consent for c in snap.consents} == {"granted", "refused", "unknown"}
    assert snap.outbox.waiting == 0 and snap.shared_folder is None and snap.encrypted


def test_without_the_coordinator_key_the_preview_shows_and_the_export_is_refused(
    example_workspace,
) -> None:
    """Protects "always encrypted" from the window: without the coordinator's key the snapshot
    still shows what would leave (the preview needs no key) and says it is not locked, and
    Make export is refused with the message that says how to get the key; nothing waits."""
    example_workspace.config.set("region", "Noord-Veluwe")
    snap = example_workspace.learning_overview.snapshot()
    assert len(snap.records) == 1 and not snap.encrypted
    with pytest.raises(DomainError) as refused:
        example_workspace.learning_overview.make_export()
    assert refused.value.code == "learning.coordinator_key_missing"
    assert example_workspace.learning.status().waiting == 0


def test_snapshot_without_a_region_shows_no_records(example_workspace) -> None:
    """Protects the empty preview: without a region nothing can be built, and the snapshot
    says so instead of failing."""
    snap = example_workspace.learning_overview.snapshot()
    assert snap.region is None and snap.records == () and len(snap.consents) == 3


def test_snapshot_is_one_transaction(ws) -> None:
    """Protects one unit of work per use case: families, settings, records and reflections of
    the snapshot are read in a single transaction."""
    begun: list[int] = []

    def count(_conn: Any) -> None:
        begun.append(1)

    event.listen(ws.db.engine, "begin", count)
    try:
        ws.learning_overview.snapshot()
    finally:
        event.remove(ws.db.engine, "begin", count)
    assert len(begun) == 1


def test_approving_moves_the_reflection_to_approved(ws) -> None:
    """Protects approval: the answer's snapshot lists the reflection as approved, with the
    exact scrubbed text that was approved, and no longer as pending."""
    (pending,) = ws.learning_overview.snapshot().pending
    outcome = ws.learning_overview.approve(pending.reflection_key, pending.digest)
    assert outcome.snapshot.pending == () and not outcome.replaced_export
    (approved,) = outcome.snapshot.approved
    assert (approved.reflection_key, approved.scrubbed) == (
        pending.reflection_key,
        pending.scrubbed,
    )


def test_withdrawing_consent_replaces_the_waiting_export(ws) -> None:
    """Protects withdrawal from the window: the export waiting is rebuilt without the family,
    and the answer says so with the fresh consent list."""
    made = ws.learning_overview.make_export()
    assert made.export is not None and made.export.records == 1
    assert made.snapshot.outbox.waiting == 1
    outcome = ws.learning_overview.change_consent(REF, "refused")
    assert outcome.replaced_export and outcome.snapshot.outbox.waiting == 1
    assert next(c for c in outcome.snapshot.consents if c.ref == REF).consent == "refused"
    assert outcome.snapshot.records == ()


def test_withdrawing_an_approval_replaces_the_waiting_export(ws) -> None:
    """Protects the approval's withdrawal: the reflection is pending again and the waiting
    export is rebuilt without it."""
    (pending,) = ws.learning_overview.snapshot().pending
    ws.learning_overview.approve(pending.reflection_key, pending.digest)
    ws.learning_overview.make_export()
    outcome = ws.learning_overview.withdraw_approval(pending.reflection_key)
    assert outcome.replaced_export and [p.reflection_key for p in outcome.snapshot.pending] == [
        pending.reflection_key
    ]
