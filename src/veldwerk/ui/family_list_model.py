"""The family list as a table model over `FamilySummary` rows, tested without a view.

The model holds every summary in the chosen order (at first the service's: latest contact
first) and shows those that pass the filters: a search typed word by word over reference,
family name and members' names (case and accents ignored), the status and the phase. Filtering
runs in memory, so a keystroke costs well under a millisecond for a thousand families. Families
without a current achterwacht get a clear mark (the backup column, and `MISSING_BACKUP_ROLE` for
the name's second line).

`sort` orders by a column (a view calls it when a header is clicked) or by `SORT_PHASE` (the
phase is the name's second line, not a column of its own): names and backups by their letters
(case and accents ignored), the last contact by date, the phase in the order of the first 1000
days (wish, pregnancy, first year, second year, later). Families that have no value to sort by
(no contact yet, closed, no backup at all) stay at the end in either direction. Sorting keeps
which family is selected (persistent indexes follow their family).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from veldwerk.domain import codes
from veldwerk.domain.model import FamilySummary
from veldwerk.texts import format_date
from veldwerk.ui import style

ModelIndex = QModelIndex | QPersistentModelIndex

COL_NAME, COL_LAST, COL_BACKUP = range(3)
COLUMNS = 3
SORT_PHASE = COLUMNS
"""`sort` by the phase (shown under the name, so no column of its own)."""

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The second line under the family's name: its reference and phase (or "closed")."""
PHASE_ROLE = Qt.ItemDataRole.UserRole + 3
"""The phase label alone (or "closed")."""
MISSING_BACKUP_ROLE = Qt.ItemDataRole.UserRole + 2
"""True for an active family without a current achterwacht."""
KEY_ROLE = Qt.ItemDataRole.UserRole


def _header(column: int) -> str:
    texts = {
        COL_NAME: QCoreApplication.translate("FamilyListModel", "Family"),
        COL_LAST: QCoreApplication.translate("FamilyListModel", "Last contact"),
        COL_BACKUP: QCoreApplication.translate("FamilyListModel", "Backup contact"),
    }
    return texts.get(column, "")


def fold(text: str) -> str:
    """Lower case without accents, for matching (``Çelik`` -> ``celik``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_text(summary: FamilySummary) -> str:
    """What a search looks through for one family."""
    return fold(" ".join((summary.ref, summary.name, *summary.member_names)))


def matches(haystack: str, words: Sequence[str]) -> bool:
    """Every typed word occurs somewhere (in any order)."""
    return all(w in haystack for w in words)


def sort_by_last_contact(rows: Sequence[FamilySummary]) -> list[FamilySummary]:
    """Latest contact first; families without any contact last (stable otherwise)."""
    return sorted(
        rows,
        key=lambda r: (
            r.last_contact is None,
            -(r.last_contact.toordinal() if r.last_contact else 0),
        ),
    )


def _phase_rank(row: FamilySummary) -> int | None:
    if row.status == "closed":
        return None
    order = codes.PHASE_ORDER
    return order.index(row.phase) if row.phase in order else len(order)


def _backup_key(row: FamilySummary) -> tuple[int, str] | None:
    if row.missing_backup:
        return (0, "")  # needs someone: first
    return (1, fold(row.backup)) if row.backup else None


SORT_KEYS: dict[int, Callable[[FamilySummary], Any]] = {
    COL_NAME: lambda r: (fold(r.name), fold(r.ref)),
    COL_LAST: lambda r: r.last_contact,
    COL_BACKUP: _backup_key,
    SORT_PHASE: _phase_rank,
}
"""What each sort compares; None: nothing to compare, kept at the end."""


def sort_rows(
    rows: Sequence[FamilySummary], by: int, descending: bool = False
) -> list[FamilySummary]:
    """`rows` ordered by `by` (a column or `SORT_PHASE`); ties by name, then reference; rows
    without a value last whichever the direction."""
    key = SORT_KEYS[by]
    keyed = [(key(r), r) for r in sorted(rows, key=SORT_KEYS[COL_NAME])]
    present = [(k, r) for k, r in keyed if k is not None]
    present.sort(key=lambda pair: pair[0], reverse=descending)
    return [r for _k, r in present] + [r for k, r in keyed if k is None]


class FamilyListModel(QAbstractTableModel):
    """Rows of families; `set_rows` replaces them, `set_filter` narrows what shows."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._all: list[FamilySummary] = []
        self._haystacks: list[str] = []
        self._shown: list[int] = []
        self._words: tuple[str, ...] = ()
        self._found: frozenset[int] = frozenset()
        self._status: str | None = None
        self._phase: str | None = None
        self._keys: frozenset[int] | None = None
        self._lang = "nl"
        self._sort_by = COL_LAST
        self._descending = True
        self._bold = QFont()
        self._bold.setWeight(QFont.Weight.DemiBold)
        self._warn = QBrush(QColor(style.WARN))
        self._muted = QBrush(QColor(style.MUTED))

    # ---- content -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[FamilySummary]) -> None:
        self.beginResetModel()
        self._all = self._ordered(rows)
        self._haystacks = [search_text(r) for r in self._all]
        self._shown = self._filtered()
        self.endResetModel()

    def _ordered(self, rows: Sequence[FamilySummary]) -> list[FamilySummary]:
        if self._sort_by == COL_LAST and self._descending:
            return sort_by_last_contact(rows)  # the service's own order, ties kept
        return sort_rows(rows, self._sort_by, self._descending)

    @property
    def sort_order(self) -> tuple[int, bool]:
        """(what the rows are sorted by, descending)."""
        return self._sort_by, self._descending

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by `column` (or `SORT_PHASE`); the families selected stay selected."""
        if column not in SORT_KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        keys = [(self._key_at(i.row()), i.column()) for i in before]
        self._sort_by, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self._all = self._ordered(self._all)
        self._haystacks = [search_text(r) for r in self._all]
        self._shown = self._filtered()
        rows = {self._all[i].key: row for row, i in enumerate(self._shown)}
        after = [self.index(rows[key], col) if key in rows else QModelIndex() for key, col in keys]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _key_at(self, row: int) -> int | None:
        summary = self.summary(row)
        return summary.key if summary is not None else None

    def clear(self) -> None:
        """Forget every family (on lock)."""
        self.set_rows([])

    def set_lang(self, lang: str) -> None:
        self._lang = lang
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, COLUMNS - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def set_filter(
        self,
        text: str | None = None,
        status: str | None | bool = False,
        phase: str | None | bool = False,
        keys: frozenset[int] | None | bool = False,
    ) -> None:
        """Change what shows; an argument left out keeps its current value (status, phase and
        keys None mean "any"; `keys`: only these families, as a service chose them, e.g.
        `AgendaService.families_matching`)."""
        if text is not None:
            self._words = tuple(w for w in fold(text).split() if w)
        if status is not False:
            self._status = status or None  # type: ignore[assignment]
        if phase is not False:
            self._phase = phase or None  # type: ignore[assignment]
        if keys is not False:
            self._keys = keys if isinstance(keys, frozenset) else None
        shown = self._filtered()
        if shown != self._shown:
            self.beginResetModel()
            self._shown = shown
            self.endResetModel()

    def _filtered(self) -> list[int]:
        words, status, phase, keys = self._words, self._status, self._phase, self._keys
        return [
            i
            for i, r in enumerate(self._all)
            if (keys is None or r.key in keys)
            and (status is None or r.status == status)
            and (phase is None or r.phase == phase)
            and (not words or matches(self._haystacks[i], words) or r.key in self._found)
        ]

    def set_found(self, keys: frozenset[int]) -> None:
        """Families that a search in everything found for the text typed: they show too."""
        if keys != self._found:
            self._found = keys
            self.set_filter()

    def summary(self, row: int) -> FamilySummary | None:
        if 0 <= row < len(self._shown):
            return self._all[self._shown[row]]
        return None

    def row_of(self, key: int) -> int | None:
        """The row showing family `key`, or None when it is filtered out or unknown."""
        for row, i in enumerate(self._shown):
            if self._all[i].key == key:
                return row
        return None

    def find(self, key: int) -> FamilySummary | None:
        return next((r for r in self._all if r.key == key), None)

    @property
    def total(self) -> int:
        return len(self._all)

    def shown(self) -> list[FamilySummary]:
        return [self._all[i] for i in self._shown]

    # ---- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _header(section)
        if role == Qt.ItemDataRole.InitialSortOrderRole:  # a first click: newest contact first
            order = (
                Qt.SortOrder.DescendingOrder if section == COL_LAST else Qt.SortOrder.AscendingOrder
            )
            return order.value
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.summary(index.row()) if index.isValid() else None
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, col)
        if role == KEY_ROLE:
            return row.key
        if role == MISSING_BACKUP_ROLE:
            return row.missing_backup
        if role == SUBTITLE_ROLE and col == COL_NAME:
            return f"{row.ref} · {self.phase_label(row)}"
        if role == PHASE_ROLE:
            return self.phase_label(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_NAME:  # the whole name, however long (the cell elides it)
                lines = [row.name, f"{row.ref} · {self.phase_label(row)}"]
                return "\n".join([*lines, self._backup_tip(row)] if row.missing_backup else lines)
            return self._backup_tip(row) if col == COL_BACKUP else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_BACKUP and row.missing_backup:
                return self._warn
            if row.status == "closed" or col == COL_LAST:
                return self._muted
            return None
        if role == Qt.ItemDataRole.FontRole and (
            col == COL_NAME or (col == COL_BACKUP and row.missing_backup)
        ):
            return self._bold
        return None

    def _text(self, row: FamilySummary, col: int) -> str:
        if col == COL_NAME:
            return row.name
        if col == COL_LAST:
            return format_date(row.last_contact, self._lang, "numeric") or "–"
        if col == COL_BACKUP:
            if row.missing_backup:
                return "⚠ " + QCoreApplication.translate("FamilyListModel", "none")
            return row.backup or "–"
        return ""

    def phase_label(self, row: FamilySummary) -> str:
        if row.status == "closed":
            return codes.label("family_status", "closed", self._lang)
        return codes.label("phase", row.phase, self._lang)

    def _accessible(self, row: FamilySummary, col: int) -> str:
        if col == COL_NAME:
            return f"{row.name}, {row.ref}, {self.phase_label(row)}"
        if col == COL_BACKUP and row.missing_backup:
            return self._backup_tip(row)
        return self._text(row, col)

    def _backup_tip(self, row: FamilySummary) -> str:
        if row.missing_backup:
            return QCoreApplication.translate(
                "FamilyListModel", "No backup contact (achterwacht) at the moment"
            )
        if row.backup:
            return QCoreApplication.translate("FamilyListModel", "Backup contact: %1").replace(
                "%1", row.backup
            )
        return ""
