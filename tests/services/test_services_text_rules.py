"""The save paths the app uses apply the same text rules as the importer: a text over its limit,
a control character, a half character or a direction override is refused at its place and nothing
is stored; tabs and line breaks in free text are kept. A rule only the importer held would let the
app store a 30 MB name."""

from __future__ import annotations

import dataclasses
import time
from datetime import date

import pytest

from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Event, Family, Member, Reflection

TODAY = date(2026, 11, 24)
REF = "HW-2026-009"


def refused(call) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with pytest.raises(DomainError) as caught:
        call()
    return [(p.field, p.code) for p in caught.value.problems]


def test_update_details_refuses_a_long_name_and_stores_nothing(example_workspace) -> None:  # type: ignore[no-untyped-def]
    """200 characters are saved; 201 and 30 MB are refused at `name` (the 30 MB one at once)."""
    fam = example_workspace.families
    before = fam.get(REF)
    assert refused(lambda: fam.update_details(REF, name="x" * 201)) == [
        ("name", "rule.text_too_long")
    ]
    start = time.perf_counter()
    assert refused(lambda: fam.update_details(REF, name="x" * 30_000_000)) == [
        ("name", "rule.text_too_long")
    ]
    assert time.perf_counter() - start < 1.0
    assert fam.get(REF) == before
    assert fam.update_details(REF, name="é" * 200).name == "é" * 200


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Sanne\x1b[31m", "rule.text_control_char"),
        ("Sanne\x9b", "rule.text_control_char"),
        ("Sanne\ud800", "rule.text_broken_char"),
        ("\u202eennaS", "rule.text_direction_char"),
        ("Sanne\n", "rule.text_line_break"),
    ],
)
def test_save_member_refuses_forbidden_characters(example_workspace, text, code) -> None:  # type: ignore[no-untyped-def]
    """A member's name with a control character, half a character (which crashed the store),
    a direction override or a line break is refused at its place; nothing is stored."""
    fam = example_workspace.families
    before = fam.get(REF)
    member = dataclasses.replace(before.members[0], given_name=text)
    assert refused(lambda: fam.save_member(REF, member)) == [("members[0].given_name", code)]
    new = Member("m9", "other_household", given_name=text)
    assert refused(lambda: fam.save_member(REF, new)) == [
        (f"members[{len(before.members)}].given_name", code)
    ]
    assert fam.get(REF) == before


def test_free_text_limits_on_events_and_reflections(example_workspace) -> None:  # type: ignore[no-untyped-def]
    """A description or reflection takes 20,000 characters with tabs and line breaks, kept as
    they are; 20,001 are refused."""
    fam = example_workspace.families
    text = ("regel\n\tingesprongen " * 1000)[:20_000]
    event = Event(TODAY, "note", "Notitie", description=text)
    saved = fam.save_event(REF, event)
    assert [e.description for e in saved.journey if e.title == "Notitie"] == [text]
    too_long = dataclasses.replace(event, description=text + "x")
    assert refused(lambda: fam.save_event(REF, too_long))[0][1] == "rule.text_too_long"
    assert refused(lambda: fam.save_reflection(REF, Reflection(TODAY, "x" * 20_001))) == [
        (f"reflections[{len(saved.reflections)}].text", "rule.text_too_long")
    ]
    assert fam.get(REF) == saved


def test_create_refuses_a_family_with_a_forbidden_character(workspace) -> None:  # type: ignore[no-untyped-def]
    """A new family from the app is held to the same rules: nothing is stored."""
    family = Family(
        ref="N-1",
        name="Gezin \u202eAB",
        municipality="Ermelo",
        status="closed",
        opened_on=date(2026, 1, 1),
        closed_on=date(2026, 2, 1),
        members=(Member("m1", "mother", "Anna"),),
    )
    assert refused(lambda: workspace.families.create(family)) == [
        ("name", "rule.text_direction_char")
    ]
    assert workspace.families.count() == 0


def test_a_handover_title_stays_short_text(example_workspace) -> None:  # type: ignore[no-untyped-def]
    """A contact change names the person in the handover's title: with a name of 200
    characters the title is cut to 200, so the change is not refused."""
    fam = example_workspace.families
    family = fam.get("HW-2026-001")
    karin = next(n for n in family.network if n.id == "n2")
    fam.save_network_member("HW-2026-001", dataclasses.replace(karin, name="K" * 200))
    family = fam.change_contact("HW-2026-001", "primary", "n2", on=TODAY)
    (title,) = [e.title for e in family.journey if e.type == "handover"]
    assert len(title) == 200 and title.endswith("…")
