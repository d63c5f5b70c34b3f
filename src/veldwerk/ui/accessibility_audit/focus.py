"""Every control must be reached with Tab (EN 301 549 11.2.1.1, keyboard; 11.2.1.2, no
keyboard trap): the walk presses Tab in a window, as a user would, from its first control
until the focus comes round again, and lists the controls it never reached, and the control
where Tab got stuck, if any.

The Tab key goes to the widget that has the focus, so a widget that keeps Tab for itself (a
text box that types a tab, a table that moves between its cells) shows up here the way a user
meets it. A control counts when it is shown, enabled and takes focus by Tab.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from veldwerk.ui.accessibility_audit.names import describe


def tab_stops(window: QWidget) -> list[QWidget]:
    """The controls of `window` that Tab should reach. A tab bar's scroll arrows are left out
    (the arrow keys do what they do once the tab bar has the focus)."""
    stops = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or widget.focusProxy() is not None:
            continue
        if isinstance(widget.parentWidget(), QTabBar):
            continue
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.isVisibleTo(window) and widget.isEnabled():
            stops.append(widget)
    return stops


@dataclass
class Walk:
    """Where Tab went in a window: the widgets in order, the one where it stayed (None when
    the focus came round to the start) and those that looked the same focused and not."""

    visited: list[QWidget] = field(default_factory=list)
    stuck: QWidget | None = None
    unseen_focus: list[QWidget] = field(default_factory=list)


def tab_walk(window: QWidget, look: set[str] | None = None, limit: int = 400) -> Walk:
    """Press Tab in `window` from its first control until the focus comes round. With `look`
    (descriptions of widgets looked at already, across screens), each new widget is drawn
    when Tab gave it the focus and again when Tab took it away (EN 301 549 11.2.4.7, focus
    visible): real Tab keys, since Qt draws focus frames only after the keyboard moved it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.activateWindow()
    app.processEvents()
    walk = Walk()
    start = window.focusWidget()
    if start is None:
        QTest.keyClick(window, Qt.Key.Key_Tab)
        start = window.focusWidget()
    if start is None:
        return walk
    walk.visited.append(start)
    focused: tuple[QWidget, QImage] | None = None
    for _ in range(limit):
        current = window.focusWidget() or window
        QTest.keyClick(current, Qt.Key.Key_Tab)
        app.processEvents()
        now = window.focusWidget()
        if focused is not None and focused[0].grab().toImage() == focused[1]:
            walk.unseen_focus.append(focused[0])
        focused = None
        if now is start:
            return walk
        if now is None or now is current or now in walk.visited:
            walk.stuck = current
            return walk
        walk.visited.append(now)
        key = f"{id(now)} {describe(now)}"
        if look is not None and key not in look:
            look.add(key)
            focused = (now, now.grab().toImage())
    walk.stuck = window.focusWidget()
    return walk


def _owner(widget: QWidget, stops: set[int]) -> QWidget:
    """The tab stop that `widget` (perhaps the viewport or editor inside one) belongs to."""
    node: QWidget | None = widget
    while node is not None and id(node) not in stops:
        node = node.parentWidget()
    return node or widget


def unreachable(window: QWidget, look: set[str] | None = None) -> list[str]:
    """The controls of `window` Tab does not reach, where Tab stays stuck, and (with `look`,
    see `tab_walk`) where the focus does not show, in words."""
    stops = tab_stops(window)
    if not stops:
        return []
    ids = {id(w) for w in stops}
    walk = tab_walk(window, look)
    problems = [f"the focus does not show on {describe(w)}" for w in walk.unseen_focus]
    if walk.stuck is not None:
        problems.append(f"Tab stays in {describe(walk.stuck)}")
    still = {id(w) for w in tab_stops(window)}  # a control the walk hid (the family list
    stops = [w for w in stops if id(w) in still]  # chose a family) was no stop to reach
    reached = {id(_owner(w, ids)) for w in walk.visited}
    for widget in walk.visited:  # Tab stops once in a group of radio buttons; the arrows choose
        reached.update(id(w) for w in _radio_group(widget))
    problems += [f"Tab never reaches {describe(w)}" for w in stops if id(w) not in reached]
    return problems


def _radio_group(widget: QWidget) -> list[QAbstractButton]:
    """The radio buttons that choose together with `widget` (none when it is no radio button)."""
    if not isinstance(widget, QRadioButton):
        return []
    group = widget.group()
    if group is not None and group.exclusive():
        return list(group.buttons())
    parent = widget.parentWidget()
    if widget.autoExclusive() and parent is not None:
        return [
            w
            for w in parent.findChildren(QRadioButton)
            if w.parentWidget() is parent and w.autoExclusive()
        ]
    return []


def enter_cancels(window: QWidget) -> list[str]:
    """A dialog whose Enter key would press Cancel (its default button has the reject role)."""
    if not isinstance(window, QDialog):
        return []
    for box in window.findChildren(QDialogButtonBox):
        for button in box.buttons():
            rejects = box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole
            if isinstance(button, QPushButton) and button.isDefault() and rejects:
                return [f"Enter presses {describe(button)}"]
    return []
