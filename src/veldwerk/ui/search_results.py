"""The records a search found, as a list under the search field: per record its family and what
it is (a member, a journey step...), and a snippet with the matched words highlighted.

Stored text is escaped before any markup is added (`snippet_html`), so a name like
``<b>Jan</b>`` shows as typed and can never format, link or load anything."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from veldwerk.domain.search import SearchHit, Segment
from veldwerk.ui import style

ModelIndex = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole
"""The `SearchHit` of a row."""
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's snippet as safe rich text (escaped, matches in <b>)."""
VISIBLE_ROWS = 6

KIND_LABELS = {
    "family": QT_TRANSLATE_NOOP("SearchResults", "Family"),
    "member": QT_TRANSLATE_NOOP("SearchResults", "Family member"),
    "network": QT_TRANSLATE_NOOP("SearchResults", "Network"),
    "event": QT_TRANSLATE_NOOP("SearchResults", "Journey"),
    "goal": QT_TRANSLATE_NOOP("SearchResults", "Goal"),
    "action": QT_TRANSLATE_NOOP("SearchResults", "Action"),
    "reflection": QT_TRANSLATE_NOOP("SearchResults", "Reflection"),
}
"""What a found record is."""


def kind_label(kind: str) -> str:
    source = KIND_LABELS.get(kind, KIND_LABELS["family"])
    return QCoreApplication.translate("SearchResults", str(source))


def snippet_html(segments: Sequence[Segment], mark: str = "") -> str:
    """The snippet as rich text: every piece escaped, the matches in bold (on `mark`, a colour,
    when given)."""
    style_attr = f' style="background-color:{mark}"' if mark else ""
    return "".join(
        f"<b{style_attr}>{html.escape(t)}</b>" if hit else html.escape(t) for t, hit in segments
    )


def heading(hit: SearchHit) -> str:
    """The row's first line after the family's name: what the record is, and its title (unless
    the snippet shows it already)."""
    kind = kind_label(hit.kind)
    title = hit.title if hit.kind != "family" else hit.ref
    if not title or title in "".join(t for t, _ in hit.snippet):
        return kind
    return f"{kind}: {title}"


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._hits: tuple[SearchHit, ...] = ()

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = tuple(hits)
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        hit = self.hit(index.row())
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.family_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            snippet = "".join(t for t, _ in hit.snippet)
            return f"{hit.family_name}, {heading(hit)}: {snippet}"
        if role == HIT_ROLE:
            return hit
        return None


class HitDelegate(QStyledItemDelegate):
    """Two lines: the family's name in bold with what the record is; then the snippet."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        hit = index.data(HIT_ROLE)
        opt.text = ""
        widget = opt.widget
        style_ = widget.style() if widget is not None else QApplication.style()
        style_.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not isinstance(hit, SearchHit):
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect = opt.rect.adjusted(8, 3, -6, -3)
        line = QFontMetrics(opt.font).height()
        painter.save()
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(ink)
        name_width = min(
            QFontMetrics(bold).horizontalAdvance(hit.family_name) + 2, rect.width() * 3 // 5
        )
        first = rect.adjusted(0, 0, 0, -(rect.height() - line))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        name = QFontMetrics(bold).elidedText(
            hit.family_name, Qt.TextElideMode.ElideRight, name_width
        )
        painter.drawText(first, flags, name)
        painter.setFont(opt.font)
        painter.setPen(ink if selected else QColor(style.MUTED))
        rest = first.adjusted(name_width + 10, 0, 0, 0)
        painter.drawText(
            rest,
            flags,
            QFontMetrics(opt.font).elidedText(
                heading(hit), Qt.TextElideMode.ElideRight, rest.width()
            ),
        )
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        mark = "" if selected else _mark_colour(palette).name()
        doc.setHtml(
            f'<div style="color:{ink.name()}; white-space:nowrap">'
            f"{snippet_html(hit.snippet, mark)}</div>"
        )
        painter.translate(rect.left(), rect.top() + line + 2)
        painter.setClipRect(QRectF(0, 0, rect.width(), line + 2))
        doc.drawContents(painter, QRectF(0, 0, rect.width(), line + 2))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:  # noqa: N802
        base = super().sizeHint(option, index)
        return QSize(base.width(), QFontMetrics(option.font).height() * 2 + 10)


def _mark_colour(palette: QPalette) -> QColor:
    """A soft tint of the palette's highlight on its base colour (light and dark alike)."""
    base, tint = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)
    mix = 0.22
    return QColor(
        round(base.red() + (tint.red() - base.red()) * mix),
        round(base.green() + (tint.green() - base.green()) * mix),
        round(base.blue() + (tint.blue() - base.blue()) * mix),
    )


class SearchResultsView(QListView):
    """The list of hits; `painted` after each paint (for the benchmark and tests)."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = SearchResultsModel(self)
        self.setModel(self.results)
        self.setItemDelegate(HitDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = max(1, min(VISIBLE_ROWS, self.results.rowCount()))
        row = QFontMetrics(self.font()).height() * 2 + 10
        return QSize(super().sizeHint().width(), rows * row + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        self.painted.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.viewport().update()  # what each record is, in the new language
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("SearchResults", "Search results"))
