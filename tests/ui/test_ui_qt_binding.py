"""Protects the PySide6 pin in pyproject.toml: PySide6 6.12.0 drops a reference to None on every
Qt call that returns nothing (and to True on every signal emit) under CPython 3.11, and the
process aborts after a few thousand calls. The installed binding must not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_thousands_of_qt_calls_leave_none_and_true_alone(tmp_path: Path) -> None:
    script = tmp_path / "many_calls.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QComboBox\n"
        "app = QApplication([])\n"
        "combo = QComboBox()\n"
        "before = sys.getrefcount(None), sys.getrefcount(True)\n"
        "for i in range(20_000):\n"
        "    combo.setEnabled(True)\n"
        "    combo.currentIndexChanged.emit(i)\n"
        "after = sys.getrefcount(None), sys.getrefcount(True)\n"
        "print('drift', after[0] - before[0], after[1] - before[1])\n"
    )
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-500:]
    _, none_drift, true_drift = done.stdout.split()
    assert abs(int(none_drift)) < 100 and abs(int(true_drift)) < 100
