"""`veldwerk` without a command: the desktop app.

The first window (unlock, or the first run) must show within a blink, so only Qt and the small
domain modules are imported before it; the services (SQLAlchemy, SQLCipher...) are imported on
the database worker while the user types the passphrase. The language is the command line's
(--lang, VELDWERK_LANG, else the system's) until the profile is open; then the `language`
setting, when set, takes over (an explicit --lang keeps precedence).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

STARTUP_PROBE_ENV = "VELDWERK_STARTUP_PROBE"
"""When set, print ``VELDWERK_SHOWN <epoch seconds>`` once the first window is on screen and
quit: the GUI benchmark measures launch time with it."""


def _probe(window: Any, app: Any) -> None:
    from PySide6.QtCore import QTimer

    def report() -> None:
        print(f"VELDWERK_SHOWN {time.time():.6f}", flush=True)
        app.quit()

    window.repaint()
    QTimer.singleShot(0, report)


def application() -> QApplication:
    """The process's Qt application (made once), named veldwerk and in veldwerk's style."""
    from PySide6.QtWidgets import QApplication

    from veldwerk.ui import style

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("veldwerk")
    app.setDesktopFileName("veldwerk")
    style.apply(app)
    return app


def run(args: Any, ctx: Any) -> int:
    from veldwerk.ui.i18n import Translations, normalise
    from veldwerk.ui.session import Session

    app = application()
    lang = normalise(getattr(args, "lang", None) or ctx.lang)
    demo = bool(getattr(args, "demo", False))
    profile_dir = Path(ctx.profile_dir) if not demo else Path()
    session = Session(
        profile_dir,
        lang,
        translations=Translations(),
        demo=demo,
        fixed_lang=bool(getattr(args, "lang", None)),
    )
    window = session.start()
    if os.environ.get(STARTUP_PROBE_ENV):
        _probe(window, app)
    try:
        return int(app.exec())
    finally:
        session.shutdown()
