"""Render the edit dialogs of the family tabs to PNG, offscreen, in Dutch and English, over the
demo (the tabs themselves are in `python -m veldwerk.ui.screenshots.main_window`, inside the main
window).

    python -m veldwerk.ui.screenshots.tab_dialogs OUTDIR [--lang nl|en]

Images: tabs-dialog-<dialog>-<lang>.png for a household member, a network member (a JIM when
the family has one), a step of the journey (one with barriers, what helped and people involved),
a goal with its actions and a reflection, each opened on a record of the demo family that the
main-window shots show. The compiled translations must be built first
(scripts/build_translations.py). Today is fixed to 2026-11-24 unless VELDWERK_TODAY says
otherwise, so the images are reproducible.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from veldwerk.ui.screenshots import shots


def _records(family: Any) -> list[tuple[int, str, int | None]]:
    """(tab index, dialog name, key of the record to open) for each tab."""
    jim = next((p for p in family.network if p.kind == "jim"), None)
    person = jim or next((p for p in family.network if p.kind == "professional"), None)
    step = max(
        family.journey,
        default=None,
        key=lambda e: (bool(e.barriers) + bool(e.enablers) + bool(e.involved), e.date),
    )
    goal = max(family.goals, default=None, key=lambda g: len(g.actions))
    return [
        (0, "memberdialog", family.members[0].key if family.members else None),
        (1, "networkdialog", person.key if person else None),
        (2, "eventdialog", step.key if step else None),
        (3, "goaldialog", goal.key if goal else None),
        (4, "reflectiondialog", family.reflections[0].key if family.reflections else None),
    ]


def screens(app: Any, main: Any) -> Iterator[tuple[str, Any]]:
    """The edit dialog of each tab, opened on a record of the family shown, in the current
    language: (name, dialog); each is closed when the next is asked for."""
    family = main.current_family
    assert family is not None
    for index, name, key in _records(family):
        tab = main.detail.tabs[index]
        dialog = tab.open_editor(key)
        if dialog is None:
            continue
        yield name, dialog
        dialog.discard()
        shots.spin(app, 0.05, lambda d=dialog: not d.isVisible())  # type: ignore[misc]


def shoot(outdir: Path, langs: list[str]) -> int:
    def draw(app: Any, _session: Any, main: Any, lang: str) -> None:
        for name, dialog in screens(app, main):
            shots.save(dialog, app, outdir / f"tabs-dialog-{name}-{lang}.png")

    return shots.with_demo(outdir, langs, draw)


def main(argv: list[str] | None = None) -> int:
    args = shots.parser(
        "python -m veldwerk.ui.screenshots.tab_dialogs", "Render the family tabs' dialogs to PNG."
    ).parse_args(argv)
    shots.prepare_environment()
    return shoot(args.outdir, args.lang or ["nl", "en"])


if __name__ == "__main__":
    sys.exit(main())
