"""No text is cut off at 1280 x 800, in Dutch or in English: the main window with each of the
five tabs, the new-family, family-details and change-contact dialogs, the settings and every
edit dialog of the tabs, with the demo's families (`truncation.truncated` says what counts)."""

from __future__ import annotations

from typing import Any

import pytest
from demo_support import (  # noqa: F401
    DEMO_FAMILY_ROW,
    HEIGHT,
    WIDTH,
    demo,
    set_language,
    show_family,
    styled,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from truncation import Finding, describe, truncated

from support.shell import WAIT_MS


def _close(dialog: QWidget) -> None:
    discard = getattr(dialog, "discard", None)
    if callable(discard):
        discard()
    elif isinstance(dialog, QDialog):
        dialog.reject()
    QApplication.processEvents()


def _dialog(qtbot: Any, name: str, dialog: QWidget | None) -> list[tuple[str, Finding]]:
    assert dialog is not None, name
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    size = dialog.size()
    found = [(name, f) for f in truncated(dialog)]
    if size.width() > WIDTH or size.height() > HEIGHT:
        found.append((name, Finding("dialog", name, size.width(), WIDTH, "larger than the screen")))
    return found


def screens(qtbot: Any, session: Any, main: Any) -> list[tuple[str, Finding]]:
    """Every finding on every screen of the brief, as (screen, finding): the main window with
    each demo family on each tab, then the dialogs with the second family."""
    found: list[tuple[str, Finding]] = []
    tabs = main.detail.tab_widget
    for row in [*range(main.list_panel.model.rowCount()), DEMO_FAMILY_ROW]:
        family = show_family(qtbot, session, main, row)
        for index in range(tabs.count()):
            main.detail.set_current_tab(index)
            QApplication.processEvents()
            assert (main.width(), main.height()) == (WIDTH, HEIGHT)
            where = f"main window, {family.ref}, tab {index + 1}"
            found += [(where, f) for f in truncated(main)]
    family = main.current_family
    for name, opener in (
        ("new family", main.new_family),
        ("family details", main.edit_details),
        ("change contact", main.change_contact),
        ("settings", session.open_settings),
    ):
        dialog = opener()
        found += _dialog(qtbot, name, dialog)
        _close(dialog)
    edited = ((0, family.members), (2, family.journey), (3, family.goals), (4, family.reflections))
    for index, records in edited:
        main.detail.set_current_tab(index)
        tab = tabs.widget(index)
        dialog = tab.open_editor(records[0].key)
        found += _dialog(qtbot, type(dialog).__name__, dialog)
        _close(dialog)
    main.detail.set_current_tab(1)
    for kind in ("professional", "informal", "jim"):
        dialog = tabs.widget(1).open_editor(None)
        dialog.kind.set_code(kind)
        found += _dialog(qtbot, f"network dialog ({kind})", dialog)
        _close(dialog)
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_text_is_cut_off_at_1280_by_800(
    demo: tuple[Any, Any],  # noqa: F811
    qtbot: Any,
    lang: str,
) -> None:
    """Protects every screen a case director meets at 1280 x 800: no label, button, tab, group
    title or column title is clipped or shortened, in Dutch and in English."""
    session, main = demo
    set_language(session, main, lang)
    found = screens(qtbot, session, main)
    assert not found, "\n" + "\n".join(f"{screen}: {f.line()}" for screen, f in found)


def test_the_helper_finds_each_kind_of_cut_off_text(qtbot: Any, styled: None) -> None:  # noqa: F811
    """Protects the helper itself: a squeezed label, wrapped label, button, check box, group
    title, combo box, tab, column title, a label cut off by its parent and a tool bar that
    hides buttons are each reported; the same widgets with room are not."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QMainWindow,
        QPushButton,
        QTabWidget,
        QToolBar,
        QTreeWidget,
    )

    page = QWidget()
    qtbot.addWidget(page)
    page.resize(900, 400)
    texts = {
        "label": QLabel("A label that is too long for its place", page),
        "wrapped": QLabel("A wrapping label with more words than lines to hold them", page),
        "button": QPushButton("Save and close", page),
        "check": QCheckBox("A long choice", page),
        "group": QGroupBox("A group with a long title", page),
        "combo": QComboBox(page),
    }
    texts["combo"].addItem("the longest choice of the list")
    texts["wrapped"].setWordWrap(True)
    tabs = QTabWidget(page)
    for name in ("Family", "Network", "Journey", "Plan"):
        tabs.addTab(QWidget(), name)
    tree = QTreeWidget(page)
    tree.setHeaderLabels(["Name of the person", "Who"])
    holder = QWidget(page)
    inner = QLabel("cut off by its parent", holder)
    for y, widget in enumerate([*texts.values(), tabs, tree, holder]):
        widget.setGeometry(0, y * 40, 60, 30)
    tree.setColumnWidth(0, 40)
    inner.resize(inner.sizeHint())
    page.show()
    qtbot.waitExposed(page)
    found = truncated(page)
    kinds = {f.kind.split(" (")[0] for f in found}
    assert {"QLabel", "QPushButton", "QCheckBox", "QGroupBox title", "QTabBar tab"} <= kinds
    assert "QComboBox" in kinds
    assert "header section" in kinds
    assert {f.text for f in found} >= {
        "A label that is too long for its place",
        "A wrapping label with more words than lines to hold them",
        "Name of the person",
        "cut off by its parent",
    }
    assert any("cut off by" in f.kind for f in found)
    for y, widget in enumerate([*texts.values(), tabs, tree, holder]):
        widget.setGeometry(0, y * 40, 880, 38 if widget is not texts["wrapped"] else 80)
    tree.setColumnWidth(0, 300)
    holder.resize(880, 38)
    assert truncated(page) == [], describe(truncated(page))

    window = QMainWindow()
    qtbot.addWidget(window)
    bar = QToolBar()
    window.addToolBar(bar)
    for name in ("New family", "Import case file", "Print overview", "Settings"):
        bar.addAction(QAction(name, window))
    window.resize(200, 120)
    window.show()
    qtbot.waitExposed(window)
    assert [f.kind for f in truncated(window)] == ["QToolBar (buttons hidden)"]
    window.resize(900, 120)
    qtbot.waitUntil(lambda: truncated(window) == [])
