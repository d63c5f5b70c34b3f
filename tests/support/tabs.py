"""Support for the family-tab tests: a real encrypted workspace in a temporary folder with the
spec's example families, and a synchronous FamilyEditor that runs each service call at once
(the main window runs them on its database worker instead)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from support.common import PASSPHRASE
from support.common import TODAY as _TODAY
from support.profiles import new_profile
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Family
from veldwerk.ui import dialogs
from veldwerk.ui.tabs import build_tabs
from veldwerk.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
TODAY = _TODAY.isoformat()


class SyncEditor:
    """A FamilyEditor that runs `op(ws)` directly and hands the fresh family to every tab."""

    def __init__(self, ws: Workspace, lang: str = "en") -> None:
        self.ws = ws
        self.lang = lang
        self.tabs: list[Any] = []
        self.saves = 0
        self.unhandled: list[DomainError] = []

    def save(
        self,
        op: Callable[[Workspace], Family],
        on_done: Callable[[Family], None] | None = None,
        on_error: Callable[[DomainError], None] | None = None,
    ) -> None:
        try:
            family = op(self.ws)
        except DomainError as error:
            if on_error is not None:
                on_error(error)
            else:
                self.unhandled.append(error)
            return
        self.saves += 1
        for tab in self.tabs:
            tab.set_family(family)
        if on_done is not None:
            on_done(family)

    def query(self, op: Callable[[Workspace], Any], on_done: Callable[[Any], None]) -> None:
        on_done(op(self.ws))


class Answers:
    """Stands in for the message-box seam (`veldwerk.ui.dialogs`): records what was asked or
    told and answers `yes`, so no modal box ever blocks a test."""

    def __init__(self) -> None:
        self.yes = True
        self.asked: list[str] = []
        self.told: list[str] = []

    def question(
        self, _parent: object, _title: str, text: str, _yes: str = "", _no: str = ""
    ) -> bool:
        self.asked.append(text)
        return self.yes

    def warning(self, _parent: object, _title: str, text: str, _details: str = "") -> None:
        self.told.append(text)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    fake = Answers()
    monkeypatch.setattr(dialogs, "question", fake.question)
    monkeypatch.setattr(dialogs, "warning", fake.warning)
    monkeypatch.setattr(dialogs, "information", fake.warning)
    return fake


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Workspace]:
    monkeypatch.setenv("VELDWERK_TODAY", TODAY)
    new_profile(tmp_path / "p", example=True)
    ws = Workspace.open(tmp_path / "p", PASSPHRASE)
    try:
        yield ws
    finally:
        ws.close()


class Tabs:
    """The five tabs on one page, the editor, and the family shown."""

    def __init__(self, editor: SyncEditor, widgets: list[QWidget], host: QWidget) -> None:
        self.editor = editor
        self.widgets = widgets
        self.host = host
        self.members, self.network, self.journey, self.plan, self.reflections = widgets

    def show(self, ref: str) -> Family:
        family = self.editor.ws.families.get(ref)
        for tab in self.widgets:
            tab.set_family(family)  # type: ignore[attr-defined]
        return family

    def family(self, ref: str) -> Family:
        return self.editor.ws.families.get(ref)


@pytest.fixture
def tabs(qtbot: Any, workspace: Workspace, answers: Answers) -> Iterator[Tabs]:
    from PySide6.QtWidgets import QTabWidget

    editor = SyncEditor(workspace)
    host = QTabWidget()
    widgets = build_tabs(editor)
    for w in widgets:
        host.addTab(w, w.tab_title())  # type: ignore[attr-defined]
    editor.tabs = widgets
    qtbot.addWidget(host)
    host.resize(1100, 700)
    host.show()
    yield Tabs(editor, widgets, host)
    for tab in widgets:  # a dialog left open by a test must not stay on the screen
        for dialog in list(getattr(tab, "dialogs", [])):
            dialog.discard()


def compile_dutch(out_dir: Path) -> Path:
    """translations/veldwerk_tabs_nl.ts compiled to a .qm in `out_dir`."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    qm = out_dir / "veldwerk_tabs_nl.qm"
    subprocess.run(
        [
            str(lrelease),
            "-silent",
            str(ROOT / "translations" / "veldwerk_tabs_nl.ts"),
            "-qm",
            str(qm),
        ],
        check=True,
    )
    return qm


def install_dutch(qm: Path) -> QTranslator:
    translator = QTranslator(QCoreApplication.instance())
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    QApplication.processEvents()
    return translator


def click_save(dialog: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    QApplication.processEvents()


def new_family(ws: Workspace, ref: str = "T-001") -> Family:
    """A small active family: one mother and the social worker who is her fixed contact."""
    from datetime import date

    from veldwerk.domain.model import ContactAssignment, Member, NetworkMember

    return ws.families.create(
        Family(
            ref=ref,
            name="Gezin Test",
            municipality="Ermelo",
            status="active",
            opened_on=date(2026, 3, 2),
            due_date=date(2026, 6, 1),
            members=(Member("m1", "mother", "Lisa", "Test", birth_date=date(2004, 2, 3)),),
            network=(
                NetworkMember(
                    "n1",
                    "professional",
                    "Bram de Wit",
                    organisation="Sociaal Team",
                    profession="social_team",
                    since=date(2026, 3, 2),
                ),
            ),
            contacts=(ContactAssignment("primary", "n1", date(2026, 3, 2)),),
        )
    )
