"""A crash while typing loses at most the last seconds: a real process of the app (a small
driver around the real session and dialog, offscreen) types into a step, waits until its draft
is in the store and is killed with SIGKILL while still typing; a new process (this one) opens
the profile, is offered the draft and continues it in the same dialog with the typed text."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from support.common import PASSPHRASE
from support.shell import WAIT_MS, Shell, make_profile, unlock

DRIVER = Path(__file__).with_name("drafts_driver.py")
ROOT = Path(__file__).resolve().parents[2]
REF = "HW-2026-009"
TYPED = "Vader belde over de huur"


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def run_and_kill(profile: Path) -> None:
    """Start the driver, wait for its ``DRAFT SAVED`` (at most 60 s), then SIGKILL it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VELDWERK_")}
    env.update(
        VELDWERK_TODAY=os.environ["VELDWERK_TODAY"],
        VELDWERK_LOG_DIR=os.environ["VELDWERK_LOG_DIR"],
        VELDWERK_PASSPHRASE=PASSPHRASE,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]),
    )
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(profile), REF, TYPED],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    said = threading.Event()

    def watch() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "DRAFT SAVED":
                said.set()
                return

    threading.Thread(target=watch, daemon=True).start()
    try:
        assert said.wait(60), process.stderr.read() if process.poll() is not None else "timeout"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    assert process.returncode == -signal.SIGKILL


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_while_typing_then_restart_offers_the_draft(shell, qtbot) -> None:
    """Killed mid-typing (no lock, no clean shutdown, the profile's lock file left behind): the
    next start unlocks, offers "Je was iets aan het invullen voor Gezin …" and continuing
    opens the same step with the text that was typed before the draft was saved."""
    make_profile(shell.root)
    run_and_kill(shell.root)
    shell.dialogs.answer = False  # "Verder gaan"
    session = shell.start("nl")
    got: list[object] = []
    session.drafts.reopened.connect(got.append)
    main = unlock(qtbot, session)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    kind, _title, said = shell.dialogs.calls[-1]
    assert kind == "question" and said.startswith("Je was iets aan het invullen voor Gezin ")
    dialog = got[0]
    assert main.current_family.ref == REF
    assert dialog.key == main.current_family.journey[0].key  # type: ignore[attr-defined]
    assert TYPED in dialog.description.toPlainText()  # type: ignore[attr-defined]
