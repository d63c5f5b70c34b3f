"""The accessibility audit (EN 301 549, WCAG 2.1 AA): `python -m veldwerk.ui.accessibility_audit`.

It opens every main screen and dialog of the demo, offscreen, in Dutch and English (the
screens of `veldwerk.ui.screenshots`, built by the same code), and reports:

- every focusable widget without an accessible name (`names`, over Qt's accessibility tree);
- every text/background pair of the style definitions below 4.5:1, 3:1 for large text and for
  the focus frame (`contrast`);
- every control that Tab does not reach, every place where Tab stays stuck, every control that
  looks the same with and without the keyboard focus, and every dialog where Enter would
  cancel (`focus`);
- every window or dialog that cannot fit a 1280 x 800 screen at 200% scaling (`fit`).

It exits non-zero on any finding. The tests run it in their own process (one application).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QApplication, QWidget

from veldwerk.ui.accessibility_audit import contrast, fit, focus, names
from veldwerk.ui.accessibility_audit.screens import PARTS, screens

LANGS = ["nl", "en"]
__all__ = ["LANGS", "PARTS", "Finding", "Report", "audit_window", "run", "screens"]


@dataclass
class Finding:
    """One problem (`kind`: "name", "contrast", "keyboard", "focus", "size"), where seen."""

    kind: str
    text: str
    seen_on: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        where = ", ".join(self.seen_on[:4]) + (" …" if len(self.seen_on) > 4 else "")
        return f"[{self.kind}] {self.text}  ({where})"


class Report:
    """The findings, each once, with every screen it was seen on; and the screens walked."""

    def __init__(self) -> None:
        self.findings: dict[tuple[str, str], Finding] = {}
        self.screens: list[str] = []
        self.focus_checked: set[str] = set()

    def add(self, kind: str, text: str, where: str) -> None:
        finding = self.findings.setdefault((kind, text), Finding(kind, text))
        if where not in finding.seen_on:
            finding.seen_on.append(where)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.findings.values())

    def __len__(self) -> int:
        return len(self.findings)


def style_sheets(window: QWidget) -> list[tuple[str, str]]:
    """(where, style sheet) of every widget of `window` that sets one of its own."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        sheet = widget.styleSheet()
        if sheet and widget.window() is window:
            found.append((names.describe(widget), sheet))
    return found


def audit_window(report: Report, window: QWidget, where: str) -> None:
    """Names, Tab and the widgets' own style sheets of one window shown."""
    for text in names.unnamed(window):
        report.add("name", text, where)
    for text in focus.unreachable(window, report.focus_checked):
        report.add("focus" if text.startswith("the focus") else "keyboard", text, where)
    for text in focus.enter_cancels(window):
        report.add("keyboard", text, where)
    for text in fit.cut_off(window):
        report.add("size", text, where)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = app.palette()
    grounds = (
        palette.color(palette.ColorRole.Window).name(),
        palette.color(palette.ColorRole.Base).name(),
    )
    ink = palette.color(palette.ColorRole.WindowText).name()
    for owner, sheet in style_sheets(window):
        for pair in contrast.failing(contrast.sheet_pairs(sheet, owner, grounds, ink)):
            report.add("contrast", _contrast_text(pair), where)


def _contrast_text(pair: contrast.Pair) -> str:
    return f"{pair.what}: {pair.fg} on {pair.bg} is {pair.ratio:.2f}:1, needs {pair.need}:1"


def run(langs: list[str] | None = None, parts: tuple[str, ...] = PARTS) -> Report:
    """Walk every screen of `parts` in each of `langs`; the report of what was found."""
    report = Report()
    for lang, name, widget in screens(langs or LANGS, parts):
        where = f"{lang}/{name}"
        report.screens.append(where)
        audit_window(report, widget.window(), where)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for pair in contrast.failing(contrast.app_pairs(app.palette())):
        report.add("contrast", _contrast_text(pair), "style")
    return report
