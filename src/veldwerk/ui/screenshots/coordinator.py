"""Render the coordinator window to PNG, offscreen, in Dutch and English, over a synthetic
shared folder (24 enrolled installations in four regions, two bundles each encrypted to a throwaway
coordinator key, one installation waiting to be enrolled, and a few bad files).

    python -m veldwerk.ui.screenshots.coordinator OUTDIR [--lang nl|en]

Images: coordinator-0-empty-<lang>.png (nothing collected yet),
coordinator-1-dashboard-<lang>.png, coordinator-2-region-<lang>.png (one region and a
period), coordinator-3-files-<lang>.png (the files that could not be used),
coordinator-4-figures-<lang>.png (the key figures per region, below the charts),
coordinator-5-installations-<lang>.png (waiting and enrolled installations, with their key
fingerprints), coordinator-6-enrol-<lang>.png (the dialog that enrols the waiting one). The compiled
translations must be built first (scripts/build_translations.py). Today is fixed to 2026-11-24
unless VELDWERK_TODAY says otherwise, so the images are reproducible.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from veldwerk.samples.bundles import (
    REGIONS,
    enrol_sample_installations,
    sample_coordinator_keys,
    sample_shared_folder,
)
from veldwerk.ui.screenshots import shots

SCREENSHOT_PASSPHRASE = "only for the screenshots' database 24"


def shoot(outdir: Path, langs: list[str]) -> list[Path]:
    from PySide6.QtWidgets import QScrollArea

    from veldwerk.ui.coordinator.window import CoordinatorWindow
    from veldwerk.ui.i18n import Translations

    app = shots.styled_app()
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        private, public = sample_coordinator_keys(Path(tmp) / "sleutels")
        shared = sample_shared_folder(Path(tmp) / "gedeelde map", public)
        translations = Translations()
        for lang in langs:
            translations.install(lang)
            db_url = f"sqlite:///{Path(tmp) / (lang + '.sqlite3')}"
            os.environ.setdefault("VELDWERK_COORDINATOR_PASSPHRASE", SCREENSHOT_PASSPHRASE)
            enrol_sample_installations(db_url, shared, private_key=private)
            window = CoordinatorWindow(
                db_url=db_url,
                shared_dir=shared,
                key=private,
                lang=lang,
                db_passphrase=SCREENSHOT_PASSPHRASE,
            )
            window.resize(1280, 1060)
            window.show()
            shots.spin(app, 30, lambda w=window: not w.busy)  # type: ignore[misc]
            written.append(shots.save(window, app, outdir / f"coordinator-0-empty-{lang}.png"))
            window.start_collect()
            shots.spin(app, 120, lambda w=window: not w.busy)  # type: ignore[misc]
            written.append(shots.save(window, app, outdir / f"coordinator-1-dashboard-{lang}.png"))
            scroll = window.tabs.widget(0)
            assert isinstance(scroll, QScrollArea)
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            written.append(shots.save(window, app, outdir / f"coordinator-4-figures-{lang}.png"))
            scroll.verticalScrollBar().setValue(0)
            window.region_combo.setCurrentIndex(window.region_combo.findData(REGIONS[0]))
            window.from_combo.setCurrentIndex(window.from_combo.findData("2023-Q1"))
            window.phase_combo.setCurrentIndex(window.phase_combo.findData("first_year"))
            written.append(shots.save(window, app, outdir / f"coordinator-2-region-{lang}.png"))
            window.tabs.setCurrentIndex(1)
            written.append(shots.save(window, app, outdir / f"coordinator-3-files-{lang}.png"))
            written += _installations(window, app, outdir, lang)
            window.close()
            window.deleteLater()
            shots.spin(app, 0.2)
    return written


def _installations(window: Any, app: Any, outdir: Path, lang: str) -> list[Path]:
    """The Installations tab with the waiting installation chosen, and its enrol dialog."""
    window.tabs.setCurrentIndex(2)
    page = window.installations_page
    page.waiting_view.selectRow(0)
    shot = shots.save(window, app, outdir / f"coordinator-5-installations-{lang}.png")
    page.enrol_button.click()
    dialog = window.enrol_dialog
    dialog.adjustSize()
    enrol = shots.save(dialog, app, outdir / f"coordinator-6-enrol-{lang}.png")
    dialog.reject()
    return [shot, enrol]


def main(argv: list[str] | None = None) -> int:
    args = shots.parser(
        "python -m veldwerk.ui.screenshots.coordinator", "Render the coordinator window to PNG."
    ).parse_args(argv)
    shots.prepare_environment()
    shoot(args.outdir, args.lang or ["en", "nl"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
