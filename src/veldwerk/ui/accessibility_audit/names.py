"""Every control a screen reader can land on needs a name (EN 301 549 11.4.1.2, name, role,
value): the walk goes through Qt's accessibility tree of a window, as a screen reader gets it,
and lists the focusable widgets whose accessible name is empty.

Items inside a view (table cells, tree rows) are named by their text and belong to the view;
hidden widgets (another tab's page, a closed pop-up) are left out, as are widgets that hand
their focus to another (a tab widget to its tab bar): that one is checked instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

MAX_DEPTH = 40


def describe(widget: QWidget) -> str:
    """A widget in words for a report: its class, its object name or text, where it sits."""
    what = type(widget).__name__
    if widget.objectName():
        what += f"#{widget.objectName()}"
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    if text:
        what += f" {text.replace('&', '')!r}"
    owners: list[str] = []
    parent = widget.parentWidget()
    while parent is not None and len(owners) < 3:
        if type(parent).__module__.startswith("veldwerk"):
            owners.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{what} in {' < '.join(owners)}" if owners else what


def nodes(window: QWidget) -> Iterator[tuple[QAccessibleInterface, int]]:
    """(interface, depth) of every node of `window`'s accessibility tree that is not hidden."""
    root = QAccessible.queryAccessibleInterface(window)
    if root is None:
        return
    stack: list[tuple[QAccessibleInterface, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if node.state().invisible:
            continue
        yield node, depth
        if depth >= MAX_DEPTH:
            continue
        children = [node.child(i) for i in range(node.childCount())]
        stack.extend((c, depth + 1) for c in reversed(children) if c is not None and c.isValid())


def unnamed(window: QWidget) -> list[str]:
    """The focusable widgets of `window` that have no accessible name, and the choice lists
    that have neither a label nor a description: on Linux (AT-SPI) Qt gives a combo box its
    value as its name, so a screen reader says what it is only from its label or description."""
    found: list[str] = []
    for node, _depth in nodes(window):
        widget = node.object()
        if not isinstance(widget, QWidget) or not node.state().focusable:
            continue
        if widget.focusProxy() is not None or not widget.isVisibleTo(window):
            continue
        if not node.text(QAccessible.Text.Name).strip():
            found.append(describe(widget))
        elif isinstance(widget, QComboBox) and not _labelled(node):
            found.append(f"{describe(widget)} (a choice list with no label or description)")
    return found


def _labelled(node: QAccessibleInterface) -> bool:
    """Whether a label names `node`, or it has a description."""
    if node.text(QAccessible.Text.Description).strip():
        return True
    return bool(node.relations(QAccessible.RelationFlag.Label))
