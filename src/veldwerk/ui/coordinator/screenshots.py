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
import dataclasses
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

REGIONS = ("Noord-Veluwe", "Flevoland", "Zuid-Holland Zuid", "Twente")


def demo_folder(folder: Path, installations: int = 24, seed: int = 11) -> Path:
    """A shared folder with synthetic bundles (families with consent only) and three files that
    cannot be used: another file, a cut-off bundle and a changed one."""
    from veldwerk.learning.bundle import build_bundle, bundle_file_name
    from veldwerk.learning.keys import generate_signing_key
    from veldwerk.learning.record import build_record
    from veldwerk.samples.synthetic import synthetic_families

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    today = date(2026, 11, 24)
    last = b""
    for i in range(installations):
        region = REGIONS[i % len(REGIONS)] if i < installations - 1 else "Waddeneilanden"
        n = 3 if i == installations - 1 else rng.randint(8, 16)
        families = [
            dataclasses.replace(f, learning_consent="granted")
            for f in synthetic_families(n, 7, seed * 100 + i)
        ]
        key = generate_signing_key()
        installation = f"{seed:08x}{i:024x}"
        for sequence in (1, 2):
            records = []
            for family_id, family in enumerate(families[: n if sequence == 2 else n // 2], 1):
                record = build_record(
                    family,
                    family_id=family_id,
                    secret=bytes([i + 1]) * 32,
                    region=region,
                    today=today,
                )
                if record is None:
                    continue
                journey = record["journey"]
                if len(journey) > 2 and rng.random() < 0.7:
                    journey[0]["type"], journey[1]["type"] = "signal", "intake"
                records.append(record)
            last = build_bundle(
                records,
                installation_id=installation,
                region=region,
                sequence=sequence,
                created=datetime(2026, 11, 1, tzinfo=UTC),
                signing_key=key,
            )
            (folder / bundle_file_name(installation, sequence)).write_bytes(last)
    (folder / "notulen teamoverleg.docx").write_bytes(b"PK\x03\x04 not a bundle")
    (folder / "kopie-afgebroken.vwlb").write_bytes(last[: len(last) // 3])
    changed = bytearray(last)
    changed[len(changed) // 2] ^= 0x01
    (folder / "aangepast.vwlb").write_bytes(bytes(changed))
    return folder


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
        shared = demo_folder(Path(tmp) / "gedeelde map")
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
