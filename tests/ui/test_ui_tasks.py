"""The app's one task runner running any callable (no profile needed) off the GUI thread:
progress back on the GUI thread, Stop, refusals and bugs sorted, one task at a time."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from veldwerk.domain.errors import DomainError
from veldwerk.progress import CancelToken
from veldwerk.ui.tasks import TaskRunner


class Outcome:
    """What the runner called back, and on which thread."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []
        self.threads: set[int] = set()

    def record(self, kind: str) -> Any:
        def callback(value: Any = None) -> None:
            self.threads.add(threading.get_ident())
            self.calls.append((kind, value))

        return callback

    def handlers(self) -> tuple[Any, ...]:
        return (self.record("done"), self.record("error"), self.record("failed"))


@pytest.fixture
def runner(qtbot: Any) -> TaskRunner:
    parent = QWidget()
    qtbot.addWidget(parent)
    return TaskRunner(None, parent)


def test_run_works_off_the_gui_thread_with_progress(qtbot: Any, runner: TaskRunner) -> None:
    """Protects `run`: the work runs on a thread other than the GUI thread, its progress comes
    back on the GUI thread as `progressed` (about once per percent: some 100 signals, not 10,000),
    the result reaches `on_done` there, and a second task waits its turn."""
    outcome, progressed = Outcome(), []
    runner.progressed.connect(lambda done, total: progressed.append((done, total)))
    worker_thread: list[int] = []

    def work(progress: Any, cancel: CancelToken) -> str:
        worker_thread.append(threading.get_ident())
        for i in range(1, 10_001):
            progress(i, 10_000)
        return "klaar"

    assert runner.run(work, *outcome.handlers(), label=None)
    assert runner.running and not runner.run(work, *outcome.handlers())
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)
    gui = threading.get_ident()
    assert worker_thread and worker_thread[0] != gui
    assert outcome.calls == [("done", "klaar")] and outcome.threads == {gui}
    qtbot.waitUntil(lambda: progressed and progressed[-1] == (10_000, 10_000), timeout=10_000)
    assert 100 <= len(progressed) <= 101


def test_run_can_be_stopped_and_sorts_what_goes_wrong(qtbot: Any, runner: TaskRunner) -> None:
    """Protects Stop and errors: `cancel()` makes the work's token raise, which ends in
    `on_cancelled` (no error); a DomainError goes to `on_error`; anything else is a bug that
    ends in `on_failed`; after each the runner is free again."""
    outcome, started = Outcome(), threading.Event()

    def until_stopped(progress: Any, cancel: CancelToken) -> None:
        started.set()
        while True:
            cancel.raise_if_cancelled()

    assert runner.run(until_stopped, *outcome.handlers(), outcome.record("cancelled"))
    assert started.wait(10)
    runner.cancel()
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)

    def refused(progress: Any, cancel: CancelToken) -> None:
        raise DomainError("coordinator.folder_missing", "shared_dir", {"path": "x"})

    assert runner.run(refused, *outcome.handlers())
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)

    def bug(progress: Any, cancel: CancelToken) -> None:
        raise ZeroDivisionError

    assert runner.run(bug, *outcome.handlers())
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)
    kinds = [kind for kind, _ in outcome.calls]
    assert kinds == ["cancelled", "error", "failed"]
    assert outcome.calls[1][1].code == "coordinator.folder_missing"
