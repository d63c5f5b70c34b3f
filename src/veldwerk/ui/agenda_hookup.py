"""Wiring the Vandaag screen, retention and the family list's attention filter into the main
window with one call, `attach_agenda(window)`:

- the right side becomes a stack of the Vandaag screen (`AgendaView`) and the family; Vandaag
  shows first (and again after a lock), the family as soon as the user picks one; "Today"
  (Ctrl+0, View menu and toolbar) returns to it;
- the agenda is built again whenever the family list is (a save, an import, an erasure) and
  when it is shown; the status bar counts what is overdue;
- an entry opens its family at its tab; the families whose retention period ended are erased
  in one confirmed step (`RetentionDialog`), a family at its parents' request from the Edit
  menu (`ParentRequestDialog`);
- a filter beside the family list's: without backup, or no contact for N weeks (the families
  are chosen by `AgendaService.families_matching`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QStackedWidget,
    QWidget,
)

from veldwerk.services.agenda import Agenda, AgendaEntry
from veldwerk.ui.agenda_view import AgendaView
from veldwerk.ui.retention_dialog import ParentRequestDialog, RetentionDialog
from veldwerk.ui.status_label import permanent_label

if TYPE_CHECKING:
    from veldwerk.ui.main_window import MainWindow

TABS = {"family": 0, "network": 1, "journey": 2, "plan": 3, "reflections": 4}
STATUS_LABEL = "agendaStatus"
SHORTCUT = "Ctrl+0"


class AgendaHookup(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = AgendaView()
        self.stack = QStackedWidget()
        window.splitter.replaceWidget(1, self.stack)
        self.stack.addWidget(self.view)
        self.stack.addWidget(window.detail)
        self.stack.setCurrentWidget(self.view)
        self._home_first = True
        """Vandaag stays in front of the first family shown after unlocking (the place the
        session brings back), until the user picks a family."""
        self._request = 0
        self.weeks = 6
        self.dialog: QDialog | None = None
        """The last retention dialog opened (for tests and screenshots)."""
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        window.addAction(self.action)
        window.view_menu.insertAction(window.view_menu.actions()[0], self.action)
        window.toolbar.insertAction(window.toolbar.actions()[0], self.action)
        self.parent_action = QAction(window)
        window.addAction(self.parent_action)
        window.edit_menu.addAction(self.parent_action)
        window.family_actions.append(self.parent_action)
        self.parent_action.setEnabled(False)
        self.filter = QComboBox()
        self.filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )  # the window still fits 1280 x 800 at 200%
        self.filter.setMinimumContentsLength(13)
        panel = window.list_panel
        # a row of its own under status and phase: beside them the list would be wider than the
        # family's tabs can spare on a 1280-pixel screen
        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        outer = panel.layout()
        if isinstance(outer, QBoxLayout):
            outer.insertLayout(outer.indexOf(panel.filter_row) + 1, row)
        panel.extra_filters.append(self.filter)
        QWidget.setTabOrder(panel.phase_filter, self.filter)
        QWidget.setTabOrder(self.filter, panel.view)
        QWidget.setTabOrder(panel.view, self.view.tree)  # then Vandaag (or the family's parts)
        QWidget.setTabOrder(self.view.tree, self.view.erase_button)
        QWidget.setTabOrder(self.view.erase_button, window.detail.details_button)
        self.status = permanent_label(window, STATUS_LABEL)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        w = self.window
        self.action.triggered.connect(self.show_agenda)
        self.parent_action.triggered.connect(self.parent_request)
        self.view.entry_chosen.connect(self.open_entry)
        self.view.retention_requested.connect(self.erase_due)
        w.list_panel.family_chosen.connect(lambda _key: self.show_family())
        w.new_family_action.triggered.connect(self.show_family)
        for action in w.tab_actions:
            action.triggered.connect(self.show_family)
        w.family_shown.connect(self._family_shown)
        w.populated.connect(self.refresh)
        w.worker.family_saved.connect(lambda _f: self.refresh())
        self.view.language_changed.connect(self.retranslate)
        self.filter.currentIndexChanged.connect(lambda _index: self.apply_filter())
        w.installEventFilter(self)  # back from the Learning data window: approvals may differ

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.WindowActivate
            and self.stack.currentWidget() is self.view
            and self.view.agenda is not None
        ):
            self.refresh()
        return False

    # ---- which side shows ----------------------------------------------------------------
    def show_agenda(self) -> None:
        self.stack.setCurrentWidget(self.view)
        self.refresh()
        self.view.focus_list()

    def show_family(self) -> None:
        self._home_first = False
        self.stack.setCurrentWidget(self.window.detail)

    def _family_shown(self, family: Any) -> None:
        if family is None:
            return
        if self._home_first:
            self._home_first = False
            return
        self.stack.setCurrentWidget(self.window.detail)

    def cleared(self) -> None:
        """On lock: nothing of the agenda stays on screen; Vandaag comes first again."""
        self._request += 1
        self._home_first = True
        self.view.set_agenda(None)
        self.stack.setCurrentWidget(self.view)
        self.status.clear()

    def open_entry(self, entry: AgendaEntry) -> None:
        w = self.window
        if not w.confirm_leave_family():
            return
        self.show_family()
        w.list_panel.reveal(entry.family_key)
        if w.list_panel.model.row_of(entry.family_key) is None:
            self.filter.setCurrentIndex(0)
        w.list_panel.select(entry.family_key)
        w._pending_tab = TABS.get(entry.tab, 0)
        w.load_family(entry.family_key)

    # ---- the agenda ----------------------------------------------------------------------
    def refresh(self) -> None:
        self._request += 1
        request = self._request
        worker = self.window.worker
        lang = worker.lang

        def done(answer: tuple[Agenda, int]) -> None:
            if request != self._request:
                return
            agenda, weeks = answer
            self.weeks = weeks
            self.view.set_agenda(agenda, lang, weeks)
            self._show_count(agenda.overdue)
            self._fill_filter()
            if self.filter.currentData() is not None:
                self.apply_filter()

        worker.query(
            lambda ws: (ws.agenda.build(lang=lang), ws.config.number("no_contact_weeks")), done
        )

    def _show_count(self, overdue: int) -> None:
        text = (
            QCoreApplication.translate("AgendaHookup", "%n overdue", "", overdue) if overdue else ""
        )
        self.status.setText(text)
        self.status.setAccessibleName(text)

    # ---- the family list's filter --------------------------------------------------------
    def _fill_filter(self) -> None:
        items = [
            (None, QCoreApplication.translate("AgendaHookup", "All families")),
            ("no_backup", QCoreApplication.translate("AgendaHookup", "Without backup")),
            (
                "no_contact",
                QCoreApplication.translate(
                    "AgendaHookup", "No contact for %n weeks", "", self.weeks
                ),
            ),
        ]
        keep = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        for code, text in items:
            self.filter.addItem(text, code)
        self.filter.setCurrentIndex(max(0, self.filter.findData(keep)))
        self.filter.blockSignals(False)

    def apply_filter(self) -> None:
        chosen = self.filter.currentData()
        model = self.window.list_panel.model
        if chosen is None:
            model.set_filter(keys=None)
            return
        self.window.worker.query(
            lambda ws: ws.agenda.families_matching(
                without_backup=chosen == "no_backup",
                no_contact_weeks=0 if chosen == "no_contact" else None,
            ),
            lambda keys: (
                model.set_filter(keys=keys) if self.filter.currentData() == chosen else None
            ),
        )

    # ---- retention -----------------------------------------------------------------------
    def erase_due(self) -> QDialog | None:
        w = self.window
        worker = w.worker

        def ask(due: list[Any]) -> None:
            if not due:
                self.refresh()
                return
            dialog = RetentionDialog(due, worker.lang, w)
            dialog.accepted.connect(lambda: self._erase(dialog.refs()))
            w._dialogs.open(dialog)
            self.dialog = dialog

        worker.query(lambda ws: ws.retention.due(), ask)
        return None

    def _erase(self, refs: list[str]) -> None:
        w = self.window
        shown = w.current_family

        def done(count: int) -> None:
            if shown is not None and shown.ref in refs:
                w.show_family(None)
            w._kept.clear()
            w.refresh_list()
            self.refresh()
            w.statusBar().showMessage(
                QCoreApplication.translate("AgendaHookup", "%n family(ies) erased", "", count), 8000
            )

        w.worker.query(lambda ws: ws.retention.erase_due(refs), done)

    def parent_request(self) -> QDialog | None:
        w = self.window
        family = w.current_family
        if family is None:
            return None
        dialog = ParentRequestDialog(family.ref, family.name, w)
        dialog.setProperty("lang", w.worker.lang)
        ref = family.ref

        def confirmed() -> None:
            asked = dialog.requested_on()
            if asked is None:
                return

            def done(_result: object) -> None:
                w.show_family(None)
                w._kept.clear()
                w.refresh_list()
                self.show_agenda()
                w.statusBar().showMessage(
                    QCoreApplication.translate("AgendaHookup", "%n family(ies) erased", "", 1), 8000
                )

            w.worker.query(lambda ws: ws.retention.erase_on_request(ref, asked), done)

        dialog.accepted.connect(confirmed)
        self.dialog = dialog
        return w._dialogs.open(dialog)

    # ---- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        key = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setText(QCoreApplication.translate("AgendaHookup", "&Today"))
        tip = QCoreApplication.translate("AgendaHookup", "Today: what needs your attention")
        self.action.setToolTip(f"{tip} ({key})")
        self.parent_action.setText(
            QCoreApplication.translate("AgendaHookup", "Erase at the parents' &request…")
        )
        self.filter.setAccessibleName(
            QCoreApplication.translate("AgendaHookup", "Show families that need attention")
        )
        self.filter.setAccessibleDescription(self.filter.accessibleName())
        self._fill_filter()


def attach_agenda(window: MainWindow) -> AgendaHookup:
    """The Vandaag screen, retention and the attention filter in `window`."""
    return AgendaHookup(window)
