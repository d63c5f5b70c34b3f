"""The style sheet of every screen, as a template over named colours: `sheet(LIGHT)` is the
app's calm light look; `sheet(SYSTEM)` draws every colour from the system's palette (its
high-contrast or dark colours), keeping only sizes, spacing and the focus frames."""

from __future__ import annotations

TEMPLATE = """
QWidget {{ color: {ink}; }}
QLabel#heading {{ font-size: 15pt; font-weight: 600; color: {ink}; }}
QLabel#title {{ font-size: 18pt; font-weight: 600; color: {accent_text}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: {accent_text}; }}
QLabel#subtle {{ color: {muted}; }}
QLabel#fieldError {{ color: {error}; }}
QLabel#warning {{ color: {warn}; background: {warn_fill}; border: 1px solid {warn_line};
                 border-radius: 4px; padding: 6px 8px; }}
QLabel#demoBadge {{ color: {on_accent}; background: {warn}; border-radius: 3px; padding: 2px 8px;
                   font-weight: 600; }}
QLabel#recoveryKey {{ font-family: "DejaVu Sans Mono", monospace; font-size: 14pt;
                     background: {base}; border: 1px solid {line}; border-radius: 4px;
                     padding: 10px; }}
QFrame#card {{ background: {base}; border: 1px solid {line}; border-radius: 6px; }}
QFrame#teamConflict {{ background: {warn_fill}; border: 1px solid {warn_line};
                      border-radius: 6px; }}
QLabel#teamConflictText {{ color: {warn}; font-weight: 600; }}
QFrame#teamAway {{ background: {accent_light}; border: 1px solid {line}; border-radius: 6px; }}
QFrame#contactBox {{ background: {accent_light}; border: none; border-radius: 6px; }}
QFrame#contactBoxMissing {{ background: {warn_fill}; border: 1px solid {warn_line};
                           border-radius: 6px; }}
QLabel#contactRole {{ color: {accent_text}; font-weight: 600; }}
QLabel#contactRoleMissing {{ color: {warn}; font-weight: 600; }}
QLabel#contactName {{ font-size: 12.5pt; font-weight: 600; }}
QLabel#contactMissing {{ font-size: 12.5pt; font-weight: 600; color: {warn}; }}
QLineEdit, QComboBox, QPlainTextEdit, QTextEdit {{
    padding: 4px 6px; border: 1px solid {field_line}; border-radius: 4px; background: {base};
    selection-background-color: {accent}; selection-color: {on_accent}; }}
/* the keyboard focus: a frame twice as thick in the accent colour (the padding makes room) */
QGraphicsView {{ border: 1px solid {line}; padding: 1px; }}
QAbstractScrollArea:focus {{ border: 2px solid {accent}; padding: 0px; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {accent}; padding: 3px 5px; }}
/* spin boxes keep Fusion's own frame and arrows (a styled frame loses the arrows) */
QSpinBox, QDateEdit {{ min-height: 26px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"] {{
    border: 1px solid {error}; }}
QPushButton {{ padding: 6px 14px; border: 1px solid {line}; border-radius: 4px;
              background: {base}; }}
QPushButton:hover {{ border-color: {accent}; }}
QPushButton:focus {{ border: 2px solid {accent}; padding: 5px 13px; }}
QPushButton:disabled {{ color: {disabled}; }}
QPushButton#primary {{ background: {accent}; color: {on_accent}; border-color: {accent};
                      font-weight: 600; }}
QPushButton#primary:focus {{ border: 2px solid {base}; }}
QPushButton#primary:disabled {{ background: {disabled}; border-color: {disabled}; }}
QTableView {{ background: {base}; border: 1px solid {line}; border-radius: 4px; padding: 1px;
             gridline-color: {grid}; selection-background-color: {accent};
             selection-color: {on_accent}; }}
QHeaderView::section {{ background: {window}; border: none; border-bottom: 1px solid {line};
                       padding: 5px 6px; font-weight: 600; color: {muted}; }}
QTabWidget::pane {{ border: 1px solid {line}; border-radius: 4px; background: {base};
                   top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; border: 1px solid transparent; color: {muted}; }}
QTabBar::tab:selected {{ color: {accent_text}; font-weight: 600;
                        border-bottom: 3px solid {accent}; }}
QTabBar::tab:hover {{ color: {ink}; }}
QProgressBar {{ border: 1px solid {line}; border-radius: 3px; background: {base};
               text-align: center; height: 10px; }}
QProgressBar::chunk {{ background: {accent}; border-radius: 2px; }}
QStatusBar {{ color: {muted}; }}
QToolBar {{ border: none; border-bottom: 1px solid {line}; spacing: 6px; padding: 4px; }}
QToolButton {{ padding: 4px 8px; border-radius: 4px; border: 2px solid transparent; }}
QToolButton:focus {{ border: 2px solid {accent}; }}
QToolButton:hover {{ background: {accent_light}; }}
"""

NAMES = (
    "ink",
    "accent",
    "accent_text",
    "on_accent",
    "accent_light",
    "muted",
    "line",
    "field_line",
    "window",
    "base",
    "warn",
    "warn_fill",
    "warn_line",
    "error",
    "grid",
    "disabled",
)
"""The colours the template uses."""

SYSTEM = {
    "ink": "palette(window-text)",
    "accent": "palette(highlight)",
    "accent_text": "palette(window-text)",
    "on_accent": "palette(highlighted-text)",
    "accent_light": "palette(base)",
    "muted": "palette(window-text)",
    "line": "palette(window-text)",
    "field_line": "palette(window-text)",
    "window": "palette(window)",
    "base": "palette(base)",
    "warn": "palette(window-text)",
    "warn_fill": "palette(base)",
    "warn_line": "palette(window-text)",
    "error": "palette(window-text)",
    "grid": "palette(mid)",
    "disabled": "palette(mid)",
}
"""Every colour from the palette: no grey text, every frame in the text's colour."""


SYSTEM_EXTRA = """
QCheckBox::indicator, QRadioButton::indicator { width: 13px; height: 13px;
    border: 2px solid palette(window-text); background: palette(base); }
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: palette(highlight); }
"""
"""With the system's palette, check boxes and radio buttons drawn in its text colour (Fusion
draws their frame a shade darker than the window: on black, nothing)."""


def sheet(colours: dict[str, str]) -> str:
    """The style sheet with `colours` (one value for each of `NAMES`)."""
    extra = SYSTEM_EXTRA if colours is SYSTEM else ""
    return TEMPLATE.format(**colours) + extra
