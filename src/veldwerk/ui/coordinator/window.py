"""The coordinator window: collect a shared folder, see what the practice is learning, save the
report.

Top: the shared folder, the coordinator's key (and its passphrase, if it has one), Collect with a
progress bar and Stop. Below: a filter (region, period of opening, threshold) and two tabs: the
dashboard (charts, key figures) and the files that could not be used, with the reason in words.
Everything shown comes from `coordinator.overview`, so it is suppressed exactly like the files
`veldwerk collect` writes. Collecting and loading run on a thread of their own (`jobs.Job`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from veldwerk.coordinator import texts as _texts  # noqa: F401  (registers the messages)
from veldwerk.coordinator.collect import CollectResult, Rejection
from veldwerk.coordinator.database import default_url, describe_url
from veldwerk.coordinator.facts import FamilyFacts
from veldwerk.coordinator.overview import Overview, Selection, build_overview
from veldwerk.coordinator.suppress import DEFAULT_THRESHOLD, MIN_THRESHOLD
from veldwerk.domain import codes, messages
from veldwerk.domain.errors import DomainError
from veldwerk.ui import dialogs
from veldwerk.ui.coordinator import charts
from veldwerk.ui.coordinator.jobs import Job
from veldwerk.ui.coordinator.tables import MetricsModel, RejectedModel

log = logging.getLogger(__name__)

ALL_PHASES = ""


def current_lang() -> str:
    """The language the program shows now ("nl" or "en"), as set by `ui.i18n.Translations`."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def _load_families(url: str) -> list[FamilyFacts]:
    from veldwerk.coordinator.database import open_database
    from veldwerk.coordinator.repository import load_families

    with open_database(url) as db, db.engine.connect().execution_options(readonly=True) as c:
        return load_families(c)


def _collect(
    folder: Path, key_path: Path | None, passphrase: str, url: str, progress: Any, cancel: Any
) -> tuple[CollectResult, list[FamilyFacts]]:
    from veldwerk.coordinator.collect import collect
    from veldwerk.coordinator.database import open_database
    from veldwerk.coordinator.repository import load_families
    from veldwerk.learning.keys import load_coordinator_private_key

    key = None
    if key_path is not None:
        key = load_coordinator_private_key(
            key_path, passphrase=passphrase.encode() if passphrase else None
        )
    with open_database(url) as db:
        result = collect(folder, db, private_key=key, progress=progress, cancel=cancel)
        with db.engine.connect().execution_options(readonly=True) as conn:
            families = load_families(conn)
    return result, families


class CoordinatorWindow(QMainWindow):
    """See the module's text. `db_url` None means the default coordinator database."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        db_url: str | None = None,
        shared_dir: Path | None = None,
        key: Path | None = None,
        threshold: int = DEFAULT_THRESHOLD,
        lang: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("coordinatorWindow")
        self.lang = lang or current_lang()
        self.db_url = db_url or default_url()
        self.families: list[FamilyFacts] = []
        self.rejected: list[Rejection] = []
        self.overview: Overview | None = None
        self.last_result: CollectResult | None = None
        self.job: Job | None = None
        self._quarters: list[str] = []
        self._build(shared_dir, key, max(threshold, MIN_THRESHOLD))
        self.retranslate()
        self.resize(1180, 860)
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

        source = QFrame()
        source.setObjectName("card")
        form = QFormLayout(source)
        self.folder_edit = QLineEdit(str(shared_dir) if shared_dir else "")
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self._choose_folder)
        self.folder_label = QLabel()
        form.addRow(self.folder_label, self._row(self.folder_edit, self.folder_button))
        self.key_edit = QLineEdit(str(key) if key else "")
        self.key_button = QPushButton()
        self.key_button.clicked.connect(self._choose_key)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.key_label = QLabel()
        form.addRow(
            self.key_label,
            self._row(self.key_edit, self.key_button, self.passphrase_label, self.passphrase_edit),
        )
        self.db_label = QLabel()
        self.db_value = QLabel(describe_url(self.db_url))
        self.db_value.setObjectName("subtle")
        self.db_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.db_label, self.db_value)
        self.collect_button = QPushButton()
        self.collect_button.setObjectName("primary")
        self.collect_button.clicked.connect(self.start_collect)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        run_row = self._row(self.collect_button, self.progress, self.stop_button)
        form.addRow(run_row)
        form.addRow(self.status)
        outer.addWidget(source)

        filters = QHBoxLayout()
        self.region_label = QLabel()
        self.region_combo = QComboBox()
        self.from_label = QLabel()
        self.from_combo = QComboBox()
        self.to_label = QLabel()
        self.to_combo = QComboBox()
        self.threshold_label = QLabel()
        self.threshold_spin = QSpinBox()
        self.threshold_spin.setRange(MIN_THRESHOLD, 99)
        self.threshold_spin.setValue(threshold)
        for combo in (self.region_combo, self.from_combo, self.to_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for label, widget in (
            (self.region_label, self.region_combo),
            (self.from_label, self.from_combo),
            (self.to_label, self.to_combo),
            (self.threshold_label, self.threshold_spin),
        ):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_report)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.save_csv)
        filters.addWidget(self.save_button)
        filters.addWidget(self.csv_button)
        outer.addLayout(filters)
        for combo in (self.region_combo, self.from_combo, self.to_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.threshold_spin.valueChanged.connect(self.refresh)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._dashboard(), "")
        self.rejected_model = RejectedModel(self.lang, self)
        self.rejected_view = QTableView()
        self.rejected_view.setModel(self.rejected_model)
        self.rejected_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.rejected_view.horizontalHeader().setStretchLastSection(True)
        self.rejected_view.verticalHeader().setVisible(False)
        self.rejected_view.setWordWrap(True)
        rejected_page = QWidget()
        rejected_layout = QVBoxLayout(rejected_page)
        self.rejected_intro = QLabel()
        self.rejected_intro.setWordWrap(True)
        self.rejected_intro.setObjectName("subtle")
        rejected_layout.addWidget(self.rejected_intro)
        rejected_layout.addWidget(self.rejected_view)
        self.tabs.addTab(rejected_page, "")
        outer.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            layout.addWidget(w, 1 if isinstance(w, QLineEdit | QProgressBar) else 0)
        return box

    def _dashboard(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("sectionTitle")
        self.suppression_note = QLabel()
        self.suppression_note.setWordWrap(True)
        self.suppression_note.setObjectName("subtle")
        layout.addWidget(self.summary)
        layout.addWidget(self.suppression_note)
        grid = QGridLayout()
        phase_row = QHBoxLayout()
        self.phase_label = QLabel()
        self.phase_combo = QComboBox()
        self.phase_label.setBuddy(self.phase_combo)
        self.phase_combo.currentIndexChanged.connect(self._draw_barriers)
        phase_row.addWidget(self.phase_label)
        phase_row.addWidget(self.phase_combo, 1)
        barrier_box = QVBoxLayout()
        barrier_box.addLayout(phase_row)
        self.barrier_view = charts.chart_view()
        self.barrier_hidden = self._hidden_label()
        barrier_box.addWidget(self.barrier_view, 1)
        barrier_box.addWidget(self.barrier_hidden)
        grid.addLayout(barrier_box, 0, 0)
        enabler_box = QVBoxLayout()
        self.enabler_view = charts.chart_view()
        self.enabler_hidden = self._hidden_label()
        enabler_box.addWidget(self.enabler_view, 1)
        enabler_box.addWidget(self.enabler_hidden)
        grid.addLayout(enabler_box, 0, 1)
        self.trend_view = charts.chart_view()
        self.trend_view.setMinimumHeight(260)
        grid.addWidget(self.trend_view, 1, 0, 1, 2)
        layout.addLayout(grid, 1)
        self.metrics_title = QLabel()
        self.metrics_title.setObjectName("sectionTitle")
        layout.addWidget(self.metrics_title)
        self.metrics_model = MetricsModel(self, self.lang)
        self.metrics_view = QTableView()
        self.metrics_view.setModel(self.metrics_model)
        self.metrics_view.verticalHeader().setVisible(False)
        header = self.metrics_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        header.setMinimumHeight(64)
        self.metrics_view.setMinimumHeight(190)
        layout.addWidget(self.metrics_view)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page.setMinimumSize(900, 900)
        scroll.setWidget(page)
        return scroll

    @staticmethod
    def _hidden_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setObjectName("subtle")
        return label

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
        self.folder_label.setText(self.tr("Shared folder"))
        self.folder_button.setText(self.tr("Choose…"))
        self.key_label.setText(self.tr("Coordinator key"))
        self.key_edit.setPlaceholderText(self.tr("coordinator-private.pem (for encrypted bundles)"))
        self.key_button.setText(self.tr("Choose…"))
        self.passphrase_label.setText(self.tr("Passphrase of the key"))
        self.passphrase_edit.setPlaceholderText(self.tr("only if the key has one"))
        self.db_label.setText(self.tr("Database"))
        self.collect_button.setText(self.tr("Collect"))
        self.stop_button.setText(self.tr("Stop"))
        self.region_label.setText(self.tr("Region"))
        self.from_label.setText(self.tr("Started from"))
        self.to_label.setText(self.tr("to"))
        self.threshold_label.setText(self.tr("Hide numbers below"))
        self.save_button.setText(self.tr("Save report…"))
        self.csv_button.setText(self.tr("Save CSV files…"))
        self.phase_label.setText(self.tr("Barriers in phase"))
        self.metrics_title.setText(self.tr("Key figures per region"))
        self.rejected_intro.setText(
            self.tr(
                "Files in the shared folder that could not be used in the last collection, and "
                "why. They did not stop the collection; nothing of them was counted."
            )
        )
        self._fill_filters()
        self.rejected_model.set_lang(self.lang)
        self.metrics_model.lang = self.lang
        self.metrics_model.retranslate()
        self._update_tab_titles()
        self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.lang = current_lang()
            self.retranslate()
        super().changeEvent(event)

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Dashboard"))
        n = len(self.rejected)
        self.tabs.setTabText(1, self.tr("Files not used (%n)", "", n))

    def _fill_filters(self) -> None:
        """Region, period and phase choices, keeping what was chosen."""
        regions = sorted({f.region for f in self.families})
        quarters = sorted({f.opened_quarter for f in self.families})
        self._quarters = quarters
        for combo, items, first in (
            (self.region_combo, [(r, r) for r in regions], self.tr("All regions")),
            (self.from_combo, [(q, q) for q in quarters], self.tr("the start")),
            (self.to_combo, [(q, q) for q in quarters], self.tr("now")),
            (
                self.phase_combo,
                [(p, codes.label("phase", p, self.lang)) for p in codes.PHASE_ORDER],
                self.tr("All phases"),
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, "")
            for data, text in items:
                combo.addItem(text, data)
            at = combo.findData(chosen) if chosen else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)

    # --- the dashboard -----------------------------------------------------------------

    def selection(self) -> Selection:
        return Selection(
            region=self.region_combo.currentData() or None,
            first_quarter=self.from_combo.currentData() or None,
            last_quarter=self.to_combo.currentData() or None,
        )

    def refresh(self) -> None:
        """Recompute the overview for the current filter and threshold, and draw it; with no
        families collected at all there is no overview (the dashboard says so)."""
        self.overview = self._build_overview() if self.families else None
        self._draw()

    def _build_overview(self) -> Overview:
        return build_overview(self.families, self.threshold_spin.value(), self.selection())

    def _draw(self) -> None:
        overview = self.overview
        t = self.threshold_spin.value()
        self.suppression_note.setText(
            self.tr(
                "Numbers below %1 families are shown as <%1; x hides a number that would let a "
                "smaller one be worked out. Charts show only numbers of at least %1."
            ).replace("%1", str(t))
        )
        if overview is None:
            self.summary.setText(self.tr("No learning data collected yet."))
            self.suppression_note.setText(
                self.tr("Choose the shared folder and press Collect to see what is learned.")
            )
            self.barrier_hidden.clear()
            self.enabler_hidden.clear()
            self.metrics_model.set_rows([])
            for view in (self.barrier_view, self.enabler_view, self.trend_view):
                view.setChart(charts.QChart())
            return
        self.summary.setText(
            self.tr("Families in this selection: %1").replace("%1", overview.total.text)
        )
        self.metrics_model.set_rows(overview.metrics)
        rows_height = sum(self.metrics_view.rowHeight(r) for r in range(len(overview.metrics)))
        self.metrics_view.setMinimumHeight(
            self.metrics_view.horizontalHeader().height() + rows_height + 8
        )
        self._draw_barriers()
        enablers = overview.enablers
        self.enabler_view.setChart(
            charts.bar_chart(
                self.tr("What helps (families)"), enablers, "enabler", self.lang, charts.ENABLER
            )
        )
        self.enabler_hidden.setText(self._hidden_text(enablers, "enabler"))
        self.trend_view.setChart(charts.trend_chart(overview.quarters))

    def _draw_barriers(self) -> None:
        overview = self.overview
        if overview is None:
            return
        phase = self.phase_combo.currentData() or ALL_PHASES
        if phase == ALL_PHASES:
            bars = overview.barriers
            hidden = self._hidden_text(bars, "barrier")
        else:
            bars = dict(overview.barriers_by_phase)[phase]
            hidden = self.tr("Only barriers met by at least %1 families are shown.").replace(
                "%1", str(overview.threshold)
            )
        title = self.tr("Barriers (families)")
        self.barrier_view.setChart(charts.bar_chart(title, bars, "barrier", self.lang, charts.BAR))
        self.barrier_hidden.setText(hidden)

    def _hidden_text(self, bars: Sequence[Any], kind: str) -> str:
        hidden = [codes.label(kind, b.code, self.lang) for b in bars if b.value is None]
        if not hidden:
            return ""
        return (
            self.tr("Fewer than %1 families: %2")
            .replace("%1", str(self.threshold_spin.value()))
            .replace("%2", ", ".join(hidden))
        )

    # --- jobs --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.job is not None

    def _run(self, job: Job, on_done: Any) -> None:
        self.job = job
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(on_done)
        job.refused.connect(self._on_refused)
        job.crashed.connect(self._on_crashed)
        job.cancelled.connect(self._on_cancelled)
        job.finished.connect(self._on_finished)
        self._set_running(True)
        job.start()

    def _set_running(self, running: bool) -> None:
        self.collect_button.setEnabled(not running)
        self.save_button.setEnabled(not running)
        self.csv_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)
        if running:
            self.progress.setRange(0, 0)

    def _start_load(self) -> None:
        url = self.db_url
        self.status.setText(self.tr("Opening the coordinator database…"))
        self._run(Job(lambda _p, _c: _load_families(url), self), self._on_loaded)

    def start_collect(self) -> bool:
        """Collect the chosen folder; False (with a message) when it cannot start."""
        if self.busy:
            return False
        folder_text = self.folder_edit.text().strip()
        if not folder_text:
            self.status.setText(self.tr("Choose the shared folder first."))
            return False
        folder = Path(folder_text).expanduser()
        key_text = self.key_edit.text().strip()
        key = Path(key_text).expanduser() if key_text else None
        passphrase = self.passphrase_edit.text()
        url = self.db_url
        self.status.setText(self.tr("Collecting…"))

        def work(progress: Any, cancel: Any) -> Any:
            return _collect(folder, key, passphrase, url, progress, cancel)

        self._run(Job(work, self), self._on_collected)
        return True

    def stop(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_loaded(self, families: list[FamilyFacts]) -> None:
        self.families = families
        self._fill_filters()
        self.refresh()
        self.status.setText(self.tr("Families in the database: %n.", "", len(families)))

    def _on_collected(self, outcome: tuple[CollectResult, list[FamilyFacts]]) -> None:
        result, families = outcome
        self.last_result = result
        self.families = families
        self.rejected = list(result.rejected)
        self.rejected_model.set_rows(self.rejected)
        self._update_tab_titles()
        self._fill_filters()
        self.refresh()
        text = messages.render(
            "coordinator.summary",
            {
                "files": result.files,
                "new": result.new_bundles,
                "unchanged": result.unchanged,
                "superseded": result.superseded,
                "duplicates": result.duplicates,
                "rejected": len(result.rejected),
            },
            self.lang,
        )
        text += " " + messages.render(
            "coordinator.totals",
            {"families": result.families, "installations": result.installations},
            self.lang,
        )
        if result.cancelled:
            text = messages.render("coordinator.cancelled", {}, self.lang) + " " + text
        self.status.setText(text)

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
        self.status.setText(messages.render("coordinator.cancelled", {}, self.lang))

    def _on_finished(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self._set_running(False)

    def wait_idle(self, ms: int = 60_000) -> None:
        """Block until the running job ends (for tests and closing)."""
        if self.job is not None:
            self.job.wait(ms)

    # --- choosing and saving -------------------------------------------------------------

    def start_at_folder(self, folder: str | None) -> None:
        """Start at `folder` (the profile's configured shared folder), unless one is filled in
        already."""
        if folder and not self.folder_edit.text().strip():
            self.folder_edit.setText(folder)

    def _choose_folder(self) -> None:
        chosen = dialogs.choose_folder(
            self, self.tr("Choose the shared folder"), self.folder_edit.text()
        )
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def _choose_key(self) -> None:
        chosen = dialogs.open_file(
            self,
            self.tr("Choose the coordinator's private key"),
            self.tr("Key files (*.pem);;All files (*)"),
        )
        if chosen is not None:
            self.key_edit.setText(str(chosen))

    def save_report(self) -> Path | None:
        """Ask where, then write report.pdf for the current selection."""
        from veldwerk.coordinator.report import report_pdf
        from veldwerk.domain.clock import today
        from veldwerk.files import write_atomically

        overview = self.overview or self._build_overview()
        target = dialogs.save_file(
            self, self.tr("Save report"), "report.pdf", self.tr("PDF files (*.pdf)")
        )
        if target is None:
            return None
        try:
            write_atomically(
                target,
                report_pdf(
                    overview,
                    lang=self.lang,
                    rejected=len(self.rejected),
                    collected_at=today().isoformat(),
                ),
            )
        except OSError:
            log.exception("saving the report failed")
            self.status.setText(
                self.tr("The report could not be saved there. Choose another folder.")
            )
            return None
        self.status.setText(self.tr("Report saved: %1").replace("%1", str(target)))
        return target

    def save_csv(self) -> list[Path]:
        """Ask for a folder, then write the four files `veldwerk collect` writes (all families,
        not only the selection)."""
        from veldwerk.coordinator.outputs import write_outputs
        from veldwerk.domain.clock import today

        folder = dialogs.choose_folder(self, self.tr("Choose a folder for the CSV files"))
        if folder is None:
            return []
        try:
            written = write_outputs(
                folder,
                self.families,
                self.rejected,
                self.threshold_spin.value(),
                lang=self.lang,
                collected_at=today().isoformat(),
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
        if self.job is not None:
            self.job.cancel()
            self.job.wait(30_000)
        super().closeEvent(event)
