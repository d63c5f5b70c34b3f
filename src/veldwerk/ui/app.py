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
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


DESKTOP_ID = "nl.veldwerk.Veldwerk"
"""The desktop entry's and AppStream's id (packaging/linux): the desktop shows its icon."""


def _probing() -> bool:
    return any(n.startswith("VELDWERK_PROBE") or n == "VELDWERK_STARTUP_PROBE" for n in os.environ)


def application() -> QApplication:
    """The process's Qt application (made once), named veldwerk and in veldwerk's style."""
    from PySide6.QtWidgets import QApplication

    from veldwerk import assets
    from veldwerk.ui import style

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("veldwerk")
    app.setDesktopFileName(DESKTOP_ID)
    icon = assets.resource("icons", "veldwerk.svg")
    if isinstance(icon, Path) and icon.is_file():  # drawn only when a window needs it
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
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
    if _probing():
        from veldwerk.ui import probes  # the benchmarks' and the smoke test's (see there)

        probes.install(session, window, app)
    try:
        return int(app.exec())
    finally:
        session.shutdown()
