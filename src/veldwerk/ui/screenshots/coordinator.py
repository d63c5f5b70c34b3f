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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from veldwerk.samples.bundles import (
    REGIONS,
    enrol_sample_installations,
    sample_coordinator_keys,
    sample_private_key_file,
    sample_shared_folder,
)
from veldwerk.ui.screenshots import shots

SCREENSHOT_PASSPHRASE = "only for the screenshots' database 24"
PASSPHRASE_ENV = "VELDWERK_COORDINATOR_PASSPHRASE"
"""Where the database's passphrase is given (the screenshots' own unless it is set already)."""


def screens(app: Any, db_url: str, shared: Path, key: Path, lang: str) -> Iterator[tuple[str, Any]]:
    """The coordinator window over `shared` (enrolled in `db_url`, opened with the private `key`),
    in the current language:
    ("<n>-<what>", widget shown), before and after collecting, and its enrol dialog; the window
    is closed at the end."""
    from PySide6.QtWidgets import QScrollArea

    from veldwerk.ui.coordinator.window import CoordinatorWindow

    passphrase = os.environ.get(PASSPHRASE_ENV, SCREENSHOT_PASSPHRASE)
    window = CoordinatorWindow(
        db_url=db_url, shared_dir=shared, key=key, lang=lang, db_passphrase=passphrase
    )
    window.resize(1280, 1060)
    window.show()
    shots.spin(app, 30, lambda w=window: not w.busy)  # type: ignore[misc]
    yield "0-empty", window
    window.start_collect()
    shots.spin(app, 120, lambda w=window: not w.busy)  # type: ignore[misc]
    yield "1-dashboard", window
    scroll = window.tabs.widget(0)
    assert isinstance(scroll, QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    yield "4-figures", window
    scroll.verticalScrollBar().setValue(0)
    window.region_combo.setCurrentIndex(window.region_combo.findData(REGIONS[0]))
    window.from_combo.setCurrentIndex(window.from_combo.findData("2023-Q1"))
    window.phase_combo.setCurrentIndex(window.phase_combo.findData("first_year"))
    yield "2-region", window
    window.tabs.setCurrentIndex(1)
    yield "3-files", window
    window.tabs.setCurrentIndex(2)
    page = window.installations_page
    page.waiting_view.selectRow(0)
    yield "5-installations", window
    page.enrol_button.click()
    dialog = window.enrol_dialog
    assert dialog is not None
    dialog.adjustSize()
    yield "6-enrol", dialog
    dialog.reject()
    window.close()
    window.deleteLater()
    shots.spin(app, 0.2)


def sample_database(folder: Path, name: str) -> tuple[str, Path, Path]:
    """A coordinator database in `folder` with the synthetic shared folder's installations
    enrolled: (its URL, the shared folder, the coordinator's private key file)."""
    shared = folder / "gedeelde map"
    keys = folder / "sleutels"
    if not shared.exists():
        _private, public = sample_coordinator_keys(keys)
        sample_shared_folder(shared, public)
    private = sample_private_key_file(keys)
    db_url = f"sqlite:///{folder / (name + '.sqlite3')}"
    os.environ.setdefault(PASSPHRASE_ENV, SCREENSHOT_PASSPHRASE)
    enrol_sample_installations(db_url, shared, private_key=private)
    return db_url, shared, private


def shoot(outdir: Path, langs: list[str]) -> list[Path]:
    from veldwerk.ui.i18n import Translations

    app = shots.styled_app()
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        translations = Translations()
        for lang in langs:
            translations.install(lang)
            for name, widget in screens(app, *sample_database(Path(tmp), lang), lang):
                written.append(shots.save(widget, app, outdir / f"coordinator-{name}-{lang}.png"))
    return written


def main(argv: list[str] | None = None) -> int:
    args = shots.parser(
        "python -m veldwerk.ui.screenshots.coordinator", "Render the coordinator window to PNG."
    ).parse_args(argv)
    shots.prepare_environment()
    shoot(args.outdir, args.lang or ["en", "nl"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
