"""Drafts that survive (issue 14), in the real app on a real encrypted profile: what is typed
in a dialog is kept as a draft while typing and on (auto-)lock, offered back after unlocking
("Je was iets aan het invullen voor Gezin …"), reopened in the same dialog with the values,
thrown away on request or when the dialog is saved; a removed record and an unreadable draft
are handled calmly."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt

from support.shell import WAIT_MS, Shell, choose_family, query, save_and_wait, unlock
from veldwerk.domain.drafts import DraftKey
from veldwerk.ui.tabs.event_dialog import EventDialog

REF = "HW-2026-009"
TYPED = "Moeder vertelde over de slapeloze nachten"


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def pending(qtbot: Any, session: Any) -> list[Any]:
    return list(query(qtbot, session, lambda ws: ws.drafts.pending()))


def open_step(qtbot: Any, session: Any, main: Any, new: bool = False) -> EventDialog:
    family = choose_family(qtbot, main, REF)
    journey = main.detail.tabs[2]
    dialog = journey.open_editor(None if new else family.journey[0].key)
    assert isinstance(dialog, EventDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def type_into(qtbot: Any, dialog: EventDialog, text: str) -> None:
    dialog.description.setFocus()
    dialog.description.moveCursor(dialog.description.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.description, text)


def reopened(qtbot: Any, session: Any) -> Any:
    box: list[Any] = []
    session.drafts.reopened.connect(box.append)
    return box


def test_typing_then_auto_lock_then_unlock_offers_the_draft_back(shell, qtbot) -> None:
    """Typing in a step's description, then the auto-lock: the draft is in the store before the
    key is dropped; after unlocking the calm question names the family, and "continue" opens
    the same step of the same family with the typed text (and the other fields) back."""
    session, main = shell.open("nl")
    dialog = open_step(qtbot, session, main)
    key = dialog.key
    type_into(qtbot, dialog, " " + TYPED)
    before = dialog.draft_values()
    session.idle.set_interval_ms(300)
    qtbot.waitUntil(lambda: not session.is_unlocked, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert main.open_dialogs == [] and not session.worker.has_workspace

    session.idle.set_minutes(5)
    shell.dialogs.answer = False  # "Verder gaan" (the safe default button)
    got = reopened(qtbot, session)
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    (kind, title, said) = shell.dialogs.calls[-1]
    assert (kind, title) == ("question", "Verder gaan met invullen?")
    assert said.startswith("Je was iets aan het invullen voor Gezin ")
    again = got[0]
    assert isinstance(again, EventDialog) and again.isVisible()
    assert again.key == key and again.family.ref == REF
    assert TYPED in again.description.toPlainText()
    assert again.draft_values() == before
    assert "Locked while editing" not in str(shell.dialogs.calls)


def test_the_draft_is_written_while_typing_and_saving_removes_it(shell, qtbot) -> None:
    """A few moments after typing stops the draft is in the store (no lock needed); saving
    the dialog normally removes it."""
    session, main = shell.open("en")
    session.drafts.set_delays(50, 200)
    dialog = open_step(qtbot, session, main, new=True)
    qtbot.keyClicks(dialog.title, "Huisbezoek")
    type_into(qtbot, dialog, TYPED)
    with qtbot.waitSignal(session.drafts.saved, timeout=WAIT_MS):
        pass
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    (draft,) = pending(qtbot, session)
    assert draft.key == DraftKey("event", main.current_family.key, None)
    assert draft.values["description"] == TYPED and draft.values["title"] == "Huisbezoek"

    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert pending(qtbot, session) == []
    assert any(e.title == "Huisbezoek" for e in main.current_family.journey)


def test_throwing_the_draft_away_removes_it(shell, qtbot) -> None:
    """ "Weggooien" after unlocking removes the draft and opens nothing; the next unlock asks
    nothing."""
    session, main = shell.open("nl")
    dialog = open_step(qtbot, session, main)
    type_into(qtbot, dialog, TYPED)
    session.lock()
    shell.dialogs.answer = True  # "Weggooien"
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: shell.dialogs.kinds().count("question") == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert main.open_dialogs == [] and main.detail.tabs[2].dialogs == []
    assert pending(qtbot, session) == []
    session.lock()
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert shell.dialogs.kinds().count("question") == 1


def test_a_draft_of_a_step_deleted_meanwhile_continues_as_a_new_step(shell, qtbot) -> None:
    """The step a draft changed was deleted in the meantime (by another dialog, an import, a
    colleague): the question says so, and continuing opens a new step with the text."""
    session, main = shell.open("en")
    family = choose_family(qtbot, main, REF)
    step = family.journey[0]
    draft_key = DraftKey("event", family.key, step.key)
    query(qtbot, session, lambda ws: ws.drafts.save(draft_key, {"description": TYPED}))
    save_and_wait(qtbot, session, lambda ws: ws.families.delete_event(REF, step.key))
    session.lock()
    shell.dialogs.answer = False
    got = reopened(qtbot, session)
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert "removed in the meantime" in shell.dialogs.calls[-1][2]
    assert got[0].key is None and got[0].description.toPlainText() == TYPED
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert [d.key for d in pending(qtbot, session)] == []  # the old slot went


@pytest.mark.parametrize("payload", ["{niet te lezen", '{"a": "' + "x" * (300 * 1024) + '"}'])
def test_an_unreadable_or_oversized_draft_gets_a_clear_message(shell, qtbot, payload) -> None:
    """A draft whose payload in the store is damaged or too large is not offered: a calm
    message says it could not be kept, no traceback, and the draft is gone."""
    from datetime import UTC, datetime

    session, main = shell.open("en")
    family = choose_family(qtbot, main, REF)

    def plant(ws: Any) -> None:
        with ws.db.unit_of_work(write=True) as uow:
            key = DraftKey("reflection", family.key)
            now = datetime.now(UTC).replace(tzinfo=None)
            uow.drafts.put(key.slot, key.kind, key.family_key, None, payload, now)
            uow.commit()

    query(qtbot, session, plant)
    session.lock()
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: "information" in shell.dialogs.kinds(), timeout=WAIT_MS)
    kind, title, said = shell.dialogs.calls[-1]
    assert title == "A draft could not be read"
    assert "thrown away" in said and "Traceback" not in said
    qtbot.waitUntil(lambda: session.worker.idle, timeout=WAIT_MS)
    assert pending(qtbot, session) == []
    assert "question" not in shell.dialogs.kinds()


def test_a_new_dialog_opts_in_by_inheriting_and_registering(shell, qtbot, monkeypatch) -> None:
    """The way other dialogs (a close dialog, handover notes) get drafts: inherit `Draftable`,
    say which family it is about, register an opener; typing, a lock and unlocking bring the
    text back in a new dialog of that kind, for the same family."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    from veldwerk.ui import draft_keeper
    from veldwerk.ui.drafts import Draftable

    class NoteDialog(QDialog, Draftable):
        draft_kind = "close_family"

        def __init__(self, family: Any, parent: Any) -> None:
            super().__init__(parent)
            self.family = family
            self.note = QLineEdit(self)
            QVBoxLayout(self).addWidget(self.note)

        def draft_key(self) -> DraftKey:
            return DraftKey(self.draft_kind, self.family.key)

        def is_dirty(self) -> bool:
            return bool(self.note.text())

    def opener(main: Any, _draft: Any) -> NoteDialog:
        dialog = NoteDialog(main.current_family, main)
        dialog.open()
        return dialog

    monkeypatch.setattr(draft_keeper, "OPENERS", dict(draft_keeper.OPENERS))
    monkeypatch.setattr(draft_keeper, "WORDS", dict(draft_keeper.WORDS))
    draft_keeper.register_opener("close_family", opener, lambda: "the closing of the family")
    session, main = shell.open("en")
    choose_family(qtbot, main, REF)
    first = opener(main, None)
    qtbot.keyClicks(first.note, "Gezin verhuist naar Zwolle")
    session.lock()
    first.close()
    shell.dialogs.answer = False
    got = reopened(qtbot, session)
    unlock(qtbot, session)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert isinstance(got[0], NoteDialog) and got[0].note.text() == "Gezin verhuist naar Zwolle"
    assert "(the closing of the family)" in shell.dialogs.calls[-1][2]
    got[0].close()
