"""The merge rules of shared families (docs/team-sharing.md, "Merging"), one by one, on devices
without a database (`support.team.Device`)."""

from __future__ import annotations

import itertools
import secrets
from dataclasses import replace

import pytest

from support.team import TODAY, Device, example_family, plain
from veldwerk.domain.handover import change_contact
from veldwerk.domain.model import Event, Family, Member
from veldwerk.team.ops import BadOp, Op, op_from_json, op_to_json


def pair(index: int = 0) -> tuple[Device, Device]:
    """Two devices that both hold the example family `index` (A shared it with B)."""
    tick = itertools.count(1_800_000_000_000, 5)
    tag = secrets.token_hex(16)
    a, b = Device(tag, lambda: next(tick)), Device(tag, lambda: next(tick))
    b.receive(a.share(example_family(index)))
    return a, b


def exchange(a: Device, b: Device) -> None:
    """Both sync: each takes the other's ops and holds the merged family."""
    a.receive(b.made)
    b.receive(a.made)
    a.refresh()
    b.refresh()


def step(title: str) -> Event:
    return Event(TODAY, "contact", title)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_the_first_share_gives_the_same_family_back(index: int) -> None:
    """Every record of a family survives being turned into ops and merged again, in order."""
    a, b = pair(index)
    assert a.family is not None and b.family is not None
    assert plain(b.family) == plain(a.family) == plain(example_family(index))
    assert b.state.conflicts() == []


def test_steps_added_on_both_sides_are_all_kept() -> None:
    """Add-wins: a step added by each device offline is on both afterwards."""
    a, b = pair()
    a.change(lambda f: replace(f, journey=(*f.journey, step("van A"))))
    b.change(lambda f: replace(f, journey=(*f.journey, step("van B"))))
    exchange(a, b)
    assert a.family is not None and b.family is not None
    titles = [e.title for e in a.family.journey]
    assert "van A" in titles and "van B" in titles
    assert plain(a.family) == plain(b.family)


def test_the_later_edit_of_an_ordinary_field_wins() -> None:
    """Last writer wins by the hybrid logical clock, field by field: B's later title wins on
    both devices, and A's change of another field of the same step stays."""
    a, b = pair()

    def retitle(f: Family, title: str, **more: object) -> Family:
        first = replace(f.journey[0], title=title, **more)  # type: ignore[arg-type]
        return replace(f, journey=(first, *f.journey[1:]))

    a.change(lambda f: retitle(f, "titel van A", description="beschrijving van A"))
    b.change(lambda f: retitle(f, "titel van B"))
    exchange(a, b)
    assert a.family is not None and b.family is not None
    first = next(e for e in a.family.journey if e.title.startswith("titel"))
    assert (first.title, first.description) == ("titel van B", "beschrijving van A")
    assert plain(a.family) == plain(b.family)
    assert a.state.conflicts() == []


def test_concurrent_consent_changes_are_a_conflict_until_resolved() -> None:
    """Consent is a safety field: two different values set offline are both kept and listed on
    both sides; meanwhile the family shows the most careful one. A resolution (an op replacing
    both) ends the conflict everywhere."""
    a, b = pair()
    a.change(lambda f: replace(f, learning_consent="unknown"))
    b.change(lambda f: replace(f, learning_consent="refused"))
    exchange(a, b)
    (conflict,) = a.state.conflicts()
    assert conflict == b.state.conflicts()[0]
    assert (conflict.id, sorted(c.value for c in conflict.choices)) == (
        "field:learning_consent",
        ["refused", "unknown"],
    )
    assert a.family is not None and a.family.learning_consent == "refused"
    heads = tuple(a.state.heads("learning_consent"))
    stamp = a.clock.tick().text()
    resolution = Op(stamp, "mv", "family", a.tag, {"learning_consent": "unknown"}, heads)
    a.receive([resolution])
    b.receive([resolution])
    assert a.state.conflicts() == b.state.conflicts() == []
    assert a.family is not None and a.family.learning_consent == "unknown"
    assert b.family is not None and b.family.learning_consent == "unknown"


def test_the_same_value_on_both_sides_is_no_conflict() -> None:
    """Two devices that set consent to the same value agree: nothing to resolve."""
    a, b = pair()
    a.change(lambda f: replace(f, learning_consent="refused"))
    b.change(lambda f: replace(f, learning_consent="refused"))
    exchange(a, b)
    assert a.state.conflicts() == []


def test_concurrent_handovers_of_the_backup_are_a_conflict() -> None:
    """The contact assignments are a safety field: A makes Karin Bos the backup while B ends
    the backup role, both offline: both are kept as a conflict, alike on both sides."""
    a, b = pair()
    a.change(lambda f: change_contact(f, "backup", "n2", TODAY).family)
    b.change(lambda f: change_contact(f, "backup", None, TODAY).family)
    exchange(a, b)
    (conflict,) = a.state.conflicts()
    assert conflict.id == "field:contacts" and len(conflict.choices) == 2
    assert a.family is not None and b.family is not None
    assert plain(a.family) == plain(b.family)


def test_a_deletion_wins_over_a_concurrent_edit_and_is_shown() -> None:
    """A deletes a step that B edits offline: the step is gone on both, and the deletion is a
    notice listing the edit it overrode; acknowledging it ends the notice."""
    a, b = pair()
    target = example_family().journey[1].title
    a.change(lambda f: replace(f, journey=tuple(e for e in f.journey if e.title != target)))
    b.change(
        lambda f: replace(
            f,
            journey=tuple(
                replace(e, title="bijgewerkt") if e.title == target else e for e in f.journey
            ),
        )
    )
    exchange(a, b)
    assert a.family is not None and b.family is not None
    assert all(e.title not in (target, "bijgewerkt") for e in a.family.journey)
    assert plain(a.family) == plain(b.family)
    (notice,) = a.state.conflicts()
    assert notice.kind == "deleted" and notice.field == "event"
    assert [c.value for c in notice.choices] == ["deleted", "changed"]
    ack = Op(a.clock.tick().text(), "ack", "family", a.tag, target=notice.choices[0].op)
    a.receive([ack])
    assert a.state.conflicts() == []


def test_a_deletion_after_seeing_the_edit_is_no_notice() -> None:
    """A deletion made after the edit had arrived overrides nothing unseen: no notice."""
    a, b = pair()
    target = example_family().journey[1].title
    b.change(
        lambda f: replace(
            f,
            journey=tuple(
                replace(e, title="bijgewerkt") if e.title == target else e for e in f.journey
            ),
        )
    )
    a.receive(b.made)
    a.change(lambda f: replace(f, journey=tuple(e for e in f.journey if e.title != "bijgewerkt")))
    exchange(a, b)
    assert a.state.conflicts() == b.state.conflicts() == []


def test_two_members_added_under_the_same_id_are_both_kept() -> None:
    """Both devices add an "m9" offline: both are kept, the later one (by the clock) renamed
    alike on both."""
    a, b = pair()
    a.change(lambda f: replace(f, members=(*f.members, Member("m9", "child", "Anna"))))
    b.change(lambda f: replace(f, members=(*f.members, Member("m9", "child", "Bram"))))
    exchange(a, b)
    assert a.family is not None and b.family is not None
    added = [(m.id, m.given_name) for m in a.family.members if m.id.startswith("m9")]
    assert added == [("m9", "Anna"), ("m9_2", "Bram")]
    assert plain(a.family) == plain(b.family)


def test_a_deleted_network_member_who_is_still_a_contact_stays() -> None:
    """A deletes Karin Bos from the network while B makes her the backup: she stays in the
    network (the family keeps a valid backup), and the deletion is shown."""
    a, b = pair()
    a.change(lambda f: replace(f, network=tuple(n for n in f.network if n.id != "n2")))
    b.change(lambda f: change_contact(f, "backup", "n2", TODAY).family)
    exchange(a, b)
    assert a.family is not None and b.family is not None
    assert "n2" in [n.id for n in a.family.network]
    assert plain(a.family) == plain(b.family)
    assert [c.kind for c in a.state.conflicts()] == ["deleted"]


def test_an_imported_file_becomes_only_the_ops_of_what_changed() -> None:
    """`import --replace` stores the family anew (new rows): an edited step is one edit of
    that step, a new step one add, nothing else travels."""
    a, _b = pair()

    def reimport(f: Family) -> Family:
        fresh = plain(f)
        first = replace(fresh.journey[0], description="aangevuld")
        return replace(fresh, journey=(first, *fresh.journey[1:], step("nieuw")))

    ops = a.change(reimport, same_rows=False)
    assert sorted((op.kind, op.type) for op in ops) == [("add", "event"), ("set", "event")]
    (edit,) = [op for op in ops if op.kind == "set"]
    assert dict(edit.fields) == {"description": "aangevuld"}


def test_an_erasure_erases_unless_someone_changed_the_family_unseen() -> None:
    """An erasure of the family by a device that saw everything erases it everywhere; one made
    while another device changed it unseen is a conflict (erase or keep) for a person."""
    a, b = pair()
    erase = Op(a.clock.tick().text(), "erase", "family", a.tag, seen=a.state.latest_by_device())
    b.receive([erase])
    assert b.state.erased and b.family is None

    a, b = pair()
    b.change(lambda f: replace(f, journey=(*f.journey, step("onderweg"))))
    erase = Op(a.clock.tick().text(), "erase", "family", a.tag, seen=a.state.latest_by_device())
    b.receive([erase])
    a.receive([erase, *b.made])
    assert not b.state.erased and b.family is not None
    assert (
        [c.kind for c in b.state.conflicts()]
        == ["erasure"]
        == [c.kind for c in a.state.conflicts()]
    )


def test_ops_travel_as_json_and_a_bad_one_is_refused() -> None:
    """An op reads back from its JSON as it was; a field of the wrong type, an unknown part, a
    set of a safety field or a malformed time is refused (BadOp)."""
    a, _b = pair()
    for op in a.made[:40]:
        assert op_from_json(op_to_json(op)) == op
    add = op_to_json(next(op for op in a.made if op.type == "event"))
    bad = [
        {**add, "f": {**add["f"], "date": "2026-02-30"}},
        {**add, "x": 1},
        {**add, "id": "yesterday"},
        {**add, "k": "set", "t": "family", "f": {"learning_consent": "granted"}},
        {**add, "f": {**add["f"], "involved": ["not-a-uid"]}},
        {**add, "k": "mv", "f": {"title": "x"}},
    ]
    for value in bad:
        with pytest.raises(BadOp):
            op_from_json(value)


def test_a_step_from_a_veldwerk_before_planned_steps_is_taken_as_done() -> None:
    """A colleague's veldwerk from before planned steps writes a step's add without `planned`:
    it is read (not refused as incomplete) and the step is a done one; a step with any other
    field missing is still refused."""
    a, _b = pair()
    add = op_to_json(next(op for op in a.made if op.type == "event"))
    older = {**add, "f": {k: v for k, v in add["f"].items() if k != "planned"}}
    assert "planned" not in op_from_json(older).fields
    with pytest.raises(BadOp):
        op_from_json({**add, "f": {k: v for k, v in add["f"].items() if k != "title"}})
