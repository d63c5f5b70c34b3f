"""Render veldwerk's icon (src/veldwerk/resources/icons/veldwerk.svg) for the packages:

    .venv/bin/python packaging/make_icons.py [OUTDIR]        (default: build/icons)

OUTDIR/hicolor/<N>x<N>/apps/nl.veldwerk.Veldwerk.png for the freedesktop sizes and
hicolor/scalable/apps/nl.veldwerk.Veldwerk.svg (Linux), veldwerk.ico (Windows, every size in
one file) and veldwerk.icns (macOS). Qt draws the SVG (offscreen, no screen needed); Pillow,
which reportlab brings into the build environment, writes the .ico and .icns.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "src" / "veldwerk" / "resources" / "icons" / "veldwerk.svg"
ICON_NAME = "nl.veldwerk.Veldwerk"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int, target: Path) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"cannot write {target}")
    return target


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    hicolor = out / "hicolor"
    for size in HICOLOR_SIZES:
        render(size, hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png")
    scalable = hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    big = render(1024, out / "veldwerk-1024.png")
    with Image.open(big) as image:
        image.save(out / "veldwerk.ico", sizes=[(s, s) for s in ICO_SIZES])
        image.save(out / "veldwerk.icns", sizes=[(s, s) for s in ICNS_SIZES])
    print(f"icons in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
