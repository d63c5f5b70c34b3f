"""A small driver for the crash test (tests/ui/test_ui_drafts_crash.py), run as a process of its
own: the real app's session offscreen on a profile, unlocked, the first step of a family opened
in its real dialog, text typed into it key by key; once the draft is in the store it prints
``DRAFT SAVED`` and keeps typing (and running) until it is killed.

    python drafts_driver.py PROFILE REF TEXT      (passphrase in VELDWERK_PASSPHRASE)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main() -> int:
    root, ref, typed = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    from veldwerk.ui.session import Session

    session = Session(root, "nl")
    session.drafts.set_delays(100, 400)
    session.start()
    window = session.unlock_window
    assert window is not None
    state: dict[str, object] = {}

    def unlocked() -> None:
        main = session.main_window
        assert main is not None
        main.family_shown.connect(family_shown)
        main.show_family_by_ref(ref)

    def family_shown(family: object) -> None:
        if state or family is None:
            return
        main = session.main_window
        assert main is not None and main.current_family is not None
        journey = main.detail.tabs[2]
        dialog = journey.open_editor(main.current_family.journey[0].key)
        state["dialog"] = dialog
        dialog.description.setFocus()
        QTest.keyClicks(dialog.description, typed)

    def saved(_slot: str) -> None:
        def counted(n: int) -> None:
            if n and "told" not in state:
                state["told"] = True
                print("DRAFT SAVED", flush=True)
                QTimer.singleShot(10, keep_typing)

        session.worker.query(lambda ws: ws.drafts.count(), counted)

    def keep_typing() -> None:  # still typing when the process is killed
        dialog = state["dialog"]
        QTest.keyClicks(dialog.description, " en verder")  # type: ignore[attr-defined]
        QTimer.singleShot(50, keep_typing)

    session.unlocked.connect(unlocked)
    session.drafts.saved.connect(saved)
    window.secret.setText(os.environ["VELDWERK_PASSPHRASE"])
    window.unlock_button.click()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
