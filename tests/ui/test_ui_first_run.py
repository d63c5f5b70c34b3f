"""The first run: passphrase twice with a strength hint (very weak refused), the recovery key
shown once with Save, "I have stored it" before going on, then the main window."""

from __future__ import annotations

from support.shell import WAIT_MS, DialogRecorder, end_session, start_session
from veldwerk.ui.first_run import PAGE_PASSPHRASE, PAGE_RECOVERY


def test_first_run_through_to_the_main_window(qtbot, tmp_path, monkeypatch) -> None:
    """From an empty folder: weak and mismatched passphrases are refused next to their field,
    a good one creates the profile, the recovery key can be saved, and only after ticking
    "I have stored it" does the (empty) main window open, in the language chosen."""
    from veldwerk.store.keys import FAST_KDF_FOR_TESTS
    from veldwerk.workspace import Workspace

    recorder = DialogRecorder(monkeypatch)
    root = tmp_path / "new-profile"
    session = start_session(qtbot, root, "nl", kdf=FAST_KDF_FOR_TESTS)
    window = session.first_run
    assert window is not None and window.isVisible() and session.unlock_window is None
    assert window.page == PAGE_PASSPHRASE

    fields = window.fields
    qtbot.keyClicks(fields.first, "welkom01")
    assert fields.meter.value() == 0
    assert "te" in fields.verdict.text().lower()  # "Te zwak" / "Too weak"
    fields.repeat.setText("welkom01")
    window.create_button.click()
    assert fields.first_error.isVisible() and fields.first_error.text()
    assert not root.exists() or not any(root.iterdir())

    fields.first.setText("paard fiets regen appel")
    fields.repeat.setText("paard fiets regen apple")
    window.create_button.click()
    assert fields.repeat_error.isVisible()
    assert fields.meter.value() >= 3

    fields.repeat.setText("paard fiets regen appel")
    window.create_button.click()
    qtbot.waitUntil(lambda: window.page == PAGE_RECOVERY, timeout=WAIT_MS)
    key = window.key_label.text().replace("\n", "-")
    assert len(key.replace("-", "")) >= 40
    assert fields.first.text() == "" and fields.repeat.text() == ""

    recorder.save_path = tmp_path / "usb" / "key.txt"
    recorder.save_path.parent.mkdir()
    window.save_button.click()
    assert key in recorder.save_path.read_text(encoding="utf-8")

    assert not window.continue_button.isEnabled()
    window.continue_button.click()
    assert session.main_window is None or not session.main_window.isVisible()
    window.stored.setChecked(True)
    window.continue_button.click()
    qtbot.waitUntil(
        lambda: (
            session.main_window is not None
            and session.main_window.isVisible()
            and session.worker.idle
        ),
        timeout=WAIT_MS,
    )
    main = session.main_window
    qtbot.addWidget(main)
    assert main.list_panel.model.total == 0
    assert window.key_label.text() == ""
    assert not window.isVisible()
    assert session.settings.get("language") == "nl"
    end_session(session)

    with Workspace.open_with_recovery_key(root, key) as ws:
        assert ws.families.count() == 0
        assert ws.config.get("language") == "nl"
