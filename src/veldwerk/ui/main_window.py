"""The main window: the family list on the left, the chosen family on the right (header,
contact card, tabs), a menu with every action and its shortcut, and a small toolbar.

Everything it shows comes from the database worker; everything it changes goes through the
services there. `clear()` takes every family off the screen and out of the views (on lock).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QSplitter, QWidget

from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Family, FamilySummary
from veldwerk.ui import dialogs, style
from veldwerk.ui.agenda_hookup import attach_agenda
from veldwerk.ui.case_import import CaseFileImport
from veldwerk.ui.closing_hookup import attach_closing
from veldwerk.ui.family_detail import FamilyDetail
from veldwerk.ui.family_list import FamilyListPanel
from veldwerk.ui.main_menus import MenuWindow
from veldwerk.ui.open_dialogs import OpenDialogs
from veldwerk.ui.search_hookup import attach_search
from veldwerk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker

log = logging.getLogger(__name__)

KEPT_FAMILIES = 6
"""Families kept in memory (until the next lock) for quick switching back and forth."""
LIST_SHARE = 0.36
"""The family list's share of the window's width at first: names and refs readable (about 490
pixels at 1360, 420 at 1177), the rest for the eco-map and the timeline."""


class MainWindow(MenuWindow):
    """`lock_requested`, `settings_requested` and `quit_requested` go to the session. The menus
    and the toolbar are `MenuWindow`'s; this window connects them to what they do."""

    lock_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    populated = Signal()
    family_shown = Signal(object)

    def __init__(
        self, worker: DbWorker, *, demo: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.demo = demo
        self._family_request = 0
        self._list_request = 0
        self._pending_tab: int | None = None
        self._dialogs: OpenDialogs[QDialog] = OpenDialogs()
        self._kept: OrderedDict[int, Family] = OrderedDict()
        self._coordinator_windows: list[QWidget] = []
        self._closing_confirmed = False
        self.tasks = TaskRunner(worker, self)
        self.case_import = CaseFileImport(self, worker, self.tasks, self._imported)

        self.list_panel = FamilyListPanel()
        self.list_panel.can_switch = self.confirm_leave_family
        self.list_panel.family_chosen.connect(self.load_family)
        self.detail = FamilyDetail(worker)
        self.detail.details_requested.connect(self.edit_details)
        self.detail.change_contact_requested.connect(self.change_contact)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.demo_badge = style.label("DEMO", "demoBadge")
        self.demo_badge.setVisible(demo)
        self.status_text = QLabel()
        self.status_text.setContentsMargins(8, 0, 0, 0)
        self.learning_status = style.label("", "subtle")
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.learning_status)
        self.statusBar().addPermanentWidget(self.demo_badge)

        self._make_commands(self.detail.tab_widget.count(), self.detail.tab_actions())
        self._connect_commands()
        self.closing = attach_closing(self)
        self._set_tab_order()
        self.search_box = attach_search(self)  # result_opened(hit): a search result opened
        worker.family_saved.connect(self._family_saved)
        worker.busy_changed.connect(self._busy_changed)
        self.retranslate()
        self.resize(self._first_size())
        self.setMinimumSize(QSize(960, 600))
        self._sized = False
        self.agenda = attach_agenda(self)  # Vandaag, retention, the attention filter

    # ---- commands ------------------------------------------------------------------------
    def _connect_commands(self) -> None:
        for action, slot in (
            (self.new_family_action, self.new_family),
            (self.import_action, self.import_file),
            (self.print_action, self.print_overview),
            (self.lock_action, self.lock_requested.emit),
            (self.quit_action, self.close),
            (self.find_action, self.list_panel.focus_search),
            (self.details_action, self.edit_details),
            (self.contact_action, self.change_contact),
            (self.settings_action, self.settings_requested.emit),
            (self.next_action, lambda: self._step_family(1)),
            (self.previous_action, lambda: self._step_family(-1)),
            (self.learning_action, self.open_learning),
            (self.coordinator_action, self.open_coordinator),
        ):
            action.triggered.connect(slot)
        for i, action in enumerate(self.tab_actions):
            action.triggered.connect(lambda _c=False, i=i: self.show_tab(i))

    def _set_tab_order(self) -> None:
        """Tab goes as the eye does: search and filters, the list, the family's details and
        contact card buttons, the tab bar, then into the tab shown (its buttons, its view: the
        tab widget is moved with everything inside it, hidden pages are skipped)."""
        chain = [
            *self.list_panel.focus_chain(),
            self.detail.details_button,
            self.detail.card.share_button,
            self.detail.card.change_button,
            self.detail.tab_widget,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ---- the list ------------------------------------------------------------------------
    def populate(
        self,
        select_key: int | None = None,
        tab: int | None = None,
        rows: list[FamilySummary] | None = None,
    ) -> None:
        """Load the family list (or show `rows`, just loaded); then show `select_key` (if it
        still exists) on tab `tab`."""
        self._list_request += 1
        request = self._list_request
        self._pending_tab = tab

        def done(rows: list[FamilySummary]) -> None:
            if request != self._list_request:
                return
            self.list_panel.set_rows(rows)
            keys = {r.key for r in rows}
            if select_key is not None and select_key in keys:
                self.list_panel.select(select_key)
                self.load_family(select_key)
            self._update_status()
            self.populated.emit()

        if rows is not None:
            done(rows)
        else:
            self.worker.query(lambda ws: ws.families.list(), done)

    def refresh_list(self) -> None:
        """Reload the summaries (after a change), keeping the chosen family."""
        self._list_request += 1
        request = self._list_request

        def done(rows: list[FamilySummary]) -> None:
            if request == self._list_request:
                self.list_panel.set_rows(rows)
                self._update_status()

        self.worker.query(lambda ws: ws.families.list(), done)

    def confirm_leave_family(self) -> bool:
        """True when the current family may be left (nothing unsaved, or the user agrees)."""
        return self._may_leave_changes(
            self.tr("You have changes that are not saved yet. Leave them and go on?"),
            self.tr("Leave the changes"),
        )

    def _may_leave_changes(self, question: str, yes: str) -> bool:
        if not self.has_unsaved_changes():
            return True
        return dialogs.question(
            self, self.tr("Unsaved changes"), question, yes=yes, no=self.tr("Keep editing")
        )

    def has_unsaved_changes(self) -> bool:
        return self.detail.has_unsaved_changes() or self._dialogs.any_unsaved()

    def load_family(self, key: int) -> None:
        """Show family `key`: from the few kept since they were last shown or saved, else
        fetched on the worker (stale answers are ignored)."""
        self._family_request += 1
        request = self._family_request
        kept = self._kept.get(key)
        if kept is not None:
            self._kept.move_to_end(key)
            self.show_family(kept)
            return

        def done(family: Family) -> None:
            if request != self._family_request:
                return
            self._keep(family)
            self.show_family(family)

        def missing(_err: DomainError) -> None:
            self.detail.set_family(None)
            self.refresh_list()

        self.worker.query(lambda ws: ws.families.get_by_key(key), done, missing)

    def _keep(self, family: Family) -> None:
        """Remember a fresh family for quick switching back (every change to it comes back
        through `family_saved`; an import or a lock forgets them all)."""
        if family.key is None:
            return
        self._kept[family.key] = family
        self._kept.move_to_end(family.key)
        while len(self._kept) > KEPT_FAMILIES:
            self._kept.popitem(last=False)

    def show_family(self, family: Family | None) -> None:
        self.detail.set_family(family)
        if family is not None and self._pending_tab is not None:
            self.detail.set_current_tab(self._pending_tab)
            self._pending_tab = None
        self._update_family_actions()
        self.family_shown.emit(family)

    def _step_family(self, step: int) -> None:
        model = self.list_panel.model
        key = self.list_panel.current_key
        row = model.row_of(key) if key is not None else None
        target = 0 if row is None else row + step
        summary = model.summary(target)
        if summary is not None:
            self.list_panel.view.setCurrentIndex(model.index(target, 0))

    def show_tab(self, index: int) -> None:
        self.detail.set_current_tab(index)

    @property
    def current_family(self) -> Family | None:
        return self.detail.family

    # ---- after changes -------------------------------------------------------------------
    def _family_saved(self, family: Family) -> None:
        self._keep(family)
        if self.detail.family is not None and family.key == self.detail.family.key:
            self.detail.set_family(family)
        self.refresh_list()

    # ---- dialogs -------------------------------------------------------------------------
    @property
    def open_dialogs(self) -> list[QDialog]:
        return self._dialogs.listed()

    def new_family(self) -> QDialog:
        from veldwerk.ui.family_form import NewFamilyDialog

        dialog = NewFamilyDialog(self.worker, self)
        dialog.accepted.connect(lambda: self._created(dialog.created))
        dialog.open_existing_requested.connect(self.show_family_by_ref)
        return self._dialogs.open(dialog)

    def show_family_by_ref(self, ref: str) -> None:
        """Choose the family with reference `ref` in the list and show it (the new-family
        dialog found the reference taken and the user asked to see that family)."""

        def found(family: Family) -> None:
            if family.key is None or not self.confirm_leave_family():
                return
            self._keep(family)
            self.list_panel.reveal(family.key)
            self.populate(select_key=family.key, tab=0)

        self.worker.query(lambda ws: ws.families.get(ref), found, lambda _e: self.refresh_list())

    def _created(self, family: Family | None) -> None:
        if family is None or family.key is None:
            return
        self.list_panel.search.clear()
        self.populate(select_key=family.key, tab=0)

    def edit_details(self) -> QDialog | None:
        family = self.detail.family
        if family is None:
            return None
        from veldwerk.ui.family_form import FamilyDetailsDialog

        return self._dialogs.open(FamilyDetailsDialog(self.worker, family, self))

    def change_contact(self, role: str = "primary") -> QDialog | None:
        family = self.detail.family
        if family is None:
            return None
        from veldwerk.ui.change_contact import ChangeContactDialog

        if not isinstance(role, str):
            role = "primary"
        return self._dialogs.open(ChangeContactDialog(self.worker, family, role, self))

    def print_overview(self) -> QDialog | None:
        family = self.detail.family
        if family is None:
            return None
        from veldwerk.ui.print_preview import PrintPreviewDialog

        return self._dialogs.open(PrintPreviewDialog(self.worker, family, self))

    def import_file(self) -> None:
        self.case_import.choose()

    def start_import(self, path: Any, replace: bool = False) -> bool:
        """Import a case file with a progress dialog that can be cancelled."""
        return self.case_import.start(path, replace)

    def _imported(self) -> None:
        self._kept.clear()
        self.populate(select_key=self.list_panel.current_key)

    def open_learning(self) -> QWidget:
        """The Learning data window (what leaves, approvals, consent, sending)."""
        from veldwerk.ui.learning import open_learning_window

        return open_learning_window(self, self.worker, self.worker.lang)

    def open_coordinator(self) -> QWidget:
        """The coordinator window (collect the shared folder, dashboard, report): a window of
        its own on the default coordinator database, in the app's language, starting at the
        profile's shared folder. It shows only anonymous, protected figures, never a family."""
        from veldwerk.ui.coordinator import open_coordinator_window

        window: QWidget = open_coordinator_window(self, worker=self.worker, lang=self.worker.lang)
        self._coordinator_windows.append(window)
        window.destroyed.connect(lambda _o=None, w=window: self._forget_coordinator(w))
        return window

    def _forget_coordinator(self, window: QWidget) -> None:
        if window in self._coordinator_windows:
            self._coordinator_windows.remove(window)

    # ---- lock ----------------------------------------------------------------------------
    def clear(self) -> bool:
        """Take every family off the screen and out of the views; close every dialog.
        Returns whether unsaved changes were thrown away."""
        lost = self.has_unsaved_changes()
        self._kept.clear()
        self._family_request += 1
        self._list_request += 1
        self._dialogs.close_all()
        if self.tasks.running:
            self.tasks.cancel()
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            forget = getattr(child, "forget", None)
            if child.isWindow() and callable(forget):  # e.g. the Learning data window
                forget()
                child.close()
        self.learning_status.clear()
        self.detail.set_family(None)
        self.list_panel.clear()
        self.agenda.cleared()
        self._update_family_actions()
        self._update_status()
        return lost

    @property
    def place(self) -> tuple[int | None, int]:
        """The chosen family and tab, to come back to after unlocking."""
        family = self.detail.family
        return (family.key if family else None, self.detail.current_tab)

    # ---- window --------------------------------------------------------------------------
    def _first_size(self) -> QSize:
        """1360 x 860, or 92% of a smaller screen (a 1366 x 768 laptop)."""
        wanted = QSize(1360, 860)
        screen = self.screen()
        if screen is None:
            return wanted
        room = screen.availableGeometry().size()
        if room.width() < 1024:  # offscreen and odd setups: keep the designed size
            return wanted
        return QSize(
            min(wanted.width(), int(room.width() * 0.92)),
            min(wanted.height(), int(room.height() * 0.92)),
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:  # the list gets its share of the width the first time
            self._sized = True
            total = max(self.splitter.width(), self.width())
            first = int(total * LIST_SHARE)
            self.splitter.setSizes([first, total - first])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closing_confirmed and self.isVisible() and not self._may_close():
            event.ignore()
            return
        self._closing_confirmed = True
        if self.tasks.running:  # stop an import at its next step rather than wait for it
            self.tasks.cancel()
        for window in list(self._coordinator_windows):  # stops a collect before quitting
            window.close()
        event.accept()
        self.quit_requested.emit()

    def _may_close(self) -> bool:
        return self._may_leave_changes(
            self.tr("You have changes that are not saved yet. Close veldwerk and leave them?"),
            self.tr("Close and leave them"),
        )

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _update_family_actions(self) -> None:
        has = self.detail.family is not None
        for action in self.family_actions:
            action.setEnabled(has)

    def _update_status(self) -> None:
        total = self.list_panel.model.total
        self.status_text.setText(
            self.tr("%n family(ies) in this profile", "", total) if total else ""
        )

    def retranslate(self) -> None:
        title = "veldwerk"
        if self.demo:
            title += " – DEMO – " + self.tr("practice data, not real families")
        self.setWindowTitle(title)
        self._retranslate_commands([FamilyDetail.title_of(tab) for tab in self.detail.tabs])
        self.splitter.setAccessibleName(self.tr("Families and the chosen family"))
        self.demo_badge.setToolTip(self.tr("Practice data: these families are made up"))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
