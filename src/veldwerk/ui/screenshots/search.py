"""Render search in everything to PNG, offscreen, in Dutch and English, over the demo.

    python -m veldwerk.ui.screenshots.search OUTDIR [--lang nl|en]

Images: search-1-wachtlijst-<lang>.png (the results as you type "wachtlijst": journey steps,
plan actions and notes of several families, each with its snippet) and
search-2-contact-<lang>.png (a contact person's name, "Kuipers": the fixed contact person of
several families, and where the plan names him). The compiled translations must be built
first (scripts/build_translations.py). Today is fixed to 2026-11-24 unless VELDWERK_TODAY says
otherwise.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from veldwerk.ui.screenshots import shots

SEARCHES = (("1-wachtlijst", "wachtlijst"), ("2-contact", "Kuipers"))


def screens(app: Any, main: Any) -> Iterator[tuple[str, Any]]:
    """(name, main window) with the results of each search shown, as if typed into the field;
    the field is emptied afterwards."""
    box = main.search_box
    field = main.list_panel.search
    for name, typed in SEARCHES:
        field.setFocus()
        field.setText(typed)
        shots.spin(app, 10, lambda t=typed: box._shown == t and main.worker.idle)  # type: ignore[misc]
        yield name, main
    field.clear()


def shoot(outdir: Path, langs: list[str]) -> int:
    def draw(app: Any, _session: Any, main: Any, lang: str) -> None:
        for name, window in screens(app, main):
            shots.save(window, app, outdir / f"search-{name}-{lang}.png")

    return shots.with_demo(outdir, langs, draw)


def main(argv: list[str] | None = None) -> int:
    args = shots.parser(
        "python -m veldwerk.ui.screenshots.search", "Render search in everything to PNG."
    ).parse_args(argv)
    shots.prepare_environment()
    return shoot(args.outdir, args.lang or ["nl", "en"])


if __name__ == "__main__":
    sys.exit(main())
