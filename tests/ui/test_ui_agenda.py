"""The Vandaag screen in the main window, on a real encrypted profile (the spec's example): it
is the first screen after unlocking, an entry opens its family at the right tab, Ctrl+0 comes
back, a save updates it and the status bar's overdue count, the family list's attention filter,
the retention erasure in one confirmed step and the erasure at the parents' request."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from support.common import EXAMPLE
from support.shell import WAIT_MS, Shell, choose_family, query, save_and_wait, unlock
from veldwerk.interchange.reader import parse_case_file


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def _open(shell: Shell, qtbot, lang: str = "nl"):  # type: ignore[no-untyped-def]
    session, main = shell.open(lang)
    qtbot.waitUntil(
        lambda: main.agenda.view.agenda is not None and session.worker.idle, timeout=WAIT_MS
    )
    return session, main


def _kinds(main) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.ref, e.kind) for e in main.agenda.view.entries_shown()]


def test_vandaag_is_first_and_an_entry_opens_its_family_at_its_tab(shell, qtbot) -> None:
    """After unlocking Vandaag shows (grouped, overdue first) with the count in the status
    bar; Enter on the overdue action opens the family on the Plan tab; Ctrl+0 comes back."""
    session, main = _open(shell, qtbot)
    hookup = main.agenda
    assert hookup.stack.currentWidget() is hookup.view
    kinds = _kinds(main)
    assert kinds[:2] == [("HW-2026-001", "overdue_action")] * 2
    assert ("HW-2026-009", "no_backup") in kinds and ("HW-2026-001", "reflection") in kinds
    assert hookup.status.text() == "2 te laat"
    assert hookup.view.tree.topLevelItem(0).text(0) == "Te laat (2)"
    hookup.view.tree.setFocus()
    assert hookup.view.current_entry().kind == "overdue_action"
    qtbot.keyClick(hookup.view.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.current_family is not None, timeout=WAIT_MS)
    assert main.current_family.ref == "HW-2026-001"
    assert hookup.stack.currentWidget() is main.detail and main.detail.current_tab == 3
    hookup.action.trigger()
    assert hookup.stack.currentWidget() is hookup.view
    assert hookup.action.shortcut().toString() == "Ctrl+0"


def test_a_save_updates_vandaag_and_the_count(shell, qtbot) -> None:
    """Marking both overdue actions done takes them off Vandaag and out of the status bar at
    once (the agenda is built again after the save)."""
    session, main = _open(shell, qtbot)
    family = choose_family(qtbot, main, "HW-2026-001")
    goal = next(g for g in family.goals if g.actions)
    done = replace(goal, actions=tuple(replace(a, status="done") for a in goal.actions))
    save_and_wait(qtbot, session, lambda ws: ws.families.save_goal("HW-2026-001", done))
    qtbot.waitUntil(
        lambda: ("HW-2026-001", "overdue_action") not in _kinds(main) and session.worker.idle,
        timeout=WAIT_MS,
    )
    assert main.agenda.status.text() == ""


def test_the_attention_filter_narrows_the_family_list(shell, qtbot) -> None:
    """ "Without backup" shows only the active family without an achterwacht; "all families"
    shows them all again."""
    session, main = _open(shell, qtbot)
    combo = main.agenda.filter
    combo.setCurrentIndex(combo.findData("no_backup"))
    qtbot.waitUntil(lambda: main.list_panel.model.rowCount() == 1, timeout=WAIT_MS)
    assert [s.ref for s in main.list_panel.model.shown()] == ["HW-2026-009"]
    assert combo in main.list_panel.focus_chain()
    combo.setCurrentIndex(0)
    assert main.list_panel.model.rowCount() == 3


def test_retention_erases_the_listed_families_in_one_confirmed_step(shell, qtbot, tmp_path) -> None:
    """A family whose retention period ended shows under "Bewaartermijn verstreken" with the
    erase button; the dialog lists it; cancelling erases nothing, confirming erases it."""
    session, main = _open(shell, qtbot)
    (closed,) = [
        f for f in parse_case_file(EXAMPLE.read_bytes(), date(2026, 11, 24)) if f.status == "closed"
    ]
    shift = date(2026, 4, 30) - date(2006, 4, 30)
    old = replace(
        closed,
        ref="OUD-1",
        opened_on=closed.opened_on - shift,
        closed_on=closed.closed_on - shift,  # type: ignore[operator]
        contacts=tuple(
            replace(c, start=c.start - shift, until=c.until and c.until - shift)
            for c in closed.contacts
        ),
        network=tuple(
            replace(n, since=n.since and n.since - shift, until=n.until and n.until - shift)
            for n in closed.network
        ),
        members=tuple(
            replace(m, birth_date=m.birth_date and m.birth_date - shift) for m in closed.members
        ),
        journey=tuple(replace(e, date=e.date - shift) for e in closed.journey),
    )
    query(qtbot, session, lambda ws: ws.families.import_families([old]))
    main.refresh_list()
    hookup = main.agenda
    hookup.refresh()
    qtbot.waitUntil(lambda: ("OUD-1", "retention_ended") in _kinds(main), timeout=WAIT_MS)
    assert hookup.view.erase_button.isVisibleTo(hookup.view)
    hookup.erase_due()
    qtbot.waitUntil(
        lambda: hookup.dialog is not None and hookup.dialog.isVisible(), timeout=WAIT_MS
    )
    assert hookup.dialog.refs() == ["OUD-1"]
    hookup.dialog.reject()
    assert "OUD-1" in [f.ref for f in query(qtbot, session, lambda ws: ws.families.list())]
    hookup.dialog = None
    hookup.erase_due()
    qtbot.waitUntil(
        lambda: hookup.dialog is not None and hookup.dialog.isVisible(), timeout=WAIT_MS
    )
    hookup.dialog.erase_button.click()
    qtbot.waitUntil(lambda: ("OUD-1", "retention_ended") not in _kinds(main), timeout=WAIT_MS)
    assert "OUD-1" not in [f.ref for f in query(qtbot, session, lambda ws: ws.families.list())]
    stones = query(qtbot, session, lambda ws: ws.retention.tombstones())
    assert [t.reason for t in stones] == ["retention_ended"]


def test_a_parents_request_erases_the_family_shown(shell, qtbot) -> None:
    """Edit > Erase at the parents' request: the day they asked is typed, confirming erases the
    family and Vandaag shows again; the tombstone keeps the day."""
    session, main = _open(shell, qtbot)
    choose_family(qtbot, main, "HW-2026-009")
    hookup = main.agenda
    assert hookup.parent_action.isEnabled()
    dialog = hookup.parent_request()
    dialog.asked.set_value(date(2026, 11, 20))
    dialog.erase_button.click()
    qtbot.waitUntil(
        lambda: main.list_panel.model.total == 2 and session.worker.idle, timeout=WAIT_MS
    )
    assert main.current_family is None and hookup.stack.currentWidget() is hookup.view
    (stone,) = query(qtbot, session, lambda ws: ws.retention.tombstones())
    assert (stone.reason, stone.requested_on) == ("parent_request", date(2026, 11, 20))


def test_vandaag_comes_first_again_after_a_lock(shell, qtbot) -> None:
    """A lock takes every entry off the screen; after unlocking Vandaag is in front again,
    with the family the user had open restored behind it."""
    session, main = _open(shell, qtbot)
    choose_family(qtbot, main, "HW-2026-009")
    session.lock()
    qtbot.waitUntil(lambda: not session.is_unlocked and session.worker.idle, timeout=WAIT_MS)
    assert main.agenda.view.entries_shown() == [] and main.agenda.status.text() == ""
    unlock(qtbot, session)
    qtbot.waitUntil(
        lambda: main.current_family is not None and session.worker.idle, timeout=WAIT_MS
    )
    assert main.agenda.stack.currentWidget() is main.agenda.view
    assert main.agenda.view.entries_shown()
