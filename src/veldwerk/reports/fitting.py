"""Making text fit a fixed page: measure with the font's metrics, wrap, cut with an ellipsis,
and shorten lists to what fits (the caller then says "+12 more").

Everything is measured with the embedded font's own advance widths (the table reportlab draws
with, read once per font), so a line that fits here fits on paper: the overviews never flow onto
a second page and no two texts overlap. Widths add up (reportlab does not kern), which lets
`ellipsize` and `wrap` work in one pass over a text however long it is.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, repeat

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from veldwerk.reports.fonts import ensure_fonts

ELLIPSIS = "…"

_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")  # Cc, line separators: a space
_INVISIBLE = re.compile(  # Cf and lone surrogates: nothing (they cannot be printed or encoded)
    r"[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]"
)


@functools.cache
def ink(hex_colour: str) -> Color:
    """The reportlab colour for "#rrggbb" (parsed once)."""
    return HexColor(hex_colour)


@dataclass(frozen=True)
class Style:
    """A font, its size in points, the line height (leading) and the ink colour (#rrggbb)."""

    font: str
    size: float
    leading: float
    color: str = "#1f2a30"


@dataclass(frozen=True)
class Run:
    """A piece of text in one style; runs of a line follow each other without a gap."""

    text: str
    style: Style


Marker = Callable[[Canvas, float, float, float], None]
"""Draws a small symbol: (canvas, x left, y of the line's middle, size)."""


@dataclass(frozen=True)
class Cell:
    """Runs placed at `x` (relative to the line's start) within `width` points."""

    x: float
    width: float
    runs: tuple[Run, ...]
    align: str = "left"


@dataclass(frozen=True)
class Line:
    """One line of a section: cells side by side, an optional marker drawn in the indent."""

    cells: tuple[Cell, ...]
    height: float
    marker: Marker | None = None


def flatten(text: str | None) -> str:
    """Text as it can be printed on one line: composed (NFC, so "ễ" is one glyph), control and
    invisible format characters removed, every run of white space (newlines too) one space."""
    if not text:
        return ""
    composed = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", _CONTROL.sub(" ", composed))


def clean(text: str | None) -> str:
    """`flatten`ed text without white space at either end."""
    return flatten(text).strip()


@functools.cache
def _advances(font: str) -> tuple[dict[str, float], float]:
    """The font's advance width per character (in 1/1000 em) and its default width."""
    ensure_fonts()
    face = pdfmetrics.getFont(font).face
    return {chr(cp): float(w) for cp, w in face.charWidths.items()}, float(face.defaultWidth)


def text_width(text: str, style: Style) -> float:
    """The width of `text` in points, with the font's metrics (as `pdfmetrics.stringWidth`)."""
    table, default = _advances(style.font)
    return sum(map(table.get, text, repeat(default))) * style.size / 1000.0


def _prefix_widths(text: str, style: Style) -> list[float]:
    """Width in points of text[:1], text[:2], ... (one pass)."""
    table, default = _advances(style.font)
    scale = style.size / 1000.0
    return [w * scale for w in accumulate(map(table.get, text, repeat(default)))]


def ellipsize(text: str, style: Style, max_width: float) -> str:
    """`text` itself when it fits in `max_width`, else its longest prefix that fits with "…"
    after it (at a word end when that loses little), or "" when not even "…" fits."""
    if text_width(text, style) <= max_width:
        return text
    room = max_width - text_width(ELLIPSIS, style)
    if room < 0:
        return ""
    keep = bisect_right(_prefix_widths(text, style), room)  # longest prefix of width <= room
    prefix = text[:keep]
    space = prefix.rfind(" ")
    if space > 0 and space >= keep * 0.7:
        prefix = prefix[:space]
    return prefix.rstrip(" ,;:·-–") + ELLIPSIS


def _break_word(word: str, style: Style, max_width: float) -> list[str]:
    """A word wider than the line, cut into pieces that each fit (a line narrower than a single
    letter holds nothing)."""
    pieces: list[str] = []
    rest = word
    while rest:
        keep = bisect_right(_prefix_widths(rest, style), max_width)
        if keep == 0:
            break
        pieces.append(rest[:keep])
        rest = rest[keep:]
    return pieces


def wrap(text: str, style: Style, max_width: float, max_lines: int | None = None) -> list[str]:
    """`text` broken into lines of at most `max_width` points (at spaces; a word longer than a
    line is cut). With `max_lines`, the last line kept ends in "…" when text was left out."""
    space = text_width(" ", style)
    lines: list[str] = []
    current, used = "", 0.0
    for word in clean(text).split(" "):
        w = text_width(word, style)
        if current and used + space + w <= max_width:
            current, used = f"{current} {word}", used + space + w
            continue
        if current:
            lines.append(current)
        if w <= max_width:
            current, used = word, w
        else:
            *whole, current = _break_word(word, style, max_width) or [""]
            lines.extend(whole)
            used = text_width(current, style)
        if max_lines is not None and len(lines) > max_lines:
            break
    if current:
        lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[:max_lines]
        kept[-1] = ellipsize(kept[-1] + " " + lines[max_lines] + ELLIPSIS, style, max_width)
        return kept
    return lines


def fit_runs(runs: Sequence[Run], max_width: float) -> tuple[Run, ...]:
    """The runs that fit side by side in `max_width`: the first run that does not fit is cut
    with "…" and the ones after it are left out."""
    fitted: list[Run] = []
    used = 0.0
    for run in runs:
        text = flatten(run.text)
        w = text_width(text, run.style)
        if used + w <= max_width:
            fitted.append(Run(text, run.style))
            used += w
            continue
        cut = ellipsize(text, run.style, max_width - used)
        if cut:
            fitted.append(Run(cut, run.style))
        break
    return tuple(fitted)


def count_that_fit(heights: Sequence[float], available: float, more_height: float) -> int:
    """How many of the items (their heights, in order) to show in `available` points: all of
    them when they fit, else as many as fit together with the "+N more" line of `more_height`."""
    total = sum(heights)
    if total <= available + 1e-6:
        return len(heights)
    used = 0.0
    for i, h in enumerate(heights):
        if used + h + more_height > available + 1e-6:
            return i
        used += h
    return len(heights)


def text_line(
    runs: Sequence[Run],
    width: float,
    *,
    indent: float = 0.0,
    marker: Marker | None = None,
    align: str = "left",
) -> Line:
    """A single-cell line of `width` points whose runs are fitted to it."""
    fitted = fit_runs(runs, width - indent)
    height = max((r.style.leading for r in runs), default=0.0)
    return Line((Cell(indent, width - indent, fitted, align),), height, marker)


def wrapped_lines(
    text: str, style: Style, width: float, max_lines: int, *, indent: float = 0.0
) -> list[Line]:
    """`text` as up to `max_lines` lines of `width` points (the last one cut with "…")."""
    return [
        Line((Cell(indent, width - indent, (Run(t, style),)),), style.leading)
        for t in wrap(text, style, width - indent, max_lines)
    ]


def lines_height(lines: Sequence[Line]) -> float:
    return sum(line.height for line in lines)


def baseline_in(top: float, style: Style, height: float) -> float:
    """The baseline that centres the font's glyphs (DejaVu: ascent 0.93, descent 0.24 em) in a
    line box of `height` whose top is at `top`."""
    return top - height / 2 - 0.345 * style.size


def draw_run_text(canvas: Canvas, x: float, baseline: float, run: Run) -> float:
    """Draw one run; return the x where the next run starts."""
    canvas.setFillColor(ink(run.style.color))
    canvas.setFont(run.style.font, run.style.size)
    canvas.drawString(x, baseline, run.text)
    return x + text_width(run.text, run.style)


def draw_lines(canvas: Canvas, lines: Sequence[Line], x: float, top: float) -> float:
    """Draw `lines` from `top` down, starting at `x`; return the y below the last line."""
    y = top
    for line in lines:
        for cell in line.cells:
            if not cell.runs:
                continue
            style = max((r.style for r in cell.runs), key=lambda s: s.size)
            baseline = baseline_in(y, style, line.height)
            start = x + cell.x
            if cell.align == "right":
                start += cell.width - sum(text_width(r.text, r.style) for r in cell.runs)
            for run in cell.runs:
                start = draw_run_text(canvas, start, baseline, run)
        if line.marker is not None:
            line.marker(canvas, x, y - line.height / 2, line.height)
        y -= line.height
    return y


def labelled_lines(
    label_run: Run, text: str, style: Style, width: float, max_lines: int, *, indent: float = 0.0
) -> list[Line]:
    """`label_run` (e.g. "Barriers:" in bold) followed by `text`, wrapped to at most `max_lines`
    lines of `width` points; the label starts the first line."""
    head = clean(label_run.text)
    extra = max(0.0, text_width(head, label_run.style) - text_width(head, style))
    parts = wrap(f"{head} {clean(text)}", style, width - indent - extra, max_lines)
    lines: list[Line] = []
    leading = max(style.leading, label_run.style.leading)
    for i, part in enumerate(parts):
        if i == 0 and part.startswith(head):
            runs: tuple[Run, ...] = (Run(head, label_run.style), Run(part[len(head) :], style))
        else:
            runs = (Run(part, style),)
        lines.append(Line((Cell(indent, width - indent, runs),), leading))
    return lines


def fit_items(
    items: Sequence[Sequence[Line]],
    available: float,
    more: Callable[[int], Line],
    total: int | None = None,
) -> list[Line]:
    """The leading items (each a few lines) that fit in `available` points, followed by the line
    `more(n)` ("+12 more") when n items were left out. `items` may be only the first few of
    `total` items (those that could ever fit), so a long list is never built in full."""
    total = len(items) if total is None else total
    heights = [lines_height(item) for item in items]
    if total > len(items):
        heights.append(float("inf"))  # stands for the items not built: they never fit
    shown_count = count_that_fit(heights, available, more(1).height)
    shown = [line for item in items[:shown_count] for line in item]
    hidden = total - shown_count
    if hidden:
        line = more(hidden)
        if lines_height(shown) + line.height <= available + 1e-6:
            shown.append(line)
    return shown


def clip(lines: Sequence[Line], available: float) -> list[Line]:
    """The leading lines that fit in `available` points."""
    kept: list[Line] = []
    used = 0.0
    for line in lines:
        if used + line.height > available + 1e-6:
            break
        kept.append(line)
        used += line.height
    return kept


def at_most(available: float, smallest: float) -> int:
    """How many items of at least `smallest` points could ever fit in `available` points, plus
    one: build this many of a long list and `fit_items` needs no more."""
    return max(0, int(available // smallest)) + 1


def share(available: float, needs: Sequence[float]) -> list[float]:
    """Divide `available` points over sections that need `needs`: a section that needs less
    than an equal share gets what it needs, the others split what is left equally."""
    given = [0.0] * len(needs)
    left = max(0.0, available)
    order = sorted(range(len(needs)), key=lambda i: needs[i])
    for pos, i in enumerate(order):
        fair = left / (len(needs) - pos)
        given[i] = min(needs[i], fair)
        left -= given[i]
    return given


def spacer(height: float) -> Line:
    """An empty line of `height` points (the gap between two items)."""
    return Line((), height)
