"""The small parts under the tabs: places of problems, phases on the timeline,
the eco-map's geometry, new ids and English plurals."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from veldwerk.domain.model import Event, Family, Member
from veldwerk.ui.tabs.ecomap_layout import TIE_ROOM, fitted_positions
from veldwerk.ui.tabs.ids import next_id
from veldwerk.ui.tabs.places import Place, split_place
from veldwerk.ui.tabs.plural import plural
from veldwerk.ui.tabs.timeline import timeline_rows


def test_split_place() -> None:
    """A problem's place names the record and the field the dialog shows it at."""
    assert split_place("journey[3].date") == Place("journey", 3, "date")
    assert split_place("journey[3].involved[0]") == Place("journey", 3, "involved", (0,))
    assert split_place("plan.goals[0].actions[1].status") == Place(
        "goals", 0, "actions.status", (1,)
    )
    assert split_place("network[12].mentor_of") == Place("network", 12, "mentor_of")
    assert split_place("title") == Place(None, None, "title")
    assert split_place("") == Place(None, None, "")
    assert split_place("contacts") == Place(None, None, "contacts")


def _family(*events: Event, children: tuple[date, ...] = (), due: date | None = None) -> Family:
    members = tuple(Member(f"m{i}", "child", birth_date=b) for i, b in enumerate(children))
    return Family(
        "R",
        "Gezin",
        "Ermelo",
        "closed",
        date(2020, 1, 1),
        date(2026, 1, 1),
        due_date=due,
        members=(Member("p", "mother"), *members),
        journey=events,
    )


def test_timeline_runs_by_phase_and_phase_can_return() -> None:
    """Events are grouped in runs of the same phase in date order; with a second child the
    pregnancy phase comes back as a new run; newest first reverses runs and events."""
    e = [
        Event(date(2021, 1, 5), "signal", "a", key=1),
        Event(date(2021, 8, 1), "intake", "b", key=2),
        Event(date(2022, 3, 1), "contact", "c", key=3),
        Event(date(2023, 9, 1), "contact", "d", key=4),
        Event(date(2021, 8, 1), "note", "e", key=5),
    ]
    family = _family(*e, children=(date(2022, 1, 10), date(2023, 12, 1)))
    oldest = [
        (r.phase, r.event.title if r.event else r.count)
        for r in timeline_rows(family, newest_first=False)
    ]
    assert oldest == [
        ("wish", 1),
        ("wish", "a"),
        ("pregnancy", 2),
        ("pregnancy", "b"),
        ("pregnancy", "e"),
        ("first_year", 1),
        ("first_year", "c"),
        ("pregnancy", 1),
        ("pregnancy", "d"),
    ]
    newest = [
        (r.phase, r.event.title if r.event else r.count)
        for r in timeline_rows(family, newest_first=True)
    ]
    assert newest == [
        ("pregnancy", 1),
        ("pregnancy", "d"),
        ("first_year", 1),
        ("first_year", "c"),
        ("pregnancy", 2),
        ("pregnancy", "e"),
        ("pregnancy", "b"),
        ("wish", 1),
        ("wish", "a"),
    ]
    assert timeline_rows(replace(family, journey=())) == []


def test_timeline_uses_due_date_without_a_recorded_birth() -> None:
    """A due date counts as a birth until a child is recorded (spec: phase rule)."""
    family = _family(Event(date(2026, 3, 1), "intake", "x"), due=date(2026, 9, 1))
    assert timeline_rows(family)[0].phase == "pregnancy"


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return not (
        a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
    )


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.floats(60, 230), st.floats(40, 110)), min_size=1, max_size=24),
    st.sampled_from([1.0, 1.4, 2.1]),
)
def test_ecomap_nodes_never_overlap(sizes: list[tuple[float, float]], aspect: float) -> None:
    """However many people and however large their boxes, no two nodes overlap and every node
    leaves room for its tie to the family circle."""
    boxes = [(-w / 2, -h / 2, w, h) for w, h in sizes]
    points = fitted_positions(boxes, 70.0, aspect)
    placed = [(x + b[0], y + b[1], b[2], b[3]) for (x, y), b in zip(points, boxes, strict=True)]
    for i in range(len(placed)):
        for j in range(i + 1, len(placed)):
            assert not _overlap(placed[i], placed[j])
        nx = min(max(0.0, placed[i][0]), placed[i][0] + placed[i][2])
        ny = min(max(0.0, placed[i][1]), placed[i][1] + placed[i][3])
        assert math.hypot(nx, ny) >= 70.0 + TIE_ROOM - 1e-6


def test_next_id_and_plural() -> None:
    """New ids continue after the highest in use; English plurals read right."""
    assert next_id("m", []) == "m1"
    assert next_id("n", ["n1", "n2", "n7", "x9"]) == "n8"
    assert next_id("m", ["m1", "mx"]) == "m2"
    assert plural("%n step(s)".replace("%n", "1"), 1) == "1 step"
    assert plural("3 step(s)", 3) == "3 steps"
    assert plural("3 stappen", 3) == "3 stappen"
