"""Compiles translations/*.ts into src/veldwerk/i18n/*.qm with PySide6's lrelease.

Run by scripts/setup.sh after every install, so the .qm files are never committed binaries that
can drift from their sources.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def lrelease() -> str:
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "lrelease"):
        cand = here / name
        if cand.exists():
            return str(cand)
        found = shutil.which(name)
        if found:
            return found
    raise SystemExit("pyside6-lrelease not found; is PySide6 installed in this environment?")


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    out = root / "src" / "veldwerk" / "i18n"
    out.mkdir(parents=True, exist_ok=True)
    for ts in sorted((root / "translations").glob("*.ts")):
        qm = out / (ts.stem + ".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
