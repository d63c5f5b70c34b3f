"""Table models of the coordinator window: the key figures per region and the refused files.
Plain data in, no database; tested without a view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from veldwerk.coordinator.metrics import ALL
from veldwerk.coordinator.report_texts import shown_figure
from veldwerk.coordinator.service import Rejection
from veldwerk.coordinator.texts import reason_text, waiting_text
from veldwerk.ui.rows_model import Index, RowsModel

translate = QCoreApplication.translate


def metric_headers() -> list[str]:
    return [
        translate("CoordinatorTables", "Region"),
        translate("CoordinatorTables", "Families"),
        translate("CoordinatorTables", "With backup (% of active)"),
        translate("CoordinatorTables", "With JIM (%)"),
        translate("CoordinatorTables", "Median professionals at once"),
        translate("CoordinatorTables", "Median duration (weeks, closed)"),
        translate("CoordinatorTables", "Median signal to intake (weeks)"),
    ]


class MetricsModel(RowsModel[tuple[str, ...]]):
    """The rows of metrics.csv, as published by `coordinator.overview` (``<10``, ``x`` and a
    total's ``+`` included; an empty cell, such as the median of too few families, shows as
    "—"). It shows them, never computes them."""

    column_count = 7

    def __init__(self, parent: Any = None, lang: str = "en") -> None:
        super().__init__(parent, lang)

    def retranslate(self) -> None:
        """Headers, "All regions" and decimal commas in the current language."""
        self.set_lang(self.lang)

    def headers(self) -> list[str]:
        return metric_headers()

    def header_tips(self) -> list[str]:
        return metric_headers()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        value = row[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0 and value == ALL and index.row() == len(self._rows) - 1:
                return translate("CoordinatorTables", "All regions")
            if value == "" and index.column() > 0 and role == Qt.ItemDataRole.AccessibleTextRole:
                return translate("CoordinatorTables", "not shown")
            return shown_figure(value, self.lang) if index.column() > 0 else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and (value == "x" or value.startswith("<")):
            return translate(
                "CoordinatorTables", "Hidden: too few families to show without pointing at one."
            )
        if role == Qt.ItemDataRole.ToolTipRole and value.endswith("+"):
            return translate(
                "CoordinatorTables",
                "The sum of the numbers shown above; the hidden ones are not in it.",
            )
        return None


class RejectedModel(RowsModel[Rejection]):
    """The files of the last run that could not be used: path and reason in words."""

    column_count = 2

    def __init__(self, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent, lang)

    def rejection(self, row: int) -> Rejection:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [
            translate("CoordinatorTables", "File"),
            translate("CoordinatorTables", "Why it was not used"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index)
        if r is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if index.column() == 0:
                return r.file
            if r.waiting:
                return waiting_text(r.reason, r.detail, self.lang)
            return reason_text(r.reason, r.detail, self.lang)
        return None
