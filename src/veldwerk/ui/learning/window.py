"""The Learning data window (Leerdata): what leaves, reflections awaiting approval, consent per
family, and sending. Everything it shows comes in one snapshot from the database worker
(`services.learning_overview`); everything it changes goes through the services there, each
change answered with the fresh snapshot, and slow delivery runs through the
TaskRunner with a progress dialog and Cancel, so the window never freezes.

It shows names (consent) and the original text of reflections, so it must not outlive a lock:
when its parent (the main window) is hidden by the program, it empties itself and closes, and
answers still on their way are ignored.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain.codes import label
from veldwerk.ui import dialogs, style
from veldwerk.ui.learning.consent_page import ConsentPage
from veldwerk.ui.learning.outbox_events import outbox_events
from veldwerk.ui.learning.preview_page import PreviewPage
from veldwerk.ui.learning.reflections_page import ReflectionsPage
from veldwerk.ui.learning.sending_page import SendingPage
from veldwerk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from veldwerk.domain.errors import DomainError
    from veldwerk.progress import CancelToken, Progress
    from veldwerk.services.learning import DeliveryResult
    from veldwerk.services.learning_overview import LearningOutcome, LearningSnapshot
    from veldwerk.ui.db_worker import DbWorker
    from veldwerk.workspace import Workspace

RELOAD_ON_ACTIVATE_AFTER = 2.0
"""Seconds; coming back to the window re-reads (Settings may have set the region meanwhile)."""


class LearningWindow(QDialog):
    """`settings_requested` asks the shell for Settings; `loaded` after every snapshot drawn."""

    settings_requested = Signal()
    loaded = Signal()

    PREVIEW, REFLECTIONS, CONSENT, SENDING = range(4)

    def __init__(self, worker: DbWorker, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self._worker = worker
        self._lang = lang
        self._snapshot: LearningSnapshot | None = None
        self._loaded_at = 0.0
        self._generation = 0
        self._busy = 0
        self._posting = False
        self.tasks = TaskRunner(worker, self)

        self.preview = PreviewPage()
        self.reflections = ReflectionsPage()
        self.consent = ConsentPage()
        self.sending = SendingPage()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        for page in (self.preview, self.reflections, self.consent, self.sending):
            self.tabs.addTab(page, "")
        self.loading = style.label("", "subtle")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.loading, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.preview.settings_requested.connect(self.settings_requested.emit)
        self.sending.settings_requested.connect(self.settings_requested.emit)
        self.reflections.approve_requested.connect(self.approve)
        self.reflections.withdraw_requested.connect(self.withdraw_approval)
        self.reflections.count_changed.connect(lambda _n: self._tab_titles())
        self.consent.consent_change_requested.connect(self.change_consent)
        self.sending.export_requested.connect(self.make_export)
        self.sending.sync_requested.connect(self.sync_now)
        outbox_events().changed.connect(self._outbox_changed)
        if parent is not None:
            parent.installEventFilter(self)
        self.retranslate()
        self.resize(1180, 720)
        self.setMinimumSize(760, 480)

    # ---- loading -------------------------------------------------------------------------
    @property
    def snapshot(self) -> LearningSnapshot | None:
        return self._snapshot

    @property
    def busy(self) -> bool:
        return self._busy > 0 or self.tasks.running

    def reload(self) -> None:
        """Read everything again on the worker and redraw."""
        self.loading.setText(self.tr("Loading…"))
        self._call(lambda ws: ws.learning_overview.snapshot(), self._show)

    def _show(self, snapshot: LearningSnapshot) -> None:
        self._snapshot = snapshot
        self._loaded_at = time.monotonic()
        self.loading.clear()
        self._render()
        self.loaded.emit()

    def _render(self) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        for page in (self.preview, self.reflections, self.consent, self.sending):
            page.show_snapshot(snapshot, self._lang)
        self._tab_titles()
        self._update_enabled()

    def _call(
        self,
        op: Callable[[Workspace], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[DomainError], None] | None = None,
    ) -> None:
        """Run `op(ws)` on the worker; answers after a lock or close are dropped."""
        generation = self._generation
        self._busy += 1
        self._update_enabled()

        def finish() -> bool:
            if generation != self._generation:
                return False
            self._busy = max(0, self._busy - 1)
            self._update_enabled()
            return True

        def done(result: Any) -> None:
            if finish():
                on_done(result)

        def refused(error: DomainError) -> None:
            if finish():
                if on_error is not None:
                    on_error(error)
                else:
                    self._worker.show_domain_error(error)

        def failed() -> None:
            finish()

        self._worker.call(op, done, refused, on_failed=failed)

    def _update_enabled(self) -> None:
        enabled = not self.busy and self._snapshot is not None
        self.reflections.set_enabled_actions(enabled)
        self.consent.set_enabled_actions(enabled)
        self.sending.set_enabled_actions(enabled)

    def _outbox_changed(self) -> None:
        """Someone else (automatic delivery) changed the outbox: show it."""
        if not self._posting and self.isVisible() and self._snapshot is not None and not self.busy:
            self.reload()

    def _post_outbox_changed(self) -> None:
        """Tell automatic delivery (its status text) that this window changed the outbox."""
        self._posting = True
        try:
            outbox_events().changed.emit()
        finally:
            self._posting = False

    def _message(self, error: DomainError) -> str:
        return "\n".join(dict.fromkeys(p.message(self._lang) for p in error.problems))

    # ---- reflections ---------------------------------------------------------------------
    def approve(self, reflection_key: int, digest: str) -> None:
        def done(outcome: LearningOutcome) -> None:
            self._show(outcome.snapshot)
            self.reflections.show_note(self.tr("Approved. It goes along with the next export."))

        self._call(
            lambda ws: ws.learning_overview.approve(reflection_key, digest),
            done,
            lambda e: self.reflections.show_note(self._message(e)),
        )

    def withdraw_approval(self, reflection_key: int) -> None:
        def done(outcome: LearningOutcome) -> None:
            self._show(outcome.snapshot)
            text = self.tr(
                "Approval withdrawn. The reflection does not leave unless you approve it again."
            )
            if outcome.replaced_export:
                text += " " + self.tr("The export that was waiting was replaced by one without it.")
                self._post_outbox_changed()
            self.reflections.show_note(text)

        self._call(
            lambda ws: ws.learning_overview.withdraw_approval(reflection_key),
            done,
            lambda e: self.reflections.show_note(self._message(e)),
        )

    # ---- consent -------------------------------------------------------------------------
    def change_consent(self, ref: str, consent: str) -> None:
        before = self.consent.consent_of(ref)
        withdrawing = before == "granted" and consent != "granted"
        if withdrawing and not dialogs.question(
            self,
            self.tr("Withdraw consent?"),
            self.tr(
                "From now on %1 is no longer in the learning data: the family "
                "disappears from the next export. The coordinator keeps only the "
                "newest export, so its data then disappears there too."
            ).replace("%1", f"{ref} ({self.consent.name_of(ref)})"),
            yes=self.tr("Withdraw consent"),
            no=self.tr("Keep consent"),
        ):
            self.consent.revert(ref)
            return

        def done(outcome: LearningOutcome) -> None:
            self._show(outcome.snapshot)
            if withdrawing:
                text = self.tr(
                    "Consent withdrawn for %1: the family disappears from the next export."
                ).replace("%1", ref)
                if outcome.replaced_export:
                    text += " " + self.tr(
                        "The export that was waiting was replaced by one without this family."
                    )
                    self._post_outbox_changed()
            elif consent == "granted":
                text = self.tr(
                    "Consent recorded for %1: the family is in the next export."
                ).replace("%1", ref)
            else:
                text = (
                    self.tr("Saved for %1: %2.")
                    .replace("%1", ref)
                    .replace("%2", label("consent", consent, self._lang))
                )
            self.consent.show_note(text)

        def refused(error: DomainError) -> None:
            self.consent.revert(ref)
            self.consent.show_note(self._message(error))

        self._call(lambda ws: ws.learning_overview.change_consent(ref, consent), done, refused)

    # ---- sending -------------------------------------------------------------------------
    def make_export(self) -> None:
        def done(outcome: LearningOutcome) -> None:
            self._show(outcome.snapshot)
            n = outcome.export.records if outcome.export is not None else 0
            text = (
                self.tr("New export made with 1 family.")
                if n == 1
                else self.tr("New export made with %1 families.").replace("%1", str(n))
            )
            text += " " + self.tr("It waits in the outbox until it is sent.")
            waiting = len(outcome.snapshot.pending)
            if waiting == 1:
                text += " " + self.tr("1 reflection awaits your approval and is not in it.")
            elif waiting:
                text += " " + self.tr(
                    "%1 reflections await your approval and are not in it."
                ).replace("%1", str(waiting))
            self.sending.show_result(text)
            self._post_outbox_changed()

        self._call(
            lambda ws: ws.learning_overview.make_export(),
            done,
            lambda e: self.sending.show_result(self._message(e), problem=True),
        )

    def sync_now(self) -> bool:
        """Deliver the waiting exports with a progress dialog that can be cancelled; False
        when a delivery is already running."""
        if self.tasks.running:
            return False
        generation = self._generation

        def op(ws: Workspace, progress: Progress, cancel: CancelToken) -> DeliveryResult:
            return ws.learning.sync(progress=progress, cancel=cancel)

        def done(result: DeliveryResult) -> None:
            if generation != self._generation:
                return
            n = len(result.delivered)
            if not result.ok:
                self.sending.show_result(
                    self.sending.problem_text("busy" if result.busy else result.error or ""),
                    problem=True,
                )
            elif n == 0:
                self.sending.show_result(self.tr("Nothing was waiting to be sent."))
            elif n == 1:
                self.sending.show_result(self.tr("1 export sent to the shared folder."))
            else:
                self.sending.show_result(
                    self.tr("%1 exports sent to the shared folder.").replace("%1", str(n))
                )
            self._after_sync()

        def refused(error: DomainError) -> None:
            if generation == self._generation:
                self.sending.show_result(self._message(error), problem=True)
                self._after_sync()

        def cancelled() -> None:
            if generation == self._generation:
                self.sending.show_result(
                    self.tr("Sending was stopped. What was sent stays sent; the rest waits.")
                )
                self._after_sync()

        started = self.tasks.start(self.tr("Sending learning data…"), op, done, refused, cancelled)
        self._update_enabled()
        return started

    def _after_sync(self) -> None:
        self._update_enabled()
        self.reload()
        self._post_outbox_changed()

    # ---- lock and close ------------------------------------------------------------------
    def forget(self) -> None:
        """Take every name and text off the screen and ignore answers still on their way."""
        self._generation += 1
        self._busy = 0
        if self.tasks.running:
            self.tasks.cancel()
        self._snapshot = None
        for page in (self.preview, self.reflections, self.consent, self.sending):
            page.clear()
        self._tab_titles()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        self.forget()
        super().closeEvent(event)

    def reject(self) -> None:
        self.forget()
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.parent()
            and event.type() == QEvent.Type.Hide
            and not event.spontaneous()
            and self.isVisible()
        ):
            self.close()  # the main window was hidden by the program (lock)
        return False

    def open_again(self, lang: str) -> None:
        """Show the window (again) and read everything fresh."""
        self._lang = lang
        self.retranslate()
        self.show()
        self.raise_()
        self.activateWindow()
        self.reload()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.WindowActivate
            and self._snapshot is not None
            and not self.busy
            and time.monotonic() - self._loaded_at > RELOAD_ON_ACTIVATE_AFTER
        ):
            self.reload()
        return super().event(event)

    # ---- language ------------------------------------------------------------------------
    def _tab_titles(self) -> None:
        waiting = self.reflections.awaiting
        self.tabs.setTabText(self.PREVIEW, self.tr("&What leaves"))
        self.tabs.setTabText(
            self.REFLECTIONS,
            self.tr("&Reflections to approve (%1)").replace("%1", str(waiting))
            if waiting
            else self.tr("&Reflections"),
        )
        self.tabs.setTabText(self.CONSENT, self.tr("&Consent"))
        self.tabs.setTabText(self.SENDING, self.tr("Se&nding"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Learning data"))
        self.tabs.setAccessibleName(self.tr("Learning data"))
        self.close_button.setText(self.tr("Close"))
        self._tab_titles()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self._lang = self._worker.lang
            self.retranslate()
            self._render()
        super().changeEvent(event)


def open_learning_window(parent: QWidget, worker: DbWorker, lang: str) -> LearningWindow:
    """Open the Learning data window beside `parent` (the main window), or bring the open one
    forward, and read everything fresh. When `parent` has a `settings_requested` signal (the
    main window does), the window's "Open Settings" buttons go to it."""
    window = parent.findChild(LearningWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if window is None:
        window = LearningWindow(worker, lang, parent)
        forward = getattr(parent, "settings_requested", None)
        if forward is not None and hasattr(forward, "emit"):
            window.settings_requested.connect(forward.emit)
    window.open_again(lang)
    return window
