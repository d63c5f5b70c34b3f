"""Closing and reopening a family (domain.closing) and the handover notes of a change of contact
person (domain.handover.HandoverNotes), issue 14: the codes, what closing and reopening do to the
family and its journey, and every refusal (reason required, dates, status, no primary)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from veldwerk.domain import closing, codes, handover, rules
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import ContactAssignment, Family, Member, NetworkMember

TODAY = date(2026, 11, 24)
JAN = date(2026, 1, 5)

FAMILY = Family(
    ref="C-1",
    name="Gezin",
    municipality="Ermelo",
    status="active",
    opened_on=JAN,
    members=(Member(id="m1", role="mother", given_name="Ilse"),),
    network=(
        NetworkMember("p1", "professional", "Anna", profession="social_team"),
        NetworkMember("p2", "professional", "Bram", profession="lvb_support"),
    ),
    contacts=(ContactAssignment("primary", "p1", JAN),),
)


def test_the_code_lists_are_the_issues_with_dutch_labels() -> None:
    """The handover reasons and closing reasons are exactly the codes of issue 14, each with its
    Dutch label as the issue spells it."""
    assert list(codes.HANDOVER_REASONS) == [
        "leave", "illness", "workload", "job_change", "family_wish", "other"
    ]  # fmt: skip
    assert [codes.label("handover_reason", c, "nl") for c in codes.HANDOVER_REASONS] == [
        "Verlof", "Ziekte", "Werkdruk", "Andere baan", "Wens van het gezin", "Anders"
    ]  # fmt: skip
    assert list(codes.CLOSING_REASONS) == [
        "goals_reached", "moved", "family_ended", "referred", "child_two", "other"
    ]  # fmt: skip
    assert [codes.label("closing_reason", c, "nl") for c in codes.CLOSING_REASONS] == [
        "Doelen bereikt", "Verhuisd", "Gezin gestopt", "Doorverwezen", "Kind is twee", "Anders"
    ]  # fmt: skip


def test_closing_sets_status_date_reason_note_and_adds_a_closure_step() -> None:
    """Closing makes the family closed on the day, keeps the reason and the (trimmed) note, adds
    a `closure` step naming the reason with the note as its description, and the result passes
    every rule of the case file; the contacts stay as they were."""
    change = closing.close_family(FAMILY, "moved", date(2026, 11, 1), TODAY, "  Naar Zwolle. ")
    f = change.family
    assert (f.status, f.closed_on, f.closing_reason, f.closing_note) == (
        "closed",
        date(2026, 11, 1),
        "moved",
        "Naar Zwolle.",
    )
    assert change.event.type == "closure" and change.event in f.journey
    assert change.event.title == "Gezin afgesloten: Verhuisd"
    assert change.event.description == "Naar Zwolle."
    assert f.contacts == FAMILY.contacts
    assert rules.validate_family(f, TODAY) == []


@pytest.mark.parametrize(
    ("family", "reason", "on", "code"),
    [
        (FAMILY, None, TODAY, "closing.reason_required"),
        (FAMILY, "", TODAY, "closing.reason_required"),
        (FAMILY, "bored", TODAY, "rule.unknown_code"),
        (FAMILY, "moved", date(2026, 1, 4), "closing.before_opened"),
        (FAMILY, "moved", date(2026, 11, 25), "closing.in_future"),
        (replace(FAMILY, status="closed", closed_on=JAN), "moved", TODAY, "closing.already_closed"),
    ],
)
def test_closing_is_refused(family: Family, reason: str | None, on: date, code: str) -> None:
    """Closing needs a known reason and a day from opened_on up to today, of an active family."""
    with pytest.raises(DomainError) as caught:
        closing.close_family(family, reason, on, TODAY)
    assert caught.value.code == code


def test_reopening_keeps_the_history_and_clears_the_closing() -> None:
    """Reopening makes the family active again without a closing date, reason or note, keeps the
    closure step, adds an `intake` step, and passes the rules."""
    closed = closing.close_family(FAMILY, "referred", date(2026, 10, 1), TODAY, "Naar GGZ").family
    change = closing.reopen_family(closed, date(2026, 11, 2), TODAY, "en")
    f = change.family
    assert (f.status, f.closed_on, f.closing_reason, f.closing_note) == ("active", None, None, None)
    assert [e.type for e in f.journey] == ["closure", "intake"]
    assert change.event.title == "Family reopened"
    assert rules.validate_family(f, TODAY) == []


def test_reopening_without_a_current_primary_is_refused_until_one_is_chosen() -> None:
    """A closed family whose vast aanspreekpunt has ended cannot be reopened (an active family
    has exactly one current primary): the message says to choose one first; once a primary is
    chosen (a closed family allows it), reopening works."""
    closed = closing.close_family(FAMILY, "moved", date(2026, 10, 1), TODAY).family
    ended = handover.change_contact(closed, "primary", None, date(2026, 10, 2)).family
    assert closing.may_reopen(ended, TODAY) == "closing.reopen_no_primary"
    with pytest.raises(DomainError) as caught:
        closing.reopen_family(ended, TODAY, TODAY)
    assert caught.value.code == "closing.reopen_no_primary"
    assert "vast aanspreekpunt" in caught.value.problems[0].message("nl")
    chosen = handover.change_contact(ended, "primary", "p2", date(2026, 11, 1)).family
    assert closing.may_reopen(chosen, TODAY) is None
    assert closing.reopen_family(chosen, TODAY, TODAY).family.status == "active"


@pytest.mark.parametrize(
    ("on", "code"),
    [(date(2026, 9, 30), "closing.reopen_early"), (date(2026, 11, 25), "closing.in_future")],
)
def test_reopening_dates_are_checked(on: date, code: str) -> None:
    """Reopening is not before the closing date and not in the future; an active family is not
    reopened."""
    closed = closing.close_family(FAMILY, "moved", date(2026, 10, 1), TODAY).family
    with pytest.raises(DomainError) as caught:
        closing.reopen_family(closed, on, TODAY)
    assert caught.value.code == code
    with pytest.raises(DomainError) as caught:
        closing.reopen_family(FAMILY, TODAY, TODAY)
    assert caught.value.code == "closing.not_closed"


def test_closing_fields_on_an_active_family_and_unknown_codes_break_the_rules() -> None:
    """The case-file rules refuse a closing reason or note on an active family, an unknown
    closing reason and an unknown handover reason, each at its place."""
    bad = replace(
        FAMILY,
        closing_reason="nope",
        closing_note="x",
        contacts=(replace(FAMILY.contacts[0], reason="bored"),),
    )
    found = {(p.field, p.code) for p in rules.validate_family(bad, TODAY)}
    assert {
        ("closing_reason", "rule.closing_only_when_closed"),
        ("closing_note", "rule.closing_only_when_closed"),
        ("closing_reason", "rule.unknown_code"),
        ("contacts[0].reason", "rule.unknown_code"),
    } <= found


def test_handover_notes_go_on_the_new_assignment_and_into_the_step() -> None:
    """A change of contact person with notes puts reason, warm handover and note on the new
    assignment (the old one only ends) and writes them in words into the handover step."""
    notes = handover.HandoverNotes("illness", False, "  Let op de afspraak van dinsdag. ")
    change = handover.change_contact(FAMILY, "primary", "p2", date(2026, 6, 1), "nl", notes)
    assert change.started is not None and change.ended is not None
    started = change.started
    assert (started.reason, started.warm_handover, started.note) == (
        "illness",
        False,
        "Let op de afspraak van dinsdag.",
    )
    assert (change.ended.reason, change.ended.note) == (None, None)
    assert change.event.description == (
        "Reden: Ziekte · Warme overdracht: nee · "
        "Notitie voor de nieuwe persoon: Let op de afspraak van dinsdag."
    )
    assert rules.validate_family(change.family, TODAY) == []


def test_handover_notes_are_checked() -> None:
    """An unknown reason, or a note with a forbidden character, is refused; no notes leave the
    handover step without a description."""
    for notes, code in (
        (handover.HandoverNotes(reason="bored"), "rule.unknown_code"),
        (handover.HandoverNotes(note="a\x00b"), "rule.text_control_char"),
    ):
        with pytest.raises(DomainError) as caught:
            handover.change_contact(FAMILY, "primary", "p2", date(2026, 6, 1), "nl", notes)
        assert caught.value.code == code
    plain = handover.change_contact(FAMILY, "primary", "p2", date(2026, 6, 1))
    assert plain.event.description is None
    assert handover.notes_summary(handover.NO_NOTES) is None


def test_a_family_made_active_elsewhere_drops_its_closing_fields() -> None:
    """Setting a closed family active in its details (not through reopening) clears the closing
    reason and note, which would otherwise break the rule "only for a closed family"."""
    closed = closing.close_family(FAMILY, "moved", date(2026, 10, 1), TODAY, "x").family
    assert closing.without_stale_closing(closed) == closed
    active = closing.without_stale_closing(replace(closed, status="active", closed_on=None))
    assert (active.closing_reason, active.closing_note) == (None, None)
    assert rules.validate_family(active, TODAY) == []
