"""The left side of the main window: search as you type, filters, and the family list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain import codes
from veldwerk.domain.model import FamilySummary
from veldwerk.ui import style
from veldwerk.ui.family_list_model import (
    COL_BACKUP,
    COL_LAST,
    COL_NAME,
    SUBTITLE_ROLE,
    FamilyListModel,
)


class NameDelegate(QStyledItemDelegate):
    """The family's name in bold with its reference and phase below it, in a quieter colour."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style_ = widget.style() if widget is not None else QApplication.style()
        style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rect = opt.rect.adjusted(8, 4, -6, -4)
        painter.save()
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        top = QFontMetrics(bold)
        ink = QColor("#ffffff") if selected else opt.palette.color(QPalette.ColorRole.Text)
        painter.setPen(ink)
        first = rect.adjusted(0, 0, 0, -rect.height() // 2)
        painter.drawText(
            first,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            top.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
        )
        plain = QFont(opt.font)
        plain.setWeight(QFont.Weight.Normal)
        painter.setFont(plain)
        painter.setPen(QColor("#e3eef0") if selected else QColor(style.MUTED))
        second = rect.adjusted(0, rect.height() // 2, 0, 0)
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        painter.drawText(
            second,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(plain).elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    def sizeHint(
        self,
        option: QStyleOptionViewItem,  # noqa: N802
        index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        base = super().sizeHint(option, index)
        height = QFontMetrics(option.font).height() * 2 + 14
        return QSize(base.width(), max(base.height(), height))


class FamilyListPanel(QWidget):
    """`family_chosen(key)` when the user moves to another family, after `can_switch()` (set by
    the main window: it asks about unsaved changes) agreed."""

    family_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "nl"
        self._current: int | None = None
        self.can_switch: Callable[[], bool] = lambda: True
        self.model = FamilyListModel(self)
        self.heading = style.label("", "heading")
        self.count = style.label("", "subtle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.phase_filter = QComboBox()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() * 2 + 16)
        self.view.setItemDelegateForColumn(COL_NAME, NameDelegate(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.view.setSortingEnabled(False)
        self._size_columns()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.phase_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.search.textChanged.connect(self._search_changed)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.phase_filter.currentIndexChanged.connect(self._filters_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.phase_filter)
        self.setTabOrder(self.phase_filter, self.view)
        self._fill_filters()
        self.retranslate()

    # ---- content -------------------------------------------------------------------------
    def set_lang(self, lang: str) -> None:
        self._lang = lang
        self.model.set_lang(lang)
        self._fill_filters()
        self._size_columns()

    def set_rows(self, rows: list[FamilySummary]) -> None:
        self.model.set_rows(rows)

    def clear(self) -> None:
        """Forget every family and the search (on lock)."""
        self._current = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_filter(text="")
        self.model.clear()

    @property
    def current_key(self) -> int | None:
        return self._current

    def select(self, key: int | None) -> None:
        """Show `key` as the chosen family without emitting `family_chosen`."""
        self._current = key
        self._sync_selection()

    def reveal(self, key: int) -> None:
        """Make sure family `key` can show: the search and filters are emptied when they hide
        it."""
        if self.model.row_of(key) is not None:
            return
        self.search.clear()
        self.status_filter.setCurrentIndex(0)
        self.phase_filter.setCurrentIndex(0)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ---- behaviour -----------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self.model.set_filter(text=text)

    def _filters_changed(self) -> None:
        self.model.set_filter(
            status=self.status_filter.currentData(), phase=self.phase_filter.currentData()
        )

    def _after_reset(self) -> None:
        self._sync_selection()
        self._update_count()

    def _sync_selection(self) -> None:
        selection = self.view.selectionModel()
        row = self.model.row_of(self._current) if self._current is not None else None
        selection.blockSignals(True)
        try:
            if row is None:
                selection.clear()
            else:
                index = self.model.index(row, COL_NAME)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.model.summary(current.row()) if current.isValid() else None
        if summary is None or summary.key == self._current:
            return
        if not self.can_switch():  # e.g. unsaved changes the user keeps: put it back
            QTimer.singleShot(0, self._sync_selection)
            return
        self._current = summary.key
        self.family_chosen.emit(summary.key)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count.setText(self.tr("%n family(ies)", "", total))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
            )

    def _fill_filters(self) -> None:
        for combo, items in (
            (
                self.status_filter,
                [(None, self.tr("Active and closed"))]
                + [
                    (c, codes.label("family_status", c, self._lang).capitalize())
                    for c in codes.FAMILY_STATUSES
                ],
            ),
            (
                self.phase_filter,
                [(None, self.tr("All phases"))]
                + [
                    (c, codes.label("phase", c, self._lang).capitalize()) for c in codes.PHASE_ORDER
                ],
            ),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for code, text in items:
                combo.addItem(text, code)
            index = combo.findData(keep)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _size_columns(self) -> None:
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        header.resizeSection(COL_LAST, metrics.horizontalAdvance("Laatste contact") + 24)
        header.resizeSection(COL_BACKUP, metrics.horizontalAdvance("Ahmed El Amrani") + 20)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Families"))
        self.search.setPlaceholderText(self.tr("Search by reference or name…"))
        self.search.setAccessibleName(self.tr("Search families"))
        self.status_filter.setAccessibleName(self.tr("Show families by status"))
        self.phase_filter.setAccessibleName(self.tr("Show families by phase"))
        self.view.setAccessibleName(self.tr("Family list"))
        self._fill_filters()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
