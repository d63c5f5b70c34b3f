"""Colour contrast of the app's style definitions, by WCAG 2.1's formula (EN 301 549 9.1.4.3):
text needs 4.5:1 against its background, large text (18 pt, or 14 pt bold) 3:1, and the frame
that shows the keyboard focus 3:1 (9.1.4.11, non-text contrast).

What is checked, without drawing anything:

- every rule of a style sheet (the app's, `ui.style.STYLE_SHEET`, the family tabs' snippets in
  `ui.tabs.style`, and any a screen's widget sets itself): its `color` against its own
  `background`, or, when it sets none, against both backgrounds text can sit on (the palette's
  Window and Base); its `selection-color` against its `selection-background-color`; a rule
  that sets only a background, against the default text colour; a `:focus` rule's border
  against both backgrounds. Rules of disabled controls are left out (WCAG exempts inactive
  controls), and so are sub-controls that carry no text (a progress bar's chunk);
- the palette pairs Qt draws with (text on base, window text on window, highlighted text...);
- the colours the family tabs paint themselves: the chips, the timeline, the eco-map
  (`painted_pairs`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from veldwerk.domain import ecomap_spec as spec
from veldwerk.ui import style as app_style
from veldwerk.ui.coordinator import charts
from veldwerk.ui.tabs import style

TEXT = 4.5
LARGE_TEXT = 3.0
NON_TEXT = 3.0
NAMED = {"white": "#ffffff", "black": "#000000"}
NO_TEXT_PARTS = ("::chunk", "::groove", "::handle", "::pane", ":disabled")
"""Selectors whose colours carry no text (or belong to a disabled control)."""
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|\b(?:white|black)\b")


@dataclass(frozen=True)
class Pair:
    """A foreground drawn on a background, where (`what`), and the least ratio it needs."""

    what: str
    fg: str
    bg: str
    need: float

    @property
    def ratio(self) -> float:
        return contrast(self.fg, self.bg)

    @property
    def ok(self) -> bool:
        return round(self.ratio, 2) >= self.need


def contrast(fg: str, bg: str) -> float:
    """The contrast ratio of two colours (#rgb, #rrggbb or a name), 1 to 21."""
    return app_style.contrast_ratio(
        QColor(NAMED.get(fg.lower(), fg)), QColor(NAMED.get(bg.lower(), bg))
    )


def rules(sheet: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(selector, properties) of each rule of a Qt style sheet; a sheet of bare properties (as
    `setStyleSheet("color: ...")` takes) is one rule with an empty selector."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    found = False
    for match in _RULE.finditer(sheet):
        found = True
        yield " ".join(match.group(1).split()), _properties(match.group(2))
    if not found and ":" in sheet:
        yield "", _properties(sheet)


def _properties(body: str) -> dict[str, str]:
    props: dict[str, str] = {}
    for part in body.split(";"):
        if ":" in part:
            key, value = part.split(":", 1)
            props[key.strip().lower()] = value.strip()
    return props


def _colour(value: str | None) -> str | None:
    if not value:
        return None
    match = _COLOUR.search(value)
    return NAMED.get(match.group(0).lower(), match.group(0)) if match else None


def _large(props: dict[str, str]) -> bool:
    size = re.search(r"([\d.]+)\s*(pt|px)", props.get("font-size", ""))
    points = 0.0
    if size:
        points = float(size.group(1)) * (0.75 if size.group(2) == "px" else 1.0)
    weight = props.get("font-weight", "")
    bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
    return points >= 18 or (bold and points >= 14)


def sheet_pairs(
    sheet: str, where: str, backgrounds: Iterable[str], default_text: str
) -> list[Pair]:
    """The pairs of one style sheet (see the module's description)."""
    grounds = tuple(dict.fromkeys(backgrounds))
    pairs: list[Pair] = []
    own: dict[str, str] = {}  # a selector's background, for its states (":focus") to inherit
    for selector, props in rules(sheet):
        if any(part in selector for part in NO_TEXT_PARTS):
            continue
        name = f"{where}: {selector or 'its own style'}"
        fg = _colour(props.get("color"))
        bg = _colour(props.get("background") or props.get("background-color"))
        plain = selector.split(":")[0]
        if bg is not None and plain == selector:
            own[selector] = bg
        under = bg or own.get(plain)  # what a focus frame is drawn against
        need = LARGE_TEXT if _large(props) else TEXT
        if fg is not None:
            pairs += [Pair(name, fg, b, need) for b in ((bg,) if bg else grounds)]
        elif bg is not None and "QWidget" not in selector:
            pairs.append(Pair(name, default_text, bg, need))
        sel_fg = _colour(props.get("selection-color"))
        sel_bg = _colour(props.get("selection-background-color"))
        if sel_fg and sel_bg:
            pairs.append(Pair(f"{name} (selected text)", sel_fg, sel_bg, TEXT))
        border = _colour(props.get("border") or props.get("border-color"))
        if ":focus" in selector and border is not None:
            for b in (under,) if under else grounds:
                pairs.append(Pair(f"{name} (focus frame)", border, b, NON_TEXT))
    return pairs


def palette_pairs(palette: QPalette) -> list[Pair]:
    """The text Qt draws with the palette's roles (active colour group)."""
    role = QPalette.ColorRole
    roles = (
        ("window text", role.WindowText, role.Window, TEXT),
        ("text", role.Text, role.Base, TEXT),
        ("text on alternate rows", role.Text, role.AlternateBase, TEXT),
        ("button text", role.ButtonText, role.Button, TEXT),
        ("highlighted text", role.HighlightedText, role.Highlight, TEXT),
        ("tooltip", role.ToolTipText, role.ToolTipBase, TEXT),
        ("placeholder", role.PlaceholderText, role.Base, TEXT),
        ("link", role.Link, role.Base, TEXT),
    )
    return [
        Pair(f"palette: {name}", palette.color(fg).name(), palette.color(bg).name(), need)
        for name, fg, bg, need in roles
    ]


def painted_pairs() -> list[Pair]:
    """The colours the family tabs paint themselves (chips, timeline, eco-map, family list)."""

    def hex_(c: QColor) -> str:
        return c.name()

    pairs = [
        Pair("barrier chip", hex_(style.BARRIER_INK), hex_(style.BARRIER_BG), TEXT),
        Pair("enabler chip", hex_(style.ENABLER_INK), hex_(style.ENABLER_BG), TEXT),
        Pair("timeline phase heading", hex_(style.INK), hex_(style.PHASE_BG), TEXT),
        Pair("timeline step details", hex_(style.MUTED), app_style.BASE, TEXT),
        Pair("timeline chosen step", hex_(style.MUTED), hex_(style.SELECTION_BG), TEXT),
        Pair("timeline crisis mark", hex_(style.INK), hex_(style.BARRIER_BG), TEXT),
        Pair("form error", hex_(style.ERROR), app_style.BASE, TEXT),
        Pair("family list: reference and phase", app_style.MUTED, app_style.BASE, TEXT),
        Pair("family list: chosen row's reference", "#e3eef0", app_style.ACCENT, TEXT),
        Pair("eco-map: name", spec.INK, spec.LABEL_BACKGROUND, TEXT),
        Pair("eco-map: chosen name", spec.INK, hex_(style.SELECTION_BG), TEXT),
        Pair("eco-map: lines under a name", spec.MUTED, spec.BACKGROUND, TEXT),
        Pair("eco-map: contact role", spec.ROLE_INK, spec.LABEL_BACKGROUND, TEXT),
        Pair("eco-map: ended tie's words", spec.MUTED, spec.ENDED_FILL, TEXT),
        Pair("eco-map: family", spec.INK, spec.FAMILY_FILL, TEXT),
    ]
    for kind, node in spec.NODES.items():
        if node.mark:
            pairs.append(Pair(f"eco-map: {kind} mark", node.mark_ink, node.fill, TEXT))
    for name, bar in (("barriers", charts.BAR), ("what helps", charts.ENABLER)):
        pairs.append(
            Pair(f"coordinator chart: number on a bar ({name})", "#ffffff", hex_(bar), TEXT)
        )
    pairs.append(
        Pair("coordinator chart: number on a bar (trend)", "#ffffff", hex_(charts.TREND), TEXT)
    )
    for ground in (app_style.WINDOW, app_style.BASE):
        pairs.append(Pair("the frame of a field", app_style.FIELD_LINE, ground, NON_TEXT))
    return pairs


def app_pairs(palette: QPalette) -> list[Pair]:
    """Every pair of the app's own style definitions, for `palette` (the application's)."""
    grounds = (palette.color(QPalette.ColorRole.Window).name(), app_style.BASE)
    ink = palette.color(QPalette.ColorRole.WindowText).name()
    pairs = palette_pairs(palette)
    pairs += sheet_pairs(app_style.current_style_sheet(), "app style sheet", grounds, ink)
    for name in ("BANNER_CSS", "HINT_CSS", "ERROR_CSS"):
        pairs += sheet_pairs(getattr(style, name), f"tabs.style.{name}", grounds, ink)
    if not app_style.high_contrast_active():
        pairs += painted_pairs()
    return pairs


def failing(pairs: Iterable[Pair]) -> list[Pair]:
    """The pairs below what they need, each once."""
    return list(dict.fromkeys(p for p in pairs if not p.ok))
