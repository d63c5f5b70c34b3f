"""The "What leaves" table: one row per learning record (family pseudonym), over plain rows
built from the records themselves (`preview_rows`), so it can only show what leaves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt

from veldwerk.ui.learning.preview_rows import PreviewRow, preview_rows
from veldwerk.ui.rows_model import Index, RowsModel

COLUMNS = (
    "pseudonym",
    "status",
    "opened",
    "weeks",
    "phases",
    "events",
    "barriers",
    "enablers",
    "jim",
    "backup",
)
NUMERIC = frozenset({"weeks", "events"})


class PreviewModel(RowsModel[PreviewRow]):
    """Rows of `PreviewRow`; `set_records(records, lang)` replaces them."""

    column_count = len(COLUMNS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[Mapping[str, Any]] = []

    # ---- data in -------------------------------------------------------------------------
    def set_records(self, records: Sequence[Mapping[str, Any]], lang: str) -> None:
        self._records = list(records)
        self.set_rows(preview_rows(self._records, lang), lang)

    def set_lang(self, lang: str) -> None:
        """Relabel the codes in `lang` and retranslate the headers."""
        self.set_records(self._records, lang)

    def clear(self) -> None:
        self.set_records([], self.lang)

    def row(self, index: int) -> PreviewRow:
        return self._rows[index]

    # ---- Qt ------------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return [
            self.tr("Family code"),
            self.tr("Status"),
            self.tr("Opened"),
            self.tr("Weeks"),
            self.tr("Phases"),
            self.tr("Steps"),
            self.tr("Barriers"),
            self.tr("What helped"),
            self.tr("JIM"),
            self.tr("Backup"),
        ]

    def header_tips(self) -> list[str]:
        return [
            self.tr(
                "A random code for the family in this export only. Every export draws a new "
                "one, so exports cannot be linked by it."
            ),
            self.tr("Active or closed"),
            self.tr("The quarter the family was opened in (never the date)"),
            self.tr(
                "Closed families: weeks from the start of the opening quarter until closing, "
                "in steps of 4. Empty while the family is active."
            ),
            self.tr("The phases of the first 1000 days the journey went through"),
            self.tr(
                "Number of steps in the journey (only their type, a 4-week period counted "
                "from the start of the opening quarter, and tags)"
            ),
            self.tr("The barriers tagged most often in the journey"),
            self.tr("The enablers tagged most often in the journey"),
            self.tr("Whether the family has a JIM (mentor of choice)"),
            self.tr(
                "Whether a backup contact (achterwacht) is assigned on the first day of this month"
            ),
        ]

    def _yes_no(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")

    def text(self, row: PreviewRow, column: str) -> str:
        values: dict[str, str] = {
            "pseudonym": row.pseudonym,
            "status": row.status,
            "opened": row.opened_quarter,
            "weeks": "\u2013" if row.duration_weeks is None else str(row.duration_weeks),
            "phases": row.phase_path,
            "events": str(row.events),
            "barriers": row.barriers or "\u2013",
            "enablers": row.enablers or "\u2013",
            "jim": self._yes_no(row.jim),
            "backup": self._yes_no(row.backup),
        }
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "pseudonym":
                return (
                    row.full_pseudonym
                    + "\n"
                    + self.tr("Approved reflections that go along: %1").replace(
                        "%1", str(row.reflections)
                    )
                )
            if column in ("barriers", "enablers", "phases"):
                return self.text(row, column)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column in NUMERIC else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None
