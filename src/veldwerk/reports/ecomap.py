"""The eco-map (ecogram) as vector graphics: the family in the middle, one node per network member
involved today, and a tie to each drawn by its strength.

The visual language (the same meaning and colours as the app's eco-map view):
- node by kind: professional = blue rounded square, informal = yellow circle, JIM = dark purple
  diamond (shape and darkness keep them apart in black and white);
- tie by strength: strong = thick solid, normal = thin solid, weak = dashed,
  stressful = red zig-zag (the zig-zag keeps it readable in black and white).
A tiny legend explains both. When more members are involved than fit calmly, the most important
are drawn (contacts, JIMs, then strong, stressful, normal and weak ties) and the caller says
"+N more".
"""

from __future__ import annotations

import math
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from veldwerk.domain.codes import label
from veldwerk.domain.model import Family, NetworkMember
from veldwerk.reports import content, fitting, fonts
from veldwerk.reports.fitting import Style, ink
from veldwerk.reports.page import Box

INK = "#1f2a30"
TIE = "#3e4a51"
STRESS = "#c2412a"
FAMILY_FILL = "#eef3f5"
# (fill, outline) per kind, the app's colours (ui/tabs/style.py); the JIM is filled with its
# outline colour so that it stays the darkest node in black and white too.
NODE_COLOURS = {
    "professional": ("#dbe9f6", "#2f6497"),
    "informal": ("#fff3d1", "#b48718"),
    "jim": ("#6b3fa3", "#6b3fa3"),
}

MAX_NODES = 12
NODE = 7.0  # node size in points

NAME = Style(fonts.REGULAR, 6.5, 7.6, INK)
DETAIL = Style(fonts.REGULAR, 5.6, 6.6, "#546e7a")
CENTRE = Style(fonts.BOLD, 7.0, 8.4, INK)
LEGEND = Style(fonts.REGULAR, 5.8, 7.5, "#37474f")

STRENGTH_RANK = {"strong": 0, "stressful": 1, "normal": 2, "weak": 3}


def draw_node(c: Canvas, kind: str, cx: float, cy: float, size: float) -> None:
    """The node of a network member of `kind`, centred on (cx, cy)."""
    h = size / 2
    fill, outline = NODE_COLOURS.get(kind, NODE_COLOURS["informal"])
    c.saveState()
    c.setStrokeColor(ink(outline))
    c.setFillColor(ink(fill))
    c.setLineWidth(0.8)
    if kind == "jim":
        p = c.beginPath()
        p.moveTo(cx, cy + h * 1.25)
        p.lineTo(cx + h * 1.25, cy)
        p.lineTo(cx, cy - h * 1.25)
        p.lineTo(cx - h * 1.25, cy)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
    elif kind == "professional":
        c.roundRect(cx - h, cy - h, size, size, size * 0.18, stroke=1, fill=1)
    else:
        c.circle(cx, cy, h, stroke=1, fill=1)
    c.restoreState()


def node_marker(kind: str) -> fitting.Marker:
    """A line marker showing the node shape of `kind` (for the network list beside the map)."""

    def draw(c: Canvas, x: float, y_mid: float, height: float) -> None:
        draw_node(c, kind, x + 3.5, y_mid, min(6.0, height * 0.6))

    return draw


def _zigzag(c: Canvas, x0: float, y0: float, x1: float, y1: float) -> None:
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 1:
        return
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    px, py = -uy, ux
    teeth = max(2, int(length / 4.5))
    p = c.beginPath()
    p.moveTo(x0, y0)
    for i in range(1, teeth):
        t = length * i / teeth
        a = 2.0 if i % 2 else -2.0
        p.lineTo(x0 + ux * t + px * a, y0 + uy * t + py * a)
    p.lineTo(x1, y1)
    c.drawPath(p, stroke=1, fill=0)


def draw_tie(c: Canvas, strength: str, x0: float, y0: float, x1: float, y1: float) -> None:
    """The tie between two points in the style of its strength."""
    c.saveState()
    c.setStrokeColor(ink(TIE))
    c.setLineCap(1)
    if strength == "strong":
        c.setLineWidth(2.4)
        c.line(x0, y0, x1, y1)
    elif strength == "weak":
        c.setLineWidth(0.8)
        c.setDash(2.5, 2.0)
        c.line(x0, y0, x1, y1)
    elif strength == "stressful":
        c.setStrokeColor(ink(STRESS))
        c.setLineWidth(0.9)
        c.setLineJoin(1)
        _zigzag(c, x0, y0, x1, y1)
    else:
        c.setLineWidth(0.9)
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

    return sorted(content.current_network(family, day), key=rank)


LEGEND_ITEMS: tuple[tuple[str, str], ...] = (
    *(("kind", k) for k in ("professional", "informal", "jim")),
    *(("tie", s) for s in ("strong", "normal", "weak", "stressful")),
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
        for kind, code, text, w in row:
            if kind == "kind":
                draw_node(c, code, x + SYMBOL / 2, mid, 5.0)
            else:
                draw_tie(c, code, x, mid, x + SYMBOL, mid)
            c.setFillColor(ink(LEGEND.color))
            c.setFont(LEGEND.font, LEGEND.size)
            c.drawString(x + SYMBOL + 4, fitting.baseline_in(top, LEGEND, LEGEND.leading), text)
            x += w + GAP
        top -= LEGEND.leading


def _detail(n: NetworkMember, lang: str) -> str:
    if n.kind == "professional":
        return label("profession", n.profession, lang) if n.profession else ""
    return fitting.clean(content.relation_note(n))


def draw_ecomap(c: Canvas, family: Family, box: Box, *, day: date, lang: str) -> int:
    """Draw the eco-map of `family` on `day` in `box`, legend included; return how many network
    members were left out for lack of room (the caller prints "+N more")."""
    legend_h = legend_height(box.width, lang)
    draw_legend(c, Box(box.x, box.y, box.width, legend_h), lang)
    area = Box(box.x, box.y + legend_h + 4, box.width, box.height - legend_h - 4)
    cx, cy = area.x + area.width / 2, area.y + area.height / 2
    crx, cry = min(32.0, area.width * 0.14), min(20.0, area.height * 0.14)

    people = nodes_to_draw(family, day)
    spacing = NAME.leading + DETAIL.leading + 2
    per_side = max(1, int((area.height - 4) // spacing))
    shown = people[: min(MAX_NODES, 2 * per_side)]
    right, left = shown[0::2], shown[1::2]

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
    c.setFillColor(ink(FAMILY_FILL))
    c.setStrokeColor(ink(INK))
    c.setLineWidth(1.0)
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
        _draw_label(c, n, nx, ny, side, area, lang)
    return len(people) - len(shown)


def _draw_label(
    c: Canvas, n: NetworkMember, nx: float, ny: float, side: int, area: Box, lang: str
) -> None:
    room = (area.x + area.width - (nx + NODE)) if side > 0 else (nx - NODE - area.x)
    name = fitting.ellipsize(fitting.clean(n.name), NAME, room - 1)
    detail = fitting.ellipsize(_detail(n, lang), DETAIL, room - 1)
    top = ny + (NAME.leading + (DETAIL.leading if detail else 0)) / 2
    for text, style in ((name, NAME), (detail, DETAIL)):
        if not text:
            continue
        c.setFillColor(ink(style.color))
        c.setFont(style.font, style.size)
        baseline = fitting.baseline_in(top, style, style.leading)
        if side > 0:
            c.drawString(nx + NODE, baseline, text)
        else:
            c.drawRightString(nx - NODE, baseline, text)
        top -= style.leading
