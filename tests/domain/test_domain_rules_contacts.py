"""The vast aanspreekpunt and achterwacht rules (domain.contacts via domain.rules): half-open
periods, handovers, overlaps, the current contact and the history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from veldwerk.domain import rules
from veldwerk.domain.model import ContactAssignment, Family, Member, NetworkMember

TODAY = date(2026, 11, 24)
D = date(2026, 3, 1)

NETWORK = (
    NetworkMember("p1", "professional", "A", profession="social_team"),
    NetworkMember("p2", "professional", "B", profession="lvb_support"),
    NetworkMember("p3", "professional", "C", profession="gp"),
    NetworkMember("i1", "informal", "D", relation="buurvrouw"),
)


def fam(*contacts: ContactAssignment, status: str = "active") -> Family:
    return Family(
        ref="C-1",
        name="Gezin",
        municipality="Ermelo",
        status=status,
        opened_on=date(2026, 1, 1),
        closed_on=date(2026, 11, 1) if status == "closed" else None,
        members=(Member(id="m1", role="mother", given_name="Ilse"),),
        network=NETWORK,
        contacts=tuple(contacts),
    )


def primary(who: str, start: date, until: date | None = None) -> ContactAssignment:
    return ContactAssignment("primary", who, start, until)


def backup(who: str, start: date, until: date | None = None) -> ContactAssignment:
    return ContactAssignment("backup", who, start, until)


def codes_at(f: Family) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in rules.validate_family(f, TODAY)]


def test_handover_on_the_same_day_is_valid() -> None:
    """A handover on day X ends the old primary with until=X and starts the new one from=X."""
    f = fam(primary("p1", D, date(2026, 6, 1)), primary("p2", date(2026, 6, 1)), backup("p3", D))
    assert codes_at(f) == []
    current = rules.current_contact(f, "primary", date(2026, 6, 1))
    assert current is not None and current.network_id == "p2"
    before = rules.current_contact(f, "primary", date(2026, 5, 31))
    assert before is not None and before.network_id == "p1"


def test_overlapping_primaries_are_refused_at_the_later_from() -> None:
    """Two primaries sharing a day: the one that starts later is refused at its `from`."""
    f = fam(primary("p1", D, date(2026, 6, 2)), primary("p2", date(2026, 6, 1)))
    problems = rules.validate_family(f, TODAY)
    assert [(p.field, p.code) for p in problems] == [("contacts[1].from", "rule.primary_overlap")]
    assert problems[0].message("nl") != problems[0].message("en")


def test_open_ended_primary_blocks_every_later_one() -> None:
    """A current (open-ended) primary overlaps any primary that starts after it."""
    f = fam(primary("p2", date(2026, 9, 1)), primary("p1", D))
    assert codes_at(f) == [("contacts[0].from", "rule.primary_overlap")]


def test_overlapping_backups_are_refused() -> None:
    """At most one current backup: a second one in the same period is refused."""
    f = fam(primary("p1", D), backup("p2", D), backup("p3", date(2026, 4, 1), date(2026, 5, 1)))
    assert codes_at(f) == [("contacts[2].from", "rule.backup_overlap")]


def test_empty_period_overlaps_nothing() -> None:
    """An assignment with until == from holds no day, so it clashes with nothing."""
    f = fam(primary("p1", D), primary("p2", date(2026, 4, 1), date(2026, 4, 1)))
    assert codes_at(f) == []


def test_primary_and_backup_are_not_the_same_person() -> None:
    """The same professional cannot be primary and backup on the same day (refused at the backup);
    after a handover, the old primary may become the backup."""
    f = fam(primary("p1", D), backup("p1", date(2026, 4, 1)))
    assert codes_at(f) == [("contacts[1].network_id", "rule.primary_is_backup")]
    later = fam(
        primary("p1", D, date(2026, 6, 1)), primary("p2", date(2026, 6, 1)),
        backup("p1", date(2026, 6, 1)),
    )  # fmt: skip
    assert codes_at(later) == []


def test_contact_must_be_a_known_professional() -> None:
    """A contact's network id names a network member, and that member is a professional."""
    f = fam(primary("i1", D), backup("zz", D))
    assert codes_at(f) == [
        ("contacts[0].network_id", "rule.contact_not_professional"),
        ("contacts[1].network_id", "rule.network_unknown"),
    ]


def test_active_family_needs_a_current_primary() -> None:
    """An active family has a primary current today; an ended or future one does not count. A
    closed family needs none; a missing backup is allowed but flagged."""
    assert codes_at(fam()) == [("contacts", "rule.no_current_primary")]
    assert codes_at(fam(primary("p1", D, TODAY))) == [("contacts", "rule.no_current_primary")]
    assert codes_at(fam(primary("p1", TODAY + timedelta(days=1)))) == [
        ("contacts", "rule.no_current_primary")
    ]
    assert codes_at(fam(primary("p1", D, date(2026, 11, 1)), status="closed")) == []
    no_backup = fam(primary("p1", D))
    assert codes_at(no_backup) == []
    assert rules.lacks_current_backup(no_backup, TODAY)
    assert not rules.lacks_current_backup(fam(primary("p1", D), backup("p2", D)), TODAY)


def test_contacts_history_is_ordered_by_start_and_stable() -> None:
    """The history lists every assignment by start; equal starts keep their recorded order."""
    a, b, c = primary("p2", date(2026, 6, 1)), primary("p1", D, date(2026, 6, 1)), backup("p3", D)
    assert rules.contacts_history(fam(a, b, c)) == [b, c, a]


def test_current_contact_none_when_nobody() -> None:
    """No assignment of the role on that day gives None."""
    f = fam(primary("p1", D, date(2026, 6, 1)))
    assert rules.current_contact(f, "primary", date(2026, 6, 1)) is None
    assert rules.current_contact(f, "backup", D) is None
    assert rules.current_contact(f, "primary", D - timedelta(days=1)) is None


days = st.integers(min_value=0, max_value=40)


@st.composite
def assignments(draw: st.DrawFn) -> list[ContactAssignment]:
    out = []
    for _ in range(draw(st.integers(0, 6))):
        start = D + timedelta(days=draw(days))
        length = draw(st.one_of(st.none(), st.integers(0, 20)))
        until = None if length is None else start + timedelta(days=length)
        role = draw(st.sampled_from(["primary", "backup"]))
        who = draw(st.sampled_from(["p1", "p2", "p3"]))
        out.append(ContactAssignment(role, who, start, until))
    return out


@settings(max_examples=300, deadline=None)
@given(assignments())
def test_overlap_rule_matches_day_by_day_count(contacts: list[ContactAssignment]) -> None:
    """The overlap rule finds a clash exactly when, on some day, two assignments of one role are
    current (checked by brute force, day by day)."""
    f = replace(fam(), contacts=tuple(contacts))
    clash_reported = bool(rules.check_contact_overlaps(f))
    clash_on_some_day = any(
        sum(1 for c in contacts if c.role == role and c.current_on(D + timedelta(days=k))) > 1
        for role in ("primary", "backup")
        for k in range(0, 70)
    )
    assert clash_reported == clash_on_some_day
    same_person = bool(rules.check_primary_not_backup(f))
    same_on_some_day = any(
        {c.network_id for c in contacts if c.role == "primary" and c.current_on(day)}
        & {c.network_id for c in contacts if c.role == "backup" and c.current_on(day)}
        for day in (D + timedelta(days=k) for k in range(70))
    )
    assert same_person == same_on_some_day
