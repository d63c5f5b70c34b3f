"""The eco-map (ecogram) as vector graphics: the family in the middle, one node per network
member involved today, and a tie to each drawn by its strength.

The look and the order are the app's, from the one spec (`domain.ecomap_spec`): the JIM a dark
purple diamond, the informal network yellow circles, professionals blue rounded squares (shape
and darkness keep them apart in black and white); strong ties thick and solid, normal thin,
weak dashed, stressful a red zig-zag. The people go round the family clockwise from the top in
the spec's order (JIM, informal network, professionals), as on the screen. A tiny legend
explains both. When more members are involved than fit calmly, the most important are drawn
(contacts, JIMs, then strong, stressful, normal and weak ties) and the caller says "+N more".
"""

from __future__ import annotations

import math
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from veldwerk.domain import ecomap_spec as spec
from veldwerk.domain.codes import label
from veldwerk.domain.model import Family, NetworkMember
from veldwerk.reports import content, fitting, fonts
from veldwerk.reports.fitting import Style, ink
from veldwerk.reports.page import Box
from veldwerk.texts import text

UNIT = 0.9
"""Points per tie unit of the spec (the width of a normal tie)."""
MAX_NODES = 12
NODE = 7.0  # node size in points

NAME = Style(fonts.REGULAR, 6.5, 7.6, spec.INK)
DETAIL = Style(fonts.REGULAR, 5.6, 6.6, spec.MUTED)
CENTRE = Style(fonts.BOLD, 7.0, 8.4, spec.INK)
LEGEND = Style(fonts.REGULAR, 5.8, 7.5, spec.MUTED)

STRENGTH_RANK = {"strong": 0, "stressful": 1, "normal": 2, "weak": 3}


def draw_node(c: Canvas, kind: str, cx: float, cy: float, size: float) -> None:
    """The node of a network member of `kind`, centred on (cx, cy)."""
    h = size / 2
    fill, outline = spec.node_colours(kind)
    shape = spec.node_style(kind).shape
    c.saveState()
    c.setStrokeColor(ink(outline))
    c.setFillColor(ink(fill))
    c.setLineWidth(spec.NODE_OUTLINE * UNIT)
    if shape == spec.DIAMOND:
        corners = spec.diamond_points(cx, cy, h * 1.25)  # a diamond's corners reach further
        p = c.beginPath()
        p.moveTo(*corners[0])
        for x, y in corners[1:]:
            p.lineTo(x, y)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
    elif shape == spec.ROUNDED_RECT:
        c.roundRect(cx - h, cy - h, size, size, size * spec.CORNER, stroke=1, fill=1)
    else:
        c.circle(cx, cy, h, stroke=1, fill=1)
    c.restoreState()


def node_marker(kind: str) -> fitting.Marker:
    """A line marker showing the node shape of `kind` (for the network list beside the map)."""

    def draw(c: Canvas, x: float, y_mid: float, height: float) -> None:
        draw_node(c, kind, x + 3.5, y_mid, min(6.0, height * 0.6))

    return draw


def draw_tie(c: Canvas, strength: str, x0: float, y0: float, x1: float, y1: float) -> None:
    """The tie between two points in the style of its strength."""
    tie = spec.tie_style(strength)
    width = tie.width * UNIT
    c.saveState()
    c.setStrokeColor(ink(tie.colour))
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    if tie.dash:
        c.setDash([d * width for d in tie.dash])  # the spec counts dashes in line widths
    if tie.zigzag:
        points = spec.zigzag_points(
            x0, y0, x1, y1, spec.ZIGZAG_AMPLITUDE * UNIT, spec.ZIGZAG_WAVELENGTH * UNIT
        )
        p = c.beginPath()
        p.moveTo(*points[0])
        for x, y in points[1:]:
            p.lineTo(x, y)
        c.drawPath(p, stroke=1, fill=0)
    else:
        c.line(x0, y0, x1, y1)
    c.restoreState()


def nodes_to_draw(family: Family, day: date) -> list[NetworkMember]:
    """Everyone involved on `day`, most important first: the vaste aanspreekpunt and achterwacht,
    the JIMs, then strong, stressful, normal and weak ties."""
    contacts = [content.contact_person(family, role, day) for role in ("primary", "backup")]
    contact_ids = [n.id for n in contacts if n is not None]

    def rank(n: NetworkMember) -> tuple[int, int]:
        if n.id in contact_ids:
            return (0, contact_ids.index(n.id))
        if n.kind == "jim":
            return (1, 0)
        return (2, STRENGTH_RANK.get(n.strength, 2))

    return sorted(spec.ordered_network(family, day), key=rank)


def shown_in_order(family: Family, day: date, most: int) -> list[NetworkMember]:
    """The `most` most important of `nodes_to_draw`, in the spec's order (as on the screen)."""
    chosen = {n.id for n in nodes_to_draw(family, day)[:most]}
    return [n for n in spec.ordered_network(family, day) if n.id in chosen]


LEGEND_ITEMS: tuple[tuple[str, str], ...] = (
    *(("kind", k) for k in spec.KINDS),
    *(("tie", s) for s in spec.STRENGTHS),
)


def _legend_label(kind: str, code: str, lang: str) -> str:
    return label("network_kind" if kind == "kind" else "strength", code, lang)


SYMBOL = 14.0  # width of a legend symbol
GAP = 7.0


def _legend_rows(width: float, lang: str) -> list[list[tuple[str, str, str, float]]]:
    """The legend items flowed into rows of `width`: (kind, code, fitted label, item width)."""
    rows: list[list[tuple[str, str, str, float]]] = [[]]
    used = 0.0
    for kind, code in LEGEND_ITEMS:
        text = fitting.ellipsize(_legend_label(kind, code, lang), LEGEND, width - SYMBOL - 4)
        w = SYMBOL + 4 + fitting.text_width(text, LEGEND)
        if rows[-1] and used + GAP + w > width:
            rows.append([])
            used = 0.0
        used += (GAP if rows[-1] else 0.0) + w
        rows[-1].append((kind, code, text, w))
    return rows


def legend_height(width: float, lang: str) -> float:
    return len(_legend_rows(width, lang)) * LEGEND.leading


def draw_legend(c: Canvas, box: Box, lang: str) -> None:
    """The legend flowed from the top of `box`."""
    top = box.y + box.height
    for row in _legend_rows(box.width, lang):
        x = box.x
        mid = top - LEGEND.leading / 2
        for kind, code, words, w in row:
            if kind == "kind":
                draw_node(c, code, x + SYMBOL / 2, mid, 5.0)
            else:
                draw_tie(c, code, x, mid, x + SYMBOL, mid)
            c.setFillColor(ink(LEGEND.color))
            c.setFont(LEGEND.font, LEGEND.size)
            c.drawString(x + SYMBOL + 4, fitting.baseline_in(top, LEGEND, LEGEND.leading), words)
            x += w + GAP
        top -= LEGEND.leading


def _detail(n: NetworkMember, family: Family, lang: str) -> str:
    """The first fact under a name, by the spec's rule for its kind."""
    rule = spec.node_style(n.kind).detail
    if rule == "profession":
        return label("profession", n.profession, lang) if n.profession else ""
    if rule == "mentee":
        mentee = family.member(n.mentor_of) if n.mentor_of else None
        who = fitting.clean(mentee.display_name) if mentee else ""
        return text("report.jim_of", lang, name=who or text("report.unnamed", lang))
    return fitting.clean(content.relation_note(n))


def draw_ecomap(c: Canvas, family: Family, box: Box, *, day: date, lang: str) -> int:
    """Draw the eco-map of `family` on `day` in `box`, legend included; return how many network
    members were left out for lack of room (the caller prints "+N more")."""
    legend_h = legend_height(box.width, lang)
    draw_legend(c, Box(box.x, box.y, box.width, legend_h), lang)
    area = Box(box.x, box.y + legend_h + 4, box.width, box.height - legend_h - 4)
    cx, cy = area.x + area.width / 2, area.y + area.height / 2
    crx, cry = min(32.0, area.width * 0.14), min(20.0, area.height * 0.14)

    spacing = NAME.leading + DETAIL.leading + 2
    per_side = max(1, int((area.height - 4) // spacing))
    shown = shown_in_order(family, day, min(MAX_NODES, 2 * per_side))
    half = (len(shown) + 1) // 2  # clockwise from the top: down the right, up the left
    right, left = shown[:half], shown[half:][::-1]

    ring_rx = crx + (area.width / 2 - crx) * 0.42
    ring_ry = area.height / 2 - spacing / 2
    placed: list[tuple[NetworkMember, float, float, int]] = []
    for side, members in ((1, right), (-1, left)):
        k = len(members)
        for i, n in enumerate(members):
            dy = ring_ry * (1 - 2 * (i + 0.5) / k) if k > 1 else 0.0
            spread = math.sqrt(max(0.0, 1 - (dy / ring_ry) ** 2)) if ring_ry > 0 else 1.0
            dx = max(crx + NODE + 6, ring_rx * spread)
            placed.append((n, cx + side * dx, cy + dy, side))

    for n, nx, ny, _ in placed:  # ties first, nodes and labels on top
        angle = math.atan2(ny - cy, nx - cx)
        ex, ey = cx + crx * math.cos(angle), cy + cry * math.sin(angle)
        sx, sy = nx - (NODE * 0.7) * math.cos(angle), ny - (NODE * 0.7) * math.sin(angle)
        draw_tie(c, n.strength, ex, ey, sx, sy)

    c.saveState()
    c.setFillColor(ink(spec.FAMILY_FILL))
    c.setStrokeColor(ink(spec.FAMILY_LINE))
    c.setLineWidth(spec.FAMILY_OUTLINE * UNIT)
    c.ellipse(cx - crx, cy - cry, cx + crx, cy + cry, stroke=1, fill=1)
    c.restoreState()
    name_lines = fitting.wrap(family.name, CENTRE, crx * 1.7, max_lines=2)
    top = cy + len(name_lines) * CENTRE.leading / 2
    c.setFillColor(ink(CENTRE.color))
    c.setFont(CENTRE.font, CENTRE.size)
    for line in name_lines:
        c.drawCentredString(cx, fitting.baseline_in(top, CENTRE, CENTRE.leading), line)
        top -= CENTRE.leading

    for n, nx, ny, side in placed:
        draw_node(c, n.kind, nx, ny, NODE)
        _draw_label(c, n, family, nx, ny, side, area, lang)
    return len(spec.ordered_network(family, day)) - len(shown)


def _draw_label(
    c: Canvas,
    n: NetworkMember,
    family: Family,
    nx: float,
    ny: float,
    side: int,
    area: Box,
    lang: str,
) -> None:
    room = (area.x + area.width - (nx + NODE)) if side > 0 else (nx - NODE - area.x)
    name = fitting.ellipsize(fitting.clean(n.name), NAME, room - 1)
    detail = fitting.ellipsize(_detail(n, family, lang), DETAIL, room - 1)
    top = ny + (NAME.leading + (DETAIL.leading if detail else 0)) / 2
    for words, style in ((name, NAME), (detail, DETAIL)):
        if not words:
            continue
        c.setFillColor(ink(style.color))
        c.setFont(style.font, style.size)
        baseline = fitting.baseline_in(top, style, style.leading)
        if side > 0:
            c.drawString(nx + NODE, baseline, words)
        else:
            c.drawRightString(nx - NODE, baseline, words)
        top -= style.leading
