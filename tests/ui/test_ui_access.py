"""The access log in the app (issue 15): opening a family leaves one (counted) "view" entry,
printing and saving an overview one entry each, every field filled; the Inzage view (Ctrl+Shift+I)
lists the entries newest first, filters by kind of action and period, and its button writes the
family's access report on the worker; the role typed in Settings › Team is stored."""

from __future__ import annotations

import pdfplumber
import pytest

from support.shell import WAIT_MS, Shell, choose_family, query, wait_idle
from veldwerk.ui import print_preview
from veldwerk.ui.access_hookup import ACTION_NAME
from veldwerk.ui.access_view import AccessView, choose_action
from veldwerk.ui.print_preview import PrintPreviewDialog

REF = "HW-2026-001"
OTHER = "HW-2025-017"


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def _me(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    def op(ws):  # type: ignore[no-untyped-def]
        ws.config.set("user_name", "Femke Jansen")
        ws.config.set("organisation", "Sociaal Team Harderwijk")
        ws.config.set("role", "casusregisseur")

    query(qtbot, session, op)


def _entries(qtbot, session, ref: str = REF):  # type: ignore[no-untyped-def]
    wait_idle(qtbot, session)
    return query(qtbot, session, lambda ws: ws.access.entries(ref))


def _filled(e) -> None:  # type: ignore[no-untyped-def]
    assert e.who.name == "Femke Jansen" and e.who.role == "casusregisseur"
    assert e.who.organisation == "Sociaal Team Harderwijk" and len(e.device_id) == 32
    assert e.contact_role == "primary" and e.records and e.emergency is False


def test_opening_printing_and_saving_are_logged(shell, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Showing a family logs one view; showing it again within a minute counts into that
    entry; Print and Save in the print preview leave one entry each, of the version shown."""
    session, main = shell.open("en")
    _me(qtbot, session)
    choose_family(qtbot, main, OTHER)
    before = len(_entries(qtbot, session))
    choose_family(qtbot, main, REF)
    choose_family(qtbot, main, OTHER)
    choose_family(qtbot, main, REF)
    views = [e for e in _entries(qtbot, session)[before:] if e.action == "view"]
    assert [e.count for e in views] == [2]
    _filled(views[0])

    monkeypatch.setattr(print_preview.dialogs, "choose_printer", lambda *a, **k: True)
    monkeypatch.setattr(print_preview, "print_document", lambda *a, **k: None)
    main.print_action.trigger()
    dialog = next(d for d in main.open_dialogs if isinstance(d, PrintPreviewDialog))
    qtbot.waitUntil(lambda: dialog.ready, timeout=WAIT_MS)
    dialog.print_button.click()
    shell.dialogs.save_path = shell.tmp_path / "overview.pdf"
    dialog.save_button.click()
    assert shell.dialogs.save_path.exists()
    done = [e for e in _entries(qtbot, session) if e.action in ("print", "save")]
    assert [(e.action, e.kind, e.count) for e in done] == [
        ("print", "overview", 1),
        ("save", "overview", 1),
    ]
    for e in done:
        _filled(e)
    dialog.close_button.click()


def test_the_inzage_view_filters_and_makes_the_report(shell, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+I opens the view of the family shown with entries of several kinds; the
    action filter leaves only that kind; a period in which nothing happened shows none; the
    report button writes a PDF with the family's member names and logs one "report" entry."""
    session, main = shell.open("nl")
    _me(qtbot, session)
    choose_family(qtbot, main, REF)
    query(qtbot, session, lambda ws: ws.access.record_access(REF, "print", "overview"))
    action = next(a for a in main.actions() if a.objectName() == ACTION_NAME)
    assert action.shortcut().toString() == "Ctrl+Shift+I" and action.text() == "&Inzage…"
    action.trigger()
    view = next(w for w in main.findChildren(AccessView) if w.isVisible())
    qtbot.waitUntil(lambda: len(view.entries) >= 3, timeout=WAIT_MS)
    kinds = {e.action for e in view.entries}
    assert {"change", "view", "print"} <= kinds
    assert view.table.rowCount() == len(view.entries)
    assert "Afgedrukt" in view.table.item(0, 1).text()  # newest first, in Dutch
    choose_action(view, "print")
    qtbot.waitUntil(lambda: {e.action for e in view.entries} == {"print"}, timeout=WAIT_MS)
    view.period.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=3000)

    target = shell.tmp_path / "inzage.pdf"
    shell.dialogs.save_path = target
    view.report_button.click()
    qtbot.waitUntil(lambda: view.status.text() == "Inzageverslag opgeslagen.", timeout=WAIT_MS)
    with pdfplumber.open(target) as pdf:
        words = " ".join(" ".join(p.extract_text() or "" for p in pdf.pages).split())
    family = query(qtbot, session, lambda ws: ws.families.get(REF))
    for member in family.members:
        assert member.display_name in words
    reports = [e for e in _entries(qtbot, session) if e.action == "report"]
    assert len(reports) == 1
    _filled(reports[0])
    view.close_button.click()


def test_the_role_is_set_in_settings_team(shell, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Settings › Team has the role field; what is typed there is stored as `role`."""
    from veldwerk.ui.team.team_dialog import TeamDialog

    session, main = shell.open("en")
    dialog = TeamDialog(session.worker, main)
    qtbot.addWidget(dialog)
    dialog.reload()
    wait_idle(qtbot, session)
    dialog.name.setText("Femke Jansen")
    dialog.organisation.setText("Sociaal Team Harderwijk")
    dialog.role.setText("casusregisseur")
    dialog._save()
    wait_idle(qtbot, session)
    assert query(qtbot, session, lambda ws: ws.config.get("role")) == "casusregisseur"


def test_the_first_run_stores_the_role(workspace) -> None:  # type: ignore[no-untyped-def]
    """The role typed on the first run is stored with the name and organisation."""
    from veldwerk.ui.first_run import store_first_settings

    store_first_settings(workspace, "nl", "Femke Jansen", "Sociaal Team", "casusregisseur")
    assert workspace.config.get("role") == "casusregisseur"
