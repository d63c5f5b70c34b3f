"""The Learning data screen inside the real app: the menu entry with its shortcut opens the
window, automatic delivery starts on unlock and shows its text in the status bar, and locking
takes the window (names, reflection texts) off the screen and stops delivery."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from support.learning_ui import (
    REGION,
    WAIT_MS,
    Recorder,
    compile_dutch,
    install_translator,
    make_profile,
)
from support.shell import end_session, start_session, unlock
from veldwerk.ui.learning import add_learning_action, attach_auto_sync
from veldwerk.ui.learning.window import LearningWindow


@pytest.fixture
def app_session(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    recorder = Recorder()
    recorder.install(monkeypatch)
    root = tmp_path / "profile"
    make_profile(root)
    session = start_session(qtbot, root, "en")
    yield session, recorder
    end_session(session)


def test_menu_entry_auto_sync_and_lock(app_session: Any, qtbot: Any, tmp_path: Path) -> None:
    """Wired with the two hooks: unlocking delivers the waiting export and shows the status
    text; Ctrl+Shift+L's action opens the window over the main window; Lock closes it,
    empties it and stops automatic delivery (protects: no family data outlives a lock)."""
    session, recorder = app_session
    auto = attach_auto_sync(session)
    share = tmp_path / "share"
    share.mkdir()
    main = unlock(qtbot, session)
    action = add_learning_action(main, session.worker, main.file_menu)
    assert action.shortcut() == QKeySequence("Ctrl+Shift+L")
    assert action.text() == "Learning &data…" and action in main.file_menu.actions()
    qtbot.waitUntil(lambda: auto.running and session.worker.idle, timeout=WAIT_MS)

    def setup(ws: Any) -> None:
        ws.config.set("shared_folder", str(share))
        ws.learning.export()

    session.worker.call(setup)
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    auto.sync_now()
    qtbot.waitUntil(lambda: len(list(share.glob("*.vwlb"))) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Last sent" in auto.text, timeout=WAIT_MS)
    label = main.statusBar().findChild(type(main.status_text), "learningStatus")
    assert label is not None and label.text() == auto.text

    action.trigger()
    window = main.findChild(LearningWindow)
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: window.snapshot is not None and not window.busy, timeout=WAIT_MS)
    assert window.snapshot.region == REGION and window.consent.model.rowCount() == 3
    assert window.sending.waiting.text() == "Nothing waiting"

    session.lock()
    assert not window.isVisible() and window.snapshot is None
    assert window.consent.model.rowCount() == 0 and not window.reflections.cards
    assert not auto.running
    assert [k for k, *_ in recorder.calls] == []


def test_menu_entry_follows_the_language(app_session: Any, qtbot: Any, tmp_path: Path) -> None:
    """The menu entry retranslates itself when the language changes."""
    session, _recorder = app_session
    main = unlock(qtbot, session)
    action = add_learning_action(main, session.worker, main.file_menu)
    translator = install_translator(compile_dutch(tmp_path))
    try:
        assert action.text() == "Leer&data…"
        assert "Ctrl+Shift+L" in action.toolTip()
    finally:
        QCoreApplication.removeTranslator(translator)
    QCoreApplication.processEvents()
    assert action.text() == "Learning &data…"
