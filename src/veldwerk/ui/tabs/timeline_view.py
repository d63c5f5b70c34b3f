"""The Klantreis timeline as a list view: a model over `timeline_rows` and a delegate that draws
phase headings and event rows (date, type, title, who was involved, and the tags as chips).

A model and a painting delegate rather than a widget per event, so a journey of thousands of
steps still opens at once: the view paints only the rows in sight, the heights of all rows are
worked out in one pass (a row's height depends only on its kind, whether it has a detail line
and how its chips wrap) and kept, and the rows of the last few families shown are kept too, so
switching back to a family with 2,000 steps does not build them again."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from veldwerk.domain.codes import label
from veldwerk.domain.model import Event, Family
from veldwerk.texts import format_date
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.chips import BARRIER, ENABLER, chips_height, layout_chips, paint_chip
from veldwerk.ui.tabs.plural import plural
from veldwerk.ui.tabs.timeline import TimelineRow, timeline_rows

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole
PAD_Y = 9.0
PAD_X = 14.0

AnyIndex = QModelIndex | QPersistentModelIndex
KEPT_TIMELINES = 4
"""Timelines (the rows of a family in one order) kept for switching back and forth."""


class TimelineModel(QAbstractListModel):
    """Rows of the timeline; `lang` picks the labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TimelineRow] = []
        self.family: Family | None = None
        self.lang = "nl"
        self.newest_first = True
        self.marks: dict[int, str] = {}
        """step key -> what a colleague did to it ("New – by Eva Mulder, backup, 1 Dec")"""
        self._kept: OrderedDict[tuple[int, bool], tuple[Family, list[TimelineRow]]] = OrderedDict()

    def set_family(self, family: Family | None, lang: str, newest_first: bool) -> None:
        self.beginResetModel()
        self.family = family
        self.lang = lang
        self.newest_first = newest_first
        self.rows = self._rows_of(family, newest_first) if family is not None else []
        self.endResetModel()

    def _rows_of(self, family: Family, newest_first: bool) -> list[TimelineRow]:
        """The timeline of `family`, built once per family object (a family is immutable: a
        change comes as a new object) and order."""
        key = (id(family), newest_first)
        kept = self._kept.get(key)
        if kept is not None and kept[0] is family:
            self._kept.move_to_end(key)
            return kept[1]
        rows = timeline_rows(family, newest_first)
        self._kept[key] = (family, rows)
        while len(self._kept) > KEPT_TIMELINES:
            self._kept.popitem(last=False)
        return rows

    def set_marks(self, marks: dict[int, str]) -> bool:
        """Mark the steps colleagues added or changed; whether anything changed."""
        if marks == self.marks:
            return False
        self.beginResetModel()
        self.marks = dict(marks)
        self.endResetModel()
        return True

    def forget(self) -> None:
        """Drop the kept timelines and marks (the family data leaves memory, e.g. on lock)."""
        self._kept.clear()
        self.marks = {}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].event is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def involved_names(self, event: Event) -> list[str]:
        if self.family is None:
            return []
        names = []
        for nid in event.involved:
            person = self.family.network_member(nid)
            names.append(person.name if person else nid)
        return names

    def heading_text(self, row: TimelineRow) -> str:
        return label("phase", row.phase, self.lang)

    def count_text(self, count: int) -> str:
        return plural(self.tr("%n step(s)", "", count), count)

    def spoken(self, row: TimelineRow) -> str:
        """The whole row in words (screen readers, tooltips, tests)."""
        if row.event is None:
            return f"{self.heading_text(row)}, {self.count_text(row.count)}"
        e, lang = row.event, self.lang
        parts = [format_date(e.date, lang), label("event_type", e.type, lang), e.title]
        if e.planned:
            parts.insert(2, self.tr("planned, not done yet"))
        if e.key in self.marks:
            parts.append(self.marks[e.key])
        names = self.involved_names(e)
        if names:
            parts.append(self.tr("with %1").replace("%1", ", ".join(names)))
        if e.barriers:
            parts.append(
                self.tr("barriers: %1").replace(
                    "%1", ", ".join(label("barrier", b, lang) for b in e.barriers)
                )
            )
        if e.enablers:
            parts.append(
                self.tr("what helped: %1").replace(
                    "%1", ", ".join(label("enabler", b, lang) for b in e.enablers)
                )
            )
        return ". ".join(parts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == KEY_ROLE:
            return row.event.key if row.event is not None else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.spoken(row)
        if role == Qt.ItemDataRole.ToolTipRole and row.event is not None:
            return row.event.description or None
        return None

    def row_of_key(self, key: int) -> int:
        return next(
            (i for i, r in enumerate(self.rows) if r.event is not None and r.event.key == key), -1
        )


class TimelineDelegate(QStyledItemDelegate):
    """Draws a phase heading or an event row; heights depend on the view's width (chips wrap)."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self._heights: list[int] = []
        self._heights_of: tuple[list[TimelineRow], int, str] | None = None
        self._kept_heights: OrderedDict[
            tuple[int, int, str], tuple[list[TimelineRow], list[int]]
        ] = OrderedDict()
        self._chip_heights: dict[tuple[str, tuple[str, ...], int], float] = {}
        self._chip_widths: dict[str, float] = {}
        self._chrome = -1
        self._metrics: tuple[QFont, QFont, QFont, float, float, float, float] | None = None

    def clear_cache(self) -> None:
        """Forget everything measured (another font or style) and every kept height."""
        self.forget_rows()
        self._chip_heights.clear()
        self._chip_widths.clear()
        self._chrome = -1
        self._metrics = None

    def forget_rows(self) -> None:
        """Forget the heights worked out for timelines (their rows leave memory)."""
        self._heights = []
        self._heights_of = None
        self._kept_heights.clear()

    def metrics(self) -> tuple[QFont, QFont, QFont, float, float, float, float]:
        """Fonts (base, bold, small) and their sizes: bold and small line spacing, the date
        column's width and the height of a heading row."""
        if self._metrics is None:
            base = self.view.font()
            bold = QFont(base)
            bold.setBold(True)
            small = QFont(base)
            small.setPointSizeF(max(base.pointSizeF() * 0.9, 7.0))
            fb, fs = QFontMetricsF(bold), QFontMetricsF(small)
            date_w = QFontMetricsF(base).horizontalAdvance("30 sept 2026") + 18
            self._metrics = (
                base,
                bold,
                small,
                fb.lineSpacing(),
                fs.lineSpacing(),
                date_w,
                fb.lineSpacing() + 2 * PAD_Y,
            )
        return self._metrics

    def fonts(self) -> tuple[QFont, QFont, QFont]:
        base, bold, small, *_rest = self.metrics()
        return base, bold, small

    def date_width(self) -> float:
        return self.metrics()[5]

    def chips_of(self, model: TimelineModel, event: Event) -> list[tuple[str, str]]:
        return [(BARRIER, label("barrier", b, model.lang)) for b in event.barriers] + [
            (ENABLER, label("enabler", b, model.lang)) for b in event.enablers
        ]

    def detail_text(self, model: TimelineModel, event: Event) -> str:
        bits = []
        names = model.involved_names(event)
        if names:
            bits.append(", ".join(names))
        if event.description:
            bits.append(" ".join(event.description.split()))
        return " \u2014 ".join(bits)

    def _chips_height(self, model: TimelineModel, event: Event, width: int) -> float:
        key = (model.lang, ("b", *event.barriers, "e", *event.enablers), width)
        height = self._chip_heights.get(key)
        if height is None:
            small = self.metrics()[2]
            chips = self.chips_of(model, event)
            text_w = width - PAD_X * 2 - self.date_width()
            height = chips_height(QFontMetricsF(small), chips, text_w, self._chip_widths) + 6
            self._chip_heights[key] = height
        return height

    def layout_width(self) -> int:
        """The width rows are laid out for: the view's inside less a scroll bar, whether one
        shows or not, so heights do not change (and need no second pass) when it appears."""
        view = self.view
        if self._chrome < 0:
            bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
            self._chrome = 2 * view.frameWidth() + bar
        return max(view.width() - self._chrome, 100)

    def row_heights(self, model: TimelineModel, width: int) -> list[int]:
        """The height of every row of `model` at `width`, worked out in one pass and kept for
        the last few timelines (the view asks for each row's size on every layout)."""
        rows = model.rows
        of = self._heights_of
        if of is not None and of[0] is rows and of[1] == width and of[2] == model.lang:
            return self._heights
        key = (id(rows), width, model.lang)
        kept = self._kept_heights.get(key)
        if kept is not None and kept[0] is rows:
            self._kept_heights.move_to_end(key)
            heights = kept[1]
        else:
            heights = self._measure(model, width)
            self._kept_heights[key] = (rows, heights)
            while len(self._kept_heights) > KEPT_TIMELINES:
                self._kept_heights.popitem(last=False)
        self._heights, self._heights_of = heights, (rows, width, model.lang)
        return heights

    def _measure(self, model: TimelineModel, width: int) -> list[int]:
        _b, _bo, _s, bold_h, small_h, _dw, heading_h = self.metrics()
        heading = int(heading_h + 0.999)
        later_heading = int(heading_h + 10 + 0.999)
        event_h = PAD_Y * 2 + bold_h + 2
        detail_h = small_h + 2
        heights: list[int] = []
        for i, row in enumerate(model.rows):
            event = row.event
            if event is None:
                heights.append(later_heading if i > 0 else heading)
                continue
            h = event_h
            if event.key in model.marks:
                h += detail_h
            if event.involved or event.description:
                h += detail_h
            if event.barriers or event.enablers:
                h += self._chips_height(model, event, width)
            heights.append(int(h + 0.999))
        return heights

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        width = self.layout_width()
        model = index.model()
        if not isinstance(model, TimelineModel):
            return QSize(width, 20)
        heights = self.row_heights(model, width)
        row = index.row()
        return QSize(width, heights[row] if row < len(heights) else 20)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        row: TimelineRow = index.data(ROW_ROLE)
        if not isinstance(model, TimelineModel) or row is None:
            return
        base, bold, small = self.fonts()
        fb, fs = QFontMetricsF(bold), QFontMetricsF(small)
        rect = QRectF(option.rect)
        painter.save()
        if row.event is None:
            top = rect.top() + (10 if index.row() > 0 else 0)
            band = QRectF(rect.left(), top, rect.width(), rect.bottom() - top)
            painter.fillRect(band, style.PHASE_BG)
            painter.setPen(QPen(style.PHASE_BG.darker(115), 1))
            painter.drawLine(band.bottomLeft(), band.bottomRight())
            painter.setFont(bold)
            painter.setPen(style.INK)
            heading = model.heading_text(row)
            x = rect.left() + PAD_X
            painter.drawText(
                QRectF(x, top, rect.width(), band.height()), Qt.AlignmentFlag.AlignVCenter, heading
            )
            x += fb.horizontalAdvance(heading) + 10
            painter.setFont(base)
            painter.setPen(style.MUTED)
            painter.drawText(
                QRectF(x, top, rect.width() - x, band.height()),
                Qt.AlignmentFlag.AlignVCenter,
                model.count_text(row.count),
            )
            painter.restore()
            return
        event = row.event
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, style.SELECTION_BG)
            if style.SELECTION_FRAME is not None:  # high contrast: the fill alone does not show
                painter.setPen(QPen(style.SELECTION_FRAME, 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.setPen(QPen(style.PHASE_BG, 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(style.FOCUS, 1, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        lang = model.lang
        dw = self.date_width()
        y = rect.top() + PAD_Y
        line_h = fb.lineSpacing()
        painter.setFont(base)
        painter.setPen(style.INK)
        painter.drawText(
            QRectF(rect.left() + PAD_X, y, dw, line_h),
            Qt.AlignmentFlag.AlignVCenter,
            format_date(event.date, lang),
        )
        x = rect.left() + PAD_X + dw
        avail = rect.right() - PAD_X - x
        type_text = label("event_type", event.type, lang)
        if event.planned:  # a step ahead, not done yet (domain.planned)
            type_text += " \u00b7 " + QCoreApplication.translate("TimelineDelegate", "planned")
        tw = fs.horizontalAdvance(type_text) + 14
        badge = QRectF(x, y + (line_h - fs.height() - 4) / 2, tw, fs.height() + 4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(style.FAINT, 1))
        painter.setBrush(style.PHASE_BG if event.type != "crisis" else style.BARRIER_BG)
        painter.drawRoundedRect(badge, 4, 4)
        painter.setFont(small)
        painter.setPen(style.INK)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, type_text)
        painter.setFont(bold)
        title_x = x + tw + 10
        painter.drawText(
            QRectF(title_x, y, rect.right() - PAD_X - title_x, line_h),
            Qt.AlignmentFlag.AlignVCenter,
            fb.elidedText(event.title, Qt.TextElideMode.ElideRight, rect.right() - PAD_X - title_x),
        )
        y += line_h + 2
        mark = model.marks.get(event.key) if event.key is not None else None
        if mark:  # a colleague added or changed it since you last looked
            painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), style.FOCUS)
        for line, colour in ((mark, style.FOCUS), (self.detail_text(model, event), style.MUTED)):
            if line:
                painter.setFont(small)
                painter.setPen(colour)
                painter.drawText(
                    QRectF(x, y, avail, fs.lineSpacing()),
                    Qt.AlignmentFlag.AlignVCenter,
                    fs.elidedText(line, Qt.TextElideMode.ElideRight, avail),
                )
                y += fs.lineSpacing() + 2
        chips = self.chips_of(model, event)
        if chips:
            painter.setFont(small)
            chip_w = self.layout_width() - PAD_X * 2 - self.date_width()
            for chip_rect, kind, text in layout_chips(fs, chips, chip_w, self._chip_widths):
                paint_chip(painter, chip_rect.translated(x, y + 4), kind, text, fs)
        painter.restore()
