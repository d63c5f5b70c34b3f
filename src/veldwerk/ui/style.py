"""The calm, light look of every screen: one palette, readable fonts, a few named roles.

Widgets ask for a role by object name (``heading``, ``subtle``, ``card``, ``warning``...) instead
of setting colours themselves, so the look is decided here once. Colours match the printed
overviews (reports/): deep teal accent, dark ink, warm orange for warnings.

When the desktop asks for high contrast (or is dark), the app does not force these colours: it
keeps the system's palette and takes every colour from it (`apply`, `style_sheet.SYSTEM`).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from veldwerk.ui import style_sheet
from veldwerk.ui.tabs import style as tabs_style

INK = "#1f2a30"
ACCENT = "#1f4e5a"
ACCENT_LIGHT = "#e3eef0"
MUTED = "#546e7a"
LINE = "#cfd8dc"
FIELD_LINE = "#7b8d96"
"""The frame of a text field or choice: 3:1 against the window and the fields' white, so the
field can be found (WCAG 1.4.11, non-text contrast)."""
WINDOW = "#f4f6f7"
BASE = "#ffffff"
WARN = "#8e3a12"
WARN_FILL = "#fcefe5"
ERROR = "#b3261e"

LIGHT = {
    "ink": INK,
    "accent": ACCENT,
    "accent_text": ACCENT,
    "on_accent": "#ffffff",
    "accent_light": ACCENT_LIGHT,
    "muted": MUTED,
    "line": LINE,
    "field_line": FIELD_LINE,
    "window": WINDOW,
    "base": BASE,
    "warn": WARN,
    "warn_fill": WARN_FILL,
    "warn_line": "#f0c9a8",
    "error": ERROR,
    "grid": "#eceff1",
    "disabled": "#90a4ae",
}
"""The app's own colours, for `style_sheet.sheet`."""
STYLE_SHEET = style_sheet.sheet(LIGHT)


CONTRAST_ENV = "VELDWERK_CONTRAST"
"""``high``: follow the system's colours whatever it says; ``normal``: never. For tests, and for a
desktop that does not say it prefers high contrast."""

_following = False
_system: QPalette | None = None
_watching = False


def high_contrast_active() -> bool:
    """Whether the app follows the system's colours (high contrast or dark; see `apply`)."""
    return _following


def current_style_sheet() -> str:
    """The style sheet `apply` gave the application."""
    return style_sheet.sheet(style_sheet.SYSTEM if _following else LIGHT)


def contrast_ratio(fg: QColor, bg: QColor) -> float:
    """WCAG 2.1's contrast ratio of two colours, 1 to 21."""

    def luminance(c: QColor) -> float:
        r, g, b = (
            v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
            for v in (c.redF(), c.greenF(), c.blueF())
        )
        return float(0.2126 * r + 0.7152 * g + 0.0722 * b)

    high, low = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def looks_high_contrast(palette: QPalette) -> bool:
    """Whether `palette` is a high-contrast one (as Windows' and GNOME's are): text and buttons
    at 15:1 or more, nearly black on white or white on black, and the highlight at 7:1 or more
    (an ordinary palette's highlight is far below, and its text greyer)."""
    role = QPalette.ColorRole
    texts = ((role.WindowText, role.Window), (role.Text, role.Base), (role.ButtonText, role.Button))
    if not all(contrast_ratio(palette.color(a), palette.color(b)) >= 15 for a, b in texts):
        return False
    ratio = contrast_ratio(palette.color(role.HighlightedText), palette.color(role.Highlight))
    return ratio >= 7


def follows_system(app: QApplication, system: QPalette) -> bool:
    """Whether to take the system's colours: asked for in `CONTRAST_ENV`, or the desktop prefers
    high contrast (Qt's accessibility hints), is dark, or gives a high-contrast palette."""
    asked = os.environ.get(CONTRAST_ENV, "").strip().lower()
    if asked in ("high", "normal"):
        return asked == "high"
    hints = app.styleHints()
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return True
    return hints.colorScheme() == Qt.ColorScheme.Dark or looks_high_contrast(system)


def apply(app: QApplication, system_palette: QPalette | None = None) -> None:
    """The Fusion style, a readable base font and the style sheet; the app's light palette, or,
    when the system asks for high contrast (or is dark), the system's own palette with a style
    sheet that takes every colour from it (`style_sheet.SYSTEM`), and the painted parts (chips,
    timeline, eco-map) in the palette's colours too. `system_palette` stands in for the
    system's (tests, screenshots); else it is the palette the application had at the first call."""
    global _following, _system
    if _system is None:
        _system = QPalette(app.palette())
    system = system_palette or _system
    app.setStyle("Fusion")
    _following = follows_system(app, system)
    tabs_style.follow_palette(system if _following else None)
    _rebind(system if _following else None)
    app.setPalette(system if _following else light_palette())
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(current_style_sheet())
    _watch(app)


def light_palette() -> QPalette:
    """The app's own calm light palette."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, WINDOW),
        (QPalette.ColorRole.WindowText, INK),
        (QPalette.ColorRole.Base, BASE),
        (QPalette.ColorRole.AlternateBase, "#f7f9fa"),
        (QPalette.ColorRole.Text, INK),
        (QPalette.ColorRole.Button, BASE),
        (QPalette.ColorRole.ButtonText, INK),
        (QPalette.ColorRole.Highlight, ACCENT),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, BASE),
        (QPalette.ColorRole.ToolTipText, INK),
        (QPalette.ColorRole.PlaceholderText, "#627883"),
        (QPalette.ColorRole.Link, ACCENT),
    ):
        palette.setColor(role, QColor(colour))
    return palette


_OWN = {"MUTED": MUTED, "WARN": WARN, "ERROR": ERROR}


def _rebind(system: QPalette | None) -> None:
    """The few colours other modules read from here when they draw (the family list's grey and
    orange): the palette's text colour while following the system, else the app's own."""
    text = system.color(QPalette.ColorRole.Text).name() if system is not None else None
    for name, own in _OWN.items():
        globals()[name] = text or own


def _watch(app: QApplication) -> None:
    """Apply again when the desktop changes its contrast preference or colour scheme."""
    global _watching
    if _watching:
        return
    _watching = True
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(lambda _s: _system_changed(app))
    hints.accessibility().contrastPreferenceChanged.connect(lambda _p: _system_changed(app))


def _system_changed(app: QApplication) -> None:
    """Read the system's palette anew (an empty palette gives the platform's back), apply."""
    global _system
    app.setPalette(QPalette())
    _system = QPalette(app.palette())
    apply(app)


def role(widget: QWidget, name: str) -> QWidget:
    """Give `widget` a look from the style sheet (its object name); returns it."""
    widget.setObjectName(name)
    return widget


def label(text: str = "", name: str = "", *, wrap: bool = False) -> QLabel:
    """A label with a role (``heading``, ``subtle``...), optionally wrapping."""
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark an input as holding a problem (red border) or clear the mark."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
