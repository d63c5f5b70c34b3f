"""Render the Learning data window to PNG, offscreen, in Dutch and English, over the demo.

    python -m veldwerk.ui.screenshots.learning OUTDIR [--lang nl|en]

Images: learning-<n>-<page>-<lang>.png for the four pages (the demo's twelve families, an
export waiting because the shared folder is away, the demo given a throwaway coordinator key),
learning-5-no-region-<lang>.png (the page offered when the region is not set) and
learning-6-no-key-<lang>.png (Sending without the coordinator's key: Make new export
refused). The compiled translations must be built first (scripts/build_translations.py).
Today is fixed to 2026-11-24 unless VELDWERK_TODAY says otherwise, so the images are
reproducible.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from veldwerk.ui.screenshots import shots

PAGES = ("preview", "reflections", "consent", "sending")


def _ready(window: Any, worker: Any) -> Callable[[], bool]:
    return lambda: window.snapshot is not None and not window.busy and worker.idle


def screens(app: Any, worker: Any, host: Any, lang: str) -> Iterator[tuple[str, Any]]:
    """The Learning data window over `worker`'s profile, opened beside `host`, one page at a
    time: ("<n>-<page>", window). The window stays open afterwards (the caller closes it)."""
    from veldwerk.ui.learning.window import open_learning_window

    window = open_learning_window(host, worker, lang)
    shots.spin(app, 30, _ready(window, worker))
    for index, name in enumerate(PAGES):
        window.tabs.setCurrentIndex(index)
        yield f"{index + 1}-{name}", window


def shoot(outdir: Path, langs: list[str]) -> list[Path]:
    from PySide6.QtWidgets import QWidget

    from veldwerk.ui.db_worker import DbWorker
    from veldwerk.ui.i18n import Translations
    from veldwerk.ui.learning.window import open_learning_window

    app = shots.styled_app()
    outdir.mkdir(parents=True, exist_ok=True)
    translations = Translations()
    worker = DbWorker()
    opened: dict[str, Any] = {}

    def open_demo() -> Any:
        from veldwerk.samples import demo
        from veldwerk.samples.bundles import sample_coordinator_keys

        opened["demo"] = demo.open_demo()
        ws = opened["demo"].workspace
        away = Path(ws.paths.root) / "shared-folder-that-is-away"
        ws.config.set("shared_folder", str(away))
        _private, public = sample_coordinator_keys(Path(ws.paths.root) / "coordinator-key")
        ws.config.set("coordinator_key", str(public))
        opened["key"] = str(public)
        ws.learning.export()
        ws.learning.sync()
        opened["ws"] = ws
        return ws

    worker.open(open_demo)
    if not shots.spin(app, 120, lambda: "ws" in opened and worker.idle):
        raise RuntimeError("the demo did not open")
    host = QWidget()
    saved: list[Path] = []
    for lang in langs:
        worker.set_lang(lang)
        translations.install(lang)
        for name, page in screens(app, worker, host, lang):
            saved.append(shots.save(page, app, outdir / f"learning-{name}-{lang}.png"))
        region = opened["ws"].config.get("region")
        worker.call(lambda ws: ws.config.set("region", None))
        window = open_learning_window(host, worker, lang)
        window.reload()
        shots.spin(app, 30, _ready(window, worker))
        window.tabs.setCurrentIndex(0)
        saved.append(shots.save(window, app, outdir / f"learning-5-no-region-{lang}.png"))

        def restore(ws: Any, value: str | None = region) -> None:
            ws.config.set("region", value)

        worker.call(restore)
        worker.call(lambda ws: ws.config.set("coordinator_key", None))
        window.reload()
        shots.spin(app, 30, _ready(window, worker))
        window.tabs.setCurrentIndex(PAGES.index("sending"))
        window.sending.export_button.click()
        shots.spin(
            app,
            30,
            lambda w=window: not w.sending.result.isHidden() and _ready(w, worker)(),  # type: ignore[misc]
        )
        saved.append(shots.save(window, app, outdir / f"learning-6-no-key-{lang}.png"))

        def give_key(ws: Any, key: str = opened["key"]) -> None:
            ws.config.set("coordinator_key", key)

        worker.call(give_key)
        window.close()
        shots.spin(app, 5, lambda: worker.idle)
    worker.shutdown()
    opened["demo"].cleanup()
    return saved


def main(argv: list[str] | None = None) -> int:
    args = shots.parser(
        "python -m veldwerk.ui.screenshots.learning", "Render the Learning data window to PNG."
    ).parse_args(argv)
    shots.prepare_environment()
    shoot(args.outdir, args.lang or ["nl", "en"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
