"""The garbage collector and the session: once the main window is up, the long-lived objects
are kept out of the periodic collections (a full collection on the GUI thread went from about
50 ms to almost nothing, which kept family switches and keystrokes within budget); a lock
gives every object back to the collector, so nothing of a family outlives the lock."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import pytest

from support.shell import WAIT_MS, Shell, choose_family, unlock


@pytest.fixture
def shell(qtbot: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def test_unlock_settles_and_lock_thaws(shell: Shell, qtbot: Any) -> None:
    """Protects both halves: after unlocking, the objects alive then are frozen (a periodic full
    collection does not walk them); after locking nothing is frozen and the family shown
    before is gone from memory; unlocking again settles again."""
    session, main = shell.open("en")
    assert gc.get_freeze_count() > 10_000
    shown = weakref.ref(choose_family(qtbot, main, "HW-2026-001"))  # the very object shown
    assert shown() is not None
    main.lock_action.trigger()
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert shown() is None
    unlock(qtbot, session)
    assert gc.get_freeze_count() > 10_000
