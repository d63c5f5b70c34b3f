"""The calm, light look of every screen: one palette, readable fonts, a few named roles.

Widgets ask for a role by object name (``heading``, ``subtle``, ``card``, ``warning``...) instead
of setting colours themselves, so the look is decided here once. Colours match the printed
overviews (reports/): deep teal accent, dark ink, warm orange for warnings.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

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

STYLE_SHEET = f"""
QWidget {{ color: {INK}; }}
QLabel#heading {{ font-size: 15pt; font-weight: 600; color: {INK}; }}
QLabel#title {{ font-size: 18pt; font-weight: 600; color: {ACCENT}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: {ACCENT}; }}
QLabel#subtle {{ color: {MUTED}; }}
QLabel#fieldError {{ color: {ERROR}; }}
QLabel#warning {{ color: {WARN}; background: {WARN_FILL}; border: 1px solid #f0c9a8;
                 border-radius: 4px; padding: 6px 8px; }}
QLabel#demoBadge {{ color: white; background: {WARN}; border-radius: 3px; padding: 2px 8px;
                   font-weight: 600; }}
QLabel#recoveryKey {{ font-family: "DejaVu Sans Mono", monospace; font-size: 14pt;
                     background: {BASE}; border: 1px solid {LINE}; border-radius: 4px;
                     padding: 10px; }}
QFrame#card {{ background: {BASE}; border: 1px solid {LINE}; border-radius: 6px; }}
QFrame#teamConflict {{ background: {WARN_FILL}; border: 1px solid #f0c9a8; border-radius: 6px; }}
QLabel#teamConflictText {{ color: {WARN}; font-weight: 600; }}
QFrame#teamAway {{ background: {ACCENT_LIGHT}; border: 1px solid {LINE}; border-radius: 6px; }}
QFrame#contactBox {{ background: {ACCENT_LIGHT}; border: none; border-radius: 6px; }}
QFrame#contactBoxMissing {{ background: {WARN_FILL}; border: 1px solid #f0c9a8;
                           border-radius: 6px; }}
QLabel#contactRole {{ color: {ACCENT}; font-weight: 600; }}
QLabel#contactRoleMissing {{ color: {WARN}; font-weight: 600; }}
QLabel#contactName {{ font-size: 12.5pt; font-weight: 600; }}
QLabel#contactMissing {{ font-size: 12.5pt; font-weight: 600; color: {WARN}; }}
QLineEdit, QComboBox, QPlainTextEdit, QTextEdit {{
    padding: 4px 6px; border: 1px solid {FIELD_LINE}; border-radius: 4px; background: {BASE};
    selection-background-color: {ACCENT}; selection-color: white; }}
/* the keyboard focus: a frame twice as thick in the accent colour (the padding makes room) */
QGraphicsView {{ border: 1px solid {LINE}; padding: 1px; }}
QAbstractScrollArea:focus {{ border: 2px solid {ACCENT}; padding: 0px; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {ACCENT}; padding: 3px 5px; }}
/* spin boxes keep Fusion's own frame and arrows (a styled frame loses the arrows) */
QSpinBox, QDateEdit {{ min-height: 26px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"] {{
    border: 1px solid {ERROR}; }}
QPushButton {{ padding: 6px 14px; border: 1px solid {LINE}; border-radius: 4px;
              background: {BASE}; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; padding: 5px 13px; }}
QPushButton:disabled {{ color: #90a4ae; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-color: {ACCENT};
                      font-weight: 600; }}
QPushButton#primary:focus {{ border: 2px solid {BASE}; }}
QPushButton#primary:disabled {{ background: #90a4ae; border-color: #90a4ae; }}
QTableView {{ background: {BASE}; border: 1px solid {LINE}; border-radius: 4px; padding: 1px;
             gridline-color: #eceff1; selection-background-color: {ACCENT};
             selection-color: white; }}
QHeaderView::section {{ background: {WINDOW}; border: none; border-bottom: 1px solid {LINE};
                       padding: 5px 6px; font-weight: 600; color: {MUTED}; }}
QTabWidget::pane {{ border: 1px solid {LINE}; border-radius: 4px; background: {BASE};
                   top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; border: 1px solid transparent; color: {MUTED}; }}
QTabBar::tab:selected {{ color: {ACCENT}; font-weight: 600; border-bottom: 3px solid {ACCENT}; }}
QTabBar::tab:hover {{ color: {INK}; }}
QProgressBar {{ border: 1px solid {LINE}; border-radius: 3px; background: {BASE};
               text-align: center; height: 10px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 2px; }}
QStatusBar {{ color: {MUTED}; }}
QToolBar {{ border: none; border-bottom: 1px solid {LINE}; spacing: 6px; padding: 4px; }}
QToolButton {{ padding: 4px 8px; border-radius: 4px; border: 2px solid transparent; }}
QToolButton:focus {{ border: 2px solid {ACCENT}; }}
QToolButton:hover {{ background: {ACCENT_LIGHT}; }}
"""


_high_contrast = False


def high_contrast_active() -> bool:
    """Whether the app follows the system's high-contrast colours (see `apply`)."""
    return _high_contrast


def current_style_sheet() -> str:
    """The style sheet `apply` gave the application."""
    return STYLE_SHEET


def apply(app: QApplication) -> None:
    """The Fusion style with the light palette, a readable base font and the style sheet."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Base, QColor(BASE))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fa"))
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.Button, QColor(BASE))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(INK))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(BASE))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(INK))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#627883"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


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
