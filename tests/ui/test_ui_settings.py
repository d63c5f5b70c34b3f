"""Settings inside the real app: changing the passphrase asks for the current one (a wrong one
is said next to that field and changes nothing), except right after opening with the recovery
key; the coordinator's public key is chosen as a file, shown as set or not set, and removed,
all without the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from support.shell import PASSPHRASE, WAIT_MS, Shell, end_session, query, start_session, unlock
from veldwerk.learning.keys import generate_coordinator_keypair

NEW_PASSPHRASE = "groene fiets onder de brug"


@pytest.fixture
def shell(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def _type_new(dialog: Any, passphrase: str = NEW_PASSPHRASE) -> None:
    dialog.passphrase.first.setText(passphrase)
    dialog.passphrase.repeat.setText(passphrase)


def test_passphrase_change_asks_for_the_current_passphrase(shell: Shell, qtbot: Any) -> None:
    """Protects the passphrase change: without the current passphrase nothing is sent; a wrong
    one is refused by the service and said under the current-passphrase field (the typed text
    stays, selected); the right one changes it, so after locking only the new one opens."""
    session, main = shell.open("en")
    dialog = session.open_settings()
    assert dialog.current_passphrase.isVisible()
    assert dialog.current_label.text() == "C&urrent passphrase"

    _type_new(dialog)
    dialog.change_button.click()
    assert dialog.current_error.isVisible()
    assert dialog.current_error.text() == "Type your current passphrase first."
    assert session.worker.idle and not dialog.passphrase_done.isVisible()

    dialog.current_passphrase.setText("not my passphrase at all")
    assert not dialog.current_error.isVisible()  # typing clears the old message
    dialog.change_button.click()
    qtbot.waitUntil(
        lambda: dialog.current_error.isVisible() and session.worker.idle, timeout=WAIT_MS
    )
    assert dialog.current_error.text() == "The passphrase is not correct."
    assert dialog.current_passphrase.selectedText() == "not my passphrase at all"
    assert dialog.passphrase.first.text() == NEW_PASSPHRASE  # nothing else to type again
    assert dialog.passphrase.errors.message_at("passphrase") == ""
    assert dialog.change_button.isEnabled() and not dialog.passphrase_done.isVisible()

    dialog.current_passphrase.setText(PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.passphrase_done.isVisible(), timeout=WAIT_MS)
    assert dialog.current_passphrase.text() == "" and dialog.passphrase.first.text() == ""
    assert not dialog.current_error.isVisible()
    dialog.reject()

    main.lock_action.trigger()
    qtbot.waitUntil(
        lambda: session.worker.idle and session.unlock_window.isVisible(), timeout=WAIT_MS
    )
    window = session.unlock_window
    window.secret.setText(PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: window.failures == 1, timeout=WAIT_MS)
    unlock(qtbot, session, NEW_PASSPHRASE)
    assert session.is_unlocked


def test_a_weak_new_passphrase_is_said_at_the_new_field_not_the_current_one(
    shell: Shell, qtbot: Any
) -> None:
    """Protects where each problem shows: a too-weak new passphrase is refused under the new
    passphrase, and the current-passphrase field stays unmarked."""
    session, _main = shell.open("nl")
    dialog = session.open_settings()
    dialog.current_passphrase.setText(PASSPHRASE)
    _type_new(dialog, "kort")
    dialog.change_button.click()
    assert dialog.passphrase.errors.message_at("passphrase")
    assert not dialog.current_error.isVisible()
    assert session.worker.idle and not dialog.passphrase_done.isVisible()
    dialog.reject()


def test_after_the_recovery_key_no_current_passphrase_is_asked(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Protects the forgotten-passphrase path: opened with the recovery key, Settings asks only
    for a new passphrase (the current one is what was forgotten) and the change works; the
    new passphrase then opens the profile."""
    from support.shell import DialogRecorder
    from veldwerk.store.keys import FAST_KDF_FOR_TESTS
    from veldwerk.workspace import Workspace

    DialogRecorder(monkeypatch)
    root = tmp_path / "profile"
    ws, key = Workspace.create(root, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    ws.close()
    session = start_session(qtbot, root, "en")
    try:
        window = session.unlock_window
        window.switch_button.click()
        window.secret.setText(key)
        window.unlock_button.click()
        qtbot.waitUntil(
            lambda: session._settings_dialog is not None and session._settings_dialog.isVisible(),
            timeout=WAIT_MS,
        )
        dialog = session._settings_dialog
        assert dialog.after_recovery and not dialog.current_passphrase.isVisible()
        _type_new(dialog)
        dialog.change_button.click()
        qtbot.waitUntil(lambda: dialog.passphrase_done.isVisible(), timeout=WAIT_MS)
        assert dialog.current_passphrase.isVisible()  # from now on the new one is current
    finally:
        end_session(session)
    with Workspace.open(root, NEW_PASSPHRASE) as opened:
        assert opened.families.count() == 0


def test_coordinator_key_is_chosen_shown_and_removed(
    shell: Shell, qtbot: Any, tmp_path: Path
) -> None:
    """Protects the coordinator key in Settings: the private key file is refused next to the
    field and nothing is stored; the public key file is stored (as its PEM text, through
    ws.config) when saving; the dialog then says "set"; Remove and Save clear it again."""
    private, public = generate_coordinator_keypair(tmp_path / "keys")
    session, _main = shell.open("en")
    dialog = session.open_settings()
    assert dialog.key_state.text() == "Not set"
    assert not dialog.key_clear.isEnabled()

    shell.dialogs.open_path = None  # the file dialog cancelled: nothing changes
    dialog.key_choose.click()
    assert not dialog.changes() and not dialog.is_dirty()

    shell.dialogs.open_path = private
    dialog.key_choose.click()
    assert dialog.key_state.text() == f"Chosen: {private.name} (stored when you save)"
    assert dialog.is_dirty()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message_at("coordinator_key")), timeout=WAIT_MS)
    assert "private coordinator key" in dialog.errors.message_at("coordinator_key")
    assert dialog.errors.general_message == ""
    assert dialog.isVisible()
    assert query(qtbot, session, lambda ws: ws.config.get("coordinator_key")) is None

    shell.dialogs.open_path = public
    dialog.key_choose.click()
    assert dialog.errors.message_at("coordinator_key") == ""
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: session._settings_dialog is None, timeout=WAIT_MS)
    stored = query(qtbot, session, lambda ws: ws.config.get("coordinator_key"))
    assert stored == public.read_text(encoding="ascii")
    assert session.settings["coordinator_key"] == stored

    dialog = session.open_settings()
    assert dialog.key_state.text() == "Set"
    assert dialog.key_clear.isEnabled() and not dialog.is_dirty()
    dialog.key_clear.click()
    assert dialog.key_state.text() == "Not set" and dialog.is_dirty()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: session._settings_dialog is None, timeout=WAIT_MS)
    assert query(qtbot, session, lambda ws: ws.config.get("coordinator_key")) is None
    dialog = session.open_settings()
    assert dialog.key_state.text() == "Not set"
    dialog.reject()


def test_the_agenda_and_retention_settings_are_set_in_the_app(shell: Shell, qtbot: Any) -> None:
    """Protects issue 14's two settings in the app, not only on the command line: the weeks
    without contact before Vandaag names a family and the years a closed file is kept show
    their defaults (6, 20), and what is chosen is stored by the service on Save."""
    session, main = shell.open("en")
    dialog = session.open_settings()
    assert (dialog.weeks.value(), dialog.years.value()) == (6, 20)
    assert dialog.rows["no_contact_weeks"][0].text() == "No contact &after"
    dialog.weeks.setValue(8)
    dialog.years.setValue(25)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: session._settings_dialog is None, timeout=WAIT_MS)
    stored = query(
        qtbot,
        session,
        lambda ws: (ws.config.get("no_contact_weeks"), ws.config.get("retention_years")),
    )
    assert stored == ("8", "25")
