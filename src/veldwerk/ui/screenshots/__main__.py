"""`python -m veldwerk.ui.screenshots OUTDIR [--lang nl|en]`: every screenshot module in turn,
each in a process of its own (each starts its own demo and application)."""

from __future__ import annotations

import subprocess
import sys

from veldwerk.ui.screenshots import shots

MODULES = (
    "main_window",
    "tab_dialogs",
    "learning",
    "coordinator",
    "agenda",
    "search",
    "access",
    "casework",
    "drafts",
    "team",
)


def main(argv: list[str] | None = None) -> int:
    args = shots.parser("python -m veldwerk.ui.screenshots", "Render every screen to PNG.")
    parsed = args.parse_args(argv)
    langs = [arg for lang in parsed.lang or [] for arg in ("--lang", lang)]
    code = 0
    for module in MODULES:
        done = subprocess.run(
            [sys.executable, "-m", f"veldwerk.ui.screenshots.{module}", str(parsed.outdir), *langs],
            check=False,
        )
        code = code or done.returncode
    return code


if __name__ == "__main__":
    sys.exit(main())
