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
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QWidget,
)

from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Family, FamilySummary
from veldwerk.ui import dialogs, icons, style
from veldwerk.ui.family_detail import FamilyDetail
from veldwerk.ui.family_list import FamilyListPanel
from veldwerk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker

log = logging.getLogger(__name__)

MAX_LISTED_PROBLEMS = 12
KEPT_FAMILIES = 6
"""Families kept in memory (until the next lock) for quick switching back and forth."""
LIST_SHARE = 0.36
"""The family list's share of the window's width at first: names and refs readable (about 490
pixels at 1360, 420 at 1177), the rest for the eco-map and the timeline."""


class MainWindow(QMainWindow):
    """`lock_requested`, `settings_requested` and `quit_requested` go to the session."""

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
        self._open_dialogs: list[QDialog] = []
        self._kept: OrderedDict[int, Family] = OrderedDict()
        self._coordinator_windows: list[QWidget] = []
        self._closing_confirmed = False
        self.tasks = TaskRunner(worker, self)

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

        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self._set_tab_order()
        worker.family_saved.connect(self._family_saved)
        worker.busy_changed.connect(self._busy_changed)
        self.retranslate()
        self.resize(self._first_size())
        self.setMinimumSize(QSize(960, 600))
        self._sized = False

    # ---- actions and menus ---------------------------------------------------------------
    def _action(
        self, shortcut: QKeySequence | str | None, slot: Any, icon: str | None = None
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icons.icon(icon))
        action.triggered.connect(slot)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_family_action = self._action("Ctrl+N", self.new_family, "new_family")
        self.import_action = self._action("Ctrl+I", self.import_file, "import")
        self.print_action = self._action("Ctrl+P", self.print_overview, "print")
        self.lock_action = self._action("Ctrl+L", self.lock_requested.emit, "lock")
        self.quit_action = self._action("Ctrl+Q", self.close)
        self.find_action = self._action("Ctrl+F", self.list_panel.focus_search)
        self.details_action = self._action("Ctrl+E", self.edit_details)
        self.contact_action = self._action("Ctrl+K", self.change_contact)
        self.settings_action = self._action("Ctrl+,", self.settings_requested.emit, "settings")
        self.next_action = self._action("Alt+Down", lambda: self._step_family(1))
        self.previous_action = self._action("Alt+Up", lambda: self._step_family(-1))
        self.learning_action = self._action("Ctrl+Shift+L", self.open_learning)
        self.coordinator_action = self._action("Ctrl+Shift+C", self.open_coordinator)
        self.about_action = self._action(None, self.about)
        self.shortcuts_action = self._action("F1", self.show_shortcuts)
        self.tab_actions: list[QAction] = []
        for i in range(self.detail.tab_widget.count()):
            self.tab_actions.append(
                self._action(f"Ctrl+{i + 1}", lambda _c=False, i=i: self.show_tab(i))
            )
        self.family_actions = [self.print_action, self.details_action, self.contact_action]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_family_action, self.import_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.learning_action, self.coordinator_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.lock_action, self.quit_action])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.find_action, self.details_action, self.contact_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.record_menu: QMenu | None = None
        record_actions = self.detail.tab_actions()
        if record_actions:
            self.record_menu = bar.addMenu("")
            self.record_menu.addActions(record_actions)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.previous_action, self.next_action])
        if self.tab_actions:
            self.view_menu.addSeparator()
            self.view_menu.addActions(self.tab_actions)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.shortcuts_action, self.about_action])

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.addActions([self.new_family_action, self.import_action, self.print_action])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addActions([self.settings_action, self.lock_action])
        self.addToolBar(self.toolbar)

    def _set_tab_order(self) -> None:
        """Tab goes as the eye does: search and filters, the list, the family's details and
        contact card buttons, the tab bar, then into the tab shown (its buttons, its view: the
        tab widget is moved with everything inside it, hidden pages are skipped)."""
        chain = [
            *self.list_panel.focus_chain(),
            self.detail.details_button,
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
        if not self.has_unsaved_changes():
            return True
        return dialogs.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have changes that are not saved yet. Leave them and go on?"),
            yes=self.tr("Leave the changes"),
            no=self.tr("Keep editing"),
        )

    def has_unsaved_changes(self) -> bool:
        if self.detail.has_unsaved_changes():
            return True
        return any(
            bool(getattr(d, "is_dirty", lambda: False)())
            for d in self._open_dialogs
            if d.isVisible()
        )

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
    def _open(self, dialog: QDialog) -> QDialog:
        self._open_dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._forget_dialog(d))
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: QDialog) -> None:
        if dialog in self._open_dialogs:
            self._open_dialogs.remove(dialog)
        dialog.deleteLater()

    @property
    def open_dialogs(self) -> list[QDialog]:
        return list(self._open_dialogs)

    def new_family(self) -> QDialog:
        from veldwerk.ui.family_form import NewFamilyDialog

        dialog = NewFamilyDialog(self.worker, self)
        dialog.accepted.connect(lambda: self._created(dialog.created))
        dialog.open_existing_requested.connect(self.show_family_by_ref)
        return self._open(dialog)

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

        return self._open(FamilyDetailsDialog(self.worker, family, self))

    def change_contact(self, role: str = "primary") -> QDialog | None:
        family = self.detail.family
        if family is None:
            return None
        from veldwerk.ui.change_contact import ChangeContactDialog

        if not isinstance(role, str):
            role = "primary"
        return self._open(ChangeContactDialog(self.worker, family, role, self))

    def print_overview(self) -> QDialog | None:
        family = self.detail.family
        if family is None:
            return None
        from veldwerk.ui.print_preview import PrintPreviewDialog

        return self._open(PrintPreviewDialog(self.worker, family, self))

    def import_file(self) -> None:
        path = dialogs.open_file(
            self, self.tr("Import a case file"), self.tr("Case files (*.json);;All files (*)")
        )
        if path is not None:
            self.start_import(path)

    def start_import(self, path: Any, replace: bool = False) -> bool:
        """Import a case file with a progress dialog that can be cancelled."""
        from pathlib import Path

        target = Path(path)

        def op(ws, progress, cancel):  # type: ignore[no-untyped-def]
            return ws.families.import_file(
                target, replace_existing=replace, progress=progress, cancel=cancel
            )

        def refused(err: DomainError) -> None:
            if (
                not replace
                and err.problems
                and all(p.code == "family.ref_exists" for p in err.problems)
            ):
                if dialogs.question(
                    self,
                    self.tr("Already there"),
                    self.tr(
                        "%n of these families are already in veldwerk. Replace them "
                        "with the ones in the file?",
                        "",
                        len(err.problems),
                    ),
                    yes=self.tr("Replace"),
                    no=self.tr("Cancel"),
                ):
                    self.start_import(target, replace=True)
                return
            lines = [p.describe(self.worker.lang) for p in err.problems[:MAX_LISTED_PROBLEMS]]
            more = len(err.problems) - len(lines)
            if more > 0:
                lines.append(self.tr("… and %n more", "", more))
            dialogs.warning(
                self,
                self.tr("Nothing was imported"),
                self.tr("The file was not imported because of these problems:"),
                "\n".join(lines),
            )

        def done(result: Any) -> None:
            self._kept.clear()
            self.populate(select_key=self.list_panel.current_key)
            dialogs.information(
                self, self.tr("Imported"), self.tr("%n family(ies) imported.", "", result.imported)
            )

        def cancelled() -> None:
            dialogs.information(
                self,
                self.tr("Import stopped"),
                self.tr("The import was stopped. Nothing was imported."),
            )

        return self.tasks.start(self.tr("Importing families…"), op, done, refused, cancelled)

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

    def about(self) -> None:
        from veldwerk import __version__

        dialogs.information(
            self,
            self.tr("About veldwerk"),
            self.tr("veldwerk %1 – encrypted case records for the first 1000 days.").replace(
                "%1", __version__
            ),
        )

    def show_shortcuts(self) -> None:
        rows = [
            (
                a.text().replace("&", "").rstrip("…"),
                a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for a in (
                self.new_family_action,
                self.import_action,
                self.print_action,
                self.find_action,
                self.details_action,
                self.contact_action,
                self.settings_action,
                self.learning_action,
                self.coordinator_action,
                self.lock_action,
                self.quit_action,
                self.next_action,
                self.previous_action,
                *self.tab_actions,
            )
        ]
        dialogs.information(
            self,
            self.tr("Keyboard shortcuts"),
            "\n".join(f"{key}\t{text}" for text, key in rows if key),
        )

    # ---- lock ----------------------------------------------------------------------------
    def clear(self) -> bool:
        """Take every family off the screen and out of the views; close every dialog.
        Returns whether unsaved changes were thrown away."""
        lost = self.has_unsaved_changes()
        self._kept.clear()
        self._family_request += 1
        self._list_request += 1
        for dialog in list(self._open_dialogs):
            forget = getattr(dialog, "forget", None)
            if callable(forget):
                forget()
            dialog.reject()
        self._open_dialogs.clear()
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
        if not self.has_unsaved_changes():
            return True
        return dialogs.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("You have changes that are not saved yet. Close veldwerk and leave them?"),
            yes=self.tr("Close and leave them"),
            no=self.tr("Keep editing"),
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
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        if self.record_menu is not None:
            self.record_menu.setTitle(self.tr("&Record"))
        texts = (
            (self.new_family_action, self.tr("&New family…")),
            (self.import_action, self.tr("&Import case file…")),
            (self.print_action, self.tr("&Print overview…")),
            (self.lock_action, self.tr("&Lock")),
            (self.quit_action, self.tr("&Quit")),
            (self.find_action, self.tr("&Find family")),
            (self.details_action, self.tr("Family &details…")),
            (self.contact_action, self.tr("&Change contact person…")),
            (self.settings_action, self.tr("&Settings…")),
            (self.next_action, self.tr("&Next family")),
            (self.previous_action, self.tr("&Previous family")),
            (self.learning_action, self.tr("&Learning data…")),
            (self.coordinator_action, self.tr("C&oordinator…")),
            (self.about_action, self.tr("&About veldwerk")),
            (self.shortcuts_action, self.tr("&Keyboard shortcuts")),
        )
        for action, text in texts:
            action.setText(text)
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "")
            action.setToolTip(f"{plain} ({key})" if key else plain)
        for i, action in enumerate(self.tab_actions):
            tab = self.detail.tabs[i] if i < len(self.detail.tabs) else None
            name = FamilyDetail.title_of(tab) if tab is not None else str(i + 1)
            action.setText(self.tr("Tab: %1").replace("%1", name.replace("&", "")))
        self.toolbar.setWindowTitle(self.tr("Main actions"))
        self.splitter.setAccessibleName(self.tr("Families and the chosen family"))
        self.demo_badge.setToolTip(self.tr("Practice data: these families are made up"))
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
