"""Closing a family and reopening it (issue 14): two small dialogs over `services.closing`.

Closing asks for the reason (required), the day (today unless changed) and an optional note;
reopening asks for the day and says who the vaste aanspreekpunt will be, or, when there is none,
why the family cannot be reopened yet (the domain's rule, `closing.may_reopen`). What is
allowed is decided by the service; a refusal is shown next to the field it is about.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from veldwerk.domain import clock, codes
from veldwerk.domain.closing import may_reopen
from veldwerk.domain.errors import DomainError
from veldwerk.domain.model import Family
from veldwerk.texts import format_date, text
from veldwerk.ui import style
from veldwerk.ui.contact_card import contact_person
from veldwerk.ui.date_field import DateField, date_problems
from veldwerk.ui.field_errors import error_label, field_with_error
from veldwerk.ui.saving_dialog import SavingDialog

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker


class _StatusDialog(SavingDialog):
    """What both dialogs share: an intro, a form with the day, the buttons."""

    def __init__(self, worker: DbWorker, family: Family, parent: QWidget | None) -> None:
        super().__init__(worker, parent)
        self._family = family
        self.intro = style.label("", "subtle", wrap=True)
        self.day = DateField()
        self.day.set_value(clock.today())
        self.day_error = error_label()
        self.day_title = QLabel()
        self.day_title.setBuddy(self.day.edit)
        self.errors.bind("date", self.day.edit, self.day_error)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 20)
        self.layout_.setSpacing(12)
        self.layout_.addWidget(self.intro)
        self.layout_.addLayout(self.form)

    def _finish_layout(self) -> None:
        self.layout_.addWidget(self.general_error)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    @property
    def lang(self) -> str:
        return self._worker.lang

    def _chosen_day(self) -> date | None:
        """The day typed, or None after showing why there is none."""
        bad = date_problems({"date": self.day}, required=("date",))
        if bad:
            self.errors.show(DomainError.from_problems(bad), self.lang)
            return None
        return self.day.value_or_none() or clock.today()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class CloseFamilyDialog(_StatusDialog):
    """Window-modal (never blocking): open it with `open()`."""

    def __init__(self, worker: DbWorker, family: Family, parent: QWidget | None = None) -> None:
        super().__init__(worker, family, parent)
        self.reason = QComboBox()
        self.reason.setMinimumWidth(300)
        self.reason_error = error_label()
        self.reason_title = QLabel()
        self.reason_title.setBuddy(self.reason)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(84)
        self.note_error = error_label()
        self.note_title = QLabel()
        self.note_title.setBuddy(self.note)
        self.errors.bind("closing_reason", self.reason, self.reason_error)
        self.errors.bind("closing_note", self.note, self.note_error)
        self.errors.bind("status", self.reason, self.reason_error)
        self.form.addRow(self.reason_title, field_with_error(self.reason, self.reason_error))
        self.form.addRow(self.day_title, field_with_error(self.day, self.day_error))
        self.form.addRow(self.note_title, field_with_error(self.note, self.note_error))
        self._finish_layout()
        self.setTabOrder(self.reason, self.day.edit)
        self.setTabOrder(self.day.edit, self.note)
        self.retranslate()
        self.resize(580, 400)
        self._clean = self._snapshot()

    def _snapshot(self) -> object:
        return (self.reason.currentData(), self.day.text(), self.note.toPlainText())

    def is_dirty(self) -> bool:
        return self._snapshot() != self._clean

    def choose_reason(self, code: str) -> None:
        self.reason.setCurrentIndex(max(0, self.reason.findData(code)))

    def _submit(self) -> None:
        if self._saving:
            return
        day = self._chosen_day()
        if day is None:
            return
        ref, reason = self._family.ref, self.reason.currentData()
        note = self.note.toPlainText().strip() or None
        self._begin_save()
        self._worker.save(
            lambda ws: ws.closing.close(ref, reason, on=day, note=note),
            on_done=lambda _f: self._done(),
            on_error=self._refused,
            on_failed=self._failed,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close family"))
        self.intro.setText(
            self.tr(
                "Closing keeps everything that is recorded. The journey gets a closing step "
                "with the reason; you can reopen the family later."
            )
        )
        self.reason_title.setText(self.tr("&Reason"))
        self.reason.setAccessibleName(self.tr("Reason for closing"))
        keep = self.reason.currentData()
        self.reason.clear()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for code in codes.CLOSING_REASONS:
            self.reason.addItem(codes.label("closing_reason", code, self.lang), code)
        self.reason.setCurrentIndex(max(0, self.reason.findData(keep)))
        self.day_title.setText(self.tr("&Closed on"))
        self.day.set_accessible_name(self.tr("Closing date"))
        self.note_title.setText(self.tr("&Note"))
        self.note.setAccessibleName(self.tr("Note on the closing"))
        self.note.setPlaceholderText(self.tr("Optional: how the family is doing, what was agreed"))
        self.ok_button.setText(self.tr("Close &family"))


class ReopenFamilyDialog(_StatusDialog):
    """Window-modal (never blocking): open it with `open()`."""

    def __init__(self, worker: DbWorker, family: Family, parent: QWidget | None = None) -> None:
        super().__init__(worker, family, parent)
        self.closed_title = QLabel()
        self.closed_label = QLabel()
        self.closed_label.setWordWrap(True)
        self.primary_title = QLabel()
        self.primary_label = QLabel()
        self.primary_label.setWordWrap(True)
        self.blocked = style.label("", "warning", wrap=True)
        self.errors.bind("contacts", self.day.edit, self.day_error)
        self.errors.bind("status", self.day.edit, self.day_error)
        self.form.addRow(self.closed_title, self.closed_label)
        self.form.addRow(self.primary_title, self.primary_label)
        self.form.addRow(self.day_title, field_with_error(self.day, self.day_error))
        self.layout_.addWidget(self.blocked)
        self._finish_layout()
        self.retranslate()
        self.resize(580, 360)
        self._clean = self.day.text()

    def is_dirty(self) -> bool:
        return self.day.text() != self._clean

    def _submit(self) -> None:
        if self._saving or may_reopen(self._family, clock.today()) is not None:
            return
        day = self._chosen_day()
        if day is None:
            return
        ref = self._family.ref
        self._begin_save()
        self._worker.save(
            lambda ws: ws.closing.reopen(ref, on=day),
            on_done=lambda _f: self._done(),
            on_error=self._refused,
            on_failed=self._failed,
        )

    def _fill(self) -> None:
        f = self._family
        when = format_date(f.closed_on, self.lang, "long") if f.closed_on else ""
        if f.closing_reason is not None:
            reason = codes.label("closing_reason", f.closing_reason, self.lang)
            when = self.tr("%1 (%2)").replace("%1", when).replace("%2", reason)
        self.closed_label.setText(when or self.tr("Not known"))
        person = contact_person(f, "primary", clock.today())
        self.primary_label.setText(person.name if person else self.tr("Nobody"))
        refusal = may_reopen(f, clock.today())
        role = codes.label("contact_role", "primary", self.lang)
        self.blocked.setText(text(refusal, self.lang, role=role) if refusal else "")
        self.blocked.setVisible(refusal is not None)
        self.ok_button.setEnabled(refusal is None and not self._saving)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reopen family"))
        self.intro.setText(
            self.tr(
                "Reopening keeps the whole history: the closing step stays in the journey and a "
                "new step records the reopening. The family is active again, with its fixed "
                "contact person."
            )
        )
        self.closed_title.setText(self.tr("Closed on"))
        self.primary_title.setText(codes.label("contact_role", "primary", self.lang).capitalize())
        self.day_title.setText(self.tr("&Reopened on"))
        self.day.set_accessible_name(self.tr("Reopening date"))
        self.ok_button.setText(self.tr("&Reopen"))
        self._fill()
