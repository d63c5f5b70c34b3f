"""The dialogs of issue 14 on a real encrypted profile, through the windows a case director
uses: the change-contact dialog asks for a reason, a warm handover and a note, which reach the
store and show in its history and on the contact card; "Close family…" asks for a reason (a
refusal is shown at the field) and closes the family with a closure step; "Reopen family…"
reopens it, or says why it cannot when the family has no fixed contact person. Questions go
through the dialogs seam (`support.shell.DialogRecorder`)."""

from __future__ import annotations

from datetime import date

import pytest

from support.shell import WAIT_MS, Shell, choose_family, query
from veldwerk.ui.change_contact import ChangeContactDialog
from veldwerk.ui.closing_dialog import CloseFamilyDialog, ReopenFamilyDialog


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def test_change_contact_with_reason_warm_handover_and_note(shell, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The dialog offers the six reasons in Dutch; the chosen reason, the warm handover and the
    note are stored on the new assignment, listed in the dialog's history and shown on the
    contact card under the new backup."""
    session, main = shell.open("nl")
    choose_family(qtbot, main, "HW-2026-001")
    dialog = main.change_contact("backup")
    assert isinstance(dialog, ChangeContactDialog)
    labels = [dialog.reason.itemText(i) for i in range(dialog.reason.count())]
    assert labels == [
        "Kies een reden…", "Verlof", "Ziekte", "Werkdruk", "Andere baan", "Wens van het gezin",
        "Anders",
    ]  # fmt: skip
    assert dialog.note_title.text().replace("&", "") == "Notitie voor de nieuwe persoon"
    assert "Warme overdracht" in dialog.warm.text().replace("&", "")
    dialog.choose("n2")
    dialog.reason.setCurrentIndex(dialog.reason.findData("illness"))
    dialog.warm.setChecked(True)
    dialog.note.setPlainText("Moeder belt liever 's ochtends.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog not in main.open_dialogs, timeout=WAIT_MS)
    stored = query(qtbot, session, lambda ws: ws.families.get("HW-2026-001"))
    (new,) = [c for c in stored.contacts if c.role == "backup" and c.until is None]
    assert (new.network_id, new.reason, new.warm_handover, new.note) == (
        "n2",
        "illness",
        True,
        "Moeder belt liever 's ochtends.",
    )
    qtbot.waitUntil(lambda: "Ziekte" in main.detail.card.backup.notes.text(), timeout=WAIT_MS)
    card = main.detail.card.backup.notes.text()
    assert "warme overdracht" in card and "'s ochtends" in card
    again = main.change_contact("backup")
    assert "Reden: Ziekte" in again.history.text()
    again.reject()


def test_close_dialog_needs_a_reason_then_closes(shell, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Without a reason the service refuses and the message stands at the reason field, nothing
    stored; with one the family is closed on the chosen day with a closure step, the Reopen
    action is enabled instead of Close; Escape after a change asks through the seam."""
    session, main = shell.open("nl")
    choose_family(qtbot, main, "HW-2026-009")
    assert main.closing.close_action.isEnabled() and not main.closing.reopen_action.isEnabled()
    assert main.closing.close_action.text() == "Gezin af&sluiten…"
    dialog = main.closing.close_family()
    assert isinstance(dialog, CloseFamilyDialog)
    assert [dialog.reason.itemText(i) for i in range(1, 7)] == [
        "Doelen bereikt", "Verhuisd", "Gezin gestopt", "Doorverwezen", "Kind is twee", "Anders"
    ]  # fmt: skip
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.reason_error.isVisible(), timeout=WAIT_MS)
    assert "reden" in dialog.reason_error.text()
    assert query(qtbot, session, lambda ws: ws.families.get("HW-2026-009")).status == "active"

    dialog.choose_reason("child_two")
    dialog.day.set_value(date(2026, 11, 20))
    dialog.note.setPlainText("Goed afgerond.")
    shell.dialogs.answer = False  # Escape with changes asks; "keep editing" keeps it open
    dialog.reject()
    assert shell.dialogs.kinds()[-1] == "question" and dialog.isVisible()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog not in main.open_dialogs, timeout=WAIT_MS)
    stored = query(qtbot, session, lambda ws: ws.families.get("HW-2026-009"))
    assert (stored.status, stored.closed_on, stored.closing_reason, stored.closing_note) == (
        "closed",
        date(2026, 11, 20),
        "child_two",
        "Goed afgerond.",
    )
    assert [e for e in stored.journey if e.type == "closure"][0].title.endswith("Kind is twee")
    qtbot.waitUntil(lambda: main.closing.reopen_action.isEnabled(), timeout=WAIT_MS)
    assert not main.closing.close_action.isEnabled()


def test_reopen_dialog_reopens_or_says_why_not(shell, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The example's closed family has no current fixed contact person: the dialog says to
    choose one first and cannot be confirmed. A family closed a moment ago reopens: active
    again, closing fields cleared, the closure step kept and a step added."""
    session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2025-017")
    assert main.closing.reopen_action.isEnabled()
    blocked = main.closing.reopen_family()
    assert isinstance(blocked, ReopenFamilyDialog)
    assert blocked.blocked.isVisible() and "fixed contact" in blocked.blocked.text()
    assert not blocked.ok_button.isEnabled()
    blocked.reject()
    qtbot.waitUntil(lambda: blocked not in main.open_dialogs, timeout=WAIT_MS)

    query(qtbot, session, lambda ws: ws.closing.close("HW-2026-001", "moved", date(2026, 11, 1)))
    choose_family(qtbot, main, "HW-2026-009")
    choose_family(qtbot, main, "HW-2026-001")
    qtbot.waitUntil(lambda: main.closing.reopen_action.isEnabled(), timeout=WAIT_MS)
    dialog = main.closing.reopen_family()
    assert isinstance(dialog, ReopenFamilyDialog)
    assert "Moved away" in dialog.closed_label.text() and not dialog.blocked.isVisible()
    assert dialog.primary_label.text() == main.detail.card.primary.name.text()
    dialog.day.set_value(date(2026, 11, 3))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog not in main.open_dialogs, timeout=WAIT_MS)
    stored = query(qtbot, session, lambda ws: ws.families.get("HW-2026-001"))
    assert (stored.status, stored.closed_on, stored.closing_reason) == ("active", None, None)
    assert [e.type for e in stored.journey].count("closure") == 1
    assert any(e.type == "intake" and e.date == date(2026, 11, 3) for e in stored.journey)
