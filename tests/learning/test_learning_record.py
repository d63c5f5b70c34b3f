"""The learning record: each field's rule, consent, reflections and the pseudonym."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import date

import pytest

from support.learning import REGION, SECRET, TODAY, example_families
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
from veldwerk.learning.pseudonym import generate_pseudonym_secret, pseudonym
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
    "contacts", "plan", "reflections",
}  # fmt: skip


def _record(family: Family, **kwargs):  # type: ignore[no-untyped-def]
    return build_record(
        family,
        family_id=kwargs.pop("family_id", 1),
        secret=SECRET,
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
    """Protects every field's rule on the spec example (family HW-2026-001 on 2026-11-24)."""
    family = example_families()[0]
    vocabulary = profile_vocabulary(example_families())
    approved = frozenset(d for _, _, d in pending_reflections(family, vocabulary=vocabulary))
    record = _record(family, approved_reflections=approved, vocabulary=vocabulary)
    assert record is not None
    assert set(record) == ALLOWED_KEYS
    assert record["pseudonym"] == pseudonym(SECRET, 1)
    assert record["region"] == REGION
    assert record["status"] == "active"
    assert record["opened_quarter"] == "2026-Q1"
    assert record["duration_weeks"] == (TODAY - date(2026, 2, 3)).days // 7 == 42
    assert record["vulnerabilities"] == ["income_debts", "lvb", "young_parent"]
    assert record["youngest_parent_age_band"] == "18-22"  # Sanne, 18 at opening
    assert record["children"] == "1"
    assert record["pregnancy_at_start"] is True
    journey = record["journey"]
    assert [e["week"] for e in journey][:2] == [-2, 0]
    assert journey[0] == {
        "week": -2,
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
        "version": 1,
        "header": {
            "installation_id": "0" * 32,
            "region": REGION,
            "sequence": 1,
            "created": "2030-01-01T00:00:00Z",
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


def test_youngest_parent_on_the_opening_date() -> None:
    """Protects the age rule: the youngest of mother/father/partner, age on the opening date
    (a birthday the day after opening does not count), grandparents ignored."""
    members = (
        Member(id="m1", role="mother", birth_date=date(2003, 2, 4)),  # 22 on 2026-02-03
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
    """Protects "pregnancy known at the start": by the due date, by an unborn child's expected
    date, and not when the birth was long before opening."""
    assert _record(_family(due_date=date(2026, 6, 1)))["pregnancy_at_start"] is True  # type: ignore[index]
    unborn = (Member(id="u", role="unborn_child", expected_on=date(2026, 7, 1)),)
    assert _record(_family(members=unborn))["pregnancy_at_start"] is True  # type: ignore[index]
    born = (Member(id="c", role="child", birth_date=date(2025, 1, 1)),)
    assert _record(_family(members=born))["pregnancy_at_start"] is False  # type: ignore[index]


def test_duration_and_weeks() -> None:
    """Protects durations: whole weeks to closing for a closed family, to today for an active
    one; event weeks negative before opening (even one day before)."""
    closed = _family(status="closed", closed_on=date(2026, 3, 3))
    assert _record(closed)["duration_weeks"] == 4  # type: ignore[index]
    events = (
        Event(date(2026, 2, 2), "signal", "t"),
        Event(date(2026, 2, 3), "intake", "t"),
        Event(date(2026, 2, 9), "contact", "t"),
        Event(date(2026, 2, 10), "contact", "t"),
    )
    weeks = [e["week"] for e in _record(_family(journey=events))["journey"]]  # type: ignore[index]
    assert weeks == [-1, 0, 0, 1]


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


def test_pseudonym_is_keyed_stable_and_per_profile() -> None:
    """Protects pseudonyms: HMAC (not a plain hash of the id), stable across exports, different
    for the same family in two profiles, 64 hex digits; a short secret is refused."""
    first = pseudonym(SECRET, 42)
    assert first == pseudonym(SECRET, 42)
    assert len(first) == 64 and int(first, 16) >= 0
    for plain in (
        hashlib.sha256(b"42").hexdigest(),
        hashlib.sha256((42).to_bytes(8, "big")).hexdigest(),
    ):
        assert first != plain
    other_profile = generate_pseudonym_secret()
    assert pseudonym(other_profile, 42) != first
    assert pseudonym(SECRET, 43) != first
    with pytest.raises(ValueError):
        pseudonym(b"short", 42)
    family = _family()
    assert (
        _record(family, family_id=7)["pseudonym"]
        != build_record(  # type: ignore[index]
            family, family_id=7, secret=other_profile, region=REGION, today=TODAY
        )["pseudonym"]
    )  # type: ignore[index]
