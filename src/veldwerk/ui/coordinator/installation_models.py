"""Table models of the coordinator window's Installations tab: the waiting list and the enrolled
installations. Plain data in (the service's `Waiting` and `Enrolment`), no database; tested
without a view. Fingerprints are shown as `domain.fingerprint.format_fingerprint` writes them,
the same as `veldwerk enrol --list`, so they can be compared by phone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from veldwerk.coordinator.service import Enrolment, Waiting
from veldwerk.coordinator.texts import wait_text
from veldwerk.domain.fingerprint import format_fingerprint
from veldwerk.texts import format_date

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
Row = TypeVar("Row")


class _RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind, a header per column and a function per column giving its text."""

    def __init__(self, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.lang = lang

    def headers(self) -> list[str]:
        raise NotImplementedError

    def columns(self) -> list[Callable[[Row], str]]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_lang(self, lang: str) -> None:
        self.beginResetModel()
        self.lang = lang
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.columns()[index.column()](self._rows[index.row()])
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class WaitingModel(_RowsModel[Waiting]):
    """The waiting list: installation, claimed region, fingerprint, first seen, why."""

    def headers(self) -> list[str]:
        return [
            translate("CoordinatorInstallations", "Installation"),
            translate("CoordinatorInstallations", "Region it claims"),
            translate("CoordinatorInstallations", "Key fingerprint"),
            translate("CoordinatorInstallations", "First seen"),
            translate("CoordinatorInstallations", "Why it waits"),
        ]

    def columns(self) -> list[Callable[[Waiting], str]]:
        return [
            lambda w: w.installation_id,
            lambda w: w.region,
            lambda w: format_fingerprint(w.fingerprint),
            lambda w: format_date(w.first_seen, self.lang, "moment"),
            lambda w: wait_text(w.reason, self.lang),
        ]


class EnrolledModel(_RowsModel[Enrolment]):
    """The enrolled installations: installation, region, fingerprint, enrolled on."""

    def headers(self) -> list[str]:
        return [
            translate("CoordinatorInstallations", "Installation"),
            translate("CoordinatorInstallations", "Region"),
            translate("CoordinatorInstallations", "Key fingerprint"),
            translate("CoordinatorInstallations", "Enrolled on"),
        ]

    def columns(self) -> list[Callable[[Enrolment], str]]:
        return [
            lambda e: e.installation_id,
            lambda e: e.region,
            lambda e: format_fingerprint(e.fingerprint),
            lambda e: format_date(e.enrolled_at, self.lang, "moment"),
        ]
