"""Finds text on screen that does not fit its widget (a test helper, no tests here).

`truncated(root)` walks every visible widget under `root` and reports each text that needs more
room than it has:

- a QLabel without word wrap whose text is wider than the label (Qt clips it, no "..."); a
  word-wrapping label whose lines need more height than it got (the last lines are cut off);
- a QPushButton, QCheckBox, QRadioButton or QToolButton (with text) narrower than its text,
  icon and padding; a QComboBox too narrow for the choice it shows; a QToolBar that hides
  buttons behind its "»" button;
- a QTabBar tab that is shortened ("Gez...") or pushed out of sight behind the scroll arrows;
- a QGroupBox title wider than its box;
- a section of a horizontal table or tree header that is too narrow for its title (Qt shortens
  it), or that lies beyond the view's right edge (only seen after scrolling sideways).

Widgets that draw their own text (a custom `paintEvent`, e.g. a label that elides on purpose)
are left out: they decide how to shorten. Each finding is a `Finding`; `describe(findings)`
makes one readable line of each for an assertion message.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QStyleOptionHeader,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

SLACK = 2
"""Pixels forgiven: a text's advance counts a pixel or two of bearing that draws nothing."""


@dataclass(frozen=True)
class Finding:
    """`widget` (its class and where it sits) shows `text` in `have` px but needs `need` px."""

    kind: str
    text: str
    need: int
    have: int
    where: str

    def line(self) -> str:
        return f"{self.kind} {self.text!r}: needs {self.need}px, has {self.have}px ({self.where})"


def describe(findings: Iterable[Finding]) -> str:
    return "\n".join(f.line() for f in findings)


def _where(widget: QWidget) -> str:
    """The chain of classes (and object names) from the window down to `widget`."""
    parts = []
    current: QWidget | None = widget
    while current is not None:
        name = type(current).__name__
        if current.objectName() and not current.objectName().startswith("qt_"):
            name += f"#{current.objectName()}"
        parts.append(name)
        current = current.parentWidget()
    return " < ".join(parts[:5])


def _plain(text: str) -> str:
    """`text` as shown: mnemonic ampersands removed, rich text reduced to its words."""
    if GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _custom_paint(widget: QWidget) -> bool:
    """True when `widget` (or a class of ours between it and Qt's) paints itself."""
    qt_class = next(c for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))
    return type(widget).paintEvent is not qt_class.paintEvent  # type: ignore[attr-defined]


def _label(label: QLabel) -> list[Finding]:
    text = label.text()
    if not text.strip() or _custom_paint(label):
        return []
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            return [
                Finding("QLabel (lines cut off)", _plain(text), need, label.height(), _where(label))
            ]
        return []
    need = label.sizeHint().width()
    if need > label.width() + SLACK:
        return [Finding("QLabel", _plain(text), need, label.width(), _where(label))]
    return []


def _button(button: QAbstractButton) -> list[Finding]:
    if not button.text().strip() or _custom_paint(button):
        return []
    shows_text = (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
    )
    if isinstance(button, (QPushButton, QCheckBox, QRadioButton)) or shows_text:
        need = button.sizeHint().width()
        if need > button.width() + SLACK:
            kind = type(button).__name__
            return [Finding(kind, _plain(button.text()), need, button.width(), _where(button))]
    return []


def _combo(combo: QComboBox) -> list[Finding]:
    """A combo box too narrow for the choice it shows (Qt shortens it with "...")."""
    text = combo.currentText()
    if not text.strip() or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    frame = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > frame.width() + SLACK:
        return [Finding("QComboBox", text, need, frame.width(), _where(combo))]
    return []


def _tool_bar(bar: QToolBar) -> list[Finding]:
    """A tool bar too short for its buttons hides some behind its "»" button."""
    more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if more is not None and more.isVisible():
        hidden = [a.text() for a in bar.actions() if not bar.widgetForAction(a).isVisible()]
        text = ", ".join(_plain(t) for t in hidden if t)
        return [Finding("QToolBar (buttons hidden)", text, 0, bar.width(), _where(bar))]
    return []


def _tab_bar(bar: QTabBar) -> list[Finding]:
    out = []
    visible = bar.rect()
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        text = _plain(bar.tabText(i))
        if rect.width() + SLACK < hint.width():
            out.append(Finding("QTabBar tab", text, hint.width(), rect.width(), _where(bar)))
        elif rect.right() > visible.right() + SLACK or rect.left() < visible.left() - SLACK:
            out.append(
                Finding(
                    "QTabBar tab (out of sight)", text, rect.right(), visible.right(), _where(bar)
                )
            )
    return out


def _group_box(box: QGroupBox) -> list[Finding]:
    title = _plain(box.title())
    if not title.strip():
        return []
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    need = max(label.left(), 0) + box.fontMetrics().horizontalAdvance(title)
    have = box.width()
    if need > have + SLACK:
        return [Finding("QGroupBox title", title, need, have, _where(box))]
    return []


def _header(header: QHeaderView) -> list[Finding]:
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    view = header.parentWidget()
    width = view.viewport().width() if isinstance(view, QAbstractItemView) else header.width()
    style, model = header.style(), header.model()
    out = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text.strip():
            continue
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        option.section = logical
        option.text = ""
        chrome = style.sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, QSize(), header
        )
        option.text = text
        full = style.sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), header)
        need = full.width() - chrome.width()  # the title, in the font the style draws it in
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            need += full.height() + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        have = header.sectionSize(logical)
        option.rect = QRect(0, 0, have, header.height())
        room = style.subElementRect(QStyle.SubElement.SE_HeaderLabel, option, header).width()
        start = header.sectionViewportPosition(logical)
        if need > room + SLACK:
            out.append(Finding("header section", text, need, room, _where(header)))
        elif start + min(need + have - room, have) > width + SLACK:
            end = start + need + have - room
            out.append(Finding("header section (out of sight)", text, end, width, _where(header)))
    return out


def _clip(widget: QWidget) -> tuple[int, str]:
    """How much of `widget`'s width its ancestors leave in sight, and the one that cuts it;
    a scroll area's viewport ends the search (scrolling shows the rest)."""
    window = widget.window()
    origin = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(origin, widget.size())
    cut_by = ""
    current = widget.parentWidget()
    while current is not None and not isinstance(current.parentWidget(), QAbstractScrollArea):
        visible = rect.intersected(QRect(current.mapTo(window, QPoint(0, 0)), current.size()))
        if visible.width() < rect.width() and not cut_by:
            cut_by = _where(current)
        rect = visible
        if current is window:
            break
        current = current.parentWidget()
    return rect.width(), cut_by


def _check(widget: QWidget) -> list[Finding]:
    if isinstance(widget, QLabel):
        return _label(widget)
    if isinstance(widget, QAbstractButton):
        return _button(widget)
    if isinstance(widget, QTabBar):
        return _tab_bar(widget)
    if isinstance(widget, QHeaderView):
        return _header(widget)
    if isinstance(widget, QGroupBox):
        return _group_box(widget)
    if isinstance(widget, QComboBox):
        return _combo(widget)
    if isinstance(widget, QToolBar):
        return _tool_bar(widget)
    return []


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)) and not _custom_paint(widget):
        return _plain(widget.text())
    if isinstance(widget, QGroupBox):
        return _plain(widget.title())
    return ""


def truncated(root: QWidget) -> list[Finding]:
    """Every text under `root` (itself included) that is shown in less room than it needs:
    too narrow itself, or cut off by a parent that is narrower than it."""
    QCoreApplication.processEvents()
    out: list[Finding] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        found = _check(widget)
        out += found
        text = _text(widget)
        if found or not text.strip():
            continue
        need = min(widget.sizeHint().width(), widget.width())
        shown, cut_by = _clip(widget)
        if shown + SLACK < need:
            out.append(
                Finding(
                    f"{type(widget).__name__} (cut off by {cut_by})",
                    text,
                    need,
                    shown,
                    _where(widget),
                )
            )
    return out
