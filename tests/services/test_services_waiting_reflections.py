"""The agenda's lean reading of the reflections awaiting approval (`services.waiting_reflections`)
gives exactly the learning service's answer (`LearningService.pending_reflections`), reads the
same identifying values as `learning.record.identifying_values`, and follows an approval and a
new name in the profile at once (its kept answer is dropped when the audit log moves)."""

from __future__ import annotations

from datetime import date

from support.caseload import small_family, step
from support.common import EXAMPLE, TODAY
from veldwerk.domain.model import Reflection
from veldwerk.learning import record as lrec
from veldwerk.samples.synthetic import synthetic_families
from veldwerk.services.waiting_reflections import WaitingReflections
from veldwerk.workspace import Workspace


def _same(ws: Workspace, waiting: WaitingReflections) -> list[int]:
    with ws.db.unit_of_work() as uow:
        lean = [(w.ref, w.reflection_key, w.date.isoformat(), w.digest) for w in waiting.find(uow)]
    full = [(p.ref, p.reflection_key, p.date, p.digest) for p in ws.learning.pending_reflections()]
    assert lean == full
    return [key for _, key, _, _ in lean]


def test_the_lean_answer_is_the_learning_services(workspace: Workspace) -> None:
    """On the example and 40 synthetic families: the same reflections, keys and digests; the
    same identifying values; after an approval, and after a family whose name occurs in a
    reflection arrives (its scrubbed text changes), still the same."""
    workspace.families.import_file(EXAMPLE)
    workspace.families.import_families(synthetic_families(40, 6, seed=3, end=date(2026, 11, 1)))
    with workspace.db.unit_of_work() as uow:
        values = sorted(uow.learning.identifying_values())
    expected = sorted(v for f in workspace.families.all() for v in lrec.identifying_values(f))
    assert values == expected
    waiting = WaitingReflections()
    keys = _same(workspace, waiting)
    assert keys
    (first,) = [p for p in workspace.learning.pending_reflections() if p.reflection_key == keys[0]]
    workspace.learning_overview.approve(first.reflection_key, first.digest)
    assert keys[0] not in _same(workspace, waiting)
    text = "Overleg met Wubbolts ging goed."
    family = small_family(
        "W-1",
        learning_consent="granted",
        journey=(step(TODAY),),
        reflections=(Reflection(TODAY, text, True),),
    )
    workspace.families.import_families([family])
    before = _same(workspace, waiting)
    renamed = small_family("W-2", journey=(step(TODAY),), name="Gezin Wubbolts")
    workspace.families.import_families([renamed])
    assert _same(workspace, waiting) == before


def test_a_name_changed_in_one_family_is_seen_by_the_next_build(workspace: Workspace) -> None:
    """The vocabulary is kept per family and read again only for families that changed: a
    member renamed to a word of another family's reflection (an edit of a child record, not
    of the family) changes that reflection's scrubbed text, and the next build still agrees
    with the learning service; so does the build after that family is erased."""
    from dataclasses import replace

    text = "overleg met zwanenburg ging goed."
    family = small_family(
        "Z-1",
        learning_consent="granted",
        journey=(step(TODAY),),
        reflections=(Reflection(TODAY, text, True),),
    )
    other = small_family("Z-2", journey=(step(TODAY),))
    workspace.families.import_families([family, other])
    waiting = WaitingReflections()
    before = {w.digest for w in _found(workspace, waiting)}
    member = workspace.families.get("Z-2").members[0]
    workspace.families.save_member("Z-2", replace(member, family_name="Zwanenburg"))
    after = {w.digest for w in _found(workspace, waiting)}
    assert after != before  # "Zwanenburg" is a name now: scrubbed, so another digest
    _same(workspace, waiting)
    workspace.families.erase("Z-2")
    assert {w.digest for w in _found(workspace, waiting)} == before
    _same(workspace, waiting)


def _found(workspace: Workspace, waiting: WaitingReflections) -> list:  # type: ignore[type-arg]
    with workspace.db.unit_of_work() as uow:
        return waiting.find(uow)
