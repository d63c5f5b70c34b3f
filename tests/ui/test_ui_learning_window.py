"""The Learning data window: what leaves, reflections awaiting approval, consent, and the window
leaving the screen on lock. Real encrypted profile, real database worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from support.learning_ui import (  # noqa: F401
    Env,
    env,
    open_window,
    wait_loaded,
)
from veldwerk.domain.codes import label

NAMES = ("De Vries", "Yilmaz", "Bouzid", "Harderwijk", "Ermelo", "Nunspeet", "HW-20")
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.EditRole,
)


def _model_texts(model: Any) -> list[str]:
    texts = []
    for column in range(model.columnCount()):
        for role in ROLES:
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal, role)))
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in ROLES:
                texts.append(str(model.data(model.index(row, column), role)))
    return texts


def test_preview_shows_one_row_for_the_consenting_family_and_no_name(env: Env) -> None:
    """The example has one family with consent: the table has exactly one row, labelled in
    English, and no name, municipality or ref appears in any cell, header or tooltip (protects
    the promise that the table shows only what leaves)."""
    window = open_window(env)
    model = window.preview.model
    assert model.rowCount() == 1
    assert window.preview.table.isVisible() and not window.preview.region_box.isVisible()
    row = model.row(0)
    assert len(row.pseudonym) == 8 and row.full_pseudonym.startswith(row.pseudonym)
    assert row.status == "active" and row.opened_quarter == "2026-Q1"
    assert row.events == 7 and row.jim and row.backup
    assert model.data(model.index(0, 3)) == "\u2013"  # active: no duration (none up to today)
    assert row.phase_path == "pregnancy \u2192 first year"
    assert label("barrier", "waiting_list", "en") in row.barriers
    texts = " ".join(_model_texts(model))
    for name in NAMES:
        assert name not in texts
    explanation = window.preview.explanation.text()
    assert "Names, addresses, dates, notes and the municipality never leave" in explanation
    assert "pseudonymised learning data, readable only by the coordinator" in explanation
    assert model.rowCount(model.index(0, 0)) == 0 and model.data(QModelIndex()) is None


def test_preview_without_region_offers_settings_instead_of_a_table(env: Env) -> None:
    """Without a region nothing can be exported: the page says so plainly and its button asks
    the main window for Settings (protects against an unexplained empty table)."""
    env.query(lambda ws: ws.config.set("region", None))
    window = open_window(env)
    page = window.preview
    assert page.region_box.isVisible() and not page.table.isVisible()
    assert page.model.rowCount() == 0
    assert "Set the region first" in page.region_text.text()
    with env.qtbot.waitSignal(env.host.settings_requested, timeout=2000):
        page.settings_button.click()
    env.query(lambda ws: ws.config.set("region", "Noord-Veluwe"))
    wait_loaded(env, window, window.reload)
    assert page.table.isVisible() and page.model.rowCount() == 1


def test_approving_a_reflection_moves_it_into_the_next_records(env: Env) -> None:
    """The example's shared reflection awaits approval with its scrubbed text beside the
    original; Approve takes it out of "awaiting" and puts the scrubbed text in the records;
    withdrawing the approval brings it back (protects: nothing free-form leaves unapproved)."""
    window = open_window(env)
    page = window.reflections
    pending = window.snapshot.pending
    assert len(pending) == 1 and page.awaiting == 1
    key = pending[0].reflection_key
    assert "(1)" in window.tabs.tabText(window.REFLECTIONS)
    assert env.query(lambda ws: ws.learning.records())[0]["reflections"] == []

    wait_loaded(env, window, page.buttons[("approve", key)].click)
    assert page.awaiting == 0 and window.snapshot.pending == ()
    assert [a.reflection_key for a in window.snapshot.approved] == [key]
    records = env.query(lambda ws: ws.learning.records())
    assert records[0]["reflections"] == [pending[0].scrubbed]
    assert window.preview.model.row(0).reflections == 1
    assert "(1)" not in window.tabs.tabText(window.REFLECTIONS)

    wait_loaded(env, window, page.buttons[("withdraw", key)].click)
    assert page.awaiting == 1
    assert env.query(lambda ws: ws.learning.records())[0]["reflections"] == []
    assert env.dialogs.calls == []


def test_not_now_sets_a_reflection_aside_without_approving(env: Env) -> None:
    """ "Not now" hides the card in this window only; nothing is approved and the reflection
    can be shown again."""
    window = open_window(env)
    page = window.reflections
    key = window.snapshot.pending[0].reflection_key
    page.buttons[("later", key)].click()
    assert key not in page.cards and ("again", 0) in page.buttons
    assert env.query(lambda ws: len(ws.learning.pending_reflections())) == 1
    page.buttons[("again", 0)].click()
    assert key in page.cards


def test_refusing_consent_removes_the_row_after_a_confirmation(env: Env) -> None:
    """Changing the consenting family to "refused" asks first (saying it leaves the next
    export); answered no, nothing changes; answered yes, the row is gone from the table and
    the store holds the refusal. Giving consent needs no confirmation."""
    window = open_window(env)
    page = window.consent
    assert page.consent_of("HW-2026-001") == "granted"
    assert page.model.data(page.index_of("HW-2026-001")) == label("consent", "granted", "en")

    env.dialogs.answer = False
    page.choose("HW-2026-001", "refused")
    assert env.dialogs.calls and env.dialogs.calls[-1][0] == "question"
    assert "disappears from the next export" in env.dialogs.calls[-1][1]
    env.wait_idle()
    assert page.consent_of("HW-2026-001") == "granted" and window.preview.model.rowCount() == 1

    env.dialogs.answer = True
    wait_loaded(env, window, lambda: page.choose("HW-2026-001", "refused"))
    assert window.preview.model.rowCount() == 0
    assert window.preview.empty.isVisible()
    assert env.query(lambda ws: ws.families.get("HW-2026-001").learning_consent) == "refused"
    assert "HW-2026-001" in page.note.text()

    asked = len(env.dialogs.calls)
    wait_loaded(env, window, lambda: page.choose("HW-2026-009", "granted"))
    assert len(env.dialogs.calls) == asked
    assert window.preview.model.rowCount() == 1


def test_consent_drop_down_in_the_table_changes_consent(env: Env) -> None:
    """A click on a family's consent opens a drop-down with the three labelled choices;
    choosing one stores it (protects the way a user actually changes consent)."""
    window = open_window(env)
    window.tabs.setCurrentIndex(window.CONSENT)
    page = window.consent
    index = page.index_of("HW-2026-009")
    rect = page.table.visualRect(index)
    env.qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = page.delegate.editor
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        label("consent", c, "en") for c in ("granted", "refused", "unknown")
    ]
    assert editor.currentData() == "unknown" and "HW-2026-009" in editor.accessibleName()
    editor.hidePopup()

    def choose() -> None:
        editor.setCurrentIndex(editor.findData("granted"))
        editor.activated.emit(editor.currentIndex())

    wait_loaded(env, window, choose)
    assert page.consent_of("HW-2026-009") == "granted"
    assert window.preview.model.rowCount() == 2
    assert env.dialogs.calls == []


def test_the_window_empties_and_closes_when_the_main_window_is_hidden(env: Env) -> None:
    """On lock the session hides the main window: the learning window (names, reflection
    texts) closes with it and keeps nothing, and an answer still on its way is dropped."""
    window = open_window(env)
    assert window.isVisible() and window.consent.model.rowCount() == 3
    window.reload()
    env.host.hide()
    assert not window.isVisible()
    assert window.snapshot is None and window.consent.model.rowCount() == 0
    assert window.preview.model.rowCount() == 0 and not window.reflections.cards
    env.qtbot.waitUntil(lambda: env.worker.idle, timeout=5000)
    QApplication.processEvents()
    assert window.snapshot is None and window.preview.model.rowCount() == 0
    env.host.show()
    again = open_window(env)
    assert again is window and window.preview.model.rowCount() == 1
