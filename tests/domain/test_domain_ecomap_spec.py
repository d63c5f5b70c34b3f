"""The eco-map's one visual spec: the zig-zag both drawings use, the one order of the network,
and a look per kind and per strength that reads without colour."""

from __future__ import annotations

import math
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veldwerk.domain import codes
from veldwerk.domain import ecomap_spec as spec
from veldwerk.domain.model import Family, NetworkMember

coordinate = st.floats(-1000, 1000, allow_nan=False)


@given(coordinate, coordinate, coordinate, coordinate, st.floats(0.5, 20), st.floats(2, 60))
def test_zigzag_starts_and_ends_exactly_on_the_given_points(
    x1: float, y1: float, x2: float, y2: float, amplitude: float, wavelength: float
) -> None:
    """A stressful tie meets the family and the node exactly, whatever its length and angle."""
    points = spec.zigzag_points(x1, y1, x2, y2, amplitude, wavelength)
    assert points[0] == (x1, y1)
    assert points[-1] == (x2, y2)
    assert len(points) >= 2


@pytest.mark.parametrize(
    ("length", "wavelength", "count"),
    [(100.0, 20.0, 11), (100.0, 30.0, 7), (19.9, 20.0, 2), (20.0, 20.0, 3), (5.0, 20.0, 2)],
)
def test_zigzag_has_one_corner_per_half_wavelength(
    length: float, wavelength: float, count: int
) -> None:
    """The line is cut into floor(length / half a wavelength) pieces (the points: one more); a
    line shorter than a wavelength stays straight, so a short tie never becomes a smudge."""
    points = spec.zigzag_points(0.0, 0.0, length, 0.0, 3.0, wavelength)
    assert len(points) == count


def test_zigzag_corners_alternate_at_the_amplitude_evenly_along_the_line() -> None:
    """The corners lie `amplitude` off the line, alternately to each side, evenly spaced; the
    same on a slanted line (measured across it)."""
    points = spec.zigzag_points(0.0, 0.0, 100.0, 0.0, 4.0, 20.0)
    corners = points[1:-1]
    assert [y for _x, y in corners] == pytest.approx([4.0 * (-1) ** k for k in range(9)])
    assert [x for x, _y in corners] == pytest.approx([10.0 * (k + 1) for k in range(9)])
    slanted = spec.zigzag_points(0.0, 0.0, 60.0, 80.0, 4.0, 20.0)
    ux, uy = 0.6, 0.8
    off = [-uy * x + ux * y for x, y in slanted[1:-1]]  # distance across the line
    assert off == pytest.approx([4.0 * (-1) ** k for k in range(len(off))])
    assert spec.zigzag_points(0, 0, 100, 0, 0.0, 20.0) == [(0, 0), (100, 0)]


def _family(*network: NetworkMember) -> Family:
    return Family(
        ref="E-1",
        name="Gezin Spec",
        municipality="Ede",
        status="active",
        opened_on=date(2025, 1, 1),
        network=network,
    )


def test_the_network_comes_in_one_order_jim_informal_professional() -> None:
    """Both drawings and the lists beside them take the network as: the JIM, the informal
    network, the professionals, each kind as recorded; on a day only those involved then."""
    day = date(2026, 3, 1)
    family = _family(
        NetworkMember("p1", "professional", "Wijkteam", profession="gp"),
        NetworkMember("i1", "informal", "Oma"),
        NetworkMember("p2", "professional", "Verloskundige", until=date(2026, 1, 1)),
        NetworkMember("j1", "jim", "Femke", mentor_of="m1"),
        NetworkMember("i2", "informal", "Buurvrouw", since=date(2026, 6, 1)),
        NetworkMember("i3", "informal", "Tante Ans"),
    )
    assert spec.KINDS == ("jim", "informal", "professional")
    everyone = [n.id for n in spec.ordered_network(family)]
    assert everyone == ["j1", "i1", "i2", "i3", "p1", "p2"]
    assert [n.id for n in spec.ordered_network(family, day)] == ["j1", "i1", "i3", "p1"]


def test_every_kind_and_strength_has_a_look_that_reads_without_colour() -> None:
    """Each kind of the code list has its own shape, each strength its own line (width, dash or
    zig-zag), so a black-and-white print still tells them apart; every colour is #rrggbb."""
    assert set(spec.KINDS) == set(codes.NETWORK_KINDS)
    assert set(spec.STRENGTHS) == set(codes.STRENGTHS)
    shapes = [spec.node_style(k).shape for k in spec.KINDS]
    assert len(set(shapes)) == len(shapes) and set(shapes) <= set(spec.SHAPES)
    lines = [(t.width, t.dash, t.zigzag) for t in (*spec.TIES.values(), spec.ENDED_TIE)]
    assert len(set(lines)) == len(lines) and set(spec.TIES) == set(spec.STRENGTHS)
    hexes = [v for k, v in vars(spec).items() if k.isupper() and isinstance(v, str)]
    hexes = [v for v in hexes if v.startswith("#")]
    for style in spec.NODES.values():
        hexes += [style.fill, style.line, style.mark_ink]
    hexes += [t.colour for t in spec.TIES.values()]
    assert hexes and all(re.fullmatch(r"#[0-9a-f]{6}", h) for h in hexes)
    assert spec.node_style("unknown") == spec.NODES["informal"]
    assert spec.tie_style("strong", ended=True) == spec.ENDED_TIE


def test_the_jim_is_the_darkest_node() -> None:
    """The JIM is filled dark, so it stays the darkest node when printed in black and white."""

    def luminance(hex_colour: str) -> float:
        r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    fills = {k: luminance(spec.node_colours(k)[0]) for k in spec.KINDS}
    assert min(fills, key=fills.__getitem__) == "jim"
    assert math.isclose(
        luminance(spec.node_colours("jim", ended=True)[0]), luminance(spec.ENDED_FILL)
    )
