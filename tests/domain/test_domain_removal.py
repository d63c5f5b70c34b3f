"""What keeps a household member or a network member from being deleted (domain.removal), the
rule the members and network tabs explain before asking to confirm: it says "may" exactly when
the family rules the service checks accept the family without them. And when a network tie has
ended (`NetworkMember.ended_by`), which the tabs show and the JIM rule uses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from support.common import EXAMPLE
from veldwerk.domain import rules
from veldwerk.domain.jim import is_active_jim
from veldwerk.domain.model import Family, NetworkMember
from veldwerk.domain.removal import member_removal, network_removal
from veldwerk.interchange import reader
from veldwerk.samples.demo import demo_families

TODAY = date(2026, 11, 24)
FAMILIES = [*reader.parse_case_file(EXAMPLE.read_bytes(), TODAY), *demo_families(TODAY)]


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.ref)
def test_removal_is_allowed_exactly_when_the_rules_accept_the_family_without_them(
    family: Family,
) -> None:
    """For every household member and network member of the spec's example and the demo
    families: `allowed` is True exactly when `validate_family` finds nothing after removing
    them, so the tab's explanation and the service's refusal never disagree."""
    assert rules.validate_family(family, TODAY) == []
    for m in family.members:
        without = replace(family, members=tuple(x for x in family.members if x.id != m.id))
        accepted = rules.validate_family(without, TODAY) == []
        assert member_removal(family, m.id).allowed == accepted, (family.ref, m.id)
    for n in family.network:
        without = replace(family, network=tuple(x for x in family.network if x.id != n.id))
        accepted = rules.validate_family(without, TODAY) == []
        assert network_removal(family, n.id).allowed == accepted, (family.ref, n.id)


def test_removal_says_why() -> None:
    """The reasons the tabs name: the last member, the JIMs (also an ended one) of a member,
    a past or present contact role, and the number of steps naming someone."""
    family = next(f for f in FAMILIES if any(n.kind == "jim" for n in f.network))
    jim = next(n for n in family.network if n.kind == "jim")
    assert jim.mentor_of is not None
    ended = replace(family, network=(replace(jim, until=date(2026, 1, 1)),))
    assert member_removal(ended, jim.mentor_of).mentors == (ended.network[0],)
    only = replace(family, members=family.members[:1])
    assert member_removal(only, family.members[0].id).last_member
    contact = family.contacts[0].network_id
    assert network_removal(family, contact).held_contact_role
    steps = sum(1 for e in family.journey if contact in e.involved)
    assert network_removal(family, contact).steps == steps


def test_a_tie_has_ended_from_its_until_on() -> None:
    """`until` is the first day no longer: ended on that day, not the day before; no `until`
    never ends. An ended JIM is no longer active."""
    person = NetworkMember("j1", "jim", "Fenna", mentor_of="m1", until=date(2026, 6, 1))
    assert not person.ended_by(date(2026, 5, 31)) and person.ended_by(date(2026, 6, 1))
    assert is_active_jim(person, date(2026, 5, 31)) and not is_active_jim(person, date(2026, 6, 1))
    assert not replace(person, until=None).ended_by(date(2099, 1, 1))
    assert person.involved_on(date(2026, 5, 31)) and not person.involved_on(date(2026, 6, 1))
