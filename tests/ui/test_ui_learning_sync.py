"""Sending learning data: "Make new export", "Sync now" with progress, and automatic delivery.
Offline first: with the shared folder away the export waits ("1 waiting"), and once the folder
appears it is delivered exactly once; automatic delivery never shows a dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QProgressDialog

from support.learning import open_bundle
from support.learning_ui import (  # noqa: F401
    WAIT_MS,
    Env,
    env,
    open_window,
    wait_loaded,
)
from veldwerk.learning.bundle import FILE_SUFFIX
from veldwerk.ui.learning import AutoSync


def _delivered(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{FILE_SUFFIX}")) if folder.is_dir() else []


def _sync(env: Env, window: Any) -> None:
    with env.qtbot.waitSignal(window.tasks.finished, timeout=WAIT_MS):
        assert window.sync_now()
    env.qtbot.waitUntil(lambda: not window.busy and env.worker.idle, timeout=WAIT_MS)
    env.qtbot.waitUntil(lambda: window.snapshot is not None, timeout=WAIT_MS)


def _no_modal_left() -> None:
    assert QApplication.activeModalWidget() is None
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_sync_now_waits_while_the_folder_is_away_then_delivers_once(
    env: Env, tmp_path: Path
) -> None:
    """With the shared folder missing, Sync now leaves the export waiting: "1 waiting" and the
    plain reason. When the folder appears, Sync now delivers it; syncing again delivers
    nothing new (protects: nothing lost, nothing delivered twice)."""
    share = tmp_path / "share"
    env.query(lambda ws: ws.config.set("shared_folder", str(share)))
    window = open_window(env)
    page = window.sending
    window.tabs.setCurrentIndex(window.SENDING)
    assert page.waiting.text() == "Nothing waiting"
    assert page.folder.text() == str(share)
    assert page.locked.text().startswith("Yes:")

    wait_loaded(env, window, page.export_button.click)
    assert "New export made with 1 family." in page.result.text()
    assert "1 reflection awaits your approval" in page.result.text()
    assert page.waiting.text() == "1 waiting"

    _sync(env, window)
    assert page.waiting.text() == "1 waiting"
    assert "cannot be reached" in page.result.text()
    assert "cannot be reached" in page.problem.text() and not page.problem.isVisible()
    assert page.last_sent.text() == "Nothing has been sent yet."
    assert _delivered(share) == []

    share.mkdir()
    _sync(env, window)
    assert page.waiting.text() == "Nothing waiting"
    assert page.result.text() == "1 export sent to the shared folder."
    assert page.last_sent.text().startswith("Last sent: ")
    assert not page.problem.isVisible()
    files = _delivered(share)
    assert len(files) == 1
    bundle = open_bundle(files[0].read_bytes())
    assert len(bundle.records) == 1 and bundle.header.region == "Noord-Veluwe"

    _sync(env, window)
    assert page.result.text() == "Nothing was waiting to be sent."
    assert _delivered(share) == files
    assert env.dialogs.calls == []
    _no_modal_left()


def test_without_the_coordinator_key_no_export_is_made_and_the_page_says_how_to_get_it(
    env: Env,
) -> None:
    """Protects "always encrypted" in the window: without the coordinator's key the page says
    exports cannot be made yet and how to get the key; Make new export is refused with the
    service's message (ask the coordinator, then Settings or `veldwerk config set`), nothing
    waits, no dialog; the preview still shows what would leave."""
    env.query(lambda ws: ws.config.set("coordinator_key", None))
    window = open_window(env)
    page = window.sending
    window.tabs.setCurrentIndex(window.SENDING)
    assert page.locked.text().startswith("Not yet.")
    assert "coordinator-public.pem" in page.locked.text()
    assert window.preview.model.rowCount() == 1
    page.export_button.click()
    env.qtbot.waitUntil(lambda: page.result.isVisible() and not window.busy, timeout=WAIT_MS)
    text = page.result.text()
    assert "No export can be made yet" in text and "veldwerk config set coordinator_key" in text
    assert page.result.objectName() == "warning"
    assert page.waiting.text() == "Nothing waiting"
    assert env.query(lambda ws: ws.learning.status().waiting) == 0
    assert env.dialogs.calls == []


def _visible_texts(page: Any) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]


def test_the_folder_that_cannot_be_reached_is_said_once(env: Env, tmp_path: Path) -> None:
    """Protects the sending page: after Sync now with the shared folder away, "cannot be
    reached" shows once (beside the button), not also in the banner above nor in the note on
    sending by itself; once that result has given way, the banner says it, since the export
    still waits. With nothing wrong, the note explains what happens when the folder is away."""
    env.query(lambda ws: ws.config.set("shared_folder", str(tmp_path / "away")))
    window = open_window(env)
    page = window.sending
    window.tabs.setCurrentIndex(window.SENDING)
    wait_loaded(env, window, page.export_button.click)
    _sync(env, window)
    said = [t for t in _visible_texts(page) if "cannot be reached" in t]
    assert said == [page.result.text()], _visible_texts(page)
    page.show_result("")
    said = [t for t in _visible_texts(page) if "cannot be reached" in t]
    assert said == [page.problem.text()]
    assert "exports wait here" not in page.automatic.text()
    share = tmp_path / "away"
    share.mkdir()
    _sync(env, window)  # delivered: no problem left, so the note says what happens offline
    assert not page.problem.isVisible()
    assert "When the shared folder cannot be reached" in page.automatic.text()


def test_sync_now_without_a_shared_folder_says_so_in_the_window(env: Env) -> None:
    """No shared folder set: Sync now explains it next to the button (no error box) and the
    page offers Settings."""
    window = open_window(env)
    page = window.sending
    assert "Not set yet" in page.folder.text()
    assert page.settings_button.text() == "Open Settings"
    _sync(env, window)
    assert "No shared folder is set yet" in page.result.text()
    assert env.dialogs.calls == []
    with env.qtbot.waitSignal(env.host.settings_requested, timeout=2000):
        page.settings_button.click()


def test_export_without_region_is_explained_not_crashed(env: Env) -> None:
    """Make new export without a region gives the service's plain message in the page."""
    env.query(lambda ws: ws.config.set("region", None))
    window = open_window(env)
    wait_loaded(env, window, lambda: (window.sending.export_button.click(), window.reload()))
    assert "Set the region first" in window.sending.result.text()
    assert env.dialogs.calls == []


def test_withdrawing_consent_replaces_the_waiting_export(env: Env, tmp_path: Path) -> None:
    """An export waits with the consenting family in it; the family withdraws. The waiting
    export is rebuilt without it, so the next delivery (automatic or not) never carries the
    family to the coordinator (protects consent against a stale export)."""
    share = tmp_path / "share"
    env.query(lambda ws: ws.config.set("shared_folder", str(share)))
    window = open_window(env)
    wait_loaded(env, window, window.sending.export_button.click)
    wait_loaded(env, window, lambda: window.consent.choose("HW-2026-001", "refused"))
    assert "replaced by one without this family" in window.consent.note.text()
    assert window.snapshot.outbox.waiting == 1
    share.mkdir()
    _sync(env, window)
    files = _delivered(share)
    assert len(files) == 1
    assert open_bundle(files[0].read_bytes()).records == []


def test_auto_sync_delivers_without_any_dialog(env: Env, tmp_path: Path) -> None:
    """An export waits and the folder is there: AutoSync delivers it at start, exactly once,
    shows no dialog or progress window, and reports the new state for the status bar."""
    share = tmp_path / "share"
    share.mkdir()
    env.query(lambda ws: (ws.config.set("shared_folder", str(share)), ws.learning.export()))
    texts: list[str] = []
    auto = AutoSync(env.worker, env.host, interval_minutes=5)
    auto.status_changed.connect(texts.append)
    with env.qtbot.waitSignal(auto.delivered, timeout=WAIT_MS) as blocker:
        auto.start()
    assert blocker.args == [1]
    env.qtbot.waitUntil(lambda: bool(texts), timeout=WAIT_MS)
    assert len(_delivered(share)) == 1
    assert texts[-1].startswith("No bundles are waiting. Last sent: ")
    assert env.dialogs.calls == []
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    _no_modal_left()
    auto.sync_now()
    env.qtbot.waitUntil(lambda: env.worker.idle, timeout=WAIT_MS)
    assert len(_delivered(share)) == 1
    auto.stop()


def test_auto_sync_waits_offline_and_delivers_when_the_folder_appears(
    env: Env, tmp_path: Path
) -> None:
    """Ticks while the folder is away leave the export waiting and say "1 bundle is waiting"
    with the reason; the first tick after the folder appears delivers it, once; after stop()
    nothing more happens."""
    share = tmp_path / "share"
    env.query(lambda ws: (ws.config.set("shared_folder", str(share)), ws.learning.export()))
    auto = AutoSync(env.worker, env.host)
    auto.set_interval_ms(40)
    texts: list[str] = []
    answers: list[None] = []
    auto.status_changed.connect(texts.append)
    auto.answered.connect(lambda: answers.append(None))

    def ticks(more: int) -> None:
        """Wait until `more` further ticks have come back from the worker."""
        goal = len(answers) + more
        env.qtbot.waitUntil(lambda: len(answers) >= goal, timeout=WAIT_MS)

    auto.start()
    env.qtbot.waitUntil(lambda: bool(texts), timeout=WAIT_MS)
    assert texts[-1].startswith("1 bundle is waiting to be sent. Never sent yet.")
    assert "cannot be reached" in texts[-1]
    ticks(3)  # several ticks, still offline
    assert len(texts) == 1  # the same state is not announced again
    share.mkdir()
    env.qtbot.waitUntil(lambda: len(_delivered(share)) == 1, timeout=WAIT_MS)
    env.qtbot.waitUntil(lambda: "Last sent" in auto.text, timeout=WAIT_MS)
    ticks(3)
    assert len(_delivered(share)) == 1
    auto.stop()
    env.qtbot.waitUntil(lambda: env.worker.idle, timeout=WAIT_MS)
    before = len(answers)
    env.query(lambda ws: ws.learning.export())
    auto.sync_now()  # what a timer tick would do: nothing, once stopped
    env.qtbot.waitUntil(lambda: env.worker.idle, timeout=WAIT_MS)
    assert len(_delivered(share)) == 1 and not auto.running and len(answers) == before
    assert env.dialogs.calls == []


def test_auto_sync_is_silent_without_work_or_workspace(env: Env) -> None:
    """Nothing exported and no shared folder: no status text at all. With the workspace
    closed (locked), a tick asks nothing of the worker."""
    auto = AutoSync(env.worker, env.host)
    texts: list[str] = []
    auto.status_changed.connect(texts.append)
    answered: list[None] = []
    auto.answered.connect(lambda: answered.append(None))
    auto.start()
    env.qtbot.waitUntil(lambda: bool(answered) and env.worker.idle, timeout=WAIT_MS)
    assert texts == [] and auto.text == ""
    auto.stop()
    env.worker.close_workspace()
    env.qtbot.waitUntil(lambda: not env.worker.has_workspace and env.worker.idle, timeout=WAIT_MS)
    auto.start()
    assert env.worker.idle
    auto.stop()
    assert env.dialogs.calls == []


def test_sync_now_shows_progress_and_can_be_stopped(env: Env, tmp_path: Path) -> None:
    """Sync now runs on the database worker with a progress dialog over the window (never the
    whole app); Stop before the copy leaves the export waiting and says so calmly."""
    import threading

    share = tmp_path / "share"
    share.mkdir()
    env.query(lambda ws: (ws.config.set("shared_folder", str(share)), ws.learning.export()))
    window = open_window(env)
    gate = threading.Event()
    env.worker.call(lambda ws: gate.wait(10))  # the worker is busy for a moment
    assert window.sync_now()
    assert not window.sync_now()  # one delivery at a time
    dialog = window.tasks.dialog
    assert dialog is not None and dialog.parent() is window
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert not window.sending.sync_button.isEnabled()
    window.tasks.cancel()
    gate.set()
    env.qtbot.waitUntil(lambda: not window.tasks.running, timeout=WAIT_MS)
    env.qtbot.waitUntil(lambda: not window.busy and env.worker.idle, timeout=WAIT_MS)
    assert "Sending was stopped" in window.sending.result.text()
    assert _delivered(share) == []
    env.qtbot.waitUntil(lambda: window.sending.waiting.text() == "1 waiting", timeout=WAIT_MS)
    assert window.sending.sync_button.isEnabled()
    assert env.dialogs.calls == []
