"""Auto-lock and Lock take every family off the screen and out of memory-held views and close
the workspace; unlocking returns to the same family and tab. The language switches live, from
Settings, and back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from support.shell import PASSPHRASE, WAIT_MS, Shell, choose_family, query, unlock
from veldwerk.ui.family_list_model import COL_NAME


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def assert_no_family_data(session) -> None:
    main = session.main_window
    assert not main.isVisible()
    assert main.list_panel.model.rowCount() == 0 and main.list_panel.model.total == 0
    assert main.current_family is None and main.detail.card._family is None
    assert main.detail.name.text() == "" and main.detail.card.primary.name.text() == ""
    for tab in main.detail.tabs:
        assert getattr(tab, "family", None) is None
    assert main.open_dialogs == []
    assert not session.worker.has_workspace


def test_auto_lock_after_idle_and_unlock_back_to_the_same_family_and_tab(shell, qtbot) -> None:
    """With a very short idle time the app locks by itself: the unlock window shows, no family
    data is left in any view, the workspace is closed; unlocking shows the same family on the
    same tab again."""
    session, main = shell.open("nl")
    choose_family(qtbot, main, "HW-2026-009")
    main.detail.set_current_tab(2)
    main.change_contact()  # an open dialog with family data must go too
    assert session.idle.active
    session.idle.set_interval_ms(300)
    qtbot.waitUntil(lambda: not session.is_unlocked, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert session.unlock_window.isVisible()
    assert session.unlock_window.secret.text() == ""
    assert_no_family_data(session)

    session.idle.set_minutes(5)
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: main.current_family is not None, timeout=WAIT_MS)
    assert main.current_family.ref == "HW-2026-009"
    assert main.detail.current_tab == 2
    assert main.list_panel.current_key == main.current_family.key
    assert main.list_panel.model.total == 3
    assert session.idle.interval_ms == 5 * 60_000


def test_lock_action_ctrl_l_and_activity_keeps_it_open(shell, qtbot) -> None:
    """Typing starts the idle countdown again (so typing keeps the app unlocked); Ctrl+L
    locks at once."""
    session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-001")
    interval = 60_000
    session.idle.set_interval_ms(interval)
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_A, Qt.Key.Key_Backspace):
        qtbot.waitUntil(lambda: 0 <= session.idle.remaining_ms < interval - 60, timeout=WAIT_MS)
        qtbot.keyClick(main.list_panel.search, key)
        assert session.idle.remaining_ms > interval - 60  # the countdown started again
    assert session.is_unlocked
    session.idle.set_minutes(5)
    assert main.lock_action.shortcut().toString() == "Ctrl+L"
    main.lock_action.trigger()
    assert not session.is_unlocked
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert_no_family_data(session)
    window = session.unlock_window
    window.secret.setText(PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: main.isVisible() and main.current_family is not None, timeout=WAIT_MS)
    assert main.current_family.ref == "HW-2026-001"


def test_switch_to_english_and_back_without_restart(shell, qtbot) -> None:
    """Choosing English in Settings switches menus, the list, the card and code labels at once
    and stores the choice; choosing Dutch switches everything back."""
    session, main = shell.open("nl")
    choose_family(qtbot, main, "HW-2026-001")
    assert main.file_menu.title() == "&Bestand"
    assert main.list_panel.model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Gezin"
    assert main.detail.card.primary.role_label.text() == "Vast aanspreekpunt"

    def switch(lang: str) -> None:
        dialog = session.open_settings()
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        dialog.ok_button.click()
        file_menu = "&File" if lang == "en" else "&Bestand"
        # the LanguageChange events are posted: wait until the window has had them
        qtbot.waitUntil(
            lambda: (
                session.lang == lang
                and session.worker.idle
                and main.file_menu.title() == file_menu
                and main.detail.card.primary.role_label.text() != ""
            ),
            timeout=WAIT_MS,
        )

    switch("en")
    assert main.file_menu.title() == "&File"
    assert main.list_panel.model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Family"
    assert main.detail.card.primary.role_label.text() == "Fixed contact person"
    assert main.list_panel.heading.text() == "Families"
    assert main.status_text.text() == "3 families in this profile"
    assert session.worker.lang == "en"
    assert query(qtbot, session, lambda ws: ws.config.get("language")) == "en"

    switch("nl")
    assert main.file_menu.title() == "&Bestand"
    assert main.detail.card.primary.role_label.text() == "Vast aanspreekpunt"
    assert main.status_text.text() == "3 gezinnen in dit profiel"
    assert query(qtbot, session, lambda ws: ws.config.get("language")) == "nl"


def test_stored_language_wins_after_unlock_and_auto_lock_minutes_apply(shell, qtbot) -> None:
    """The unlock window speaks the system language; after unlocking, the profile's own
    language setting and auto-lock minutes take over."""
    from veldwerk.store.keys import FAST_KDF_FOR_TESTS
    from veldwerk.workspace import Workspace

    ws, _ = Workspace.create(shell.root, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    ws.config.set("language", "en")
    ws.config.set("auto_lock_minutes", "2")
    ws.close()
    session = shell.start("nl")
    assert session.unlock_window.unlock_button.text() == "&Openen"
    main = unlock(qtbot, session)
    qtbot.waitUntil(lambda: main.file_menu.title() == "&File", timeout=WAIT_MS)
    assert session.lang == "en"
    assert session.idle.interval_ms == 2 * 60_000


def test_settings_refuse_a_bad_value_next_to_its_field(shell, qtbot) -> None:
    """A region that is too long for the rule is refused by the service; the message stands
    under the region field and nothing is stored."""
    session, main = shell.open("en")
    dialog = session.open_settings()
    dialog.region.setMaxLength(200)
    dialog.region.setText("x" * 80)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message_at("region")), timeout=WAIT_MS)
    assert dialog.isVisible()
    assert query(qtbot, session, lambda ws: ws.config.get("region")) is None
    dialog.region.setText("Noord-Veluwe")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: session.settings.get("region") == "Noord-Veluwe", timeout=WAIT_MS)


def test_learning_data_window_opens_from_the_menu_and_closes_on_lock(shell, qtbot) -> None:
    """File › Learning data opens that screen beside the main window; locking takes it away
    with everything else, and automatic delivery stops until the next unlock."""
    session, main = shell.open("en")
    assert main.learning_action.isVisible()
    assert main.learning_action in main.file_menu.actions()
    window = main.open_learning()
    qtbot.waitUntil(lambda: window.isVisible() and session.worker.idle, timeout=WAIT_MS)
    assert session.auto_sync is not None and session.auto_sync.running
    main.lock_action.trigger()
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert not window.isVisible() and window.snapshot is None
    assert not session.auto_sync.running
    assert main.learning_status.text() == ""
