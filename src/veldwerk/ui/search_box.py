"""Search in everything as you type, on a search field and a results list.

Each change of the text asks the database worker (never the GUI thread) for the records found;
while one question is on its way, only the newest text waits behind it, so typing never queues
up work and never waits. A note says when nothing was found or the text could not be searched.

Keys in the search field: Down and Up move through the results, Enter opens the chosen one (or
the first), Esc empties the field. In the list, Enter or a click opens, Esc goes back to the
field. Every opening of a result goes through `open_hit`, which emits `result_opened(hit)`:
the one place to hook anything that must follow the opening of a search result (e.g. an access
log)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from veldwerk.domain.search import SearchHit, SearchOutcome, build_match
from veldwerk.ui import style
from veldwerk.ui.search_results import SearchResultsView

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker

MIN_CHARACTERS = 2
"""Letters typed before the search starts (one letter finds too much to read)."""


def _note_text(outcome: SearchOutcome) -> str:
    translate = QCoreApplication.translate
    if outcome.note == "search.no_words":
        return translate("SearchBox", "Type a word, or part of one, to search.")
    parts = []
    if outcome.note == "search.shortened":
        parts.append(translate("SearchBox", "That is a lot of text: only the first words count."))
    if not outcome.hits:
        parts.append(translate("SearchBox", "Nothing found."))
    elif outcome.more:
        parts.append(translate("SearchBox", "More was found: type more to narrow it down."))
    return " ".join(parts)


class SearchPanel(QWidget):
    """The results list and its note, shown under the search field while there is a search."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = style.label("", "subtle", wrap=True)
        self.view = SearchResultsView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        self.setVisible(False)


class SearchBox(QObject):
    """Search as you type on `field`, results in `panel`, questions to `worker`."""

    result_opened = Signal(object)
    """A `SearchHit` the user chose to open."""
    results_shown = Signal(object)
    """The `SearchOutcome` now in the list."""
    families_found = Signal(object)
    """The keys (a frozenset) of every family the search found, for the family list to show;
    empty when there is no search, or the words were too common to count them all."""

    def __init__(self, field: QLineEdit, panel: SearchPanel, worker: DbWorker) -> None:
        super().__init__(panel)
        self.field = field
        self.panel = panel
        self.view = panel.view
        self._worker = worker
        self._asking = False
        self._generation = 0
        self._shown: str | None = None
        field.textChanged.connect(self._text_changed)
        field.installEventFilter(self)
        self.view.installEventFilter(self)
        panel.installEventFilter(self)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        worker.family_saved.connect(lambda _f: self.refresh())

    # ---- asking --------------------------------------------------------------------------
    def _text_changed(self, _text: str) -> None:
        self._ask()

    def refresh(self) -> None:
        """Ask again for the text in the field (after a change to the records)."""
        self._shown = None
        self._ask()

    def forget(self) -> None:
        """Take every result off the screen and drop answers on their way (on lock)."""
        self._generation += 1
        self._asking = False
        self._shown = None
        self.view.results.set_hits(())
        self.panel.setVisible(False)
        self.families_found.emit(frozenset())

    def _wanted(self) -> str | None:
        text = self.field.text()
        if len(text.strip()) < MIN_CHARACTERS and build_match(text).note is None:
            return None
        return text

    def _ask(self) -> None:
        wanted = self._wanted()
        if wanted is None:
            self.forget()
            return
        if self._asking or wanted == self._shown:
            return
        self._asking = True
        generation = self._generation

        def done(outcome: SearchOutcome) -> None:
            if generation != self._generation:
                return
            self._asking = False
            if outcome.query == self.field.text():
                self._show(outcome)
            else:
                self._ask()  # the newest text, typed while this one was on its way

        def failed(_error: Any = None) -> None:
            if generation == self._generation:
                self._asking = False

        self._worker.call(lambda ws: ws.search.search(wanted), done, failed, on_failed=failed)

    def _show(self, outcome: SearchOutcome) -> None:
        self._shown = outcome.query
        self.view.results.set_hits(outcome.hits)
        if outcome.hits:
            self.view.setCurrentIndex(self.view.results.index(0))
        note = _note_text(outcome)
        self.panel.note.setText(note)
        self.panel.note.setVisible(bool(note))
        self.view.setVisible(bool(outcome.hits))
        self.view.updateGeometry()
        self.panel.setVisible(True)
        self.families_found.emit(outcome.family_keys or frozenset())
        self.results_shown.emit(outcome)

    # ---- choosing ------------------------------------------------------------------------
    def open_hit(self, hit: SearchHit) -> None:
        """Open `hit` (its family, at the tab of its record): the only way a result opens."""
        self.result_opened.emit(hit)

    def open_current(self) -> bool:
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else 0
        hit = self.view.results.hit(row)
        if hit is None or not self.panel.isVisible():
            return False
        self.open_hit(hit)
        return True

    def _clicked(self, index: QModelIndex) -> None:
        hit = self.view.results.hit(index.row())
        if hit is not None:
            self.open_hit(hit)

    def _move(self, step: int) -> bool:
        count = self.view.results.rowCount()
        if not count or not self.panel.isVisible():
            return False
        current = self.view.currentIndex()
        row = current.row() + step if current.isValid() else 0
        self.view.setCurrentIndex(self.view.results.index(max(0, min(count - 1, row))))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.panel and event.type() == QEvent.Type.LanguageChange:
            self.refresh()  # the note in the new language
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.field:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                return self._move(1 if key == Qt.Key.Key_Down else -1)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.open_current()
            if key == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                return True
        elif watched is self.view:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.open_current()
            if key == Qt.Key.Key_Escape:
                self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False
