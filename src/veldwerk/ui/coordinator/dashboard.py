"""The coordinator window's dashboard page: a summary and the note on hidden numbers, the
barriers (all, or in one phase) and what helps as bar charts, the trend per quarter, and the key
figures per region. It draws an `Overview` (already protected by `coordinator.overview`, the same
function the CSV files and the report take their numbers from), nothing else, and computes no
number of its own; no overview means nothing collected yet, and the page says so."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veldwerk.coordinator.overview import Bar, Overview
from veldwerk.coordinator.perturb import COARSE_FROM, COARSE_STEP, STEP
from veldwerk.domain import codes
from veldwerk.ui.coordinator import charts
from veldwerk.ui.coordinator.filter_bar import fill_combo
from veldwerk.ui.coordinator.tables import MetricsModel

ALL_PHASES = ""


def _hidden_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("subtle")
    return label


class DashboardPage(QScrollArea):
    """See the module's text."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.overview: Overview | None = None
        self.threshold = 0
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("sectionTitle")
        self.suppression_note = _hidden_label()
        layout.addWidget(self.summary)
        layout.addWidget(self.suppression_note)
        layout.addLayout(self._charts(), 1)
        self.metrics_title = QLabel()
        self.metrics_title.setObjectName("sectionTitle")
        layout.addWidget(self.metrics_title)
        self.metrics_model = MetricsModel(self, lang)
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
        self.metrics_view.setTabKeyNavigation(False)  # Tab leaves the table
        layout.addWidget(self.metrics_view)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is inside; it scrolls
        page.setMinimumSize(900, 900)
        self.setWidget(page)

    def _charts(self) -> QGridLayout:
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
        self.barrier_hidden = _hidden_label()
        barrier_box.addWidget(self.barrier_view, 1)
        barrier_box.addWidget(self.barrier_hidden)
        grid.addLayout(barrier_box, 0, 0)
        enabler_box = QVBoxLayout()
        self.enabler_view = charts.chart_view()
        self.enabler_hidden = _hidden_label()
        enabler_box.addWidget(self.enabler_view, 1)
        enabler_box.addWidget(self.enabler_hidden)
        grid.addLayout(enabler_box, 0, 1)
        self.trend_view = charts.chart_view()
        self.trend_view.setMinimumHeight(260)
        grid.addWidget(self.trend_view, 1, 0, 1, 2)
        return grid

    def retranslate(self, lang: str) -> None:
        """The texts in `lang` (and the current translation); `draw` follows."""
        self.lang = lang
        self.phase_label.setText(self.tr("Barriers in phase"))
        self.metrics_title.setText(self.tr("Key figures per region"))
        self.metrics_view.setAccessibleName(self.metrics_title.text())
        phases = [(p, codes.label("phase", p, lang)) for p in codes.PHASE_ORDER]
        fill_combo(self.phase_combo, self.tr("All phases"), phases)
        self.metrics_model.lang = lang
        self.metrics_model.retranslate()

    def draw(self, overview: Overview | None, threshold: int) -> None:
        """Show `overview` (suppressed at `threshold`); None: nothing collected yet."""
        self.overview, self.threshold = overview, threshold
        self.suppression_note.setText(
            self.tr(
                "Numbers below %1 families are shown as <%1; x hides a number that would let a "
                "smaller one be worked out. Every other number is rounded to %2 (from %3 on to "
                "%4); a total is the sum of the numbers shown, with + when some are hidden. "
                "Charts show only numbers of at least %1."
            )
            .replace("%1", str(threshold))
            .replace("%2", str(STEP))
            .replace("%3", str(COARSE_FROM))
            .replace("%4", str(COARSE_STEP))
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
                view.setChart(QChart())
                charts.describe(view, self.tr("Chart"), self.summary.text())
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
        charts.describe(
            self.enabler_view,
            self.tr("What helps (families)"),
            charts.bars_text(enablers, "enabler", self.lang),
        )
        self.trend_view.setChart(charts.trend_chart(overview.quarters))
        charts.describe(
            self.trend_view,
            charts.trend_title(),
            charts.trend_text(overview.quarters),
        )

    def phase_bars(self) -> tuple[Bar, ...]:
        """The barriers the chart shows: of every phase, or of the phase chosen (as published
        in the overview; none without one)."""
        if self.overview is None:
            return ()
        phase = self.phase_combo.currentData() or ALL_PHASES
        if phase == ALL_PHASES:
            return self.overview.barriers
        return dict(self.overview.barriers_by_phase)[phase]

    def _draw_barriers(self) -> None:
        overview = self.overview
        if overview is None:
            return
        bars = self.phase_bars()
        if (self.phase_combo.currentData() or ALL_PHASES) == ALL_PHASES:
            hidden = self._hidden_text(bars, "barrier")
        else:
            hidden = self.tr("Only barriers met by at least %1 families are shown.").replace(
                "%1", str(overview.threshold)
            )
        title = self.tr("Barriers (families)")
        self.barrier_view.setChart(charts.bar_chart(title, bars, "barrier", self.lang, charts.BAR))
        charts.describe(self.barrier_view, title, charts.bars_text(bars, "barrier", self.lang))
        self.barrier_hidden.setText(hidden)

    def _hidden_text(self, bars: Sequence[Any], kind: str) -> str:
        hidden = [codes.label(kind, b.code, self.lang) for b in bars if b.value is None]
        if not hidden:
            return ""
        return (
            self.tr("Fewer than %1 families: %2")
            .replace("%1", str(self.threshold))
            .replace("%2", ", ".join(hidden))
        )
