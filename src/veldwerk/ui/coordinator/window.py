"""The coordinator window: collect a shared folder, see what the practice is learning, save the
report.

Top: the collect controls (`collect_panel.py`: the shared folder, the coordinator's key and its
passphrase, the database's passphrase while it is locked, Collect with a progress bar and Stop).
The coordinator's database is encrypted: unless ``$VELDWERK_COORDINATOR_PASSPHRASE`` is set, the
window asks for its passphrase (twice, for a new database) before it opens it. Below: the filter
bar (`filter_bar.py`: region, period of opening, threshold, saving) and three tabs: the dashboard
(`dashboard.py`: charts, key figures), the files that could not be used or are tried again
(`files_page.py`) and the installations, waiting and enrolled (`installations_page.py`,
enrolling through `enrol_dialog.py`). Everything shown comes from `coordinator.overview`, so it
is protected exactly like the files `veldwerk collect` writes, also for a filtered view;
collecting, loading, saving and enrolling go through `coordinator.service`, as the commands do,
on the task runner's thread
(`ui.tasks.TaskRunner.run`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from veldwerk.coordinator.facts import FamilyFacts
from veldwerk.coordinator.overview import Overview, Selection, build_overview
from veldwerk.coordinator.service import (
    Collected,
    CollectResult,
    CoordinatorService,
    Installations,
    Rejection,
    summary_line,
    totals_line,
)
from veldwerk.coordinator.suppress import DEFAULT_THRESHOLD, checked_threshold
from veldwerk.domain.errors import DomainError
from veldwerk.texts import text
from veldwerk.ui import dialogs
from veldwerk.ui.coordinator.collect_panel import CollectPanel
from veldwerk.ui.coordinator.dashboard import DashboardPage
from veldwerk.ui.coordinator.enrol_dialog import EnrolDialog
from veldwerk.ui.coordinator.enrolling import EnrolmentActions
from veldwerk.ui.coordinator.files_page import FilesPage
from veldwerk.ui.coordinator.filter_bar import FilterBar
from veldwerk.ui.coordinator.installations_page import InstallationsPage
from veldwerk.ui.tasks import TaskRunner, Work

log = logging.getLogger(__name__)


def current_lang() -> str:
    """The language the program shows now ("nl" or "en"), as set by `ui.i18n.Translations`."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


class CoordinatorWindow(EnrolmentActions, QMainWindow):
    """See the module's text. `db_url` None means the default coordinator database;
    `trusted_keys` and `workers` are `veldwerk collect`'s --trusted-keys and --workers; a
    `threshold` below `suppress.MIN_THRESHOLD` is refused (DomainError), never raised quietly;
    `db_passphrase` the database's passphrase when it is known already (else it is asked)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        db_url: str | None = None,
        shared_dir: Path | None = None,
        key: Path | None = None,
        threshold: int = DEFAULT_THRESHOLD,
        lang: str | None = None,
        trusted_keys: Path | None = None,
        workers: int | None = None,
        db_passphrase: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("coordinatorWindow")
        self.lang = lang or current_lang()
        self.service = CoordinatorService(
            db_url, trusted_keys=trusted_keys, workers=workers, passphrase=db_passphrase
        )
        self.db_url = self.service.db_url
        self.families: list[FamilyFacts] = []
        self.rejected: list[Rejection] = []
        self.installations = Installations([], [])
        self.enrol_dialog: EnrolDialog | None = None
        self.retry: list[Rejection] = []
        self.overview: Overview | None = None
        self.last_result: CollectResult | None = None
        self.tasks = TaskRunner(None, self)
        self.tasks.progressed.connect(self._on_progress)
        self.tasks.finished.connect(self._on_task_ended)
        self._build(shared_dir, key, checked_threshold(threshold))
        self.retranslate()
        self.resize(1180, 860)
        if self.service.needs_passphrase:
            self._ask_database_passphrase()
        else:
            self._start_load()

    # --- building ----------------------------------------------------------------------

    def _build(self, shared_dir: Path | None, key: Path | None, threshold: int) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(14, 12, 14, 12)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.intro = QLabel()
        self.intro.setObjectName("subtle")
        self.intro.setWordWrap(True)
        outer.addWidget(self.title)
        outer.addWidget(self.intro)
        self.panel = CollectPanel(shared_dir, key, self.service.database_name, self)
        self.panel.collect_button.clicked.connect(self.start_collect)
        self.panel.stop_button.clicked.connect(self.stop)
        self.panel.open_button.clicked.connect(self.open_database)
        self.panel.db_passphrase_edit.returnPressed.connect(self.open_database)
        self.panel.db_repeat_edit.returnPressed.connect(self.open_database)
        outer.addWidget(self.panel)
        self.filters = FilterBar(threshold, self)
        self.filters.changed.connect(self.refresh)
        self.filters.save_button.clicked.connect(self.save_report)
        self.filters.csv_button.clicked.connect(self.save_csv)
        outer.addWidget(self.filters)
        self.dashboard = DashboardPage(self.lang, self)
        self.files_page = FilesPage(self.lang, self)
        self.installations_page = InstallationsPage(self.lang, self)
        self.installations_page.enrol_requested.connect(self.open_enrol_dialog)
        self.installations_page.revoke_requested.connect(self.revoke)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dashboard, "")
        self.tabs.addTab(self.files_page, "")
        self.tabs.addTab(self.installations_page, "")
        outer.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        # the parts' widgets, as the window's own (tests and screenshots reach them here)
        self.folder_edit = self.panel.folder_edit
        self.key_edit = self.panel.key_edit
        self.passphrase_edit = self.panel.passphrase_edit
        self.db_value = self.panel.db_value
        self.db_passphrase_edit = self.panel.db_passphrase_edit
        self.db_repeat_edit = self.panel.db_repeat_edit
        self.open_button = self.panel.open_button
        self.status = self.panel.status
        self.progress = self.panel.progress
        self.collect_button = self.panel.collect_button
        self.stop_button = self.panel.stop_button
        self.region_combo = self.filters.region_combo
        self.from_combo = self.filters.from_combo
        self.to_combo = self.filters.to_combo
        self.threshold_spin = self.filters.threshold_spin
        self.summary = self.dashboard.summary
        self.phase_combo = self.dashboard.phase_combo
        self.barrier_view = self.dashboard.barrier_view
        self.barrier_hidden = self.dashboard.barrier_hidden
        self.enabler_view = self.dashboard.enabler_view
        self.enabler_hidden = self.dashboard.enabler_hidden
        self.trend_view = self.dashboard.trend_view
        self.metrics_model = self.dashboard.metrics_model
        self.rejected_model = self.files_page.rejected_model

    # --- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("veldwerk – coordinator"))
        self.title.setText(self.tr("Learning from practice"))
        self.intro.setText(
            self.tr(
                "Collect the learning bundles from the shared folder and see which barriers "
                "families meet, what helps and how long help takes. You never see who a family "
                "is, and small numbers are hidden so that nobody can be pointed at."
            )
        )
        self.panel.retranslate()
        self.filters.retranslate()
        self.dashboard.retranslate(self.lang)
        self.files_page.retranslate(self.lang)
        self.installations_page.retranslate(self.lang)
        self._update_tab_titles()
        self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = current_lang()
            self.retranslate()
        super().changeEvent(event)

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Dashboard"))
        n = len(self.rejected) + len(self.retry)
        self.tabs.setTabText(1, self.tr("Files not used (%n)", "", n))
        waiting = len(self.installations.waiting)
        self.tabs.setTabText(2, self.tr("Installations (%n waiting)", "", waiting))

    def _fill_filters(self) -> None:
        """Region and period choices from the families, keeping what was chosen."""
        self.filters.fill(
            sorted({f.region for f in self.families}),
            sorted({f.opened_quarter for f in self.families}),
        )

    # --- the dashboard -----------------------------------------------------------------

    def selection(self) -> Selection:
        return self.filters.selection()

    def refresh(self) -> None:
        """Recompute the overview for the current filter and threshold, and draw it; with no
        families collected at all there is no overview (the dashboard says so)."""
        self.overview = self._build_overview() if self.families else None
        self._draw()

    def _build_overview(self) -> Overview:
        return build_overview(self.families, self.filters.threshold, self.selection())

    def _draw(self) -> None:
        self.dashboard.draw(self.overview, self.filters.threshold)

    # --- tasks -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.tasks.running

    def _run(
        self,
        work: Work,
        on_done: Callable[[Any], None],
        on_refused: Callable[[DomainError], None] | None = None,
    ) -> bool:
        refused = on_refused or self._on_refused
        if self.tasks.run(work, on_done, refused, self._on_crashed, self._on_cancelled):
            self._set_running(True)
            return True
        return False

    def _on_task_ended(self) -> None:
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.panel.set_running(running)
        self.filters.set_running(running)

    def _start_load(self) -> None:
        service = self.service
        self.status.setText(self.tr("Opening the coordinator database…"))
        self._run(lambda _p, _c: (service.families(), service.installations()), self._on_loaded)

    def _ask_database_passphrase(self) -> None:
        new = self.service.is_new_database
        self.panel.show_database_passphrase(new)
        self.status.setText(
            self.tr(
                "The coordinator database is new: choose a passphrase for it and type it twice. "
                "It protects the learning data on this computer; without it the database "
                "cannot be opened."
            )
            if new
            else self.tr("The coordinator database is encrypted: enter its passphrase.")
        )
        self.db_passphrase_edit.setFocus()

    def open_database(self) -> bool:
        """Unlock the database with the passphrase typed (on the task runner's thread: the key
        derivation takes a moment), then show what it holds; False when busy."""
        if self.busy or not self.service.needs_passphrase:
            return False
        passphrase, repeat = self.panel.database_passphrase()
        service = self.service
        self.status.setText(self.tr("Opening the coordinator database…"))

        def work(_progress: Any, _cancel: Any) -> tuple[list[FamilyFacts], Installations]:
            service.unlock(passphrase, repeat)
            return service.families(), service.installations()

        self._run(work, self._on_loaded)
        return True

    def start_collect(self) -> bool:
        """Collect the chosen folder; False (with a message) when it cannot start."""
        if self.busy:
            return False
        folder = self.panel.folder()
        if folder is None:
            self.status.setText(self.tr("Choose the shared folder first."))
            return False
        if self.service.needs_passphrase:
            self.status.setText(self.tr("Open the coordinator database with its passphrase first."))
            self.db_passphrase_edit.setFocus()
            return False
        key, passphrase, service = self.panel.key(), self.panel.passphrase(), self.service
        self.status.setText(self.tr("Collecting…"))

        def work(progress: Any, cancel: Any) -> Collected:
            private_key = service.load_private_key(key, passphrase) if key else None
            return service.collect(
                folder, private_key=private_key, progress=progress, cancel=cancel
            )

        self._run(work, self._on_collected)
        return True

    def stop(self) -> None:
        if self.tasks.running:
            self.tasks.cancel()
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.panel.show_progress(done, total)

    def _on_loaded(self, loaded: tuple[list[FamilyFacts], Installations]) -> None:
        families, installations = loaded
        self.panel.show_database_passphrase(None)
        self.families = families
        self._show_installations(installations)
        self._fill_filters()
        self.refresh()
        self.status.setText(self.tr("Families in the database: %n.", "", len(families)))

    def _show_installations(self, installations: Installations) -> None:
        self.installations = installations
        self.installations_page.set_installations(installations, self.lang)
        self._update_tab_titles()

    def _on_collected(self, collected: Collected) -> None:
        result = self.last_result = collected.result
        self.families = collected.families
        self.rejected = list(result.rejected)
        self.retry = list(result.retry)
        self.files_page.set_rows(self.rejected + self.retry)
        self._show_installations(collected.installations)
        self._fill_filters()
        self.refresh()
        said = summary_line(result, self.lang) + " " + totals_line(result, self.lang)
        if result.cancelled:
            said = text("coordinator.cancelled", self.lang) + " " + said
        self.status.setText(said)

    def _on_refused(self, error: DomainError) -> None:
        self.status.setText(error.message(self.lang))

    def _on_crashed(self) -> None:
        self.status.setText(
            self.tr(
                "Something went wrong that should not have. What was "
                "collected is kept. Details are in the log (without "
                "personal data)."
            )
        )

    def _on_cancelled(self) -> None:
        self.status.setText(text("coordinator.cancelled", self.lang))

    def wait_idle(self, ms: int = 60_000) -> None:
        """Block until the running task's thread ends (for tests and closing)."""
        self.tasks.wait(ms)

    # --- choosing and saving -------------------------------------------------------------

    def start_at_folder(self, folder: str | None) -> None:
        """Start at `folder` (the profile's configured shared folder), unless one is filled in
        already."""
        if folder and not self.folder_edit.text().strip():
            self.folder_edit.setText(folder)

    def save_report(self) -> Path | None:
        """Ask where, then write report.pdf for the current selection."""
        overview = self.overview or self._build_overview()
        target = dialogs.save_file(
            self, self.tr("Save report"), "report.pdf", self.tr("PDF files (*.pdf)")
        )
        if target is None:
            return None
        try:
            self.service.save_report(target, overview, lang=self.lang, rejected=len(self.rejected))
        except OSError:
            log.exception("saving the report failed")
            self.status.setText(
                self.tr("The report could not be saved there. Choose another folder.")
            )
            return None
        self.status.setText(self.tr("Report saved: %1").replace("%1", str(target)))
        return target

    def save_csv(self) -> list[Path]:
        """Ask for a folder, then write the files `veldwerk collect` writes (all families, not
        only the selection; waiting.csv too)."""
        folder = dialogs.choose_folder(self, self.tr("Choose a folder for the CSV files"))
        if folder is None:
            return []
        try:
            written = self.service.write_outputs(
                folder,
                self.families,
                self.rejected,
                self.filters.threshold,
                lang=self.lang,
                waiting=self.installations.waiting,
            )
        except (OSError, DomainError):
            log.exception("saving the CSV files failed")
            self.status.setText(
                self.tr("The files could not be saved there. Choose another folder.")
            )
            return []
        self.status.setText(self.tr("Saved: %1").replace("%1", ", ".join(p.name for p in written)))
        return written

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.tasks.running:
            self.tasks.cancel()
            self.tasks.wait(30_000)
        super().closeEvent(event)
