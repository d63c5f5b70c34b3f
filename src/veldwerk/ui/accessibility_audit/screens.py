"""The screens the audit walks: the same ones the screenshots show (`veldwerk.ui.screenshots`),
built by the same code, over the demo, in each language asked for.

`screens(langs)` opens the demo once and gives (language, screen name, widget shown) one at a
time; a screen is closed when the next one is asked for.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from veldwerk.ui.screenshots import (
    access,
    agenda,
    casework,
    coordinator,
    learning,
    main_window,
    search,
    shots,
    tab_dialogs,
    team,
)

PARTS = (
    "main",
    "tabs",
    "agenda",
    "learning",
    "coordinator",
    "search",
    "access",
    "casework",
    "team",
)
"""The parts of the program, each walked in every language (team last: it shares the family
shown and changes it)."""


def screens(langs: list[str], parts: tuple[str, ...] = PARTS) -> Iterator[tuple[str, str, Any]]:
    """(language, screen name, widget) for every screen of `parts`, in each of `langs`."""
    app = shots.styled_app()
    opened = shots.open_demo(langs[0])
    if opened is None:
        raise RuntimeError("the demo did not open")
    session, main = opened
    try:
        with tempfile.TemporaryDirectory(prefix="veldwerk-audit-") as tmp:
            database = (
                coordinator.sample_database(Path(tmp), "audit") if "coordinator" in parts else None
            )
            for lang in langs:
                session.set_language(lang)
                shots.spin(app, 0.05)
                yield from _part_screens(app, session, main, lang, parts, database)
            for lang in langs if "team" in parts else []:  # after every other part, in
                session.set_language(lang)  # every language: it shares the family shown
                shots.spin(app, 0.05)
                for name, widget in team.screens(app, session, main, lang == langs[0]):
                    yield lang, f"team-{name}", widget
    finally:
        session.shutdown()


def _part_screens(
    app: Any,
    session: Any,
    main: Any,
    lang: str,
    parts: tuple[str, ...],
    database: tuple[str, Path, Path] | None,
) -> Iterator[tuple[str, str, Any]]:
    if "main" in parts:
        for name, widget in main_window.screens(app, session, main):
            yield lang, name, widget
    if "tabs" in parts:
        for name, widget in tab_dialogs.screens(app, main):
            yield lang, f"dialog-{name}", widget
    if "learning" in parts:
        window = None
        for name, window in learning.screens(app, session.worker, main, lang):
            yield lang, f"learning-{name}", window
        if window is not None:
            window.close()
    if "access" in parts:
        for name, widget in access.screens(app, session, main):
            yield lang, f"access-{name}", widget
    if database is not None:
        for name, widget in coordinator.screens(app, *database, lang):
            yield lang, f"coordinator-{name}", widget
    if "agenda" in parts:
        for name, widget in agenda.screens(app, session, main):
            yield lang, f"agenda-{name}", widget
    if "search" in parts:
        for name, widget in search.screens(app, main):
            yield lang, f"search-{name}", widget
    if "casework" in parts:  # last: it saves a handover, a closing and a reopening in the demo
        for name, widget in casework.screens(app, session, main, lang):
            yield lang, f"casework-{name}", widget
