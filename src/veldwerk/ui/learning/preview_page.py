"""Page 1, "What leaves": the records of the next export as a table, one row per family
pseudonym, under a plain sentence saying what they are (pseudonymised learning data, readable
only by the coordinator) and what never leaves. Without a region no export can be made: the page
says so and offers Settings instead of an empty table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veldwerk.ui import style
from veldwerk.ui.learning.padded_delegate import PaddedDelegate
from veldwerk.ui.learning.page import LearningPage
from veldwerk.ui.learning.preview_model import PreviewModel

if TYPE_CHECKING:
    from veldwerk.services.learning_overview import LearningSnapshot

TEXT_COLUMNS = (4, 6, 7)
"""Phases, main barriers, what helped: the long texts share the width left by the others."""
MIN_TEXT_WIDTH = 140
ROW_LINES = 3
"""Every row is three lines high (the top three codes); longer texts end in "…" and show whole
in their tooltip. Rows of one height keep a profile of a thousand families quick to draw."""
SIZE_SAMPLE = 60
"""Rows measured to size the short columns."""


class PreviewPage(LearningPage):
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: LearningSnapshot | None = None
        self._lang = "nl"
        self.explanation = style.label("", "", wrap=True)
        self.summary = style.label("", "subtle", wrap=True)

        self.region_box = QFrame()
        self.region_text = style.label("", "warning", wrap=True)
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("primary")
        self.settings_button.clicked.connect(self.settings_requested.emit)
        box = QVBoxLayout(self.region_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(self.region_text)
        row = QHBoxLayout()
        row.addWidget(self.settings_button)
        row.addStretch(1)
        box.addLayout(row)
        self.region_box.hide()

        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(SIZE_SAMPLE)
        header.setStretchLastSection(False)
        for column in TEXT_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.table.viewport().installEventFilter(self)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegate(PaddedDelegate(self.table, margin=4))
        self.empty = style.label("", "subtle", wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.hide()

        layout = self.page_layout()
        layout.addWidget(self.explanation)
        layout.addWidget(self.region_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addStretch(0)  # takes the room when neither table nor note shows
        self.retranslate()

    # ---- content -------------------------------------------------------------------------
    def show_snapshot(self, snapshot: LearningSnapshot, lang: str) -> None:
        self._snapshot = snapshot
        self._lang = lang
        has_region = snapshot.region is not None
        self.region_box.setVisible(not has_region)
        self.model.set_records(snapshot.records if has_region else [], lang)
        rows = len(snapshot.records)
        self.table.setVisible(has_region and rows > 0)
        self.empty.setVisible(has_region and rows == 0)
        self.summary.setVisible(has_region)
        self._texts()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width the short columns leave among the long texts, each at least as
        wide as its header and `MIN_TEXT_WIDTH`; below that the table scrolls sideways."""
        header = self.table.horizontalHeader()
        fixed = sum(
            header.sectionSize(c) for c in range(self.model.columnCount()) if c not in TEXT_COLUMNS
        )
        room = self.table.viewport().width() - fixed
        share = max(room // len(TEXT_COLUMNS), 0)
        metrics = header.fontMetrics()
        for column in TEXT_COLUMNS:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            least = max(MIN_TEXT_WIDTH, metrics.horizontalAdvance(title) + 36)
            header.resizeSection(column, max(share, least))
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().lineSpacing() * ROW_LINES + 14)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self._snapshot = None
        self.model.clear()
        self.summary.clear()

    def _texts(self) -> None:
        snapshot = self._snapshot
        if snapshot is None or snapshot.region is None:
            return
        rows = len(snapshot.records)
        families = (
            self.tr("1 family gave consent and is in it.")
            if rows == 1
            else self.tr("%1 families gave consent and are in it.").replace("%1", str(rows))
        )
        self.summary.setText(
            " ".join(
                (
                    self.tr(
                        "The table shows exactly what the next export holds, before it is "
                        "locked for the coordinator; only the family codes are drawn anew."
                    ),
                    self.tr("Region: %1.").replace("%1", snapshot.region),
                    families,
                )
            )
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What leaves veldwerk"))
        self.explanation.setText(
            self.tr(
                "This is pseudonymised learning data, readable only by the coordinator: only "
                "families that gave consent, each under a new random code instead of a name, "
                "with codes, counts, quarters and 4-week periods. Names, addresses, dates, notes "
                "and the municipality never leave this computer."
            )
        )
        self.region_text.setText(
            self.tr(
                "Set the region first. The region goes along with the learning data; a family's "
                "municipality never does. Until it is set, nothing can be exported."
            )
        )
        self.settings_button.setText(self.tr("Open Settings"))
        self.settings_button.setAccessibleName(self.tr("Open Settings to set the region"))
        self.empty.setText(
            self.tr(
                "No family has given consent for learning yet, so nothing leaves. You can record "
                "a family's consent on the Consent page."
            )
        )
        self.table.setAccessibleName(self.tr("What leaves, per family code"))
        self.model.set_lang(self._lang)
        self._texts()
        self.fit_columns()
