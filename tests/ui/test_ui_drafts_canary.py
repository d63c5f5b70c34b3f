"""No draft text is readable in any file: while typing (the draft written on the worker),
after an auto-lock (the draft written before the key was dropped) and after closing, no file of
the profile (database, WAL, shared memory, key file, lock, temporary files, backups) and no log
file holds the typed text, in UTF-8 or UTF-16; the draft itself does hold it (read back through
the store after unlocking), which proves the text really went into the files."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import pytest

from support.pages import find_markers
from support.shell import WAIT_MS, Shell, choose_family, query, unlock
from veldwerk.logging_setup import _NoExceptionText
from veldwerk.ui.tabs.event_dialog import EventDialog

MARKER = "DRFTQZX"
TITLE = f"Titel {MARKER}-t1"
TEXT = f"Moeder vertelde {MARKER}-d1 over de nachten"


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


@pytest.fixture
def log_dir():
    """The app's logs at DEBUG level, through its own formatter, into the test's log folder."""
    folder = Path(os.environ["VELDWERK_LOG_DIR"])
    handler = logging.handlers.RotatingFileHandler(folder / "veldwerk.log", encoding="utf-8")
    handler.setFormatter(_NoExceptionText("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("veldwerk")
    old = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield folder
    logger.removeHandler(handler)
    logger.setLevel(old)
    handler.close()


def scan(profile: Path, logs: Path, when: str) -> list[str]:
    files = []
    for folder in (profile, logs):
        for dirpath, _dirs, names in os.walk(folder):
            for name in names:
                path = Path(dirpath) / name
                files.append((str(path), path.read_bytes()))
    found = find_markers(files, [MARKER, TEXT, TITLE])
    assert found == [], f"{when}: draft text in files:\n" + "\n".join(found)
    return sorted(Path(p).name for p, _ in files)


def test_no_draft_text_reaches_any_file(shell, qtbot, log_dir) -> None:
    """Typed, kept while typing, kept on auto-lock, after shutting down: never in the clear."""
    session, main = shell.open("nl")
    session.drafts.set_delays(50, 200)
    family = choose_family(qtbot, main, "HW-2026-009")
    dialog = main.detail.tabs[2].open_editor(None)
    assert isinstance(dialog, EventDialog)
    qtbot.keyClicks(dialog.title, TITLE)
    qtbot.keyClicks(dialog.description, TEXT)
    with qtbot.waitSignal(session.drafts.saved, timeout=WAIT_MS):
        pass
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    names = scan(shell.root, log_dir, "while typing")
    assert {"veldwerk.db", "veldwerk.db-wal", "veldwerk.db-shm"} <= set(names)
    assert (shell.root / "veldwerk.db-wal").stat().st_size > 0

    qtbot.keyClicks(dialog.description, f" en {MARKER}-d2")
    session.idle.set_interval_ms(200)
    qtbot.waitUntil(lambda: not session.is_unlocked, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    scan(shell.root, log_dir, "after the auto-lock")

    session.idle.set_minutes(5)
    shell.dialogs.answer = True  # "Weggooien": the question is enough here
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: shell.dialogs.kinds().count("question") == 1, timeout=WAIT_MS)
    assert "Gezin" in shell.dialogs.calls[-1][2]
    assert session.is_unlocked and family.key == main.current_family.key
    session.lock()
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    session.shutdown()
    scan(shell.root, log_dir, "after closing")


def test_the_draft_held_the_text_scanned_for(shell, qtbot) -> None:
    """The control: the draft kept on lock holds the marked text, read back through the store
    (so the scan above looked for text that really was written)."""
    session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-009")
    dialog = main.detail.tabs[2].open_editor(None)
    qtbot.keyClicks(dialog.description, TEXT)
    session.lock()
    shell.dialogs.answer = False
    got: list[object] = []
    session.drafts.reopened.connect(got.append)
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    (draft,) = query(qtbot, session, lambda ws: ws.drafts.pending())
    assert draft.values["description"] == TEXT
