"""The draft rules in the services (`services.drafts`, `domain.drafts`) on a real encrypted
store: one draft per dialog and record, replaced when saved again; a new family's draft has no
family; a draft too large is refused (and the older one of its slot goes); a damaged payload
comes back as a problem, not a traceback; stale drafts go; erasing a family (or replacing it by
an import) removes its drafts; a record deleted meanwhile is marked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from support.common import EXAMPLE
from veldwerk.domain.drafts import MAX_DRAFT_BYTES, DraftKey, decode_values, encode_values
from veldwerk.domain.errors import DomainError
from veldwerk.workspace import Workspace


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def test_one_draft_per_slot_and_a_new_family_has_none(example_workspace: Workspace) -> None:
    """Saving the same dialog's draft again replaces it; other records keep their own."""
    ws = example_workspace
    family = ws.families.list()[0]
    one, two = DraftKey("event", family.key, 1), DraftKey("event", family.key, None)
    ws.drafts.save(one, {"title": "a"})
    ws.drafts.save(one, {"title": "b"})
    ws.drafts.save(two, {"title": "c"})
    ws.drafts.save(DraftKey("new_family"), {"fields.name": "Gezin Nieuw"})
    got = {d.key: d for d in ws.drafts.pending()}
    assert ws.drafts.count() == 3
    assert got[one].values == {"title": "b"} and got[one].family_name == family.name
    assert got[DraftKey("new_family")].family_ref is None
    ws.drafts.discard(one)
    assert one not in {d.key for d in ws.drafts.pending()}


def test_too_large_and_not_plain_values_are_refused(example_workspace: Workspace) -> None:
    """Above the size bound nothing is kept and the slot's older draft is removed; values
    that are not plain JSON are refused; bad kinds are refused."""
    key = DraftKey("reflection", example_workspace.families.list()[0].key)
    example_workspace.drafts.save(key, {"text": "kort"})
    with pytest.raises(DomainError) as too_large:
        example_workspace.drafts.save(key, {"text": "x" * (MAX_DRAFT_BYTES + 1)})
    assert too_large.value.code == "draft.too_large"
    assert example_workspace.drafts.count() == 0
    with pytest.raises(DomainError):
        encode_values({"when": datetime.now()})
    with pytest.raises(DomainError):
        DraftKey("Robert'); DROP TABLE")


@pytest.mark.parametrize(
    "payload", ["{kapot", "[1, 2]", '{"a": ' * 50 + "1" + "}" * 50, "x" * (MAX_DRAFT_BYTES + 1)]
)
def test_a_damaged_payload_is_a_problem_not_a_traceback(
    example_workspace: Workspace, payload
) -> None:
    """Broken JSON, a list, deep nesting or an oversized payload in the store: `pending` gives
    the draft with a problem code and no values."""
    with pytest.raises(DomainError):
        decode_values(payload)
    family = example_workspace.families.list()[0]
    key = DraftKey("event", family.key)
    with example_workspace.db.unit_of_work(write=True) as uow:
        uow.drafts.put(key.slot, key.kind, key.family_key, None, payload, now())
        uow.commit()
    (draft,) = example_workspace.drafts.pending()
    assert draft.values is None and draft.problem in {"draft.unreadable", "draft.too_large"}


def test_stale_drafts_are_removed(example_workspace: Workspace) -> None:
    """A draft not touched for more than a month is not offered, and is removed."""
    key = DraftKey("event", example_workspace.families.list()[0].key)
    example_workspace.drafts.save(key, {"title": "oud"})
    assert example_workspace.drafts.pending(now() + timedelta(days=31)) == []
    assert example_workspace.drafts.count() == 0


def test_erasure_and_replacing_import_remove_a_familys_drafts(example_workspace: Workspace) -> None:
    """Erasing a family removes its drafts; replacing families by an import too; a record
    deleted meanwhile is marked as gone; other families' drafts stay."""
    ws = example_workspace
    first, second, third = ws.families.list()
    f2 = ws.families.get(second.ref)
    ws.drafts.save(DraftKey("family_details", first.key), {"fields.name": "x"})
    ws.drafts.save(DraftKey("event", second.key, f2.journey[0].key), {"title": "y"})
    ws.drafts.save(DraftKey("goal", third.key), {"title": "z"})
    ws.families.erase(first.ref)
    assert {d.key.family_key for d in ws.drafts.pending()} == {second.key, third.key}
    ws.families.delete_event(second.ref, f2.journey[0].key)  # type: ignore[arg-type]
    gone = next(d for d in ws.drafts.pending() if d.key.family_key == second.key)
    assert gone.record_gone
    ws.families.import_file(EXAMPLE, replace_existing=True)
    assert ws.drafts.pending() == []
    assert ws.admin.check().ok
