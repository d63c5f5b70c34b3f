"""The phase rule of the case-file spec (revised): its worked examples, the rules behind them, and
properties over random families and dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veldwerk.domain import phases
from veldwerk.domain.model import Event, Family, Member

D = date.fromisoformat


def family(members: tuple[Member, ...] = (), due_date: date | None = None) -> Family:
    """An active family with a mother and the given members."""
    return Family(
        ref="P-1",
        name="Gezin Fase",
        municipality="Ede",
        status="active",
        opened_on=D("2025-01-01"),
        due_date=due_date,
        members=(Member("m1", "mother", "Sanne"), *members),
    )


def unborn(expected: str, mid: str = "u1") -> Member:
    return Member(mid, "unborn_child", expected_on=D(expected))


def child(born: str, mid: str = "c1") -> Member:
    return Member(mid, "child", "Noah", birth_date=D(born))


# The spec's worked examples, each one a case: (family, date, phase).
WORKED_EXAMPLES = [
    # unborn_child expected 2026-08-20, no due_date
    (family((unborn("2026-08-20"),)), "2026-01-05", "pregnancy"),
    (family((unborn("2026-08-20"),)), "2025-10-10", "wish"),
    (family((unborn("2026-08-20"),)), "2026-09-01", "first_year"),
    # child born 2026-07-08 (six weeks early), due_date 2026-08-20
    (family((child("2026-07-08"),), D("2026-08-20")), "2025-10-10", "wish"),
    (family((child("2026-07-08"),), D("2026-08-20")), "2025-11-12", "wish"),
    (family((child("2026-07-08"),), D("2026-08-20")), "2025-11-13", "pregnancy"),
    (family((child("2026-07-08"),), D("2026-08-20")), "2026-01-05", "pregnancy"),
    (family((child("2026-07-08"),), D("2026-08-20")), "2026-07-08", "first_year"),
    (family((child("2026-07-08"),), D("2026-08-20")), "2026-07-25", "first_year"),
    # child born 2025-03-01 and due_date 2026-09-01 (a second pregnancy)
    (family((child("2025-03-01"),), D("2026-09-01")), "2025-12-15", "pregnancy"),
    (family((child("2025-03-01"),), D("2026-09-01")), "2025-11-01", "first_year"),
]


@pytest.mark.parametrize(("fam", "day", "expected"), WORKED_EXAMPLES)
def test_worked_examples_of_the_spec(fam: Family, day: str, expected: str) -> None:
    """Every worked example of the spec's phase rule holds."""
    assert phases.phase_of(fam, D(day)) == expected


def test_an_unborn_child_alone_makes_a_pregnancy() -> None:
    """The revision's first bug: an unborn child's expected_on without a family due date made
    every pregnancy step `wish`."""
    fam = family((unborn("2026-08-20"),))
    assert phases.timeline_of(fam).pregnancies == ((D("2025-11-13"), D("2026-08-20")),)


def test_a_premature_birth_ends_the_pregnancy_and_the_due_date_is_no_second_birth() -> None:
    """The revision's second bug: after a premature birth the due date counted as a second birth,
    so the birth and the weeks after it showed as `pregnancy`."""
    fam = family((child("2026-07-08"), unborn("2026-08-20", "u1")), D("2026-08-20"))
    timeline = phases.timeline_of(fam)
    assert timeline.anchors == (D("2026-07-08"),)
    assert timeline.waiting == ()
    assert not phases.due_date_pending(fam)
    assert phases.phase_of(fam, D("2026-08-19")) == "first_year"


def test_expected_dates_less_than_30_days_apart_are_one_pregnancy() -> None:
    """Rule 1: the earlier of two close expected dates is kept; 30 days apart are two."""
    assert phases.expected_births([D("2026-08-20"), D("2026-09-18")]) == (D("2026-08-20"),)
    assert phases.expected_births([D("2026-08-20"), D("2026-09-19")]) == (
        D("2026-08-20"),
        D("2026-09-19"),
    )


def test_a_birth_delivers_from_20_weeks_early_to_6_weeks_late() -> None:
    """Rule 3's bounds, both inclusive."""
    e = D("2026-08-20")
    assert phases.delivers(e, e - timedelta(days=140))
    assert not phases.delivers(e, e - timedelta(days=141))
    assert phases.delivers(e, e + timedelta(days=42))
    assert not phases.delivers(e, e + timedelta(days=43))


def test_each_birth_delivers_only_the_nearest_expected_date() -> None:
    """Rule 3: a birth between two expected dates delivers the nearer; the other stays an
    anchor and a pregnancy of its own."""
    timeline = phases.build_timeline([D("2026-06-01"), D("2026-08-01")], [D("2026-07-20")])
    assert timeline.waiting == (D("2026-06-01"),)
    assert (D("2025-10-25"), D("2026-07-20")) in timeline.pregnancies


def test_a_late_birth_extends_the_pregnancy_to_the_birth() -> None:
    """Rule 4: a delivered pair is pregnant from e - 280 days up to the birth itself."""
    fam = family((child("2026-09-10"),), D("2026-08-20"))
    assert phases.phase_of(fam, D("2026-09-09")) == "pregnancy"
    assert phases.phase_of(fam, D("2026-09-10")) == "first_year"


def test_year_phases_follow_the_latest_anchor() -> None:
    """Rule 5 and the year bands: 365 and 730 days after the latest anchor."""
    fam = family((child("2024-01-01"),))
    born = D("2024-01-01")
    assert phases.phase_of(fam, born + timedelta(days=364)) == "first_year"
    assert phases.phase_of(fam, born + timedelta(days=365)) == "second_year"
    assert phases.phase_of(fam, born + timedelta(days=729)) == "second_year"
    assert phases.phase_of(fam, born + timedelta(days=730)) == "later"


def test_current_phase_is_todays_phase() -> None:
    """The family's current phase is the phase of today's date by the same rule."""
    fam = family((unborn("2026-08-20"),))
    assert phases.current_phase(fam, D("2026-03-01")) == "pregnancy"
    assert phases.current_phase(fam, D("2026-08-20")) == "first_year"


# ---- properties ---------------------------------------------------------------------------------

days = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))


@st.composite
def families(draw: st.DrawFn) -> Family:
    """A family with random children, unborn children and due date."""
    members: list[Member] = []
    for i, born in enumerate(draw(st.lists(days, max_size=3))):
        members.append(Member(f"c{i}", "child", birth_date=born))
    for i, expected in enumerate(draw(st.lists(days, max_size=2))):
        members.append(Member(f"u{i}", "unborn_child", expected_on=expected))
    return family(tuple(members), draw(st.none() | days))


@settings(max_examples=300, deadline=None)
@given(families(), st.integers(min_value=1, max_value=4000))
def test_a_date_before_every_window_and_anchor_is_wish(fam: Family, back: int) -> None:
    """A date before every pregnancy window and every birth anchor is `wish`."""
    timeline = phases.timeline_of(fam)
    starts = [start for start, _ in timeline.pregnancies] + list(timeline.anchors)
    if not starts:
        assert phases.phase_of(fam, date(2020, 1, 1)) == "wish"
        return
    assert phases.phase_of(fam, min(starts) - timedelta(days=back)) == "wish"


@settings(max_examples=300, deadline=None)
@given(families(), st.data())
def test_a_date_in_a_pregnancy_window_is_never_a_year_phase(
    fam: Family, data: st.DataObject
) -> None:
    """Any date inside a pregnancy window is `pregnancy`, whatever anchor lies before it."""
    timeline = phases.timeline_of(fam)
    for start, end in timeline.pregnancies:
        offset = data.draw(st.integers(min_value=0, max_value=(end - start).days - 1))
        assert phases.phase_of(fam, start + timedelta(days=offset)) == "pregnancy"


@settings(max_examples=200, deadline=None)
@given(families(), st.lists(days, min_size=2, max_size=8), st.data())
def test_moving_one_event_never_changes_another_events_phase(
    fam: Family, event_days: list[date], data: st.DataObject
) -> None:
    """Moving an unrelated event changes no other event's phase (in the journey as the learning
    record and the timeline see it)."""
    from veldwerk.learning.record import journey_entries

    journey = tuple(Event(d, "contact", f"stap {i}") for i, d in enumerate(event_days))
    before = replace(fam, journey=journey)
    moved_index = data.draw(st.integers(min_value=0, max_value=len(journey) - 1))
    new_day = data.draw(days)
    after_journey = tuple(
        replace(e, date=new_day) if i == moved_index else e for i, e in enumerate(journey)
    )
    after = replace(fam, journey=after_journey)
    phase_before = {e.title: phases.phase_of(before, e.date) for e in journey}
    phase_after = {e.title: phases.phase_of(after, e.date) for e in after_journey}
    moved = journey[moved_index].title
    assert {k: v for k, v in phase_before.items() if k != moved} == {
        k: v for k, v in phase_after.items() if k != moved
    }
    # the learning record's per-event phases agree with the one rule
    assert sorted(entry["phase"] for entry in journey_entries(after)) == sorted(
        phase_after.values()
    )


@settings(max_examples=200, deadline=None)
@given(families(), days)
def test_the_timeline_edges_are_the_only_places_a_phase_changes(fam: Family, day: date) -> None:
    """Between two consecutive edges the phase is constant (the overview draws bands from
    them)."""
    timeline = phases.timeline_of(fam)
    edges = timeline.edges()
    below = [e for e in edges if e <= day]
    if below and below[-1] < day:
        assert timeline.phase_on(day) == timeline.phase_on(day - timedelta(days=1))
