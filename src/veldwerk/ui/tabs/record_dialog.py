"""The base of every edit dialog of the family tabs (member, network member, event, goal,
reflection).

The dialog builds a record from its fields and hands a service call to the `FamilyEditor`. It
stays open until the save succeeded; when the services refuse the change (a `DomainError`), each
problem is shown next to the field its place names (``journey[3].date`` -> the date field) in the
editor's language, problems about anything else in a banner at the top, and the typed values stay.
The fields scroll when the screen is too small for them; after a refused save the first field
with a problem is scrolled into view, with its message, and has the focus. Closing a dialog with
changes asks first.

Strings here use an explicit translation context ("RecordDialog"): a base class's `self.tr` would
look them up under the subclass's name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain.drafts import RECORD_COLLECTIONS, DraftKey
from veldwerk.domain.errors import DomainError, Problem
from veldwerk.ui import focus_order
from veldwerk.ui.date_field import DateField
from veldwerk.ui.discard import may_discard
from veldwerk.ui.drafts import Draftable
from veldwerk.ui.field_errors import scroll_into_view
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.places import Place, split_place

if TYPE_CHECKING:
    from veldwerk.domain.model import Family
    from veldwerk.ui.editing import FamilyEditor
    from veldwerk.workspace import Workspace


SCREEN_ROOM = QSize(80, 220)
"""What a dialog leaves of the screen around its fields (title bar, banner, buttons, taskbar)."""


class FitScroll(QScrollArea):
    """A scroll area as large as its contents want, within the screen: the fields scroll only
    when the screen is too small for them. It takes no focus itself: Tab goes to the fields,
    and the field that gets the focus is scrolled into view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        want = inner.sizeHint() + QSize(frame, frame)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().size() - SCREEN_ROOM
            if want.height() > room.height():
                want.setWidth(want.width() + self.verticalScrollBar().sizeHint().width())
            want = want.boundedTo(room)
        return want


class RecordDialog(QDialog, Draftable):
    """Subclasses set `collection` (the family field the record lives in: ``members``,
    ``network``, ``journey``, ``goals``, ``reflections``), build their fields with `add_row`
    into `outer` (the scrolled body), and implement `build_record`, `save_op`, `snapshot` and
    `retranslate`; they end their ``__init__`` with `finish_setup()`."""

    collection: ClassVar[str] = ""

    def __init__(
        self, editor: FamilyEditor, family: Family, key: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.family = family
        self.key = key
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._label_texts: dict[str, str] = {}
        self._problems: tuple[Problem, ...] = ()
        self._pending: list[Problem] = []
        self._clean: object = None
        self._busy = False
        self._closed = False
        self._silent = False
        self._user_sized = False
        self._focused_once = False
        self.setMinimumWidth(480)
        self.setSizeGripEnabled(True)

        self.frame = QVBoxLayout(self)
        self.frame.setContentsMargins(20, 18, 20, 16)
        self.frame.setSpacing(12)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(style.BANNER_CSS)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        self.frame.addWidget(self.banner)
        self.fields_area = FitScroll(self)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget(self.fields_area)
        # the fields keep their natural height and scroll, rather than being squeezed
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.outer = QVBoxLayout(self.body)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(12)
        self.fields_area.setWidget(self.body)
        self.frame.addWidget(self.fields_area, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(self._on_finished)

    # ---- building the form ---------------------------------------------------------------
    def new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        return form

    def field_box(self, key: str, widget: QWidget) -> QWidget:
        """`widget` with an error line below it (hidden until a problem names `key`)."""
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        lay.addWidget(widget)
        lay.addWidget(self.error_line(key, widget, box))
        return box

    def error_line(self, key: str, widget: QWidget, parent: QWidget) -> QLabel:
        """The (hidden) error line of field `key`, for a subclass to place beside `widget`."""
        error = QLabel(parent)
        error.setWordWrap(True)
        error.setStyleSheet(style.ERROR_CSS)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setObjectName(f"error_{key}")
        error.hide()
        self._fields[key] = widget
        self._errors[key] = error
        return error

    def forget_field(self, key: str) -> None:
        """Field `key` is gone (a removed action row)."""
        self._fields.pop(key, None)
        self._errors.pop(key, None)

    def add_row(self, form: QFormLayout, key: str, widget: QWidget) -> QLabel:
        """A labelled row for field `key`; the label's text is set by `set_label`."""
        label = QLabel(self)
        label.setBuddy(widget)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(label, self.field_box(key, widget))
        self._labels[key] = label
        return label

    def set_label(self, key: str, text: str) -> None:
        """The label of field `key` (with an & for its shortcut) and its accessible name."""
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        self._label_texts[key] = plain
        if key in self._labels:
            self._labels[key].setText(text)
        self._fields[key].setAccessibleName(plain)

    def grow_to_fit(self) -> None:
        """Grow (never shrink) an open dialog to show fields or messages added to it, within
        the screen and unless the user chose its size (once Qt has shown the new fields: that is
        queued). Fields added later get their place in the Tab order too."""
        self.order_focus()
        QTimer.singleShot(0, self, self._grow)

    def _grow(self) -> None:
        if not self.isVisible() or self._closed or self._user_sized:
            return
        self.fields_area.updateGeometry()
        want = self.sizeHint().height()
        if want <= self.height():
            return
        self.resize(self.width(), want)
        screen = self.screen()
        if screen is not None:  # keep the buttons on the screen
            below = self.frameGeometry().bottom() - screen.availableGeometry().bottom()
            if below > 0:
                self.move(self.x(), max(screen.availableGeometry().top(), self.y() - below))

    def order_focus(self) -> None:
        """Tab goes through the fields as they are shown, then the buttons (Save, Cancel)."""
        focus_order.buttons_last(self, self.buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        """The dialog opens with the focus on its first field."""
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.buttons.raise_()  # last among the dialog's children: read after the fields
            focus_order.focus_first(self.body)

    def field(self, key: str) -> QWidget:
        return self._fields[key]

    def finish_setup(self) -> None:
        """Call at the end of a subclass's ``__init__``, after filling in the fields."""
        self.frame.addWidget(self.buttons)
        self._retranslate_base()
        self.retranslate()
        self._clean = self.snapshot()
        self.grow_to_fit()  # Qt opens a dialog at most 2/3 of the screen high; use what fits

    # ---- what a subclass provides --------------------------------------------------------
    def build_record(self) -> Any:
        """The record from the fields; report what cannot become a record with `need_text`,
        `read_date` or `add_problem` (nothing is saved then)."""
        raise NotImplementedError

    def save_op(self, record: Any) -> Callable[[Workspace], Family]:
        raise NotImplementedError

    def snapshot(self) -> object:
        """The fields' values, to tell whether anything was changed."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def resolve_field(self, place: Place) -> str | None:
        """The key of the field a problem at `place` (inside this record) is about, or None."""
        return place.field if place.field in self._errors else None

    # ---- helpers for build_record --------------------------------------------------------
    def add_problem(self, key: str, code: str, params: dict[str, Any] | None = None) -> None:
        self._pending.append(Problem(key, code, params or {}))

    def need_text(self, key: str, text: str) -> str:
        """`text` stripped; a problem when it is empty."""
        value = text.strip()
        if not value:
            self.add_problem(key, "ui.required")
        return value

    def optional_text(self, text: str) -> str | None:
        value = text.strip()
        return value or None

    def read_date(self, key: str, required: bool = False, place: str = "") -> date | None:
        """The date in field `key`; a problem (at `place`, else at `key`) when it is no date
        (31 February does not exist) or is left empty while `required`."""
        widget = self._fields[key]
        assert isinstance(widget, DateField)
        problems = widget.problems(place or key)
        if problems:
            self._pending.extend(problems)
            return None
        value = widget.value()
        if value is None and required:
            self.add_problem(place or key, "ui.required")
        return value

    # ---- state ---------------------------------------------------------------------------
    def draft_key(self) -> DraftKey | None:
        """Drafts of this dialog are kept per family and record (`veldwerk.ui.drafts`)."""
        kind = self.draft_kind or next(
            (k for k, c in RECORD_COLLECTIONS.items() if c == self.collection), ""
        )
        return DraftKey(kind, self.family.key, self.key) if kind else None

    def is_dirty(self) -> bool:
        return not self._closed and self.snapshot() != self._clean

    def records(self) -> Sequence[Any]:
        return tuple(getattr(self.family, self.collection))

    def record_index(self) -> int:
        """The record's position in the family as the services will check it (a new record is
        added at the end)."""
        items = self.records()
        if self.key is None:
            return len(items)
        return next((i for i, r in enumerate(items) if r.key == self.key), -1)

    def update_family(self, family: Family) -> None:
        """The family changed while the dialog is open (same family, fresh data)."""
        self.family = family

    # ---- saving --------------------------------------------------------------------------
    def _on_save(self) -> None:
        if self._busy or self._closed:
            return
        self._pending = []
        record = self.build_record()
        if self._pending:
            self.show_problems(tuple(self._pending))
            return
        self._set_busy(True)
        self.show_problems(())
        self.editor.save(self.save_op(record), on_done=self._saved, on_error=self._failed)

    def _saved(self, family: Family) -> None:
        if not shiboken6.isValid(self) or self._closed:
            return
        self._set_busy(False)
        self.family = family
        self._clean = self.snapshot()
        self.accept()

    def _failed(self, error: DomainError) -> None:
        if not shiboken6.isValid(self) or self._closed:
            return
        self._set_busy(False)
        self.show_problems(error.problems)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not busy)

    # ---- problems ------------------------------------------------------------------------
    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Each problem next to its field, the others in the banner; in the editor's language."""
        self._problems = tuple(problems)
        self._render_problems()
        first = next((k for k, label in self._errors.items() if not label.isHidden()), None)
        if first is not None:
            self.reveal(first)
        self.grow_to_fit()

    def reveal(self, key: str) -> None:
        """Scroll field `key` and its error line into view and give it the focus."""
        error, widget = self._errors[key], self._fields[key]
        scroll_into_view(*([] if error.isHidden() else [error]), widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _render_problems(self) -> None:
        lang = self.editor.lang
        per_field: dict[str, list[str]] = {}
        loose: list[str] = []
        mine = self.record_index()
        for problem in self._problems:
            place = split_place(problem.field)
            key = None
            if place.collection is None or (
                place.collection == self.collection and place.index == mine
            ):
                key = self.resolve_field(place)
            if key is not None:
                per_field.setdefault(key, []).append(self.field_message(problem, place, lang))
            else:
                loose.append(problem.message(lang))
        for key, label in self._errors.items():
            texts = per_field.get(key)
            label.setText("\n".join(texts) if texts else "")
            label.setVisible(bool(texts))
            self._fields[key].setAccessibleDescription("\n".join(texts) if texts else "")
        self.banner.setText("\n".join(loose))
        self.banner.setVisible(bool(loose))

    def field_message(self, problem: Problem, place: Place, lang: str) -> str:
        """The text shown under a field (a subclass may add which row it is about)."""
        return problem.message(lang)

    def problem_text(self, key: str) -> str:
        """The problem text shown under field `key` (empty when none)."""
        label = self._errors[key]
        return "" if label.isHidden() else label.text()

    def banner_text(self) -> str:
        return self.banner.text() if not self.banner.isHidden() else ""

    # ---- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        asks = not self._silent and not self._closed and self.is_dirty()
        if asks and not may_discard(self):
            return
        super().reject()

    def discard(self) -> None:
        """Close without asking and without saving (the family left the screen)."""
        self._silent = True
        self.reject()

    def _on_finished(self, _result: int) -> None:
        self._closed = True

    # ---- language ------------------------------------------------------------------------
    def _retranslate_base(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(QCoreApplication.translate("RecordDialog", "&Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("RecordDialog", "Cancel"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        if event.spontaneous():  # the user chose this size: keep it
            self._user_sized = True
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_base()
            self.retranslate()
            self._render_problems()
        super().changeEvent(event)
