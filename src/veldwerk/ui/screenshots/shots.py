"""What every screenshot module shares: the offscreen application with the app's style, waiting
for the event loop, saving a widget as PNG, and the command line (OUTDIR and --lang).

Today is fixed to 2026-11-24 unless VELDWERK_TODAY says otherwise, so the images are
reproducible; the compiled translations must be built first (scripts/build_translations.py).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

LANGS = ["nl", "en"]


def spin(app: QApplication, seconds: float, until: Callable[[], bool] | None = None) -> bool:
    """Run the event loop for up to `seconds`, or until `until()` holds; whether it did."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.01)
    return until() if until is not None else True


def save(widget: QWidget, app: QApplication, path: Path, settle: float = 0.25) -> Path:
    """Let `widget` settle, grab it into `path` (PNG) and print the path."""
    spin(app, settle)
    widget.grab().save(str(path))
    print(path)
    return path


def styled_app() -> QApplication:
    """The one QApplication, as the app makes it (with the app's style applied); with
    VELDWERK_CONTRAST=high, in `high_contrast_palette` as a high-contrast desktop gives it."""
    from veldwerk.ui import style
    from veldwerk.ui.app import application

    app = application()
    if os.environ.get(style.CONTRAST_ENV) == "high":
        style.apply(app, high_contrast_palette())
    return app


def high_contrast_palette() -> QPalette:
    """A desktop's high-contrast palette, as Windows' "High Contrast Black" has it: white text
    on black, yellow and cyan for the highlight and links (offscreen there is no desktop)."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#000000"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Base, "#000000"),
        (QPalette.ColorRole.AlternateBase, "#000000"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.Button, "#000000"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#1aebff"),
        (QPalette.ColorRole.HighlightedText, "#000000"),
        (QPalette.ColorRole.ToolTipBase, "#000000"),
        (QPalette.ColorRole.ToolTipText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#ffff00"),
        (QPalette.ColorRole.Link, "#ffff00"),
        (QPalette.ColorRole.Mid, "#3ff23f"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def prepare_environment() -> None:
    """Offscreen and a fixed today, unless the caller set them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VELDWERK_TODAY", "2026-11-24")


def parser(prog: str, description: str) -> argparse.ArgumentParser:
    """OUTDIR and --lang (repeatable; default both languages)."""
    p = argparse.ArgumentParser(prog=prog, description=description)
    p.add_argument("outdir", type=Path)
    p.add_argument("--lang", choices=LANGS, action="append")
    return p


DEMO_FAMILY_ROW = 1
"""Which demo family the shots show (the list's second: a full network)."""


def open_demo(lang: str) -> tuple[Any, Any] | None:
    """The demo's session and main window with its second family shown; None (said on stderr)
    when it does not open."""
    from veldwerk.ui.i18n import Translations
    from veldwerk.ui.main_window import MainWindow
    from veldwerk.ui.session import Session

    app = styled_app()
    session = Session(Path(), lang, translations=Translations(), demo=True)
    main = session.start()
    assert isinstance(main, MainWindow)  # the demo opens unlocked, straight into the main window
    if not spin(
        app,
        120,
        lambda: session.is_unlocked and session.worker.idle and main.list_panel.model.total > 0,
    ):
        print("the demo did not open", file=sys.stderr)
        return None
    model = main.list_panel.model
    main.list_panel.view.setCurrentIndex(model.index(DEMO_FAMILY_ROW, 0))
    spin(app, 10, lambda: main.current_family is not None and session.worker.idle)
    return session, main


def with_demo(
    outdir: Path, langs: list[str], draw: Callable[[QApplication, Any, Any, str], None]
) -> int:
    """Open the demo (in the first language) and, for each language in turn, switch to it and
    let `draw(app, session, main window, lang)` save its shots into `outdir`; then shut the
    demo down. 0, or 1 when the demo does not open."""
    app = styled_app()
    outdir.mkdir(parents=True, exist_ok=True)
    opened = open_demo(langs[0])
    if opened is None:
        return 1
    session, main = opened
    for lang in langs:
        session.set_language(lang)
        spin(app, 0.3)
        draw(app, session, main, lang)
    session.shutdown()
    return 0
