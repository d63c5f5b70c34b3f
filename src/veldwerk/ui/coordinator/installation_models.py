"""Table models of the coordinator window's Installations tab: the waiting list and the enrolled
installations. Plain data in (the service's `Waiting` and `Enrolment`), no database; tested
without a view. Fingerprints are shown as `domain.fingerprint.format_fingerprint` writes them,
the same as `veldwerk enrol --list`, so they can be compared by phone."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt

from veldwerk.coordinator.service import Enrolment, Waiting
from veldwerk.coordinator.texts import wait_text
from veldwerk.domain.fingerprint import format_fingerprint
from veldwerk.texts import format_date
from veldwerk.ui.rows_model import Index, RowsModel

translate = QCoreApplication.translate

Row = TypeVar("Row")


class _ColumnsModel(RowsModel[Row]):
    """Rows of one kind, a header per column and a function per column giving its text (also
    its accessible text and tooltip)."""

    def __init__(self, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent, lang)

    def columns(self) -> list[Callable[[Row], str]]:
        raise NotImplementedError

    def row_at(self, index: Index | int) -> Row | None:
        """The item of a row, given by its index or its number."""
        if isinstance(index, int):
            return self._rows[index]
        return super().row_at(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.columns()[index.column()](row)
        return None


class WaitingModel(_ColumnsModel[Waiting]):
    """The waiting list: installation, claimed region, fingerprint, first seen, why."""

    column_count = 5

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


class EnrolledModel(_ColumnsModel[Enrolment]):
    """The enrolled installations: installation, region, fingerprint, enrolled on."""

    column_count = 4

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
