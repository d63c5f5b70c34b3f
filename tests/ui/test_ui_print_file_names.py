"""The name a saved overview is offered under: Dutch in Dutch ("overzicht-gezin-<ref>.pdf",
"overzicht-team-<ref>.pdf"), English in English, and only ever the reference."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from support.shell import WAIT_MS, Shell, choose_family
from veldwerk.reports.texts import file_name
from veldwerk.ui import dialogs
from veldwerk.ui.print_preview import PrintPreviewDialog


@pytest.mark.parametrize(
    ("family_version", "lang", "expected"),
    [
        (True, "nl", "overzicht-gezin-HW-2026-001.pdf"),
        (False, "nl", "overzicht-team-HW-2026-001.pdf"),
        (True, "en", "overview-family-HW-2026-001.pdf"),
        (False, "en", "overview-team-HW-2026-001.pdf"),
    ],
)
def test_file_name_speaks_the_language_of_the_page(
    family_version: bool, lang: str, expected: str
) -> None:
    """Protects "Dutch file names for saved overviews": no "overzicht-family-…" in Dutch."""
    assert file_name("HW-2026-001", family_version, lang) == expected


def test_file_name_holds_a_safe_reference_only() -> None:
    """A reference with slashes or spaces becomes one safe name, without a folder in it."""
    assert file_name("HW/2026 001", True, "nl") == "overzicht-gezin-HW-2026-001.pdf"


@pytest.fixture
def shell(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def test_save_dialog_offers_the_dutch_name(
    shell: Shell, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In Dutch the save dialog of the print preview starts with "overzicht-team-<ref>.pdf"
    for the team version and "overzicht-gezin-<ref>.pdf" for the family version."""
    offered: list[str] = []

    def save_file(parent: Any, title: str, name: str, *args: Any, **kwargs: Any) -> None:
        offered.append(name)
        return None

    session, main = shell.open("nl")
    choose_family(qtbot, main, "HW-2026-001")
    monkeypatch.setattr(dialogs, "save_file", save_file)  # the app's one dialog seam
    main.print_action.trigger()
    dialog = next(d for d in main.open_dialogs if isinstance(d, PrintPreviewDialog))
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    dialog.save_button.click()
    dialog.family_version.setChecked(True)
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    dialog.save_button.click()
    assert offered == ["overzicht-team-HW-2026-001.pdf", "overzicht-gezin-HW-2026-001.pdf"]
    dialog.close_button.click()
