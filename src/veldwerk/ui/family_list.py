"""The left side of the main window: search as you type, filters, the order, and the family
list. The list sorts by a click on a column header or by the order chosen above it (which also
offers the phase, shown under each name, and serves the keyboard); the chosen family stays
chosen through sorting, filtering and reloading. Tab leaves the list (the arrows move in it)."""

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
    SORT_PHASE,
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
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = opt.palette.color(role)
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
        highlighted = opt.palette.color(QPalette.ColorRole.HighlightedText)
        painter.setPen(highlighted if selected else QColor(style.MUTED))
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
        self.sort_label = style.label("", "subtle")
        self.sort_choice = QComboBox()
        self.sort_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort_label.setBuddy(self.sort_choice)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move in it
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
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_LAST, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self._size_columns()

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.count)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.phase_filter, 1)
        self.filter_row = filters
        self.extra_filters: list[QWidget] = []
        """Filters added beside these by other parts (`ui.agenda_hookup`), in Tab order."""
        find = QHBoxLayout()
        find.setSpacing(8)
        find.addWidget(self.search, 1)
        find.addWidget(self.sort_label)
        find.addWidget(self.sort_choice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(find)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.search.textChanged.connect(self._search_changed)
        self.status_filter.currentIndexChanged.connect(self._filters_changed)
        self.phase_filter.currentIndexChanged.connect(self._filters_changed)
        self.sort_choice.currentIndexChanged.connect(self._sort_chosen)
        header.sortIndicatorChanged.connect(self._sorted_by_header)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.layoutChanged.connect(self._sync_selection)
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
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

    def focus_chain(self) -> list[QWidget]:
        """The panel's inputs in Tab order (as they are shown): search, order, filters, list."""
        return [
            self.search,
            self.sort_choice,
            self.status_filter,
            self.phase_filter,
            *self.extra_filters,
            self.view,
        ]

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

    def _sort_chosen(self) -> None:
        by = self.sort_choice.currentData()
        header = self.view.horizontalHeader()
        if by == SORT_PHASE:  # no column of its own: no arrow on a header
            header.blockSignals(True)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            header.viewport().update()
            self.model.sort(SORT_PHASE, Qt.SortOrder.AscendingOrder)
        elif by is not None:
            first = Qt.SortOrder.DescendingOrder if by == COL_LAST else Qt.SortOrder.AscendingOrder
            self.view.sortByColumn(int(by), first)

    def _sorted_by_header(self, section: int, _order: Qt.SortOrder) -> None:
        index = self.sort_choice.findData(section)
        if index >= 0 and section != SORT_PHASE:
            self.sort_choice.blockSignals(True)
            self.sort_choice.setCurrentIndex(index)
            self.sort_choice.blockSignals(False)

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
        self._fill_sort_choice()

    def _fill_sort_choice(self) -> None:
        items = (
            (COL_LAST, self.tr("Last contact")),
            (COL_NAME, self.tr("Name")),
            (SORT_PHASE, self.tr("Phase")),
            (COL_BACKUP, self.tr("Backup contact")),
        )
        combo = self.sort_choice
        combo.blockSignals(True)
        if combo.count() != len(items):
            combo.clear()
            for by, text in items:
                combo.addItem(text, by)
            combo.setCurrentIndex(max(0, combo.findData(self.model.sort_order[0])))
        else:
            for i, (_by, text) in enumerate(items):
                combo.setItemText(i, text)
        combo.blockSignals(False)

    def _size_columns(self) -> None:
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        # the style sheet draws the sort arrow in a square as high as the header, plus a margin
        arrow = max(
            header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header),
            header.sizeHint().height()
            + header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header),
        )
        bold = QFont(self.view.font())
        bold.setWeight(QFont.Weight.DemiBold)  # the header's sections are semi-bold
        title = QFontMetrics(bold).horizontalAdvance("Laatste contact")
        header.resizeSection(
            COL_LAST, max(metrics.horizontalAdvance("Laatste contact"), title) + 12 + arrow
        )
        header.resizeSection(COL_BACKUP, metrics.horizontalAdvance("Ahmed El Amrani") + 12)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Families"))
        self.search.setPlaceholderText(self.tr("Search names, network, journey, notes…"))
        self.search.setAccessibleName(self.tr("Search families"))
        self.status_filter.setAccessibleName(self.tr("Show families by status"))
        self.phase_filter.setAccessibleName(self.tr("Show families by phase"))
        for combo in (self.status_filter, self.phase_filter):  # read by value and description
            combo.setAccessibleDescription(combo.accessibleName())  # on Linux: no label here
        self.sort_label.setText(self.tr("Sort by"))
        self.sort_choice.setAccessibleName(self.tr("Sort families by"))
        self.sort_choice.setToolTip(
            self.tr("The order of the list (a click on a column header sorts too)")
        )
        self.view.setAccessibleName(self.tr("Family list"))
        self._fill_filters()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
