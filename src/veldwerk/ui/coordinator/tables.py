"""Table models of the coordinator window: the key figures per region and the refused files.
Plain data in, no database; tested without a view."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from veldwerk.coordinator.metrics import ALL
from veldwerk.coordinator.report_texts import shown_figure
from veldwerk.coordinator.service import Rejection
from veldwerk.coordinator.texts import reason_text, waiting_text

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


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


class MetricsModel(QAbstractTableModel):
    """The rows of metrics.csv, as published (``<5`` and ``x`` included; an empty cell, such
    as the median of too few families, shows as "—")."""

    def __init__(self, parent: Any = None, lang: str = "en") -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self.lang = lang

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers, "All regions" and decimal commas in the current language."""
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
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
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return metric_headers()[section]
        return None


class RejectedModel(QAbstractTableModel):
    """The files of the last run that could not be used: path and reason in words."""

    def __init__(self, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Rejection] = []
        self.lang = lang

    def set_rows(self, rows: Sequence[Rejection]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_lang(self, lang: str) -> None:
        self.beginResetModel()
        self.lang = lang
        self.endResetModel()

    def rejection(self, row: int) -> Rejection:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
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

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("CoordinatorTables", "File"),
                translate("CoordinatorTables", "Why it was not used"),
            )[section]
        return None
