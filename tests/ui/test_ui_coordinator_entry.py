"""File › Coordinator… in the case director's app: the menu entry opens the coordinator window
(a window of its own, in the app's language, on the default coordinator database) and closing
veldwerk closes it too."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QKeySequence

from support.shell import WAIT_MS, Shell, query


@pytest.fixture
def shell(qtbot: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("VELDWERK_COORDINATOR_DB", f"sqlite:///{tmp_path / 'coordinator.db'}")
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def test_file_menu_opens_the_coordinator_window(shell: Shell, qtbot: Any, tmp_path: Any) -> None:
    """Protects the issue's "a coordinator window (`veldwerk coordinator`, and a menu entry)":
    the entry is in the File menu with a shortcut and a Dutch text, it opens a separate,
    visible coordinator window in Dutch on the default database, and the window is forgotten
    once it is closed."""
    from veldwerk.ui.coordinator.window import CoordinatorWindow

    session, main = shell.open("nl")
    action = main.coordinator_action
    assert action in main.file_menu.actions() and action.isVisible() and action.isEnabled()
    assert action.text() == "&Coördinator…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+C")
    assert main.learning_action.isVisible()  # the Learning data screen is always there

    action.trigger()
    (window,) = main._coordinator_windows
    assert isinstance(window, CoordinatorWindow)
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
    assert window.isVisible() and window.isWindow() and window.parent() is main
    assert window.lang == "nl" and window.windowTitle() == "veldwerk – coördinator"
    assert window.db_value.text() == str(tmp_path / "coordinator.db")

    window.close()
    qtbot.waitUntil(lambda: main._coordinator_windows == [], timeout=WAIT_MS)
    assert session.is_unlocked and main.isVisible()


def test_closing_veldwerk_closes_the_coordinator_window(shell: Shell, qtbot: Any) -> None:
    """Protects quitting: the coordinator window (and any collection it runs) is closed with
    the main window, so no thread outlives the program."""
    session, main = shell.open("en")
    window = main.open_coordinator()
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
    assert window.windowTitle() == "veldwerk – coordinator"
    main._closing_confirmed = True  # no question; quit_requested stays unconnected below
    main.quit_requested.disconnect()
    main.close()
    qtbot.waitUntil(lambda: main._coordinator_windows == [], timeout=WAIT_MS)
    session.shutdown()


def test_the_coordinator_window_starts_at_the_profiles_shared_folder(
    shell: Shell, qtbot: Any, tmp_path: Any
) -> None:
    """Protects File › Coordinator… starting where the learning data goes: the window's shared
    folder is the profile's `shared_folder` setting, as the config service answers it (the
    window never reads the store), and a folder the user typed is not overwritten."""
    folder = tmp_path / "gedeelde map"
    session, main = shell.open("nl")
    query(qtbot, session, lambda ws: ws.config.set("shared_folder", str(folder)))
    main.coordinator_action.trigger()
    (window,) = main._coordinator_windows
    qtbot.waitUntil(lambda: window.folder_edit.text() == str(folder), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.busy, timeout=WAIT_MS)
    window.folder_edit.setText("/elders")
    window.start_at_folder(str(folder))
    assert window.folder_edit.text() == "/elders"
    window.close()
    qtbot.waitUntil(lambda: main._coordinator_windows == [], timeout=WAIT_MS)
