"""The unlock window: a wrong passphrase says so, keeps the typed text selected, and repeated
failures make the user wait longer; the right one opens the populated main window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from support.shell import (
    PASSPHRASE,
    WAIT_MS,
    DialogRecorder,
    end_session,
    make_profile,
    start_session,
)
from veldwerk.ui.unlock import FREE_TRIES, MAX_DELAY_S, UnlockWindow, delay_after


def test_delay_grows_after_the_free_tries_and_is_capped() -> None:
    """No wait for the first tries; then 2, 4, 8... seconds, never more than the cap."""
    assert [delay_after(n) for n in range(FREE_TRIES)] == [0] * FREE_TRIES
    waits = [delay_after(n) for n in range(FREE_TRIES, FREE_TRIES + 8)]
    assert waits[:3] == [2, 4, 8]
    assert waits == sorted(waits) and max(waits) == MAX_DELAY_S


def test_wrong_passphrase_is_said_and_the_text_stays_selected(qtbot, tmp_path, monkeypatch) -> None:
    """A wrong passphrase shows a plain message, keeps the typed text (selected, so typing
    replaces it) and nothing else opens; the right one then shows the main window."""
    DialogRecorder(monkeypatch)
    root = tmp_path / "profile"
    make_profile(root, example=True)
    session = start_session(qtbot, root, "en")
    window = session.unlock_window
    assert window is not None and window.isVisible() and session.main_window is None
    window.secret.setText("not the passphrase at all")
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.failures == 1, timeout=WAIT_MS)
    assert window.message.isVisible()
    assert "not correct" in window.message.text()
    assert window.secret.text() == "not the passphrase at all"
    assert window.secret.selectedText() == "not the passphrase at all"
    assert window.unlock_button.isEnabled()
    # the empty main window may already be built in the background (warm-up), never shown
    assert session.main_window is None or not session.main_window.isVisible()
    assert not session.worker.has_workspace
    window.secret.setText(PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(
        lambda: session.main_window is not None and session.main_window.list_panel.model.total == 3,
        timeout=WAIT_MS,
    )
    assert not window.isVisible()
    end_session(session)


def test_repeated_failures_make_the_user_wait(qtbot) -> None:
    """After the free tries the Unlock button is disabled and a countdown says how long."""
    window = UnlockWindow("en")
    qtbot.addWidget(window)
    window.show()
    for _ in range(FREE_TRIES):
        window.secret.setText("wrong")
        window._submit()
        window.wrong_secret()
    assert window.seconds_to_wait == 2
    assert not window.unlock_button.isEnabled()
    assert window.wait_label.isVisible() and "2 second" in window.wait_label.text()
    requested: list[str] = []
    window.unlock_requested.connect(lambda secret, _rec: requested.append(secret))
    window.secret.returnPressed.emit()
    assert requested == []  # Enter does not get around the wait
    qtbot.waitUntil(lambda: window.seconds_to_wait == 0, timeout=5000)
    assert window.unlock_button.isEnabled()


def test_profile_in_use_elsewhere_is_explained(qtbot, tmp_path, monkeypatch) -> None:
    """When another program holds the profile, the window says so instead of 'wrong'."""
    from veldwerk.workspace import Workspace

    DialogRecorder(monkeypatch)
    root = tmp_path / "profile"
    make_profile(root, example=False)
    holder = Workspace.open(root, PASSPHRASE)
    try:
        session = start_session(qtbot, root, "en")
        window = session.unlock_window
        window.secret.setText(PASSPHRASE)
        window.unlock_button.click()
        qtbot.waitUntil(lambda: window.message.isVisible(), timeout=WAIT_MS)
        assert window.failures == 0
        assert "already open" in window.message.text()
        end_session(session)
    finally:
        holder.close()


def test_recovery_key_opens_and_asks_for_a_new_passphrase(qtbot, tmp_path, monkeypatch) -> None:
    """'Forgot your passphrase?' switches to the recovery key; it opens the profile and the
    settings dialog asks for a new passphrase."""
    from veldwerk.store.keys import FAST_KDF_FOR_TESTS
    from veldwerk.workspace import Workspace

    DialogRecorder(monkeypatch)
    root = tmp_path / "profile"
    ws, key = Workspace.create(root, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    ws.close()
    session = start_session(qtbot, root, "en")
    window = session.unlock_window
    window.switch_button.click()
    assert window.recovery_mode and window.field_label.text() == "&Recovery key"
    window.secret.setText(key)
    window.unlock_button.click()
    qtbot.waitUntil(
        lambda: session._settings_dialog is not None and session._settings_dialog.isVisible(),
        timeout=WAIT_MS,
    )
    assert "recovery key" in session._settings_dialog.passphrase_note.text()
    end_session(session)
