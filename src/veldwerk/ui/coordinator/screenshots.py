"""Render the coordinator window to PNG, offscreen, in Dutch and English, over a synthetic
shared folder (24 installations in four regions, two bundles each, and a few bad files).

    python -m veldwerk.ui.coordinator.screenshots OUTDIR [--lang nl|en]

Images: coordinator-0-empty-<lang>.png (nothing collected yet),
coordinator-1-dashboard-<lang>.png, coordinator-2-region-<lang>.png (one region and a
period), coordinator-3-files-<lang>.png (the files that could not be used),
coordinator-4-figures-<lang>.png (the key figures per region, below the charts). The compiled
translations must be built first (scripts/build_translations.py). Today is fixed to 2026-11-24
unless VELDWERK_TODAY says otherwise, so the images are reproducible.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from veldwerk.samples.bundles import REGIONS, sample_shared_folder


def _spin(app: Any, seconds: float, until: Callable[[], bool] | None = None) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.01)
    return until() if until is not None else True


def _save(widget: Any, app: Any, path: Path) -> Path:
    _spin(app, 0.3)
    widget.grab().save(str(path))
    print(path)
    return path


def shoot(outdir: Path, langs: list[str]) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from veldwerk.ui import style
    from veldwerk.ui.coordinator.window import CoordinatorWindow
    from veldwerk.ui.i18n import Translations

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    style.apply(app)
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        shared = sample_shared_folder(Path(tmp) / "gedeelde map")
        translations = Translations()
        for lang in langs:
            translations.install(lang)
            window = CoordinatorWindow(
                db_url=f"sqlite:///{Path(tmp) / (lang + '.sqlite3')}", shared_dir=shared, lang=lang
            )
            window.resize(1280, 1060)
            window.show()
            _spin(app, 30, lambda w=window: not w.busy)  # type: ignore[misc]
            written.append(_save(window, app, outdir / f"coordinator-0-empty-{lang}.png"))
            window.start_collect()
            _spin(app, 120, lambda w=window: not w.busy)  # type: ignore[misc]
            written.append(_save(window, app, outdir / f"coordinator-1-dashboard-{lang}.png"))
            scroll = window.tabs.widget(0)
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            written.append(_save(window, app, outdir / f"coordinator-4-figures-{lang}.png"))
            scroll.verticalScrollBar().setValue(0)
            window.region_combo.setCurrentIndex(window.region_combo.findData(REGIONS[0]))
            window.from_combo.setCurrentIndex(window.from_combo.findData("2023-Q1"))
            window.phase_combo.setCurrentIndex(window.phase_combo.findData("first_year"))
            written.append(_save(window, app, outdir / f"coordinator-2-region-{lang}.png"))
            window.tabs.setCurrentIndex(1)
            written.append(_save(window, app, outdir / f"coordinator-3-files-{lang}.png"))
            window.close()
            window.deleteLater()
            _spin(app, 0.2)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the coordinator window.")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", choices=["nl", "en"], action="append")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("VELDWERK_TODAY", "2026-11-24")
    shoot(args.outdir, args.lang or ["en", "nl"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
