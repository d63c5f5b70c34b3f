"""Everything by keyboard (EN 301 549 11.2.1, issue 16): Tab leaves the family list and goes
as the screen does, dialogs open on their first field, Enter saves and Escape cancels (asking
first after a change), the eco-map is walked with the arrow keys and Enter opens the person,
and F1 lists the shortcuts."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from support.shell import WAIT_MS, Shell, choose_family
from veldwerk.ui.change_contact import ChangeContactDialog
from veldwerk.ui.tabs.network_dialog import NetworkDialog

REF = "HW-2026-001"
"""The example's family with a JIM, three professionals and someone close (n1 to n5)."""


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


@pytest.fixture
def main(shell, qtbot) -> Any:  # type: ignore[no-untyped-def]
    _session, window = shell.open("en")
    choose_family(qtbot, window, REF)
    window.activateWindow()
    return window


def _tab(widget: QWidget) -> QWidget | None:
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    return widget.window().focusWidget()


def test_tab_leaves_the_family_list_and_follows_the_screen(main, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Protects the way through the main window: from the family list Tab goes on (it used to
    stay in the table), to the family's details and contact card, the tab bar, the tab's view
    and then its buttons."""
    view = main.list_panel.view
    view.setFocus(Qt.FocusReason.TabFocusReason)
    order = [view]
    for _ in range(7):
        order.append(_tab(order[-1]))
    members_tab = main.detail.tabs[0]
    assert order[1:] == [
        main.detail.details_button,
        main.detail.card.share_button,
        main.detail.card.change_button,
        main.detail.tab_widget.tabBar(),
        members_tab.view_widget,
        members_tab.add_button,
        main.list_panel.search,  # Change and Remove wait for a row; then round again
    ]


def test_dialogs_open_on_their_first_field(main, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Protects the first field having the focus when a dialog opens: the change of contact
    person (its role) and a record dialog of a tab (the network member's name), not a button
    or the scroll area around the fields."""
    dialog = main.change_contact()
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    assert dialog.focusWidget() is dialog.role_primary
    dialog.reject()
    network = main.detail.tabs[1]
    editor = network.open_editor(None)
    qtbot.waitUntil(editor.isVisible, timeout=WAIT_MS)
    first = editor.focusWidget()
    assert first is not None and editor.fields_area.isAncestorOf(first)
    assert first.accessibleName()
    editor.discard()


def test_enter_saves_the_change_of_contact_person(main, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Protects Enter as "save": with a new backup chosen, Enter in the date field changes it
    (the dialog closes and the card shows the new backup)."""
    dialog = main.change_contact("backup")
    assert isinstance(dialog, ChangeContactDialog)
    dialog.choose("n2")
    QTest.keyClick(dialog.day.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog not in main.open_dialogs, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: (
            main.current_family.network_member("n2").name in main.detail.card.backup.name.text()
        ),
        timeout=WAIT_MS,
    )


def test_escape_cancels_and_asks_first_after_a_change(main, qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    """Protects Escape as "cancel": untouched, the dialog closes without a question; after a
    change it asks first (through the dialog seam), stays open when the user keeps editing,
    and closes when they discard."""
    dialog = main.change_contact()
    QTest.keyClick(dialog.person, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert "question" not in shell.dialogs.kinds()

    dialog = main.change_contact()
    dialog.role_backup.setChecked(True)
    shell.dialogs.answer = False
    QTest.keyClick(dialog.person, Qt.Key.Key_Escape)
    assert shell.dialogs.kinds().count("question") == 1
    assert dialog.isVisible()
    shell.dialogs.answer = True
    QTest.keyClick(dialog.person, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def test_the_eco_map_is_walked_with_the_arrow_keys_and_enter_opens_the_person(main, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Protects the eco-map by keyboard: the arrows choose one person after another (the list
    beside the map follows, the map's accessible name says who), Home goes back to the first,
    and Enter opens the chosen person's dialog."""
    main.show_tab(1)
    network = main.detail.tabs[1]
    view = network.map
    view.setFocus(Qt.FocusReason.TabFocusReason)
    order = list(view.nodes)
    assert len(order) == 5
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.chosen() == order[0]
    assert network.selected_network_id() == order[0]
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.chosen() == order[1]
    person = main.current_family.network_member(order[1])
    assert person.name in view.accessibleName()
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert view.chosen() == order[-1]  # round the map
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.chosen() == order[0]
    QTest.keyClick(view, Qt.Key.Key_Return)
    dialogs = network.dialogs
    assert len(dialogs) == 1 and isinstance(dialogs[0], NetworkDialog)
    assert dialogs[0].key == main.current_family.network_member(order[0]).key
    for name in view.spoken.values():
        assert name.split(",")[0] in view.accessibleDescription()
    dialogs[0].discard()


def test_f1_lists_the_shortcuts_and_the_keys_inside_the_screens(main, shell) -> None:  # type: ignore[no-untyped-def]
    """Protects F1: it lists the menus' shortcuts, and now also the keys that work inside a
    tab, the eco-map and the dialogs."""
    QTest.keyClick(main, Qt.Key.Key_F1)
    kind, title, text = shell.dialogs.calls[-1]
    assert kind == "information" and title == "Keyboard shortcuts"
    for line in ("Ctrl+N\tNew family", "F2\tChange the chosen row", "Arrow keys\tEco-map"):
        assert line in text
    assert "Esc\tIn a dialog: cancel" in text


def test_enter_saves_a_tab_dialog(main, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Protects Enter as "save" in the family tabs' dialogs: a new name typed for a network
    member is saved by Enter in the name field."""
    network = main.detail.tabs[1]
    person = main.current_family.network_member("n5")
    editor = network.open_editor(person.key)
    qtbot.waitUntil(editor.isVisible, timeout=WAIT_MS)
    field = editor.name
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "Piet Hendriks-de Wit")
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: main.current_family.network_member("n5").name == "Piet Hendriks-de Wit",
        timeout=WAIT_MS,
    )
