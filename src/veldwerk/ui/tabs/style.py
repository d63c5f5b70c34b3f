"""Colours and sizes shared by the family tabs: one calm palette, readable on light screens.

Colour never carries meaning alone: every chip has its text and a shape (a triangle for a
barrier, a check mark for what helped). The eco-map's look (kinds, ties) is not here but in
`domain.ecomap_spec`, shared with the printed overview, and `ecomap_style` (its Qt side).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

INK = QColor("#1f2a30")
MUTED = QColor("#55636b")
FAINT = QColor("#9aa5ab")
ERROR = QColor("#a3261b")
BANNER_BG = QColor("#fdece6")
BANNER_BORDER = QColor("#e3a08b")
PHASE_BG = QColor("#eef3f5")
SELECTION_BG = QColor("#d6e6f5")

BARRIER_BG = QColor("#fde4d3")
BARRIER_BORDER = QColor("#d0692e")
BARRIER_INK = QColor("#6e2a08")
ENABLER_BG = QColor("#dcf1e1")
ENABLER_BORDER = QColor("#3b9357")
ENABLER_INK = QColor("#17492a")

FOCUS = QColor("#2f6497")
"""The dotted frame of the row that has the keyboard focus."""

ERROR_CSS = "color: #a3261b;"
BANNER_CSS = (
    "QLabel { background: #fdece6; border: 1px solid #e3a08b; border-radius: 6px;"
    " padding: 8px 10px; color: #4a1a10; }"
)
HINT_CSS = "color: #55636b;"
TREE_ITEM_PAD_X = 2
"""The room left and right of a tree cell's text, inside the cell."""
TREE_CSS = f"QTreeView::item {{ padding: 4px {TREE_ITEM_PAD_X}px; }}"
CHECKLIST_CSS = "QListView::item { padding: 2px 2px; }"

SELECTION_FRAME: QColor | None = None
"""A frame around a chosen row, when its background alone does not show it (high contrast)."""

_TEXT = (
    "INK",
    "MUTED",
    "FAINT",
    "ERROR",
    "BANNER_BORDER",
    "BARRIER_BORDER",
    "BARRIER_INK",
    "ENABLER_BORDER",
    "ENABLER_INK",
)
_GROUND = ("BANNER_BG", "PHASE_BG", "SELECTION_BG", "BARRIER_BG", "ENABLER_BG")
_CSS = {"ERROR_CSS": ERROR_CSS, "BANNER_CSS": BANNER_CSS, "HINT_CSS": HINT_CSS}
_OWN = {name: QColor(globals()[name]) for name in (*_TEXT, *_GROUND, "FOCUS")}


def follow_palette(palette: QPalette | None) -> None:
    """Paint with `palette` (the system's high-contrast or dark one): every ink and outline in
    its text colour, every fill in its base, the focus and a chosen row framed in its
    highlight; None: the tabs' own colours again. Called by `ui.style.apply` before any tab is
    made, so the style snippets below are read in their new form."""
    global SELECTION_FRAME
    glob = globals()
    if palette is None:
        glob.update({name: QColor(colour) for name, colour in _OWN.items()})
        glob.update(_CSS)
        SELECTION_FRAME = None
        return
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    glob.update({name: QColor(text) for name in _TEXT})
    glob.update({name: QColor(base) for name in _GROUND})
    glob["FOCUS"] = QColor(palette.color(QPalette.ColorRole.Highlight))
    SELECTION_FRAME = QColor(palette.color(QPalette.ColorRole.Highlight))
    glob["ERROR_CSS"] = "color: palette(text);"
    glob["HINT_CSS"] = "color: palette(text);"
    glob["BANNER_CSS"] = (
        "QLabel { background: palette(base); border: 2px solid palette(text); border-radius: 6px;"
        " padding: 8px 10px; color: palette(text); }"
    )


def following() -> bool:
    """Whether the tabs paint with the system's palette now."""
    return SELECTION_FRAME is not None
