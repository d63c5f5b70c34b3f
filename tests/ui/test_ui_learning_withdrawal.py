"""Withdrawal in the app reaches the export waiting in the outbox: withdrawing the approval of
a reflection in the Learning data window, and changing consent in the family's own form (not
only on the Learning data window's Consent page), rebuild it without what was withdrawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from support.learning import give_coordinator_key, open_bundle
from support.learning_ui import REGION, Env, env, open_window, wait_loaded  # noqa: F401
from support.shell import WAIT_MS, Shell, choose_family, query
from veldwerk.ui.family_form import FamilyDetailsDialog

REF = "HW-2026-001"


def waiting(ws: Any) -> list[tuple[str, list[dict[str, Any]]]]:
    """(file name, records) of every export waiting in the outbox."""
    return [(p.name, open_bundle(p.read_bytes()).records) for p in ws.learning.outbox.pending()]


def test_withdrawing_an_approval_replaces_the_waiting_export(env: Env) -> None:
    """An approved reflection is in the waiting export; withdrawing the approval in the window
    says the waiting export was replaced, and the new one has no reflection text."""
    window = open_window(env)
    page = window.reflections
    (pending,) = window.snapshot.pending
    key = pending.reflection_key
    wait_loaded(env, window, page.buttons[("approve", key)].click)
    wait_loaded(env, window, window.sending.export_button.click)
    ((first, records),) = env.query(waiting)
    assert records[0]["reflections"] == [pending.scrubbed]

    wait_loaded(env, window, page.buttons[("withdraw", key)].click)
    assert "replaced by one without it" in page.note.text()
    ((name, records),) = env.query(waiting)
    assert name != first and records[0]["reflections"] == []
    assert window.snapshot.outbox.waiting == 1


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def test_consent_changed_in_the_family_form_rebuilds_the_waiting_export(
    shell: Shell, qtbot: Any, tmp_path: Path
) -> None:
    """The family's own form (Edit details) sets consent to refused: the export waiting in
    the outbox is rebuilt without the family, so the next delivery never carries it."""
    session, main = shell.open("en")

    def export(ws: Any) -> Any:
        ws.config.set("region", REGION)
        give_coordinator_key(ws, tmp_path / "coordinator-key")
        return ws.learning.export()

    first = query(qtbot, session, export)
    assert first.records == 1
    choose_family(qtbot, main, REF)
    dialog = main.edit_details()
    assert isinstance(dialog, FamilyDetailsDialog)
    combo = dialog.fields.consent
    combo.setCurrentIndex(combo.findData("refused"))
    dialog.ok_button.click()
    qtbot.waitUntil(
        lambda: dialog not in main.open_dialogs and session.worker.idle, timeout=WAIT_MS
    )

    assert query(qtbot, session, lambda ws: ws.families.get(REF).learning_consent) == "refused"
    ((name, records),) = query(qtbot, session, waiting)
    assert name != first.path.name and records == []
