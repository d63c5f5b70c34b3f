"""The one visual language of the eco-map (ecogram), for the screen and the printed overview.

Pure data and pure functions, no toolkit: the Netwerk tab (`ui/tabs/ecomap_style`) maps it to Qt,
the overview (`reports/ecomap`) to reportlab. Where the nodes go stays each side's own layout;
what they look like, and in which order they come, is decided here once.

- The order of the network: the JIM first, then the family's own informal network, then the
  professionals. The family's own people before the help around them, as the method draws it;
  the same order on the map (clockwise from the top), in its legend and in the lists beside it.
- A node per kind, told apart by shape as well as colour (so it reads in black and white): the
  JIM a dark purple diamond marked "JIM", the informal network a yellow circle with initials, a
  professional a blue rounded rectangle.
- A tie per strength, told apart by line as well as colour: strong thick and solid, normal
  solid, weak dashed, stressful a red zig-zag; a tie that has ended grey and dotted.

Sizes are in tie units (the width of a normal tie): each side says how large one unit is.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from veldwerk.domain.model import Family, NetworkMember

KINDS: tuple[str, ...] = ("jim", "informal", "professional")
"""The kinds of network member, in the order they are drawn, listed and explained."""

STRENGTHS: tuple[str, ...] = ("strong", "normal", "weak", "stressful")
"""The strengths of a tie, in the order the legends explain them."""

# The colours (hex, #rrggbb) -------------------------------------------------------------------
INK = "#1f2a30"
"""Names and the family's outline."""
MUTED = "#55636b"
"""The lines under a name, the legend's words."""
BACKGROUND = "#fbfcfd"
"""Behind the map."""
LABEL_BACKGROUND = "#ffffff"
"""Behind a node's words where they may lie over a tie."""
FAMILY_FILL = "#eef3f5"
FAMILY_LINE = INK
TIE = "#3e4a51"
STRESS = "#c2412a"
ENDED_LINE = "#a9b1b5"
ENDED_FILL = "#f0f1f2"

# Shapes: what each side knows how to draw.
DIAMOND = "diamond"
CIRCLE = "circle"
ROUNDED_RECT = "rounded_rect"
SHAPES = (DIAMOND, CIRCLE, ROUNDED_RECT)


@dataclass(frozen=True)
class NodeStyle:
    """How a network member of one kind looks and what its node says.

    `mark` is what the shape holds when it is large enough ("badge": the word "JIM", "initials":
    the person's initials, "": nothing); `detail` the first fact under the name ("mentee": whom
    a JIM mentors, "relation": the relation to the family, "profession")."""

    kind: str
    shape: str
    fill: str
    line: str
    mark_ink: str
    mark: str
    detail: str


NODES: dict[str, NodeStyle] = {
    # Filled dark, so the JIM stays the darkest node in black and white too.
    "jim": NodeStyle("jim", DIAMOND, "#6b3fa3", "#4b2a78", "#ffffff", "badge", "mentee"),
    "informal": NodeStyle("informal", CIRCLE, "#fff3d1", "#b48718", INK, "initials", "relation"),
    "professional": NodeStyle(
        "professional", ROUNDED_RECT, "#dbe9f6", "#2f6497", INK, "", "profession"
    ),
}
ROLE_INK = NODES["professional"].line
"""The words "vast aanspreekpunt" / "achterwacht" under a professional."""

NODE_OUTLINE = 0.8
"""The outline of a node, in tie units."""
FAMILY_OUTLINE = 1.2
"""The outline of the family in the middle, in tie units."""
CORNER = 0.2
"""The corner radius of a rounded rectangle, as a share of its shorter side."""


def node_style(kind: str) -> NodeStyle:
    """The style of `kind` (an unknown kind is drawn as the informal network)."""
    return NODES.get(kind, NODES["informal"])


def node_colours(kind: str, ended: bool = False) -> tuple[str, str]:
    """(fill, outline) of a node of `kind`; grey when the tie has ended."""
    if ended:
        return ENDED_FILL, ENDED_LINE
    style = node_style(kind)
    return style.fill, style.line


def diamond_points(cx: float, cy: float, radius: float) -> list[tuple[float, float]]:
    """The four corners of a diamond centred on (cx, cy): top, right, bottom, left (with y
    growing downwards; upside down the same four points)."""
    return [(cx, cy - radius), (cx + radius, cy), (cx, cy + radius), (cx - radius, cy)]


# Ties ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TieStyle:
    """How a tie looks: its colour, its width in tie units, its dash pattern (on, off, ... in
    multiples of its width; empty: solid) and whether it zig-zags."""

    colour: str
    width: float
    dash: tuple[float, ...] = ()
    zigzag: bool = False


TIES: dict[str, TieStyle] = {
    "strong": TieStyle(TIE, 2.5),
    "normal": TieStyle(TIE, 1.0),
    "weak": TieStyle(TIE, 0.9, dash=(4.0, 3.0)),
    "stressful": TieStyle(STRESS, 1.2, zigzag=True),
}
ENDED_TIE = TieStyle(ENDED_LINE, 0.8, dash=(1.0, 2.0))
"""A tie that has ended, whatever its strength was."""

ZIGZAG_AMPLITUDE = 2.5
"""How far a zig-zag's corners lie off the straight line, in tie units."""
ZIGZAG_WAVELENGTH = 10.0
"""The length of one zig and one zag, in tie units."""


def tie_style(strength: str, ended: bool = False) -> TieStyle:
    """The style of a tie of `strength` (an unknown one is drawn normal)."""
    if ended:
        return ENDED_TIE
    return TIES.get(strength, TIES["normal"])


def zigzag_points(
    x1: float, y1: float, x2: float, y2: float, amplitude: float, wavelength: float
) -> list[tuple[float, float]]:
    """The corner points of a zig-zag from (x1, y1) to (x2, y2), both ends included exactly.

    The line is cut into `n = floor(length / (wavelength / 2))` equal pieces; the `n - 1` points
    between them lie `amplitude` off the line, alternately to one side and the other. A line
    shorter than one wavelength (or a zero amplitude) stays straight: just its two ends."""
    length = math.hypot(x2 - x1, y2 - y1)
    pieces = int(length // (wavelength / 2)) if wavelength > 0 else 0
    if pieces < 2 or amplitude == 0:
        return [(x1, y1), (x2, y2)]
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    px, py = -uy, ux
    points = [(x1, y1)]
    for k in range(1, pieces):
        side = amplitude if k % 2 else -amplitude
        t = length * k / pieces
        points.append((x1 + ux * t + px * side, y1 + uy * t + py * side))
    points.append((x2, y2))
    return points


# Order ---------------------------------------------------------------------------------------
def kind_rank(kind: str) -> int:
    """Where `kind` comes in `KINDS` (an unknown kind last)."""
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def ordered(network: Iterable[NetworkMember]) -> list[NetworkMember]:
    """`network` by kind in the order of `KINDS`, as recorded within each kind."""
    return sorted(network, key=lambda n: kind_rank(n.kind))


def ordered_network(family: Family, day: date | None = None) -> list[NetworkMember]:
    """The network of `family` in drawing order: everyone ever recorded (`day` None: the screen
    shows ended ties greyed), or only those involved on `day` (the printed overview)."""
    people = family.network if day is None else [n for n in family.network if n.involved_on(day)]
    return ordered(people)
