"""The two drawings of the eco-map, the Netwerk tab's and the printed team overview's, follow the
one spec (`domain.ecomap_spec`): the same people in the same order round the family, the same
order in their legends and lists, and no colour of their own."""

from __future__ import annotations

import io
import math
import re
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from veldwerk.domain import ecomap_spec as spec
from veldwerk.domain.model import Family
from veldwerk.reports import ecomap as report_ecomap
from veldwerk.reports import team_layout, team_overview
from veldwerk.samples.demo_families import demo_families
from veldwerk.ui.tabs import ecomap_legend
from veldwerk.ui.tabs.ecomap import EcoMapView

DAY = date(2026, 11, 24)
SRC = Path(__file__).resolve().parents[2] / "src" / "veldwerk"


def _clockwise_from_top(points: dict[str, tuple[float, float]]) -> list[str]:
    """The keys of `points` (x, y with y growing downwards, around (0, 0)) clockwise from the
    top."""
    return sorted(points, key=lambda k: math.atan2(points[k][0], -points[k][1]) % (2 * math.pi))


def _rotated(order: list[str], first: str) -> list[str]:
    i = order.index(first)
    return order[i:] + order[:i]


def _pdf_map_order(family: Family) -> list[str] | None:
    """The ids of the people on the printed eco-map, clockwise from the top, read back from the
    PDF by where their names stand round the family's name; None when some were left out."""
    pdf = team_overview.build_team_overview(family, lang="nl", today=DAY)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        words = page.extract_words(keep_blank_chars=True, x_tolerance=1.5)
    left = team_layout.MARGIN_X + team_layout.LEFT_W + 16
    head = next(w for w in words if w["text"].startswith("Ecogram") and w["x0"] >= left)
    if "meer" in " ".join(w["text"] for w in words if abs(w["top"] - head["top"]) < 2):
        return None  # "+N meer": not everyone is on the map
    below = next(w["top"] for w in words if w["text"].startswith("Doelen en open acties"))
    in_map = [w for w in words if w["x0"] >= left and head["bottom"] < w["top"] < below]
    centre = next(w for w in in_map if family.name.startswith(w["text"].strip()))
    cx, cy = (centre["x0"] + centre["x1"]) / 2, centre["bottom"]
    # the family's name, one or two lines centred on the family, is nobody's label
    labels = [w for w in in_map if abs((w["x0"] + w["x1"]) / 2 - cx) > 1]
    found: dict[str, tuple[float, float]] = {}
    for person in spec.ordered_network(family, DAY):
        shown = [w for w in labels if person.name.startswith(w["text"].rstrip("\u2026 "))]
        shown = [w for w in shown if len(w["text"].rstrip("\u2026 ")) >= 3]
        assert len(shown) == 1, (family.ref, person.name, [w["text"] for w in shown])
        word = shown[0]
        found[person.id] = ((word["x0"] + word["x1"]) / 2 - cx, word["top"] - cy)
    # the labels stand outside their nodes: right of the family clockwise is down the page,
    # left of it up the page
    right = sorted((k for k, (x, _y) in found.items() if x > 0), key=lambda k: found[k][1])
    left_side = sorted((k for k, (x, _y) in found.items() if x <= 0), key=lambda k: -found[k][1])
    return right + left_side


def _screen_map_order(view: EcoMapView, family: Family) -> list[str]:
    """The ids of the people involved on `DAY` on the screen's eco-map, clockwise from the top."""
    view.set_family(family, "nl", DAY)
    involved = {n.id for n in family.network if n.involved_on(DAY)}
    points = {nid: (node.pos().x(), node.pos().y()) for nid, node in view.nodes.items()}
    return [nid for nid in _clockwise_from_top(points) if nid in involved]


def test_print_and_screen_put_the_people_in_the_same_order_round_the_family(qtbot: Any) -> None:
    """Protects the one order of the eco-map: for every demo family whose network fits on the
    printed map, the PDF and the Netwerk tab show the same people clockwise round the family in
    the same sequence, and that is the spec's order (JIM, informal network, professionals)."""
    view = EcoMapView()
    qtbot.addWidget(view)
    view.resize(900, 640)
    view.show()
    compared = 0
    for family in demo_families(DAY):
        printed = _pdf_map_order(family)
        if printed is None:
            continue
        expected = [n.id for n in spec.ordered_network(family, DAY)]
        screen = _screen_map_order(view, family)
        assert sorted(printed) == sorted(screen) == sorted(expected), family.ref
        assert _rotated(printed, expected[0]) == expected, family.ref
        assert _rotated(screen, expected[0]) == expected, family.ref
        compared += 1
    assert compared >= 10, compared


def test_print_and_screen_legends_and_lists_take_the_kinds_in_the_spec_order(qtbot: Any) -> None:
    """Protects the one order beside the maps: both legends explain the kinds and ties in the
    spec's order, and the printed network list runs JIM, informal network, professionals."""
    assert ecomap_legend.PEOPLE == spec.KINDS
    assert ecomap_legend.TIES[: len(spec.STRENGTHS)] == spec.STRENGTHS
    printed = [code for what, code in report_ecomap.LEGEND_ITEMS if what == "kind"]
    assert tuple(printed) == spec.KINDS
    ties = [code for what, code in report_ecomap.LEGEND_ITEMS if what == "tie"]
    assert tuple(ties) == spec.STRENGTHS

    family = next(f for f in demo_families(DAY) if {n.kind for n in f.network} >= set(spec.KINDS))
    pdf = team_overview.build_team_overview(family, lang="nl", today=DAY)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        column = page.crop((0, 0, team_layout.MARGIN_X + team_layout.LEFT_W, page.height))
        lines = (column.extract_text() or "").splitlines()
    start = lines.index("Netwerk") + 1
    listed = lines[start : start + len(family.network)]
    kinds = []
    for line in listed:
        person = next((n for n in family.network if line.startswith(n.name)), None)
        if person is not None:
            kinds.append(person.kind)
    assert kinds and kinds == sorted(kinds, key=spec.kind_rank)


ECOMAP_SOURCES = [
    SRC / "reports" / "ecomap.py",
    *sorted((SRC / "ui" / "tabs").glob("ecomap*.py")),
]
COLOUR_LITERALS = re.compile(
    r"""["']#[0-9a-fA-F]{3,8}["']"""  # a hex colour
    r"|QColor\(\s*\d"  # QColor(r, g, b)
    r"|Qt\.GlobalColor\.(?!transparent)"  # a named Qt colour
    r"|HexColor\(|reportlab\.lib\.colors|colors\.\w+"  # reportlab's colours
)


@pytest.mark.parametrize("source", ECOMAP_SOURCES, ids=lambda p: p.name)
def test_no_eco_map_drawing_has_a_colour_of_its_own(source: Path) -> None:
    """Protects the one palette: the eco-map's drawings (the PDF's and the screen's) take every
    colour from the spec, so the two can never drift apart again."""
    assert source.exists()
    found = [
        f"{source.name}:{i}: {line.strip()}"
        for i, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1)
        if COLOUR_LITERALS.search(line)
    ]
    assert not found, "\n".join(found)


def test_the_spec_is_the_only_zigzag() -> None:
    """Protects the one zig-zag: neither drawing computes a zig-zag of its own; both call
    `ecomap_spec.zigzag_points`."""
    for source in ECOMAP_SOURCES:
        text = source.read_text(encoding="utf-8")
        assert not re.search(r"def _?zigzag", text), source.name
    users = [s.name for s in ECOMAP_SOURCES if "zigzag_points(" in s.read_text(encoding="utf-8")]
    assert users == ["ecomap.py", "ecomap_style.py"]
