"""Colours and sizes shared by the family tabs: one calm palette, readable on light screens.

Colour never carries meaning alone: every chip has its text and a shape (a triangle for a
barrier, a check mark for what helped). The eco-map's look (kinds, ties) is not here but in
`domain.ecomap_spec`, shared with the printed overview, and `ecomap_style` (its Qt side).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

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
