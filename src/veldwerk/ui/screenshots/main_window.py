"""Render every main screen of the demo to PNG, offscreen, in Dutch and in English.

    python -m veldwerk.ui.screenshots.main_window OUTDIR [--lang nl|en] [--no-scaled]

Screens: the first run (passphrase and recovery key), the unlock window (also after a wrong
passphrase), the main window with a family on each tab, the change-contact dialog, a new family,
the settings, the print preview and the family's details; plus the main window at 200% scaling
on a 1280 x 800 screen, each tab (a separate process with QT_SCALE_FACTOR=2; the Network tab is
<lang>-main-200pct.png). With VELDWERK_CONTRAST=high the screens follow a high-contrast palette.
The families are the demo's synthetic ones; today is fixed to 2026-11-24 unless VELDWERK_TODAY
says otherwise, so the images are reproducible.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from veldwerk.ui.screenshots import shots

TAB_NAMES = ("family", "network", "journey", "plan", "reflections")
SAMPLE_RECOVERY_KEY = "K7QM2P-9XW4TD-F3HN8R-VB6ZJC-LA5YEG-2M9QXT-W7DKP4-RH3NFB-8C6ZJV"
"""Shown on the recovery-key screenshot: made up, belongs to no profile."""


def screens(app: Any, session: Any, main: Any) -> Iterator[tuple[str, Any]]:
    """Every main screen in the current language, one at a time: (name, widget shown). The
    widget is closed when the next one is asked for (the accessibility audit walks the same
    screens)."""
    from veldwerk.ui.first_run import FirstRunWindow
    from veldwerk.ui.unlock import UnlockWindow

    first = FirstRunWindow(session.lang)
    first.fields.first.setText("paard fiets regen")
    first.fields.repeat.setText("paard fiets regen")
    first.show()
    yield "01-first-run", first
    first.show_recovery_key(SAMPLE_RECOVERY_KEY)
    yield "02-recovery-key", first
    first.close()
    unlock = UnlockWindow(session.lang)
    unlock.show()
    yield "03-unlock", unlock
    unlock.secret.setText("verkeerd wachtwoord")
    unlock.wrong_secret()
    yield "04-unlock-wrong-passphrase", unlock
    unlock.close()
    for index in range(main.detail.tab_widget.count()):
        main.detail.set_current_tab(index)
        name = TAB_NAMES[index] if index < len(TAB_NAMES) else str(index)
        yield f"1{index}-main-{name}", main
    main.detail.set_current_tab(0)
    openers: tuple[tuple[int, str, Callable[[], Any]], ...] = (
        (20, "change-contact", main.change_contact),
        (21, "new-family", main.new_family),
        (22, "settings", session.open_settings),
        (23, "print-preview", main.print_overview),
        (24, "family-details", main.edit_details),
    )
    for number, name, opener in openers:
        dialog = opener()
        if dialog is None:
            continue
        if hasattr(dialog, "ready"):  # the print preview draws its PDF on the worker
            shots.spin(app, 20, lambda d=dialog: bool(d.ready))  # type: ignore[misc]
        yield f"{number}-{name}", dialog
        dialog.reject()
        shots.spin(app, 0.1, lambda d=dialog: not d.isVisible())  # type: ignore[misc]


def shoot(outdir: Path, langs: list[str], *, only_main: bool = False, suffix: str = "") -> int:
    def draw(app: Any, session: Any, main: Any, lang: str) -> None:
        if only_main:  # at 200%: the main window on a 1280 x 800 screen, each tab
            main.resize(1280, 800)
            for index in range(main.detail.tab_widget.count()):
                main.detail.set_current_tab(index)
                name = "" if index == 1 else f"-{TAB_NAMES[index]}"
                shots.save(main, app, outdir / f"{lang}-main{suffix}{name}.png")
            return
        for name, widget in screens(app, session, main):
            shots.save(widget, app, outdir / f"{lang}-{name}.png")

    return shots.with_demo(outdir, langs, draw)


def main(argv: list[str] | None = None) -> int:
    parser = shots.parser(
        "python -m veldwerk.ui.screenshots.main_window", "Render the main screens."
    )
    parser.add_argument("--no-scaled", action="store_true", help="skip the 200%% scaling shot")
    parser.add_argument("--main-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--suffix", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    shots.prepare_environment()
    langs = args.lang or ["nl", "en"]
    code = shoot(args.outdir, langs, only_main=args.main_only, suffix=args.suffix)
    if code == 0 and not args.no_scaled and not args.main_only:
        env = dict(os.environ, QT_SCALE_FACTOR="2")
        for lang in langs:
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "veldwerk.ui.screenshots.main_window",
                    str(args.outdir),
                    "--lang",
                    lang,
                    "--main-only",
                    "--suffix=-200pct",
                ],
                env=env,
                check=False,
            )
            code = code or done.returncode
    return code


if __name__ == "__main__":
    sys.exit(main())
