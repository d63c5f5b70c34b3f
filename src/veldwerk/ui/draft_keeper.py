"""Keeping drafts while the app runs, and offering them back (the rules: `services.drafts`).

`DraftKeeper` belongs to the session. While a dialog that opts in (`veldwerk.ui.drafts`) has
changes, its values are written through the one database worker: 2 s after the last key press
or click, and at least every 5 s while the typing goes on (the write itself takes about a
millisecond, see benchmarks/bench_drafts.py). On lock and auto-lock `keep_now` writes them at
once, before the workspace is closed: the worker runs its work in order, so the drafts are in
the store before the key is dropped. Saving a dialog, or closing it and agreeing to leave the
changes, throws its draft away.

After unlocking (also after a crash) `offer` asks about each draft in turn: "continue" reopens
the same dialog for the same family and record with the values filled in; "throw away" removes
it. Texts use the explicit translation context "Drafts".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from veldwerk.domain.drafts import RECORD_COLLECTIONS
from veldwerk.texts import text
from veldwerk.ui import dialogs
from veldwerk.ui.drafts import Draftable, Values

if TYPE_CHECKING:
    from veldwerk.domain.drafts import DraftKey
    from veldwerk.domain.errors import DomainError
    from veldwerk.services.drafts import Draft
    from veldwerk.ui.main_window import MainWindow
    from veldwerk.ui.session import Session

log = logging.getLogger(__name__)

QUIET_MS = 2000
"""A draft is written this long after the last key press or click ..."""
LONGEST_MS = 5000
""" ... and at least this often while the typing goes on."""
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.InputMethod,
        QEvent.Type.Wheel,
        QEvent.Type.Drop,
    }
)

Opener = Callable[["MainWindow", "Draft"], "QDialog | None"]
OPENERS: dict[str, Opener] = {}
"""How each dialog kind is opened again to continue a draft (the family is shown already)."""


WORDS: dict[str, Callable[[], str]] = {}
"""What a registered kind is about, in a few translated words (for the question)."""


def register_opener(kind: str, opener: Opener, what: Callable[[], str] | None = None) -> None:
    """`opener(main_window, draft)` opens the dialog of `kind` for the family on the screen
    (and `draft.key.record_key`) and returns it; the keeper fills in the values. `what()`
    says in a few translated words what the dialog is about ("the closing of the family")."""
    OPENERS[kind] = opener
    if what is not None:
        WORDS[kind] = what


def _open_record(main: MainWindow, draft: Draft) -> QDialog | None:
    collection = RECORD_COLLECTIONS[draft.key.kind]
    for index, tab in enumerate(main.detail.tabs):
        dialog_class = getattr(tab, "dialog_class", None)
        if getattr(dialog_class, "collection", None) == collection:
            main.show_tab(index)
            dialog: QDialog | None = tab.open_editor(  # type: ignore[attr-defined]
                None if draft.record_gone else draft.key.record_key
            )
            return dialog
    return None


def _open_contact(main: MainWindow, draft: Draft) -> QDialog | None:
    backup = bool(draft.values and draft.values.get("role_backup") is True)
    return main.change_contact("backup" if backup else "primary")


for _kind in RECORD_COLLECTIONS:
    register_opener(_kind, _open_record)
register_opener("family_details", lambda main, _d: main.edit_details())
register_opener("change_contact", _open_contact)
register_opener("new_family", lambda main, _d: main.new_family())


def what_of(kind: str) -> str:
    """What a dialog kind was about, in a few words (for the question)."""
    words = {
        "member": QCoreApplication.translate("Drafts", "a member of the family"),
        "network": QCoreApplication.translate("Drafts", "someone in the network"),
        "event": QCoreApplication.translate("Drafts", "a step in the journey"),
        "goal": QCoreApplication.translate("Drafts", "a goal in the plan"),
        "reflection": QCoreApplication.translate("Drafts", "a reflection"),
        "family_details": QCoreApplication.translate("Drafts", "the family's details"),
        "change_contact": QCoreApplication.translate("Drafts", "a change of contact person"),
    }
    if kind in WORDS:
        return WORDS[kind]()
    return words.get(kind, QCoreApplication.translate("Drafts", "a form"))


def question_text(draft: Draft) -> str:
    """ "Je was iets aan het invullen voor Gezin …" in the language installed now."""
    if draft.key.family_key is None:
        said = QCoreApplication.translate(
            "Drafts", "You were entering a new family when veldwerk locked or closed."
        )
    else:
        said = (
            QCoreApplication.translate(
                "Drafts",
                "You were filling something in for %1 (%2) when veldwerk locked or closed.",
            )
            .replace("%1", draft.family_name or "")
            .replace("%2", what_of(draft.key.kind))
        )
    if draft.record_gone:
        said += " " + QCoreApplication.translate(
            "Drafts",
            "What you were changing has been removed in the meantime; if you continue, "
            "it is added as a new one.",
        )
    return (
        said
        + " "
        + QCoreApplication.translate("Drafts", "Do you want to continue, or throw it away?")
    )


class DraftKeeper(QObject):
    """Writes the drafts of open dialogs, and offers them back after unlocking."""

    saved = Signal(str)
    """A draft was written (its slot), for the status and for tests."""
    reopened = Signal(object)
    """A dialog was opened again with a draft's values (the dialog)."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._session = session
        self._last: dict[str, Values] = {}
        self._tracked: set[int] = set()
        self._handled: set[str] = set()
        self._locking = False
        self._quiet = self._timer(QUIET_MS)
        self._longest = self._timer(LONGEST_MS)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _timer(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.keep_now)
        return timer

    def set_delays(self, quiet_ms: int, longest_ms: int) -> None:
        """How long after typing, and how often at least, a draft is written (tests)."""
        self._quiet.setInterval(quiet_ms)
        self._longest.setInterval(longest_ms)

    def stop(self) -> None:
        self._quiet.stop()
        self._longest.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in ACTIVITY and self._session.is_unlocked:
            self._quiet.start()
            if not self._longest.isActive():
                self._longest.start()
        return False

    # ---- writing -------------------------------------------------------------------------
    @staticmethod
    def open_dialogs() -> list[QWidget]:
        """The dialogs on the screen that keep drafts."""
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, Draftable) and w.isVisible() and shiboken6.isValid(w)
        ]

    def keep_now(self) -> None:
        """Write the draft of every open dialog with changes (that changed since last time)."""
        self._quiet.stop()
        self._longest.stop()
        if not self._session.is_unlocked and not self._locking:
            return
        for dialog in self.open_dialogs():
            assert isinstance(dialog, Draftable) and isinstance(dialog, QDialog)
            key = dialog.draft_key()
            if key is None:
                continue
            self._track(dialog, key)
            if not dialog.is_dirty():
                if key.slot in self._last:
                    self.discard(key)
                continue
            values = dialog.draft_values()
            if self._last.get(key.slot) == values:
                continue
            self._last[key.slot] = values
            self._write(key, values)

    def _write(self, key: DraftKey, values: Values) -> None:
        def refused(err: DomainError) -> None:
            log.info("a draft was not kept (%s)", err.code)

        self._session.worker.call(
            lambda ws: ws.drafts.save(key, values), lambda _r: self.saved.emit(key.slot), refused
        )

    def discard(self, key: DraftKey) -> None:
        self._last.pop(key.slot, None)
        self._session.worker.call(lambda ws: ws.drafts.discard(key))

    def _track(self, dialog: QDialog, key: DraftKey) -> None:
        """When `dialog` is saved, or closed leaving its changes, its draft goes."""
        if id(dialog) in self._tracked:
            return
        ident = id(dialog)
        self._tracked.add(ident)
        dialog.finished.connect(lambda _r: self._finished(key, ident))

    def _finished(self, key: DraftKey, ident: int) -> None:
        self._tracked.discard(ident)
        if not self._locking and self._session.is_unlocked:
            self.discard(key)

    # ---- lock ----------------------------------------------------------------------------
    def begin_lock(self) -> None:
        """Before the screen is cleared and the workspace closed: write every draft now."""
        self._locking = True
        self.keep_now()

    def end_lock(self) -> None:
        self._locking = False
        self._last.clear()
        self._tracked.clear()
        self._handled.clear()

    # ---- offering back -------------------------------------------------------------------
    def offer(self) -> None:
        """Ask about the drafts in the store, one at a time."""
        if self._session.is_unlocked:
            self._session.worker.query(lambda ws: ws.drafts.pending(), self.ask_about)

    def ask_about(self, drafts: list[Draft]) -> None:
        """Ask about each of `drafts` not asked about since the last lock, in turn."""
        main = self._session.main_window
        if main is None or not self._session.is_unlocked:
            return
        for draft in drafts:
            if draft.key.slot in self._handled or draft.key.kind not in OPENERS:
                continue
            self._handled.add(draft.key.slot)
            if draft.values is None:
                self._unreadable(main, draft)
                continue
            throw_away = dialogs.question(
                main,
                QCoreApplication.translate("Drafts", "Continue where you left off?"),
                question_text(draft),
                yes=QCoreApplication.translate("Drafts", "Throw away"),
                no=QCoreApplication.translate("Drafts", "Continue filling in"),
            )
            if throw_away:
                self.discard(draft.key)
                continue
            self._continue(main, draft)
            return  # the others are offered when this dialog closes

    def _unreadable(self, main: MainWindow, draft: Draft) -> None:
        lang = self._session.lang
        said = text(draft.problem or "draft.unreadable", lang, **dict(draft.problem_params))
        dialogs.information(
            main, QCoreApplication.translate("Drafts", "A draft could not be read"), said
        )
        self.discard(draft.key)

    def _continue(self, main: MainWindow, draft: Draft) -> None:
        key = draft.key.family_key
        family = main.current_family
        if key is None or (family is not None and family.key == key):
            self._reopen(main, draft)
            return

        def shown(family: Any) -> None:
            if family is not None and family.key == key:
                main.family_shown.disconnect(shown)
                self._reopen(main, draft)

        main.family_shown.connect(shown)
        main.list_panel.reveal(key)
        main.populate(select_key=key)

    def _reopen(self, main: MainWindow, draft: Draft) -> None:
        dialog = OPENERS[draft.key.kind](main, draft)
        if dialog is None or not isinstance(dialog, Draftable) or draft.values is None:
            return
        dialog.restore_draft(draft.values)
        key = dialog.draft_key()
        if key is not None and key != draft.key:  # a record removed meanwhile: now a new one
            self.discard(draft.key)
        if key is not None:
            self._track(dialog, key)
            self._last[key.slot] = draft.values
        dialog.finished.connect(lambda _r: QTimer.singleShot(0, self.offer))
        self.reopened.emit(dialog)
