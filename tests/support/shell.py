"""Helpers for the shell's GUI tests (no tests here): a real encrypted profile in a temporary
folder, a started session, unlocking, and a recorder that stands in for every message box and
file dialog (the `veldwerk.ui.dialogs` seam), so no modal dialog ever blocks a test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from support.common import PASSPHRASE
from support.profiles import new_profile

WAIT_MS = 15_000


class DialogRecorder:
    """Replaces the dialogs seam: records every call; questions get `answer`."""

    def __init__(self, monkeypatch: Any, answer: bool = True) -> None:
        from veldwerk.ui import dialogs

        self.calls: list[tuple[str, str, str]] = []
        self.answer = answer
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.folder: Path | None = None
        for name in ("information", "warning"):
            monkeypatch.setattr(dialogs, name, self._recorder(name))
        monkeypatch.setattr(dialogs, "question", self._question)
        monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: self.open_path)
        monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: self.save_path)
        monkeypatch.setattr(dialogs, "choose_folder", lambda *a, **k: self.folder)
        monkeypatch.setattr(dialogs, "choose_printer", lambda *a, **k: False)

    def _recorder(self, kind: str) -> Callable[..., None]:
        def record(_parent: Any, title: str, text: str, details: str = "") -> None:
            self.calls.append((kind, title, text + ("\n" + details if details else "")))

        return record

    def _question(self, _parent: Any, title: str, text: str, yes: str = "", no: str = "") -> bool:
        self.calls.append(("question", title, text))
        return self.answer

    def kinds(self) -> list[str]:
        return [c[0] for c in self.calls]


def make_profile(root: Path, *, example: bool = True) -> None:
    """A profile with the fast test key derivation, holding the spec's three families (a copy
    of one made once, `support.profiles`)."""
    new_profile(root, example=example)


def start_session(qtbot: Any, root: Path, lang: str = "nl", **kwargs: Any) -> Any:
    """A session on `root`, its first window shown."""
    from veldwerk.ui.session import Session

    session = Session(root, lang, **kwargs)
    window = session.start()
    qtbot.addWidget(window)
    return session


def unlock(qtbot: Any, session: Any, passphrase: str = PASSPHRASE) -> Any:
    """Type the passphrase, unlock, and wait for the populated main window."""
    window = session.unlock_window
    assert window is not None and window.isVisible()
    window.secret.setText(passphrase)
    window.unlock_button.click()
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
    return main


def choose_family(qtbot: Any, main: Any, ref: str) -> Any:
    """Click the family with `ref` in the list and wait until its detail shows."""
    model = main.list_panel.model
    row = next(i for i, s in enumerate(model.shown()) if s.ref == ref)
    main.list_panel.view.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(
        lambda: main.current_family is not None and main.current_family.ref == ref, timeout=WAIT_MS
    )
    return main.current_family


def wait_idle(qtbot: Any, session: Any) -> None:
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)


def save_and_wait(qtbot: Any, session: Any, op: Callable[[Any], Any]) -> Any:
    """Run an edit through the main window's editor (the worker) and return the fresh family."""
    box: dict[str, Any] = {}
    errors: list[Any] = []
    session.worker.save(op, on_done=lambda f: box.setdefault("family", f), on_error=errors.append)
    qtbot.waitUntil(lambda: "family" in box or bool(errors), timeout=WAIT_MS)
    assert not errors, [p.describe("en") for e in errors for p in e.problems]
    wait_idle(qtbot, session)
    return box["family"]


def query(qtbot: Any, session: Any, op: Callable[[Any], Any]) -> Any:
    box: dict[str, Any] = {}
    session.worker.query(op, lambda r: box.setdefault("r", r))
    qtbot.waitUntil(lambda: "r" in box, timeout=WAIT_MS)
    return box["r"]


def day(text: str) -> date:
    return date.fromisoformat(text)


class Shell:
    """One test's app: a profile in `tmp_path`, the dialog recorder, sessions shut down at the
    end (use through a small fixture in each test module)."""

    def __init__(self, qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
        self.qtbot = qtbot
        self.root = tmp_path / "profile"
        self.tmp_path = tmp_path
        self.dialogs = DialogRecorder(monkeypatch)
        self.sessions: list[Any] = []

    def start(self, lang: str = "nl", *, example: bool = True, **kwargs: Any) -> Any:
        if not self.root.exists():
            make_profile(self.root, example=example)
        session = start_session(self.qtbot, self.root, lang, **kwargs)
        self.sessions.append(session)
        return session

    def open(self, lang: str = "nl", *, example: bool = True) -> tuple[Any, Any]:
        """Started and unlocked: (session, main window)."""
        session = self.start(lang, example=example)
        return session, unlock(self.qtbot, session)

    def close(self) -> None:
        for session in self.sessions:
            end_session(session)


def end_session(session: Any) -> None:
    """Shut `session` down and take its windows and every window they own (dialogs, the
    Learning data and coordinator windows) off the screen, so nothing visible is left for
    the next test (a visible leftover window keeps `QApplication.exec()` from returning when
    another test closes its last window)."""
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    session.shutdown()
    owners = [
        w for w in (session.main_window, session.unlock_window, session.first_run) if w is not None
    ]
    for widget in QApplication.topLevelWidgets():
        if widget in owners or not widget.isVisible():
            continue
        parent: QWidget | None = widget.parentWidget()
        while parent is not None and parent not in owners:
            parent = parent.parentWidget()
        if parent is not None:
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()
    for window in owners:
        window.hide()
