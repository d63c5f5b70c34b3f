"""The keyboard's way through a screen: which controls Tab stops at inside a part of it, putting
them in an order, and giving a dialog's first field the focus when it opens.

Qt's Tab order is the order widgets were made in; a screen that makes its buttons before its
fields (a dialog's button box, a tab's row of buttons) sets the order it shows with `chain`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_stops_in(container: QWidget, skip: Sequence[QWidget] = ()) -> list[QWidget]:
    """The widgets inside `container` that Tab stops at, in the window's Tab order (hidden and
    disabled ones too: they are skipped only while they are), leaving out those in `skip` and
    inside them."""
    found: list[QWidget] = []
    node = container.nextInFocusChain()
    seen = 0
    while node is not None and node is not container and seen < 10_000:
        seen += 1
        inside = container.isAncestorOf(node)
        skipped = any(s is node or s.isAncestorOf(node) for s in skip)
        takes_tab = bool(node.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if inside and not skipped and takes_tab and node.focusProxy() is None:
            found.append(node)
        node = node.nextInFocusChain()
    return found


def chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes through `widgets` in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def buttons_last(dialog: QWidget, buttons: QWidget) -> None:
    """Tab reaches `buttons` (a dialog's button box, with everything in it) after every other
    control of `dialog`. The box moves as a whole: Qt keeps a widget's children together in
    the Tab order, and Tab goes wrong when they are moved apart."""
    stops = tab_stops_in(dialog, skip=[buttons])
    if stops:
        QWidget.setTabOrder(stops[-1], buttons)


def focus_first(container: QWidget, skip: Sequence[QWidget] = ()) -> QWidget | None:
    """Give the focus to the first control in `container` that can take it now (not in
    `skip`); that control, or None when there is none."""
    for widget in tab_stops_in(container, skip):
        if widget.isVisibleTo(container.window()) and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return widget
    return None
