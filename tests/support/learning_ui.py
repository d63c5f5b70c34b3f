"""Helpers for the Learning data tests (no tests here): a real encrypted profile holding the
spec's three families, opened in a real database worker (its own thread), a stand-in main
window, and a recorder for the message-box seam so no modal dialog ever blocks a test."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QWidget

from support.common import EXAMPLE, PASSPHRASE
from support.learning import give_coordinator_key

ROOT = Path(__file__).resolve().parents[2]
WAIT_MS = 15_000
REGION = "Noord-Veluwe"


class Host(QWidget):
    """Stands in for the main window: the learning window's parent, with its Settings signal."""

    settings_requested = Signal()


@dataclass
class Recorder:
    """Replaces `veldwerk.ui.dialogs`: records every message box; questions get `answer`."""

    answer: bool = True
    calls: list[tuple[str, str]] = field(default_factory=list)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from veldwerk.ui import dialogs

        def record(kind: str) -> Callable[..., Any]:
            def box(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
                self.calls.append((kind, text))
                return self.answer if kind == "question" else None

            return box

        for kind in ("information", "warning", "question"):
            monkeypatch.setattr(dialogs, kind, record(kind))


@dataclass
class Env:
    root: Path
    worker: Any
    host: Host
    dialogs: Recorder
    qtbot: Any

    def query(self, op: Callable[[Any], Any]) -> Any:
        """Run `op(ws)` on the worker and wait for its answer."""
        box: dict[str, Any] = {}
        self.worker.call(op, lambda r: box.setdefault("r", r))
        self.qtbot.waitUntil(lambda: "r" in box, timeout=WAIT_MS)
        return box["r"]

    def wait_idle(self) -> None:
        self.qtbot.waitUntil(lambda: self.worker.idle, timeout=WAIT_MS)


def make_profile(root: Path, region: str | None = REGION, *, coordinator_key: bool = True) -> None:
    """A profile with the spec's families, the region and (unless not wanted) the tests'
    coordinator key, without which no export can be made."""
    from veldwerk.store.keys import FAST_KDF_FOR_TESTS
    from veldwerk.workspace import Workspace

    ws, _key = Workspace.create(root, PASSPHRASE, kdf=FAST_KDF_FOR_TESTS)
    try:
        ws.families.import_file(EXAMPLE)
        if region:
            ws.config.set("region", region)
        if coordinator_key:
            give_coordinator_key(ws, root.parent / "coordinator-key")
    finally:
        ws.close()


@pytest.fixture
def env(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Env]:
    from veldwerk.ui.db_worker import DbWorker
    from veldwerk.workspace import Workspace

    root = tmp_path / "profile"
    make_profile(root)
    recorder = Recorder()
    recorder.install(monkeypatch)
    worker = DbWorker()
    worker.set_lang("en")
    worker.open(lambda: Workspace.open(root, PASSPHRASE))
    qtbot.waitUntil(lambda: worker.has_workspace and worker.idle, timeout=WAIT_MS)
    host = Host()
    qtbot.addWidget(host)
    host.resize(400, 300)
    host.show()
    try:
        yield Env(root, worker, host, recorder, qtbot)
    finally:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not host:
                widget.close()
        worker.shutdown()


def open_window(env: Env, lang: str = "en") -> Any:
    """The learning window over the stand-in main window, with its first snapshot drawn."""
    from veldwerk.ui.learning import open_learning_window

    window = open_learning_window(env.host, env.worker, lang)
    env.qtbot.waitUntil(lambda: window.snapshot is not None and not window.busy, timeout=WAIT_MS)
    return window


def wait_loaded(env: Env, window: Any, action: Callable[[], Any]) -> None:
    """Do `action` and wait until the window has drawn the answer and is idle again."""
    with env.qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        action()
    env.qtbot.waitUntil(lambda: not window.busy and env.worker.idle, timeout=WAIT_MS)


def compile_dutch(out_dir: Path) -> Path:
    """translations/veldwerk_learning_nl.ts compiled to a .qm in `out_dir`."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = out_dir / "veldwerk_learning_nl.qm"
    subprocess.run(
        [
            str(lrelease),
            "-silent",
            str(ROOT / "translations" / "veldwerk_learning_nl.ts"),
            "-qm",
            str(qm),
        ],
        check=True,
    )
    return qm


def install_translator(qm: Path) -> QTranslator:
    translator = QTranslator(QCoreApplication.instance())
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    QApplication.processEvents()
    return translator
