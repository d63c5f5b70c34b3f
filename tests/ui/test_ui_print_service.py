"""The print preview asks the report service for its PDF (on the database worker), so the
preview prints what is stored, exactly as ``veldwerk overview`` writes it; a refusal of the
service shows in the preview's status line, never as a half-made page."""

from __future__ import annotations

from typing import Any

import pytest

from support.shell import WAIT_MS, Shell, choose_family, query, save_and_wait
from veldwerk.ui.print_preview import PrintPreviewDialog

REF = "HW-2026-001"


@pytest.fixture
def shell(qtbot: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def _open_preview(qtbot: Any, main: Any) -> PrintPreviewDialog:
    choose_family(qtbot, main, REF)
    main.print_action.trigger()
    dialog = next(d for d in main.open_dialogs if isinstance(d, PrintPreviewDialog))
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    return dialog


def test_preview_shows_the_report_services_pdf_of_the_stored_family(
    shell: Shell, qtbot: Any
) -> None:
    """Both versions are the bytes `ws.reports.overview_pdf` makes; a change stored while the
    preview is open (a new vaste aanspreekpunt) is in the next version shown, because the
    preview no longer draws the copy of the family it was opened with."""
    session, main = shell.open("nl")
    dialog = _open_preview(qtbot, main)
    team = query(qtbot, session, lambda ws: ws.reports.overview_pdf(REF, lang="nl"))
    assert dialog.pdf == team
    save_and_wait(qtbot, session, lambda ws: ws.families.change_contact(REF, "primary", "n2"))
    dialog.family_version.setChecked(True)
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    stored = query(
        qtbot, session, lambda ws: ws.reports.overview_pdf(REF, family_version=True, lang="nl")
    )
    assert dialog.pdf == stored
    dialog.close_button.click()


def test_a_refusal_of_the_service_shows_in_the_status_line(shell: Shell, qtbot: Any) -> None:
    """A family erased while its preview is open: switching the version asks the service, which
    refuses; the preview says it could not be made and why, offers nothing to save or print,
    and no message box is shown."""
    session, main = shell.open("en")
    dialog = _open_preview(qtbot, main)
    calls_before = list(shell.dialogs.calls)
    query(qtbot, session, lambda ws: ws.families.erase(REF))
    dialog.family_version.setChecked(True)
    qtbot.waitUntil(lambda: "could not be made" in dialog.status.text(), timeout=WAIT_MS)
    assert not dialog.ready and dialog.pdf == b""
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert len(dialog.status.text()) > len("The overview could not be made.")
    assert shell.dialogs.calls == calls_before
    dialog.close_button.click()
