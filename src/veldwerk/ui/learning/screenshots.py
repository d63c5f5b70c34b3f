"""Render the Learning data window to PNG, offscreen, in Dutch and English, over the demo.

    python -m veldwerk.ui.learning.screenshots OUTDIR [--lang nl|en]

Images: learning-<n>-<page>-<lang>.png for the four pages (the demo's twelve families, an
export waiting because the shared folder is away), and learning-5-no-region-<lang>.png (the
page offered when the region is not set). The compiled translations must be built first
(scripts/build_translations.py). Today is fixed to 2026-11-24 unless VELDWERK_TODAY says
otherwise, so the images are reproducible.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PAGES = ("preview", "reflections", "consent", "sending")


def _spin(app: Any, seconds: float, until: Callable[[], bool] | None = None) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.01)
    return until() if until is not None else True


def _save(widget: Any, app: Any, path: Path) -> Path:
    _spin(app, 0.25)
    widget.grab().save(str(path))
    print(path)
    return path


def shoot(outdir: Path, langs: list[str]) -> list[Path]:
    from PySide6.QtWidgets import QApplication, QWidget

    from veldwerk.ui import style
    from veldwerk.ui.db_worker import DbWorker
    from veldwerk.ui.i18n import Translations
    from veldwerk.ui.learning.window import LearningWindow, open_learning_window

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    style.apply(app)
    outdir.mkdir(parents=True, exist_ok=True)
    translations = Translations()
    worker = DbWorker()
    opened: dict[str, Any] = {}

    def open_demo() -> Any:
        from veldwerk.samples import demo

        opened["demo"] = demo.open_demo()
        ws = opened["demo"].workspace
        away = Path(ws.paths.root) / "shared-folder-that-is-away"
        ws.config.set("shared_folder", str(away))
        ws.learning.export()
        ws.learning.sync()
        opened["ws"] = ws
        return ws

    worker.open(open_demo)
    if not _spin(app, 120, lambda: "ws" in opened and worker.idle):
        raise RuntimeError("the demo did not open")
    host = QWidget()
    saved: list[Path] = []

    def ready(window: LearningWindow) -> Callable[[], bool]:
        return lambda: window.snapshot is not None and not window.busy and worker.idle

    for lang in langs:
        worker.set_lang(lang)
        translations.install(lang)
        window = open_learning_window(host, worker, lang)
        _spin(app, 30, ready(window))
        for index, name in enumerate(PAGES):
            window.tabs.setCurrentIndex(index)
            saved.append(_save(window, app, outdir / f"learning-{index + 1}-{name}-{lang}.png"))
        region = opened["ws"].config.get("region")
        worker.call(lambda ws: ws.config.set("region", None))
        window.reload()
        _spin(app, 30, ready(window))
        window.tabs.setCurrentIndex(0)
        saved.append(_save(window, app, outdir / f"learning-5-no-region-{lang}.png"))

        def restore(ws: Any, value: str | None = region) -> None:
            ws.config.set("region", value)

        worker.call(restore)
        window.close()
        _spin(app, 5, lambda: worker.idle)
    worker.shutdown()
    opened["demo"].cleanup()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m veldwerk.ui.learning.screenshots",
        description="Render the Learning data window to PNG.",
    )
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", choices=["nl", "en"], action="append")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VELDWERK_TODAY", "2026-11-24")
    shoot(args.outdir, args.lang or ["nl", "en"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
