"""The family rules of the case file (domain.rules), one test per rule, on Family objects."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from veldwerk.domain import rules
from veldwerk.domain.errors import Problem
from veldwerk.domain.model import (
    Action,
    ContactAssignment,
    Event,
    Family,
    Goal,
    Member,
    NetworkMember,
    Reflection,
)
from veldwerk.texts import has
from veldwerk.texts.catalogue import entries

TODAY = date(2026, 11, 24)


def family(**changes: object) -> Family:
    """A small valid active family; keyword arguments replace its fields."""
    base = Family(
        ref="T-1",
        name="Gezin Test",
        municipality="Harderwijk",
        status="active",
        opened_on=date(2026, 2, 3),
        due_date=date(2026, 9, 14),
        vulnerabilities=("lvb", "young_parent"),
        learning_consent="granted",
        members=(
            Member("m1", "mother", "Sanne", "de Vries", birth_date=date(2007, 5, 12)),
            Member("m2", "child", "Noah", "de Vries", birth_date=date(2026, 9, 16)),
        ),
        network=(
            NetworkMember("n1", "jim", "Ans", relation="tante", mentor_of="m1"),
            NetworkMember("n2", "professional", "Karin", profession="midwife"),
            NetworkMember("n3", "professional", "Femke", profession="social_team"),
            NetworkMember("n4", "professional", "Ahmed", profession="lvb_support"),
            NetworkMember("n5", "informal", "Piet", relation="buurman"),
        ),
        contacts=(
            ContactAssignment("primary", "n3", date(2026, 2, 3)),
            ContactAssignment("backup", "n4", date(2026, 2, 3)),
        ),
        journey=(
            Event(date(2026, 1, 20), "signal", "Zorgen", involved=("n2",),
                  barriers=("lvb_not_recognised",), enablers=("early_signalling",)),
            Event(date(2026, 2, 3), "intake", "Kennismaking", involved=("n3", "n4")),
        ),
        goals=(Goal("Woning", "open", (Action("Regeling", "Femke", date(2026, 6, 1), "doing"),)),),
        reflections=(Reflection(date(2026, 5, 10), "Les", True),),
    )  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


def with_member(f: Family, i: int, **changes: object) -> Family:
    members = list(f.members)
    members[i] = replace(members[i], **changes)  # type: ignore[arg-type]
    return replace(f, members=tuple(members))


def with_network(f: Family, i: int, **changes: object) -> Family:
    network = list(f.network)
    network[i] = replace(network[i], **changes)  # type: ignore[arg-type]
    return replace(f, network=tuple(network))


def places(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in problems]


def assert_bilingual(problems: list[Problem]) -> None:
    for p in problems:
        nl, en = p.message("nl"), p.message("en")
        assert has(p.code), p.code
        assert nl and en and nl != en and "{" not in nl + en, p.code


def test_base_family_is_valid() -> None:
    """The helper family passes every rule, so each test below changes exactly one thing."""
    assert rules.validate_family(family(), TODAY) == []


def test_every_rule_message_exists_in_both_languages() -> None:
    """Every rule code has a Dutch and an English text that differ (nothing shown untranslated)."""
    from veldwerk.texts.tables.rules import TEXTS as RULE_MESSAGES

    for code, (nl, en) in RULE_MESSAGES.items():
        assert entries()[code] == (nl, en)
        assert nl.strip() and en.strip() and nl != en


@pytest.mark.parametrize(
    ("changed", "expected"),
    [
        (family(ref=""), [("ref", "rule.ref_length")]),
        (family(ref="x" * 41), [("ref", "rule.ref_length")]),
    ],
)
def test_check_ref_length(changed: Family, expected: list[tuple[str, str]]) -> None:
    """A ref is 1 to 40 characters; 40 is fine, 0 and 41 are refused at `ref`."""
    assert places(rules.check_ref_length(changed)) == expected
    assert rules.check_ref_length(family(ref="x" * 40)) == []
    assert_bilingual(rules.check_ref_length(changed))


def test_check_refs_unique() -> None:
    """Two families with one ref in one import: the second is refused at its own position."""
    a, b, c = family(ref="A"), family(ref="B"), family(ref="A")
    assert places(rules.check_refs_unique([a, b, c])) == [("families[2].ref", "rule.ref_duplicate")]
    problems = rules.check_refs_unique([a, c], positions=[3, 7])
    assert places(problems) == [("families[7].ref", "rule.ref_duplicate")]


def test_check_member_ids_unique() -> None:
    """A repeated member id is refused at the repeat, not at the first."""
    f = with_member(family(), 1, id="m1")
    problems = rules.validate_family(f, TODAY)
    assert ("members[1].id", "rule.member_id_duplicate") in places(problems)
    assert_bilingual(problems)


def test_check_network_ids_unique() -> None:
    """A repeated network id is refused at the repeat."""
    f = with_network(family(), 4, id="n2")
    assert places(rules.check_network_ids_unique(f)) == [
        ("network[4].id", "rule.network_id_duplicate")
    ]


def test_check_ids_not_blank() -> None:
    """Blank ids are refused: other records refer to them."""
    f = with_network(with_member(family(), 1, id=" "), 4, id="")
    assert places(rules.check_ids_not_blank(f)) == [
        ("members[1].id", "rule.id_blank"),
        ("network[4].id", "rule.id_blank"),
    ]


def test_check_birth_not_in_future() -> None:
    """A birth date after today is refused; today itself is fine."""
    assert rules.check_birth_not_in_future(with_member(family(), 1, birth_date=TODAY), TODAY) == []
    f = with_member(family(), 1, birth_date=date(2026, 11, 25))
    problems = rules.validate_family(f, TODAY)
    assert places(problems) == [("members[1].birth_date", "rule.birth_in_future")]
    assert_bilingual(problems)


def test_check_unborn_child_dates() -> None:
    """An unborn child has no birth date; only an unborn child has an expected date."""
    unborn = Member("m3", "unborn_child", expected_on=date(2027, 2, 10))
    f = replace(family(), members=(*family().members, unborn))
    assert rules.validate_family(f, TODAY) == []
    f = with_member(f, 2, birth_date=date(2026, 1, 1))
    f = with_member(f, 0, expected_on=date(2027, 1, 1))
    problems = rules.check_unborn_child_dates(f)
    assert places(problems) == [
        ("members[0].expected_on", "rule.expected_only_unborn"),
        ("members[2].birth_date", "rule.unborn_has_birth_date"),
    ]
    assert_bilingual(problems)


def test_check_jim_mentor() -> None:
    """`mentor_of` is required for a JIM and forbidden for any other kind."""
    f = with_network(with_network(family(), 0, mentor_of=None), 2, mentor_of="m1")
    problems = rules.validate_family(f, TODAY)
    assert places(problems) == [
        ("network[0].mentor_of", "rule.mentor_required"),
        ("network[2].mentor_of", "rule.mentor_only_jim"),
    ]
    assert_bilingual(problems)


def test_check_mentor_is_member() -> None:
    """A JIM's `mentor_of` names a member of this family."""
    f = with_network(family(), 0, mentor_of="m9")
    problems = rules.validate_family(f, TODAY)
    assert places(problems) == [("network[0].mentor_of", "rule.mentor_unknown")]
    assert_bilingual(problems)


def test_check_one_active_jim_per_member() -> None:
    """A second active JIM for the same member is refused; an ended one does not count, and a JIM
    whose `until` is today has ended (until is the first day no longer)."""
    second = NetworkMember("n6", "jim", "Oom", relation="oom", mentor_of="m1")
    f = replace(family(), network=(*family().network, second))
    problems = rules.validate_family(f, TODAY)
    assert places(problems) == [("network[5].mentor_of", "rule.jim_already_active")]
    assert_bilingual(problems)
    ended_today = with_network(f, 0, since=date(2026, 3, 1), until=TODAY)
    assert rules.check_one_active_jim_per_member(ended_today, TODAY) == []
    ends_tomorrow = with_network(f, 0, until=date(2026, 11, 25))
    assert len(rules.check_one_active_jim_per_member(ends_tomorrow, TODAY)) == 1
    other_member = replace(second, mentor_of="m2")
    f2 = replace(family(), network=(*family().network, other_member))
    assert rules.check_one_active_jim_per_member(f2, TODAY) == []


def test_active_jim_of() -> None:
    """The helper finds the member's active JIM and nothing for an ended one."""
    f = family()
    jim = rules.active_jim_of(f, "m1", TODAY)
    assert jim is not None and jim.id == "n1"
    assert rules.active_jim_of(with_network(f, 0, until=TODAY), "m1", TODAY) is None


def test_check_profession_for_professionals() -> None:
    """A professional without a profession is refused at `profession`; others need none."""
    f = with_network(family(), 1, profession=None)
    problems = rules.validate_family(f, TODAY)
    assert places(problems) == [("network[1].profession", "rule.profession_required")]
    assert problems[0].message("en") == "Required for a professional."
    assert problems[0].message("nl") == "Verplicht voor een professional."


def test_check_codes_known() -> None:
    """Every coded field must hold a code of its list; the message lists the choices."""
    f = family(status="paused", learning_consent="maybe", vulnerabilities=("lvb", "poverty"))
    f = with_member(f, 0, role="aunt")
    f = with_network(with_network(f, 1, profession="nurse", strength="great"), 4, kind="friend")
    f = replace(
        f,
        contacts=(replace(f.contacts[0], role="main"), f.contacts[1]),
        journey=(replace(f.journey[0], type="visit", barriers=("x",), enablers=("y",)),),
        goals=(Goal("G", "done", (Action("A", status="finished"),)),),
    )
    problems = rules.check_codes_known(f)
    assert [p.field for p in problems] == [
        "status",
        "vulnerabilities[1]",
        "learning_consent",
        "members[0].role",
        "network[1].profession",
        "network[1].strength",
        "network[4].kind",
        "contacts[0].role",
        "journey[0].type",
        "journey[0].barriers[0]",
        "journey[0].enablers[0]",
        "plan.goals[0].status",
        "plan.goals[0].actions[0].status",
    ]
    assert problems[0].params["choices"] == "active, closed"
    assert "active, closed" in problems[0].message("nl")
    assert_bilingual(problems)


def test_check_no_duplicate_codes() -> None:
    """A code listed twice in vulnerabilities, barriers or enablers is refused at the repeat."""
    f = family(vulnerabilities=("lvb", "housing", "lvb"))
    f = replace(
        f,
        journey=(
            replace(f.journey[0], barriers=("waiting_list", "waiting_list"),
                    enablers=("other", "collaboration", "other")),
        ),
    )  # fmt: skip
    problems = rules.validate_family(f, TODAY)
    assert places(problems) == [
        ("vulnerabilities[2]", "rule.duplicate_code"),
        ("journey[0].barriers[1]", "rule.duplicate_code"),
        ("journey[0].enablers[2]", "rule.duplicate_code"),
    ]
    assert_bilingual(problems)


def test_check_event_references_and_involved_unique() -> None:
    """Involved ids name network members of the family, each once per event."""
    f = family()
    f = replace(f, journey=(replace(f.journey[1], involved=("n3", "n9", "n3")),))
    problems = rules.validate_family(f, TODAY)
    assert places(problems) == [
        ("journey[0].involved[1]", "rule.network_unknown"),
        ("journey[0].involved[2]", "rule.involved_duplicate"),
    ]
    assert_bilingual(problems)


def test_check_closed_on() -> None:
    """A closed family needs `closed_on`, not before `opened_on` (the same day is fine)."""
    closed = family(status="closed", contacts=())
    assert places(rules.validate_family(closed, TODAY)) == [
        ("closed_on", "rule.closed_on_required")
    ]
    early = replace(closed, closed_on=date(2026, 2, 2))
    problems = rules.validate_family(early, TODAY)
    assert places(problems) == [("closed_on", "rule.closed_before_opened")]
    assert_bilingual(problems)
    assert rules.validate_family(replace(closed, closed_on=date(2026, 2, 3)), TODAY) == []
    assert rules.check_closed_on(closed) == rules.check_closed_on_required(closed)
    assert rules.check_closed_on(early) == rules.check_closed_not_before_opened(early)


def test_check_period_order() -> None:
    """`until` before `since` (network) or before `from` (contacts) is refused; equal is an empty
    period and allowed."""
    f = with_network(family(), 4, since=date(2026, 5, 1), until=date(2026, 4, 30))
    f = replace(f, contacts=(*f.contacts, ContactAssignment("primary", "n2", date(2026, 3, 1),
                                                            date(2026, 2, 1))))  # fmt: skip
    problems = rules.check_period_order(f)
    assert places(problems) == [
        ("network[4].until", "rule.until_before_start"),
        ("contacts[2].until", "rule.until_before_start"),
    ]
    assert_bilingual(problems)
    same_day = with_network(family(), 4, since=date(2026, 5, 1), until=date(2026, 5, 1))
    assert rules.check_period_order(same_day) == []


def test_check_dates_in_range() -> None:
    """Dates before 1900 or after 2199 are typing mistakes and are refused at their place."""
    f = with_member(family(), 0, birth_date=date(1007, 5, 12))
    f = replace(f, reflections=(Reflection(date(9999, 1, 1), "x"),))
    problems = rules.check_dates_in_range(f)
    assert places(problems) == [
        ("members[0].birth_date", "rule.date_out_of_range"),
        ("reflections[0].date", "rule.date_out_of_range"),
    ]
    assert "1900-01-01" in problems[0].message("nl")
    assert_bilingual(problems)


def test_validate_family_lists_every_problem_in_family_order() -> None:
    """Several broken rules are all reported, ordered by the family's fields and records."""
    f = with_network(family(ref="", status="closed"), 1, profession=None)
    f = with_member(f, 1, birth_date=date(2030, 1, 1))
    assert [p.field for p in rules.validate_family(f, TODAY)] == [
        "ref",
        "closed_on",
        "members[1].birth_date",
        "network[1].profession",
    ]


def test_run_rules_skips_rules_that_need_unsound_parts() -> None:
    """`run_rules(unsound=...)` leaves out exactly the rules that need those parts, and every rule
    is registered once under its function's name."""
    f = with_network(family(status="active", contacts=()), 0, mentor_of="m9")
    assert {p.code for p in rules.run_rules(f, TODAY)} == {
        "rule.no_current_primary",
        "rule.mentor_unknown",
    }
    assert rules.run_rules(f, TODAY, unsound={"contacts", "members"}) == []
    names = [r.name for r in rules.RULES]
    assert len(names) == len(set(names))
    assert all(getattr(rules, name) is not None for name in names)
    assert all(name.startswith("check_") for name in names)
