"""Who may become the vaste aanspreekpunt or the achterwacht, and when a role may end with
nobody taking over (domain.contacts), the one rule behind both the change-contact dialog's
choices and the handover it asks for (domain.handover); the handover's "current" is
`current_contact`'s; and the family list's `missing_backup` is `lacks_current_backup`'s rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from veldwerk.domain import handover
from veldwerk.domain.contacts import (
    current_contact,
    eligible_for_role,
    lacks_backup,
    lacks_current_backup,
    may_end_role,
    refusal_to_end,
    refusal_to_hold,
)
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import ContactAssignment, Family, FamilySummary, Member, NetworkMember
from veldwerk.samples.demo import demo_families

TODAY = date(2026, 11, 24)
JAN, MAR, JUN = date(2026, 1, 5), date(2026, 3, 1), date(2026, 6, 1)

NETWORK = (
    NetworkMember("p1", "professional", "Anna", profession="social_team"),
    NetworkMember("p2", "professional", "Bram", profession="lvb_support"),
    NetworkMember("p3", "professional", "Cor", profession="gp", since=MAR),
    NetworkMember("p4", "professional", "Dirk", profession="gp", until=JUN),
    NetworkMember("i1", "informal", "Els", relation="buurvrouw"),
    NetworkMember("j1", "jim", "Fenna", mentor_of="m1"),
)


def fam(*contacts: ContactAssignment, status: str = "active") -> Family:
    return Family(
        ref="C-1",
        name="Gezin",
        municipality="Ermelo",
        status=status,
        opened_on=JAN,
        closed_on=date(2026, 11, 1) if status == "closed" else None,
        members=(Member(id="m1", role="mother", given_name="Ilse"),),
        network=NETWORK,
        contacts=tuple(contacts),
    )


FAMILY = fam(ContactAssignment("primary", "p1", JAN), ContactAssignment("backup", "p2", JAN))


def ids(people: list[NetworkMember]) -> list[str]:
    return [p.id for p in people]


def test_only_professionals_involved_on_the_day_who_do_not_hold_the_role() -> None:
    """Informal people and the JIM never; a professional only while involved (`since` up to
    `until`); not the role's own holder, nor the other role's (the dialog never offers a
    choice the handover would refuse: the primary and the backup are never one person)."""
    assert ids(eligible_for_role(FAMILY, "primary", JAN)) == ["p4"]
    assert ids(eligible_for_role(FAMILY, "primary", MAR)) == ["p3", "p4"]
    assert ids(eligible_for_role(FAMILY, "primary", JUN)) == ["p3"]
    assert ids(eligible_for_role(FAMILY, "backup", JUN)) == ["p3"]
    assert refusal_to_hold(FAMILY, "primary", "p2", MAR) == "rule.primary_is_backup"
    assert refusal_to_hold(FAMILY, "backup", "p1", MAR) == "rule.primary_is_backup"
    assert refusal_to_hold(FAMILY, "primary", "i1", MAR) == "rule.contact_not_professional"
    assert refusal_to_hold(FAMILY, "primary", "j1", MAR) == "rule.contact_not_professional"
    assert refusal_to_hold(FAMILY, "primary", "p3", JAN) == "contact.not_involved"
    assert refusal_to_hold(FAMILY, "primary", "p4", JUN) == "contact.not_involved"
    assert refusal_to_hold(FAMILY, "primary", "p1", MAR) == "contact.same_person"
    assert refusal_to_hold(FAMILY, "primary", "zz", MAR) == "contact.unknown_person"


def test_a_role_ends_with_nobody_only_for_the_backup_or_a_closed_family() -> None:
    """The backup may end without a successor; the primary only of a closed family (an active
    family always has one); nothing ends where nobody holds the role."""
    closed = replace(FAMILY, status="closed", closed_on=date(2026, 11, 1))
    assert may_end_role(FAMILY, "backup", MAR)
    assert refusal_to_end(FAMILY, "primary", MAR) == "contact.primary_needed"
    assert may_end_role(closed, "primary", MAR) and may_end_role(closed, "backup", MAR)
    without_backup = fam(ContactAssignment("primary", "p1", JAN))
    assert refusal_to_end(without_backup, "backup", MAR) == "contact.nothing_to_end"
    assert refusal_to_end(FAMILY, "primary", date(2025, 12, 1)) == "contact.nothing_to_end"


def test_the_handover_refuses_what_the_rule_refuses_with_its_message() -> None:
    """The service's change (domain.handover) refuses, next to the person, exactly the people
    and the endings the dialog does not offer, in the user's language."""
    with pytest.raises(DomainError) as err:
        handover.change_contact(FAMILY, "primary", "p4", JUN, "nl")
    assert [(p.field, p.code) for p in err.value.problems] == [
        ("network_id", "contact.not_involved")
    ]
    assert (
        err.value.problems[0].message("nl") == "Dirk is op 2026-06-01 niet bij dit gezin betrokken."
    )
    with pytest.raises(DomainError) as err:
        handover.change_contact(FAMILY, "primary", None, MAR, "en")
    assert err.value.problems[0].code == "contact.primary_needed"
    assert "fixed contact person" in err.value.problems[0].message("en")
    with pytest.raises(DomainError) as err:
        handover.change_contact(FAMILY, "backup", "i1", MAR, "nl")
    assert err.value.problems[0].code == "rule.contact_not_professional"


@pytest.mark.parametrize("family", [FAMILY, *demo_families(TODAY)], ids=lambda f: f.ref)
def test_dialog_choices_and_handover_agree_on_every_person_and_day(family: Family) -> None:
    """For every network member, role and day around each contact change: the handover takes
    the person (before the family rules run) exactly when `eligible_for_role` offers them, and
    takes "nobody" exactly when `may_end_role` allows it."""
    days = {TODAY, JAN, MAR, JUN} | {c.start for c in family.contacts}
    days |= {c.until for c in family.contacts if c.until is not None}
    for day in sorted(days):
        for role in ("primary", "backup"):
            offered = set(ids(eligible_for_role(family, role, day)))
            for person in family.network:
                assert _takes(family, role, person.id, day) == (person.id in offered)
            assert _takes(family, role, None, day) == may_end_role(family, role, day)


def _takes(family: Family, role: str, network_id: str | None, day: date) -> bool:
    try:
        handover.change_contact(family, role, network_id, day)
    except DomainError:
        return False
    return True


def test_handover_ends_the_contact_current_contact_names() -> None:
    """`current_contact` and the handover's own old `_current` differed when two assignments of
    a role are current (a family not yet checked, e.g. built by a change before the rules run):
    `_current` took the first recorded, `current_contact` the one that started last. The
    handover now ends the one the card and the list show, and refuses to hand the role to
    the person who already holds it by that rule."""
    twice = fam(
        ContactAssignment("primary", "p1", JAN),
        ContactAssignment("primary", "p2", MAR),
        ContactAssignment("backup", "p4", JAN),
    )
    shown = current_contact(twice, "primary", JUN)
    assert shown is not None and shown.network_id == "p2"
    change = handover.change_contact(twice, "primary", "p3", JUN)
    assert change.ended is not None and change.ended.network_id == "p2"
    assert [c for c in change.family.contacts if c.network_id == "p1"] == [twice.contacts[0]]
    with pytest.raises(DomainError) as err:
        handover.change_contact(twice, "primary", "p2", JUN)
    assert err.value.problems[0].code == "contact.same_person"


@pytest.mark.parametrize("status", ["active", "closed"])
@pytest.mark.parametrize("backup", [None, "Bram"])
def test_the_list_rows_flag_comes_from_the_backup_rule(status: str, backup: str | None) -> None:
    """`FamilySummary.missing_backup` is `lacks_backup` of its status and current backup, the
    rule `lacks_current_backup` applies to a whole family: only an active family without a
    current backup is flagged."""
    row = FamilySummary(
        key=1,
        ref="C-1",
        name="Gezin",
        status=status,
        phase="other",
        primary="Anna",
        backup=backup,
        last_contact=None,
    )
    contacts = [ContactAssignment("primary", "p1", JAN)]
    if backup is not None:
        contacts.append(ContactAssignment("backup", "p2", JAN))
    family = replace(fam(*contacts), status=status)
    assert row.missing_backup == lacks_backup(status, backup) == lacks_current_backup(family, MAR)
    assert row.missing_backup == (status == "active" and backup is None)
