"""Slow work off the GUI thread (import with a progress dialog that can be cancelled) and the
print preview (team and family versions, Save, nothing left in the profile's tmp folder)."""

from __future__ import annotations

import json

import pytest

from support.common import EXAMPLE
from support.shell import WAIT_MS, Shell, choose_family, query
from veldwerk.ui.print_preview import FAMILY, TEAM, PrintPreviewDialog


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def test_import_runs_in_the_background_and_asks_before_replacing(shell, qtbot) -> None:
    """Import (Ctrl+I) reads the chosen case file on the worker with a progress dialog; the
    list fills; importing it again asks whether to replace, and replaces when told to."""
    session, main = shell.open("en", example=False)
    shell.dialogs.open_path = EXAMPLE
    assert main.import_action.shortcut().toString() == "Ctrl+I"
    main.import_action.trigger()
    assert main.tasks.running and main.tasks.dialog is not None
    qtbot.waitUntil(
        lambda: not main.tasks.running and main.list_panel.model.total == 3, timeout=WAIT_MS
    )
    assert shell.dialogs.calls[-1][:2] == ("information", "Imported")
    assert "3 families imported" in shell.dialogs.calls[-1][2]

    main.import_action.trigger()
    qtbot.waitUntil(
        lambda: not main.tasks.running and shell.dialogs.kinds().count("information") == 2,
        timeout=WAIT_MS,
    )
    assert "question" in shell.dialogs.kinds()
    assert query(qtbot, session, lambda ws: ws.families.count()) == 3


def test_cancelled_import_keeps_nothing(shell, qtbot) -> None:
    """Stop in the progress dialog cancels the import; nothing of the file is stored."""
    session, main = shell.open("en", example=False)
    assert main.start_import(EXAMPLE)
    main.tasks.cancel()
    qtbot.waitUntil(lambda: not main.tasks.running, timeout=WAIT_MS)
    assert shell.dialogs.calls[-1][1] == "Import stopped"
    assert query(qtbot, session, lambda ws: ws.families.count()) == 0


def test_refused_file_lists_its_problems_and_imports_nothing(shell, qtbot) -> None:
    """A file that breaks a rule is refused whole; the message lists the problems by place."""
    session, main = shell.open("en", example=False)
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["families"][0]["members"][0]["birth_date"] = "2030-01-01"
    bad = shell.tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    main.start_import(bad)
    qtbot.waitUntil(lambda: not main.tasks.running, timeout=WAIT_MS)
    kind, title, text = shell.dialogs.calls[-1]
    assert (kind, title) == ("warning", "Nothing was imported")
    assert "families[0].members[0].birth_date" in text
    assert query(qtbot, session, lambda ws: ws.families.count()) == 0


def _pdf_text(pdf: bytes) -> str:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def test_print_preview_team_and_family_versions_and_save(shell, qtbot) -> None:
    """Ctrl+P shows the team overview of the chosen family, can switch to the family version
    (never saving the team version meanwhile), and saves the PDF only where the user chooses;
    the profile's tmp folder stays empty and the PDF is dropped from memory on close."""
    session, main = shell.open("nl")
    choose_family(qtbot, main, "HW-2026-001")
    main.print_action.trigger()
    dialog = next(d for d in main.open_dialogs if isinstance(d, PrintPreviewDialog))
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    assert dialog.version == TEAM and dialog.pdf.startswith(b"%PDF")
    assert dialog.document.pageCount() == 1
    team_pdf = dialog.pdf
    target = shell.tmp_path / "out" / "overzicht.pdf"
    target.parent.mkdir()
    shell.dialogs.save_path = target
    dialog.family_version.setChecked(True)
    # while the family version is made, the team version can be neither saved nor printed
    assert not dialog.ready and dialog.pdf == b"" and not dialog.save_button.isEnabled()
    dialog._save()
    assert not target.exists()
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    assert dialog.version == FAMILY and dialog.pdf != team_pdf
    assert "Teamoverzicht" in _pdf_text(team_pdf)
    assert "Teamoverzicht" not in _pdf_text(dialog.pdf)
    dialog.save_button.click()
    assert target.read_bytes() == dialog.pdf
    assert list((shell.root / "tmp").iterdir()) == []
    dialog.close_button.click()
    assert dialog.pdf == b"" and not dialog.ready
