"""The learning record: each field's rule, consent, reflections, the fresh pseudonym, and time
counted from the opening quarter in bands."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest

from support.learning import REGION, TODAY, example_families
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
from veldwerk.learning.bundle import schema_problem
from veldwerk.learning.record import (
    age_band,
    build_record,
    max_professionals_at_once,
    pending_reflections,
    primary_changes,
    profile_vocabulary,
    reflection_digest,
)

ALLOWED_KEYS = {
    "pseudonym", "region", "status", "opened_quarter", "duration_weeks", "vulnerabilities",
    "youngest_parent_age_band", "children", "pregnancy_at_start", "journey", "network",
    "contacts", "plan", "reflections", "closing_reason",
}  # fmt: skip


def _record(family: Family, **kwargs):  # type: ignore[no-untyped-def]
    return build_record(
        family,
        region=REGION,
        today=kwargs.pop("today", TODAY),
        **kwargs,
    )


def _family(**changes) -> Family:  # type: ignore[no-untyped-def]
    base = Family(
        ref="R-1",
        name="Gezin Test",
        municipality="Ergens",
        status="active",
        opened_on=date(2026, 2, 3),
        learning_consent="granted",
        members=(Member(id="m1", role="mother", given_name="Ann", birth_date=date(2000, 1, 1)),),
    )
    return dataclasses.replace(base, **changes)


def test_example_family_record() -> None:
    """Protects every field's rule on the spec example (family HW-2026-001, opened 2026-02-03,
    on 2026-11-24): time counted from the opening quarter's first day (2026-01-01) in 4-week
    bands, no duration while active."""
    family = example_families()[0]
    vocabulary = profile_vocabulary(example_families())
    approved = frozenset(d for _, _, d in pending_reflections(family, vocabulary=vocabulary))
    record = _record(family, approved_reflections=approved, vocabulary=vocabulary)
    assert record is not None
    assert set(record) == ALLOWED_KEYS
    assert re.fullmatch("[0-9a-f]{64}", record["pseudonym"])
    assert record["region"] == REGION
    assert record["status"] == "active"
    assert record["opened_quarter"] == "2026-Q1"
    assert record["duration_weeks"] is None
    assert record["vulnerabilities"] == ["income_debts", "lvb", "young_parent"]
    assert record["youngest_parent_age_band"] == "18-22"  # Sanne, 18 on 2026-01-01
    assert record["children"] == "1"
    assert record["pregnancy_at_start"] is True
    journey = record["journey"]
    # 2026-01-20 (signal), 02-03 (intake), 03-01, 04-18, 05-06, 09-16, 10-02
    assert [e["week"] for e in journey] == [0, 4, 8, 12, 16, 36, 36]
    assert journey[0] == {
        "week": 0,
        "type": "signal",
        "phase": "pregnancy",
        "barriers": ["lvb_not_recognised"],
        "enablers": ["early_signalling"],
        "professions": ["midwife"],
    }
    assert journey[1]["professions"] == ["lvb_support", "social_team"]
    assert journey[2]["professions"] == []  # the JIM is not a professional
    assert {e["phase"] for e in journey} == {"pregnancy", "first_year"}
    assert record["network"] == {
        "professionals": {"lvb_support": 1, "midwife": 1, "social_team": 1},
        "informal": 1,
        "jim": True,
    }
    assert record["contacts"] == {
        "backup_now": True,
        "primary_changes": 0,
        "max_professionals_at_once": 3,
    }
    assert record["plan"] == {
        "goals": {"open": 1, "achieved": 0, "dropped": 0},
        "actions": {"todo": 1, "doing": 1, "done": 0},
    }
    assert record["reflections"] == [
        "De wachtlijst bij schuldhulp had bijna tot uitzetting geleid."
    ]
    bundle_like = {
        "format": "veldwerk-learning-bundle",
        "version": 2,
        "header": {
            "installation_id": "0" * 32,
            "region": REGION,
            "sequence": 1,
            "created": "2030-01",
            "record_count": 1,
        },
        "records": [record],
        "public_key": "0" * 64,
    }
    assert schema_problem(bundle_like) is None


@pytest.mark.parametrize("consent", ["refused", "unknown", "", "GRANTED"])
def test_no_record_without_consent(consent: str) -> None:
    """Protects consent: only exactly "granted" gives a record."""
    assert _record(_family(learning_consent=consent)) is None


@pytest.mark.parametrize(
    ("age", "band"),
    [
        (15, "<18"),
        (17, "<18"),
        (18, "18-22"),
        (22, "18-22"),
        (23, "23-26"),
        (26, "23-26"),
        (27, "27+"),
        (45, "27+"),
    ],
)
def test_age_bands(age: int, band: str) -> None:
    """Protects the age band boundaries of the issue (<18, 18-22, 23-26, 27+)."""
    assert age_band(age) == band


def test_youngest_parent_on_the_first_day_of_the_opening_quarter() -> None:
    """Protects the age rule: the youngest of mother/father/partner, age on the first day of
    the opening quarter, not on the opening date (a birthday between the two does not count, so
    the band says nothing about the day in the quarter), grandparents ignored."""
    members = (
        Member(id="m1", role="mother", birth_date=date(2003, 1, 2)),  # 22 on 2026-01-01
        Member(id="m2", role="partner", birth_date=date(1990, 1, 1)),
        Member(id="m3", role="grandparent", birth_date=date(2010, 1, 1)),
    )
    assert _record(_family(members=members))["youngest_parent_age_band"] == "18-22"  # type: ignore[index]
    no_dates = (Member(id="m1", role="mother"),)
    assert _record(_family(members=no_dates))["youngest_parent_age_band"] is None  # type: ignore[index]


def test_children_capped_at_three() -> None:
    """Protects the cap: 0, 1, 2, 3+; unborn children are not counted."""

    def kids(n: int) -> tuple[Member, ...]:
        return tuple(
            Member(id=f"c{i}", role="child", birth_date=date(2025, 1, 1 + i)) for i in range(n)
        ) + (Member(id="u", role="unborn_child", expected_on=date(2026, 6, 1)),)

    assert [_record(_family(members=kids(n)))["children"] for n in range(6)] == [  # type: ignore[index]
        "0",
        "1",
        "2",
        "3+",
        "3+",
        "3+",
    ]


def test_pregnancy_at_start_from_due_date_or_unborn_child() -> None:
    """Protects "pregnancy known at the start" (of the opening quarter): by the due date, by an
    unborn child's expected date, and not when the birth was long before opening; a birth
    between the quarter's first day and the opening date still counts as a pregnancy at the
    start, so the flag says nothing about the day in the quarter."""
    assert _record(_family(due_date=date(2026, 6, 1)))["pregnancy_at_start"] is True  # type: ignore[index]
    unborn = (Member(id="u", role="unborn_child", expected_on=date(2026, 7, 1)),)
    assert _record(_family(members=unborn))["pregnancy_at_start"] is True  # type: ignore[index]
    born = (Member(id="c", role="child", birth_date=date(2025, 1, 1)),)
    assert _record(_family(members=born))["pregnancy_at_start"] is False  # type: ignore[index]
    born_in_january = (Member(id="c", role="child", birth_date=date(2026, 1, 20)),)
    assert _record(_family(members=born_in_january))["pregnancy_at_start"] is True  # type: ignore[index]


def test_duration_and_weeks_count_from_the_opening_quarter_in_bands_of_four() -> None:
    """Protects minimised time: a closed family's duration runs from the first day of its
    opening quarter (not the opening date) to closing, rounded down to 4 weeks; an active family
    has none (nothing runs to today); event weeks count from the quarter's first day in bands of
    4 weeks, negative before it (one day before is -4)."""
    closed = _family(status="closed", closed_on=date(2026, 3, 3))  # 61 days after 2026-01-01
    assert _record(closed)["duration_weeks"] == 8  # type: ignore[index]
    assert _record(_family())["duration_weeks"] is None  # type: ignore[index]
    assert _record(_family(status="closed"))["duration_weeks"] is None  # type: ignore[index]
    events = (
        Event(date(2025, 12, 31), "signal", "t"),
        Event(date(2026, 1, 1), "intake", "t"),
        Event(date(2026, 1, 28), "contact", "t"),
        Event(date(2026, 1, 29), "contact", "t"),
        Event(date(2026, 2, 3), "contact", "t"),
    )
    weeks = [e["week"] for e in _record(_family(journey=events))["journey"]]  # type: ignore[index]
    assert weeks == [-4, 0, 0, 4, 4]


def test_backup_now_is_asked_on_the_first_day_of_the_export_month() -> None:
    """Protects "the export day never enters a value": whether an achterwacht is assigned is
    asked for the first day of the export's month, so every export of one month says the same."""
    backup = (ContactAssignment("backup", "n1", date(2026, 11, 10)),)
    family = _family(contacts=backup)
    days = [date(2026, 11, d) for d in range(1, 31)]
    assert {_record(family, today=d)["contacts"]["backup_now"] for d in days} == {False}  # type: ignore[index]
    assert _record(family, today=date(2026, 12, 1))["contacts"]["backup_now"] is True  # type: ignore[index]


def test_primary_changes_counts_changes_of_person() -> None:
    """Protects contact facts: A→B→A is two changes; renewing the same person is none."""

    def primary(nid: str, start: date, until: date | None = None) -> ContactAssignment:
        return ContactAssignment("primary", nid, start, until)

    assert (
        primary_changes(
            [
                primary("a", date(2026, 1, 1), date(2026, 2, 1)),
                primary("b", date(2026, 2, 1), date(2026, 3, 1)),
                primary("a", date(2026, 3, 1)),
            ]
        )
        == 2
    )
    assert (
        primary_changes(
            [primary("a", date(2026, 1, 1), date(2026, 2, 1)), primary("a", date(2026, 2, 1))]
        )
        == 0
    )
    assert primary_changes([]) == 0


def test_most_professionals_at_once() -> None:
    """Protects the overlap count: `until` is exclusive, open ends count as always, informal
    members and the JIM do not count."""

    def pro(nid: str, since: date | None, until: date | None) -> NetworkMember:
        return NetworkMember(nid, "professional", nid, profession="gp", since=since, until=until)

    network = [
        pro("a", date(2026, 1, 1), date(2026, 2, 1)),
        pro("b", date(2026, 2, 1), None),
        pro("c", None, date(2026, 1, 15)),
        NetworkMember("i", "informal", "x"),
        NetworkMember("j", "jim", "y"),
    ]
    assert max_professionals_at_once(network) == 2
    assert max_professionals_at_once([]) == 0


def test_unknown_codes_never_pass_through() -> None:
    """Protects against free text smuggled into a code field: unknown codes become "other" (or
    "note" for an event type), never themselves."""
    family = _family(
        vulnerabilities=("lvb", "Sanne's secret"),
        network=(NetworkMember("n1", "professional", "P", profession="Dr. Jansen"),),
        journey=(
            Event(
                date(2026, 3, 1),
                "Sanne",
                "t",
                involved=("n1",),
                barriers=("Jansen",),
                enablers=("Bos",),
            ),
        ),
    )
    record = _record(family)
    assert record["vulnerabilities"] == ["lvb", "other"]  # type: ignore[index]
    assert record["journey"][0]["type"] == "note"  # type: ignore[index]
    assert record["journey"][0]["barriers"] == ["other"]  # type: ignore[index]
    assert record["journey"][0]["professions"] == ["other"]  # type: ignore[index]
    assert record["network"]["professionals"] == {"other": 1}  # type: ignore[index]


def test_each_professional_counts_once_per_event() -> None:
    """Protects the profession list of an event: one code per professional involved (two social
    workers give two codes; the same one listed twice gives one; informal ties give none)."""
    network = (
        NetworkMember("a", "professional", "A", profession="social_team"),
        NetworkMember("b", "professional", "B", profession="social_team"),
        NetworkMember("i", "informal", "I"),
    )
    event = Event(date(2026, 3, 1), "contact", "t", involved=("a", "b", "a", "i", "gone"))
    record = _record(_family(network=network, journey=(event,)))
    assert record["journey"][0]["professions"] == ["social_team", "social_team"]  # type: ignore[index]


def test_plan_counts() -> None:
    """Protects plan counts: goals by status and actions by status over all goals."""
    goals = (
        Goal("a", "achieved", (Action("x", status="done"), Action("y", status="done"))),
        Goal("b", "dropped", (Action("z", status="todo"),)),
        Goal("c", "open"),
    )
    assert _record(_family(goals=goals))["plan"] == {  # type: ignore[index]
        "goals": {"open": 1, "achieved": 1, "dropped": 1},
        "actions": {"todo": 1, "doing": 0, "done": 2},
    }


def test_reflections_need_sharing_and_approval_of_the_exact_scrubbed_text() -> None:
    """Protects reflections: not shared → never; shared but not approved → not in it; approving
    the raw text is not enough; approving the scrubbed text puts exactly that text in; a new
    name in the profile changes the scrubbed text, which then needs approval again."""
    family = _family(
        reflections=(
            Reflection(date(2026, 3, 1), "Kim belde vaak met de huisarts.", True),
            Reflection(date(2026, 3, 2), "Niet delen: Kim is boos.", False),
        )
    )
    plain_vocabulary = profile_vocabulary([family])
    assert _record(family, vocabulary=plain_vocabulary)["reflections"] == []  # type: ignore[index]
    ((reflection, scrubbed, digest),) = pending_reflections(family, vocabulary=plain_vocabulary)
    assert reflection.share_for_learning and scrubbed == "[naam] belde vaak met de huisarts."
    raw_digest = reflection_digest(reflection.text)
    assert (
        _record(
            family,
            vocabulary=plain_vocabulary,  # type: ignore[index]
            approved_reflections=frozenset({raw_digest}),
        )["reflections"]
        == []
    )
    approved = frozenset({digest})
    assert _record(
        family,
        vocabulary=plain_vocabulary,  # type: ignore[index]
        approved_reflections=approved,
    )["reflections"] == [scrubbed]
    assert pending_reflections(family, vocabulary=plain_vocabulary, approved=approved) == []
    other = _family(ref="R-2", members=(Member(id="m1", role="mother", family_name="Huisarts"),))
    grown = profile_vocabulary([family, other])
    assert (
        _record(
            family,
            vocabulary=grown,  # type: ignore[index]
            approved_reflections=approved,
        )["reflections"]
        == []
    )
    ((_, rescrubbed, _),) = pending_reflections(family, vocabulary=grown, approved=approved)
    assert rescrubbed == "[naam] belde vaak met de [naam]."


def test_profile_vocabulary_holds_identifying_words_only() -> None:
    """Protects the scrubber's vocabulary: names, addresses, phones, e-mail and organisations of
    every family; particles and generic words like "gezin" and "team" left out."""
    family = example_families()[0]
    vocabulary = profile_vocabulary([family])
    for word in (
        "sanne",
        "vries",
        "mulder",
        "harderwijk",
        "stationsstraat",
        "3841",
        "karin",
        "bos",
        "veluwe",
        "11223344",
        "hendriks",
        "amrani",
    ):
        assert word in vocabulary
    for word in ("de", "gezin", "team", "sociaal", "el", "org", "12", "06"):
        assert word not in vocabulary


def test_pseudonym_is_fresh_and_random_every_time() -> None:
    """Protects unlinkable records: every record built draws a new random pseudonym (64 hex
    digits), so the same family gets another one in every export; a given one is used as is."""
    family = _family()
    drawn = {_record(family)["pseudonym"] for _ in range(50)}  # type: ignore[index]
    assert len(drawn) == 50
    assert all(re.fullmatch("[0-9a-f]{64}", p) for p in drawn)
    assert _record(family, pseudonym="ab" * 32)["pseudonym"] == "ab" * 32  # type: ignore[index]
