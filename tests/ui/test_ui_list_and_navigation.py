"""What the case director ran into in the main window and the new-family dialog, on a real
encrypted profile: Escape on a changed new family asks first; Tab leaves the family list for
the card and the tabs (and Shift+Tab comes back); one very long family name neither squeezes
the list nor widens the window; a reference that exists offers to open that family; the list
sorts by a header click and keeps the chosen family chosen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from support.shell import WAIT_MS, Shell, choose_family, query, save_and_wait
from veldwerk.domain.codes import PHASE_ORDER
from veldwerk.ui import style
from veldwerk.ui.family_form import FamilyDetailsDialog, NewFamilyDialog
from veldwerk.ui.family_list_model import COL_BACKUP, COL_LAST, COL_NAME, SORT_PHASE, fold

LONG_NAME = ("Gezin Van den Berg-Oudshoorn-Wijnaldum " * 6)[:200]


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def type_new_family(dialog: NewFamilyDialog, ref: str) -> None:
    dialog.family.ref.setText(ref)
    dialog.family.name.setText("Gezin Jansen")
    dialog.family.municipality.setText("Ede")
    dialog.family.opened_on.set_value(date(2026, 1, 15))
    dialog.contact_name.setText("Femke de Boer")


def questions(shell: Shell) -> list[str]:
    return [title for kind, title, _text in shell.dialogs.calls if kind == "question"]


# ---- 1. Escape on a changed new family ------------------------------------------------------
def test_escape_on_a_changed_new_family_asks_before_throwing_it_away(shell, qtbot) -> None:
    """An untouched New family dialog closes at once on Escape. With anything typed (here
    only the municipality), Escape and the window's close button ask first, with the same
    question as the step dialogs; "keep editing" keeps the dialog and what was typed. A lock
    closes it without asking."""
    _session, main = shell.open("en")
    dialog = main.new_family()
    qtbot.keyClick(dialog.family.ref, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and questions(shell) == []

    dialog = main.new_family()
    dialog.family.municipality.setText("Ede")
    shell.dialogs.answer = False
    qtbot.keyClick(dialog.family.municipality, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.family.municipality.text() == "Ede"
    assert questions(shell) == ["Discard changes?"]
    dialog.close()  # the window's close button
    assert dialog.isVisible() and questions(shell) == ["Discard changes?"] * 2
    shell.dialogs.answer = True
    qtbot.keyClick(dialog.family.municipality, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and len(questions(shell)) == 3

    dialog = main.new_family()
    dialog.given_name.setText("Lisa")
    main.clear()  # the screen locks
    assert not dialog.isVisible() and len(questions(shell)) == 3


def test_closing_changed_family_details_asks_too(shell, qtbot) -> None:
    """The family details dialog asks the same before its changes are thrown away."""
    _session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-001")
    dialog = main.edit_details()
    assert isinstance(dialog, FamilyDetailsDialog)
    dialog.fields.municipality.setText("Wageningen")
    shell.dialogs.answer = False
    dialog.reject()
    assert dialog.isVisible() and questions(shell) == ["Discard changes?"]


# ---- 2. Tab leaves the list ----------------------------------------------------------------
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_tab_goes_from_the_list_to_the_card_and_the_tabs_and_back(shell, qtbot) -> None:
    """From the family list, Tab reaches the family's buttons, the contact card's buttons
    (share, change), the tab bar and a button inside the tab shown, without moving in the
    list; Shift+Tab walks back to the list."""
    _session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-001")
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=WAIT_MS)
    view = main.list_panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=WAIT_MS)
    row = view.currentIndex().row()
    tab = main.detail.tab_widget.currentWidget()
    path: list[QWidget] = []
    while len(path) < 10:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        path.append(focused())
        if isinstance(path[-1], QAbstractButton) and tab.isAncestorOf(path[-1]):
            break
    assert path[:4] == [
        main.detail.details_button,
        main.detail.card.share_button,
        main.detail.card.change_button,
        main.detail.tab_widget.tabBar(),
    ]
    assert tab.isAncestorOf(path[-1]) and isinstance(path[-1], QAbstractButton)
    assert view.currentIndex().row() == row
    for widget in reversed([view, *path[:-1]]):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert focused() is widget
    assert main.current_family.ref == "HW-2026-001"


# ---- 3. A very long family name ------------------------------------------------------------
def test_a_very_long_family_name_is_shortened_with_the_whole_name_in_its_tooltip(
    shell, qtbot
) -> None:
    """A 200-character family name ends in "…" in the list and in the family's header, the
    tooltips hold all of it; the window stays 1280 wide, the list keeps a readable name
    column and the other columns stay in view."""
    style.apply(QApplication.instance())  # the app's own look, whatever ran before
    session, main = shell.open("nl")
    main.resize(1280, 800)
    choose_family(qtbot, main, "HW-2026-001")
    QApplication.processEvents()
    short_minimum = main.detail.minimumSizeHint().width()
    save_and_wait(
        qtbot, session, lambda ws: ws.families.update_details("HW-2026-001", name=LONG_NAME)
    )
    model = main.list_panel.model
    qtbot.waitUntil(lambda: any(s.name == LONG_NAME for s in model.shown()), timeout=WAIT_MS)
    choose_family(qtbot, main, "HW-2026-001")
    qtbot.waitUntil(lambda: main.detail.name.full_text() == LONG_NAME, timeout=WAIT_MS)
    QApplication.processEvents()

    header = main.detail.name
    assert header.toolTip() == LONG_NAME
    assert header.text().endswith("…") and len(header.text()) < len(LONG_NAME)
    assert header.width() <= main.detail.width()
    assert main.detail.minimumSizeHint().width() <= short_minimum
    assert main.width() == 1280
    view = main.list_panel.view
    qtbot.waitUntil(lambda: view.columnWidth(COL_NAME) >= 150, timeout=WAIT_MS)  # laid out
    right = view.columnViewportPosition(COL_BACKUP) + view.columnWidth(COL_BACKUP)
    assert all(view.columnWidth(c) > 60 for c in (COL_LAST, COL_BACKUP))
    assert right <= view.viewport().width()
    row = model.row_of(main.current_family.key)
    tip = model.data(model.index(row, COL_NAME), Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0] == LONG_NAME


# ---- 4. A reference that exists ------------------------------------------------------------
def test_a_reference_that_exists_offers_to_open_that_family(shell, qtbot) -> None:
    """A new family with a reference another family has is refused by the services; the
    dialog says so under the reference with what can be done there (open that family, or
    choose another reference; no "replace", which only importing offers) and a button that
    closes the dialog and shows that family, even when the search hid it."""
    session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-009")
    main.list_panel.search.setText("Bouzid")
    dialog = main.new_family()
    type_new_family(dialog, "HW-2026-001")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message_at("ref")), timeout=WAIT_MS)
    message = dialog.errors.message_at("ref")
    assert "HW-2026-001" in message and "another reference" in message
    assert "replace" not in message.lower()
    assert dialog.open_existing_button.isVisible() and dialog.ok_button.isEnabled()
    assert query(qtbot, session, lambda ws: ws.families.count()) == 3

    dialog.family.ref.setText("HW-2026-001")  # typing hides the offer until the next try
    dialog.family.ref.textEdited.emit("HW-2026-001")
    assert not dialog.open_existing_button.isVisible()
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.open_existing_button.isVisible, timeout=WAIT_MS)
    dialog.open_existing_button.click()
    qtbot.waitUntil(lambda: main.current_family.ref == "HW-2026-001", timeout=WAIT_MS)
    assert dialog not in main.open_dialogs and questions(shell) == []
    panel = main.list_panel
    assert panel.search.text() == "" and panel.current_key == main.current_family.key
    shown = panel.model.summary(panel.view.currentIndex().row())
    assert shown is not None and shown.ref == "HW-2026-001"


def test_family_details_with_a_taken_reference_says_choose_another(shell, qtbot) -> None:
    """Changing a family's reference to one another family has is refused next to the field
    with the one choice that dialog has."""
    _session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-009")
    dialog = main.edit_details()
    assert isinstance(dialog, FamilyDetailsDialog)
    dialog.fields.ref.setText("HW-2026-001")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message_at("ref")), timeout=WAIT_MS)
    assert dialog.errors.message_at("ref") == (
        "There is already a family with reference HW-2026-001. Choose another reference."
    )


# ---- 5. Sorting ----------------------------------------------------------------------------
def click_header(qtbot, main, column: int) -> None:
    header = main.list_panel.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 8))


def chosen_ref(main) -> str:
    panel = main.list_panel
    summary = panel.model.summary(panel.view.currentIndex().row())
    assert summary is not None and summary.key == panel.current_key == main.current_family.key
    view = panel.view
    assert view.visualRect(view.currentIndex()).intersects(view.viewport().rect())
    return summary.ref


def test_a_header_click_sorts_and_the_chosen_family_stays_chosen(shell, qtbot) -> None:
    """A click on the Family header sorts by name (again: the other way round), the same
    family stays selected, in view and shown, also after the list is reloaded; the order
    choice sorts by phase in the order of the first 1000 days, not by the alphabet."""
    session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-009")
    model = main.list_panel.model
    before = [s.ref for s in model.shown()]
    click_header(qtbot, main, COL_NAME)
    names = [fold(s.name) for s in model.shown()]
    assert names == sorted(names) and [s.ref for s in model.shown()] != before
    assert chosen_ref(main) == "HW-2026-009"
    assert main.list_panel.sort_choice.currentData() == COL_NAME
    click_header(qtbot, main, COL_NAME)
    assert [fold(s.name) for s in model.shown()] == sorted(names, reverse=True)
    assert chosen_ref(main) == "HW-2026-009"

    with qtbot.waitSignal(model.modelReset, timeout=WAIT_MS):
        main.refresh_list()
    assert [fold(s.name) for s in model.shown()] == sorted(names, reverse=True)
    assert chosen_ref(main) == "HW-2026-009"

    choice = main.list_panel.sort_choice
    choice.setCurrentIndex(choice.findData(SORT_PHASE))
    active = [s for s in model.shown() if s.status == "active"]
    assert [s.ref for s in active] == ["HW-2026-009", "HW-2026-001"]  # pregnancy, first year
    ranks = [PHASE_ORDER.index(s.phase) for s in active]
    assert ranks == sorted(ranks) and model.shown()[-1].status == "closed"
    assert chosen_ref(main) == "HW-2026-009"
    click_header(qtbot, main, COL_LAST)  # a first click on the date: newest first
    days = [s.last_contact for s in model.shown() if s.last_contact]
    assert days == sorted(days, reverse=True) and choice.currentData() == COL_LAST
    assert chosen_ref(main) == "HW-2026-009" and session.worker.idle
