"""Where the eco-map puts everyone: pure geometry, no drawing.

The family sits in the middle; the network members go round it on an ellipse in the order of
the spec (`domain.ecomap_spec.ordered_network`: the JIM, the informal network, the
professionals) starting at (or just past) the top and going clockwise. The ellipse is as small
as it can be while nobody overlaps and every tie stays long enough to see its style, so the map
stays large and readable in the view.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

Box = tuple[float, float, float, float]  # x, y, width, height, relative to the node's centre
TIE_ROOM = 40.0  # the least gap between the family circle and a node, so a tie can be read
GAP = 10.0  # the least gap between two nodes


def _overlap(a: Box, b: Box, gap: float) -> bool:
    return not (
        a[0] + a[2] + gap <= b[0]
        or b[0] + b[2] + gap <= a[0]
        or a[1] + a[3] + gap <= b[1]
        or b[1] + b[3] + gap <= a[1]
    )


def _clear_of_circle(box: Box, radius: float) -> bool:
    """True when `box` keeps `radius` from (0, 0)."""
    nx = min(max(0.0, box[0]), box[0] + box[2])
    ny = min(max(0.0, box[1]), box[1] + box[3])
    return math.hypot(nx, ny) >= radius


def angles(count: int, turn: float = 0.0) -> list[float]:
    """Where the nodes go round the family: evenly, the first at the top (turned on by `turn`
    of the step between two), clockwise."""
    return [-math.pi / 2 + 2 * math.pi * (i + turn) / count for i in range(count)]


def fitted_positions(
    boxes: Sequence[Box],
    centre_radius: float,
    aspect: float = 1.55,
    tie_room: float = TIE_ROOM,
    turn: float = 0.0,
) -> list[tuple[float, float]]:
    """The centre of each node (whose extent around its centre is `boxes[i]`) at its angle
    (`angles(n, turn)`) on the smallest ellipse (width `aspect` times its height) where no two
    nodes overlap and each keeps `tie_room` from the family circle of `centre_radius`."""
    n = len(boxes)
    if n == 0:
        return []
    around = angles(n, turn)
    ry = centre_radius + tie_room
    for _ in range(400):
        rx = ry * aspect
        points = [(rx * math.cos(a), ry * math.sin(a)) for a in around]
        placed = [(x + b[0], y + b[1], b[2], b[3]) for (x, y), b in zip(points, boxes, strict=True)]
        fits = all(_clear_of_circle(p, centre_radius + tie_room) for p in placed) and not any(
            _overlap(placed[i], placed[j], GAP) for i in range(n) for j in range(i + 1, n)
        )
        if fits:
            return points
        ry *= 1.04
    return points
