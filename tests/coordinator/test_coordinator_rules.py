"""The coordinator's pure rules, one by one: facts, counting, medians, suppression (with
hypothesis over random families), rounding, newest-wins and trust on first use."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support.coordinator import expected_published
from support.facts import ev, fam
from veldwerk.coordinator.aggregate import (
    count_categories,
    cross_counts,
    ordered_categories,
    quarter_range,
)
from veldwerk.coordinator.facts import (
    EventFacts,
    FamilyFacts,
    facts_from_json,
    facts_to_json,
    family_facts,
    stored_facts,
    weeks_from_signal_to_intake,
)
from veldwerk.coordinator.metrics import ALL, format_number, group_metrics, median, percent
from veldwerk.coordinator.newest import Candidate, Known, decide
from veldwerk.coordinator.overview import Selection, build_overview
from veldwerk.coordinator.perturb import published_count, rounded
from veldwerk.coordinator.suppress import (
    checked_threshold,
    complementary_hidden,
    publish_counts,
    publish_metric_row,
    publish_metrics,
)
from veldwerk.domain import codes
from veldwerk.domain.errors import DomainError

# --- facts ------------------------------------------------------------------------------


def test_facts_round_trip_and_the_stored_form_made_straight_from_a_record() -> None:
    """Protects storage: the compact stored form made from a record reads back to exactly the
    facts of that record, and holds no free text (reflections are not kept)."""
    record = {
        "pseudonym": "a" * 64,
        "region": "Noord",
        "status": "closed",
        "opened_quarter": "2024-Q3",
        "duration_weeks": 30,
        "vulnerabilities": ["lvb", "housing"],
        "youngest_parent_age_band": "18-22",
        "children": "1",
        "pregnancy_at_start": True,
        "journey": [
            {
                "week": -1,
                "type": "signal",
                "phase": "pregnancy",
                "barriers": ["waiting_list"],
                "enablers": [],
                "professions": ["gp"],
            },
            {
                "week": 3,
                "type": "intake",
                "phase": "pregnancy",
                "barriers": [],
                "enablers": ["trusted_relationship"],
                "professions": [],
            },
        ],
        "network": {"professionals": {"gp": 1}, "informal": 2, "jim": True},
        "contacts": {"backup_now": False, "primary_changes": 1, "max_professionals_at_once": 3},
        "plan": {
            "goals": {"open": 1, "achieved": 0, "dropped": 0},
            "actions": {"todo": 0, "doing": 0, "done": 0},
        },
        "reflections": ["Een vast aanspreekpunt gaf rust."],
    }
    facts = family_facts(record, "b" * 32)
    assert stored_facts(record) == facts_to_json(facts)
    assert facts_from_json("b" * 32, "a" * 64, "Noord", "2024-Q3", stored_facts(record)) == facts
    assert "aanspreekpunt" not in stored_facts(record)
    assert facts.weeks_signal_to_intake == 4
    assert (facts.jim, facts.backup_now, facts.max_professionals_at_once) == (True, False, 3)


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ((), None),
        ((ev("intake", week=2),), None),
        ((ev("signal", week=2),), None),
        ((ev("signal", week=2), ev("intake", week=2)), 0),
        (
            (
                ev("intake", week=1),
                ev("signal", week=3),
                ev("intake", week=9),
                ev("intake", week=5),
            ),
            2,
        ),
        ((ev("signal", week=-4), ev("signal", week=1), ev("intake", week=0)), 4),
    ],
)
def test_weeks_from_signal_to_intake(events: tuple[EventFacts, ...], expected: int | None) -> None:
    """Protects the wait's definition: from the first signal to the first intake on or after
    it; nothing without both."""
    assert weeks_from_signal_to_intake(events) == expected


# --- counting ---------------------------------------------------------------------------


def test_counting_distinct_families_and_events() -> None:
    """Protects the meaning of the columns: a family counts once per category however many of
    its events carry it; events count every event; region and vulnerability have no events;
    every code of a code list gets a row, zero included."""
    families = [
        fam(
            "Noord",
            vulns=("lvb",),
            events=(
                ev("signal", "wish", ("waiting_list",)),
                ev("contact", "wish", ("waiting_list",)),
                ev("contact", "pregnancy", ("housing", "waiting_list"), ("collaboration",)),
            ),
        ),
        fam(
            "Noord",
            n=1,
            vulns=("lvb", "housing"),
            events=(ev("contact", "first_year", ("housing",)),),
        ),
        fam("Zuid", n=2),
    ]
    rows = {(c.dimension, c.category): (c.families, c.events) for c in count_categories(families)}
    assert rows[("region", "Noord")] == (2, None)
    assert rows[("region", "Zuid")] == (1, None)
    assert rows[("vulnerability", "lvb")] == (2, None)
    assert rows[("vulnerability", "addiction")] == (0, None)
    assert rows[("barrier", "waiting_list")] == (1, 3)
    assert rows[("barrier", "housing")] == (2, 2)
    assert rows[("phase", "wish")] == (1, 2)
    assert rows[("event_type", "contact")] == (2, 3)
    assert rows[("enabler", "collaboration")] == (1, 1)
    assert rows[("enabler", "shared_plan")] == (0, 0)
    dims = [d for d, _ in rows]
    assert dims.count("barrier") == len(codes.BARRIERS)
    assert dims.count("phase") == len(codes.PHASE_ORDER)
    assert cross_counts(families, "phase", "barrier")["wish"]["waiting_list"] == 1


def test_category_order_and_quarters() -> None:
    """Protects stable output: code lists in their own order, unknown values after them,
    regions by name; quarters from first to last with gaps filled."""
    assert ordered_categories("phase", ["later", "wish"]) == codes.PHASE_ORDER
    assert ordered_categories("region", ["b", "a"]) == ("a", "b")
    assert quarter_range(["2024-Q3", "2023-Q4", "2024-Q1"]) == [
        "2023-Q4",
        "2024-Q1",
        "2024-Q2",
        "2024-Q3",
    ]
    assert quarter_range([]) == []


def test_medians_and_percentages() -> None:
    """Protects the figures: the median of an even count is the mean of the middle two (shown
    with .5), percentages are whole with halves rounded up."""
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 2, 3]) == Fraction(5, 2)
    assert median([]) is None
    assert (format_number(Fraction(5, 2)), format_number(Fraction(4)), format_number(None)) == (
        "2.5",
        "4",
        "",
    )
    assert (percent(1, 8), percent(1, 3), percent(2, 3), percent(0, 0)) == (13, 33, 67, None)


def test_group_metrics_bases() -> None:
    """Protects each figure's base: backup among active families only, duration among closed
    ones only, the wait among families with both a signal and an intake."""
    families = [fam(n=i, backup=i < 3, status="active") for i in range(4)]
    families += [fam(n=10 + i, status="closed", weeks=w, jim=True) for i, w in enumerate((5, 9))]
    families.append(fam(n=20, events=(ev("signal", week=1), ev("intake", week=4))))
    m = group_metrics(ALL, families)
    assert (m.families, m.active, m.active_with_backup, m.with_jim) == (7, 5, 3, 2)
    assert m.closed_durations == (5, 9)
    assert m.signal_to_intake == (3,)


# --- protection -------------------------------------------------------------------------


def test_the_threshold_is_never_below_five() -> None:
    """Protects the floor: 5 and up are accepted, anything lower is refused with a message."""
    assert checked_threshold(5) == 5
    for bad in (4, 3, 0, -5):
        with pytest.raises(DomainError) as caught:
            checked_threshold(bad)
        assert caught.value.code == "coordinator.threshold_too_low"
        assert "5" in caught.value.message("nl")


def test_counts_are_rounded_to_five_and_from_fifty_to_ten() -> None:
    """Protects the rounding every published count gets: to the nearest 5 below 50 and to the
    nearest 10 from 50 on (halves up), never more than 2 resp. 5 off, never going down as the
    count goes up; nothing below the threshold, and nothing published below it (threshold 12:
    12 is published as 15)."""
    assert [rounded(n) for n in (0, 1, 2, 3, 7, 8, 12, 13, 47, 48, 49, 50, 54, 55, 104)] == [
        0, 0, 0, 5, 5, 10, 10, 15, 45, 50, 50, 50, 50, 60, 100,
    ]  # fmt: skip
    values = [rounded(n) for n in range(400)]
    assert values == sorted(values)
    assert all(abs(rounded(n) - n) <= (2 if n < 50 else 5) for n in range(400))
    assert published_count(9, 10) is None and published_count(10, 10) == 10
    assert published_count(12, 12) == 15 and published_count(11, 12) is None
    assert [published_count(n, 5) for n in (4, 5, 7, 8)] == [None, 5, 5, 10]


def test_primary_and_complementary_suppression_of_counts() -> None:
    """Protects the markers: a small cell is <5 with no events; with one small region, the next
    smallest region holding families is hidden too (x), so the small one cannot be worked out
    from another total; every shown number is rounded."""
    families = (
        [fam("A", n=i) for i in range(22)]
        + [fam("B", n=i) for i in range(7)]
        + [fam("C", n=i) for i in range(2)]
    )
    rows = {
        (r.dimension, r.category): (r.families, r.events)
        for r in publish_counts(count_categories(families), 5, families)
    }
    assert rows[("region", "A")] == ("20", "")
    assert rows[("region", "B")] == ("x", "")
    assert rows[("region", "C")] == ("<5", "")
    assert rows[("barrier", "waiting_list")] == ("<5", "")


def test_metrics_rows_suppression() -> None:
    """Protects metrics.csv: a small region shows only <5; the complementary one only x; a
    percentage whose part or rest is small, and a median whose own base is small, are left
    empty; the all row's families are the sum of the regions shown, marked +."""
    families = (
        [fam("A", n=i, status="closed", weeks=i, jim=i < 5) for i in range(8)]
        + [fam("A", n=10 + i) for i in range(4)]
        + [fam("B", n=i) for i in range(6)]
        + [fam("C", n=i) for i in range(3)]
    )
    groups = [group_metrics(r, [f for f in families if f.region == r]) for r in "ABC"]
    rows = publish_metrics(groups, group_metrics(ALL, families), 5)
    assert rows[0] == ("A", "10", "", "50", "2", "3.5", "")
    assert rows[1] == ("B", "x", "", "", "", "", "")
    assert rows[2] == ("C", "<5", "", "", "", "", "")
    assert rows[3][:4] == (ALL, "10+", "", "25")  # 5 of 21: rounded 5 of 5 + 15
    assert publish_metric_row(group_metrics("D", []), 5) == ("D", "<5", "", "", "", "", "")


@st.composite
def families_strategy(draw: st.DrawFn) -> list[FamilyFacts]:
    regions = draw(st.lists(st.sampled_from("ABCDEFG"), min_size=1, max_size=6, unique=True))
    barrier = st.sampled_from(list(codes.BARRIERS)[:5])
    event = st.builds(
        ev,
        st.sampled_from(list(codes.EVENT_TYPES)[:4]),
        st.sampled_from(codes.PHASE_ORDER),
        st.lists(barrier, max_size=2, unique=True).map(tuple),
        st.just(()),
        st.integers(-5, 50),
    )
    count = draw(st.integers(0, 60))
    return [
        fam(
            draw(st.sampled_from(regions)),
            n=i,
            events=tuple(draw(st.lists(event, max_size=4))),
            quarter=draw(st.sampled_from(["2024-Q1", "2024-Q2", "2024-Q4"])),
            status=draw(st.sampled_from(["active", "closed"])),
            weeks=draw(st.integers(0, 99)),
        )
        for i in range(count)
    ]


def _hidden_group_is_safe(hidden: list[int], parts: list[int], threshold: int) -> bool:
    """The hidden parts that hold families: none, all of them, or at least two holding at
    least the threshold together (empty parts never count as a complement)."""
    holding = [n for n in hidden if n > 0]
    return (
        not holding
        or len(holding) == sum(1 for n in parts if n > 0)
        or (len(holding) >= 2 and sum(holding) >= threshold)
    )


@settings(max_examples=60, deadline=None)
@given(families_strategy(), st.integers(5, 12))
def test_no_published_number_points_at_fewer_families_than_the_threshold(
    families: list[FamilyFacts], threshold: int
) -> None:
    """Protects the promise: for any families and threshold, every published number of families
    is the true number rounded (`expected_published`, computed by the test) and at least the
    threshold; every hidden region can only be worked out together with others holding at
    least the threshold; the same for quarters; the total is the sum of the regions shown."""
    overview = build_overview(families, threshold)
    counts = {(c.dimension, c.category): c.families for c in count_categories(families)}
    for row in overview.aggregates:
        if row.families.isdigit():
            true = counts[(row.dimension, row.category)]
            assert int(row.families) == expected_published(true, threshold) >= threshold
        else:
            assert row.families in (f"<{threshold}", "x") and row.events == ""
    regions = {
        r.category: counts[("region", r.category)]
        for r in overview.aggregates
        if r.dimension == "region"
    }
    hidden = [
        regions[r.category]
        for r in overview.aggregates
        if r.dimension == "region" and not r.families.isdigit()
    ]
    assert _hidden_group_is_safe(hidden, list(regions.values()), threshold)
    shown = [
        int(r.families)
        for r in overview.aggregates
        if r.dimension == "region" and r.families.isdigit()
    ]
    if shown:
        assert overview.total.text == f"{sum(shown)}{'+' if any(hidden) else ''}"
    for row in overview.metrics:
        assert not row[1].isdigit() or int(row[1]) >= threshold
    for bar in overview.enablers + overview.barriers:
        assert bar.value is None or bar.value >= threshold
    for _, bars in overview.barriers_by_phase:
        assert all(b.value is not None and b.value >= threshold for b in bars)
    sizes = {
        p.quarter: sum(1 for f in families if f.opened_quarter == p.quarter)
        for p in overview.quarters
    }
    for point in overview.quarters:
        assert point.families.value is None or point.families.value == expected_published(
            sizes[point.quarter], threshold
        )
    quarter_hidden = [sizes[p.quarter] for p in overview.quarters if p.families.value is None]
    assert _hidden_group_is_safe(quarter_hidden, list(sizes.values()), threshold)


@given(
    st.dictionaries(st.text(min_size=1, max_size=3), st.integers(0, 30), max_size=8),
    st.integers(5, 10),
)
def test_complementary_hiding_leaves_nothing_to_subtract(values: dict[str, int], t: int) -> None:
    """Protects complementary hiding on its own: after it, the hidden cells holding families
    are none, all, or at least two holding at least the threshold together; primary ones stay
    hidden; an empty cell is never added as a complement."""
    primary = {k for k, v in values.items() if v < t}
    hidden = complementary_hidden(values, primary, t)
    assert primary <= hidden
    assert all(values[k] > 0 for k in hidden - primary)
    assert _hidden_group_is_safe([values[k] for k in hidden], list(values.values()), t)


def test_a_selection_filters_by_region_and_period() -> None:
    """Protects the dashboard filter: region and an inclusive range of quarters of opening."""
    families = [
        fam("A", quarter=q, n=i) for i, q in enumerate(["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"])
    ] + [fam("B", n=9)]
    chosen = Selection(region="A", first_quarter="2024-Q1", last_quarter="2024-Q2")
    assert sorted(f.opened_quarter for f in families if chosen.admits(f)) == ["2024-Q1", "2024-Q2"]
    overview = build_overview(families, 5, chosen)
    assert overview.total.text == "<5" and overview.regions == ("A", "B")


# --- newest wins and trust on first use --------------------------------------------------


def cand(seq: int, key: str = "k1", sha: str | None = None) -> Candidate:
    return Candidate(sha or f"h{seq}{key}", "i" * 32, seq, key, f"2026-01-{seq:02d}T00:00:00Z")


def test_newest_wins_and_late_arrivals_never_overwrite() -> None:
    """Protects newest-wins: the highest sequence is applied only when newer than the stored
    one; everything else is superseded."""
    d = decide(None, [cand(2), cand(5), cand(3)])
    assert d.apply == cand(5) and set(d.superseded) == {cand(2), cand(3)}
    d = decide(Known("k1", 7), [cand(2), cand(6)])
    assert d.apply is None and set(d.superseded) == {cand(2), cand(6)}
    d = decide(Known("k1", 7), [cand(7, sha="other-bytes")])
    assert d.apply is None


def test_trust_on_first_use() -> None:
    """Protects trust on first use: a known installation keeps its key; a new one is tied to
    the key of its lowest sequence in the run, whatever order the files came in."""
    d = decide(Known("k1", 1), [cand(9, "k2"), cand(2, "k1")])
    assert d.apply == cand(2, "k1") and d.key_changed == (cand(9, "k2"),)
    for order in ([cand(9, "k2"), cand(1, "k1")], [cand(1, "k1"), cand(9, "k2")]):
        d = decide(None, order)
        assert d.bound_key == "k1" and d.apply == cand(1, "k1")
        assert d.key_changed == (cand(9, "k2"),)
    d = decide(Known("k1", 3), [cand(4, "k2")])
    assert d.apply is None and d.superseded == () and d.key_changed == (cand(4, "k2"),)
