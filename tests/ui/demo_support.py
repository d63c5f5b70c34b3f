"""Fixtures for tests on the demo as a case director first sees it (no tests here): the app's
own look, and the demo opened in a main window of 1280 x 800 on its second family."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from support.shell import WAIT_MS, DialogRecorder

WIDTH, HEIGHT = 1280, 800
DEMO_FAMILY_ROW = 1
"""The demo family the screenshots show (a full network)."""


@pytest.fixture
def styled() -> Iterator[None]:
    """The app's own look (Fusion, its font and style sheet), as `veldwerk` starts with; the
    look before is put back afterwards."""
    from veldwerk.ui import style

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (app.style().name(), app.palette(), app.font(), app.styleSheet())
    style.apply(app)
    yield
    app.setStyleSheet(before[3])
    app.setStyle(before[0])
    app.setPalette(before[1])
    app.setFont(before[2])


@pytest.fixture
def demo(qtbot: Any, monkeypatch: pytest.MonkeyPatch, styled: None) -> Iterator[tuple[Any, Any]]:
    """(session, main window): the demo at 1280 x 800 showing its second family."""
    from veldwerk.ui.i18n import Translations
    from veldwerk.ui.session import Session

    DialogRecorder(monkeypatch)
    session = Session(Path(), "nl", translations=Translations(), demo=True)
    main = session.start()
    qtbot.addWidget(main)
    qtbot.waitUntil(
        lambda: session.is_unlocked and session.worker.idle and main.list_panel.model.total > 0,
        timeout=60_000,
    )
    main.resize(WIDTH, HEIGHT)
    show_family(qtbot, session, main, DEMO_FAMILY_ROW)
    yield session, main
    session.shutdown()


def show_family(qtbot: Any, session: Any, main: Any, row: int) -> Any:
    """Choose the family on `row` of the list and wait until it is shown."""
    model = main.list_panel.model
    ref = model.shown()[row].ref
    main.list_panel.view.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(
        lambda: (
            main.current_family is not None
            and main.current_family.ref == ref
            and session.worker.idle
        ),
        timeout=WAIT_MS,
    )
    return main.current_family


def set_language(session: Any, main: Any, lang: str) -> None:
    session.set_language(lang)
    QApplication.processEvents()
    main.resize(WIDTH, HEIGHT)
    QApplication.processEvents()
