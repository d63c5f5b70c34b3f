"""Every control must be reached with Tab (EN 301 549 11.2.1.1, keyboard; 11.2.1.2, no
keyboard trap): the walk presses Tab in a window, as a user would, from its first control
until the focus comes round again, and lists the controls it never reached, and the control
where Tab got stuck, if any.

The Tab key goes to the widget that has the focus, so a widget that keeps Tab for itself (a
text box that types a tab, a table that moves between its cells) shows up here the way a user
meets it. A control counts when it is shown, enabled and takes focus by Tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QTabBar, QWidget

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


def tab_walk(window: QWidget, limit: int = 400) -> tuple[list[QWidget], QWidget | None]:
    """The widgets Tab visits in `window`, in order, from its first control round once, and
    the widget where Tab stayed (None when the focus came round to the start)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.activateWindow()
    app.processEvents()
    start = window.focusWidget()
    if start is None:
        QTest.keyClick(window, Qt.Key.Key_Tab)
        start = window.focusWidget()
    if start is None:
        return [], None
    visited = [start]
    for _ in range(limit):
        current = window.focusWidget() or window
        QTest.keyClick(current, Qt.Key.Key_Tab)
        now = window.focusWidget()
        if now is start:
            return visited, None
        if now is None or now is current or now in visited:
            return visited, current
        visited.append(now)
    return visited, window.focusWidget()


def _owner(widget: QWidget, stops: set[int]) -> QWidget:
    """The tab stop that `widget` (perhaps the viewport or editor inside one) belongs to."""
    node: QWidget | None = widget
    while node is not None and id(node) not in stops:
        node = node.parentWidget()
    return node or widget


def unreachable(window: QWidget) -> list[str]:
    """The controls of `window` Tab does not reach, and where Tab stays stuck, in words."""
    stops = tab_stops(window)
    if not stops:
        return []
    ids = {id(w) for w in stops}
    walk, stuck = tab_walk(window)
    problems: list[str] = []
    if stuck is not None:
        problems.append(f"Tab stays in {describe(stuck)}")
    reached = {id(_owner(w, ids)) for w in walk}
    for widget in walk:  # Tab stops once in a group of radio buttons; the arrows choose
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
