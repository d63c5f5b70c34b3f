"""Changing the vaste aanspreekpunt or the achterwacht.

The user picks the role, the new person or nobody, and the day; who is offered, and when
"nobody" is, is the domain's rule (`contacts.eligible_for_role`, `contacts.may_end_role`), the
same one the service checks the change against. The service ends the old assignment,
keeps the history, and records the handover in the journey; this dialog says so before, shows
the history, and puts a refusal next to the field it is about.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain import clock, codes
from veldwerk.domain.contacts import (
    contacts_history,
    current_contact,
    eligible_for_role,
    may_end_role,
)
from veldwerk.domain.drafts import DraftKey
from veldwerk.domain.errors import DomainError
from veldwerk.domain.handover import HandoverNotes
from veldwerk.domain.model import ContactAssignment, Family, NetworkMember
from veldwerk.texts import format_date
from veldwerk.ui import style
from veldwerk.ui.contact_card import handover_notes_text, person_details
from veldwerk.ui.date_field import DateField, date_problems
from veldwerk.ui.drafts import Draftable
from veldwerk.ui.field_errors import error_label, field_with_error
from veldwerk.ui.saving_dialog import SavingDialog

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker

NOBODY = ""


class ChangeContactDialog(SavingDialog, Draftable):
    """Window-modal (never blocking): open it with `open()`."""

    def __init__(
        self, worker: DbWorker, family: Family, role: str = "primary", parent: QWidget | None = None
    ) -> None:
        super().__init__(worker, parent)
        self._family = family

        self.intro = style.label("", "subtle", wrap=True)
        self.role_primary = QRadioButton()
        self.role_backup = QRadioButton()
        self.roles = QButtonGroup(self)
        self.roles.addButton(self.role_primary)
        self.roles.addButton(self.role_backup)
        (self.role_backup if role == "backup" else self.role_primary).setChecked(True)
        self.now_label = QLabel()
        self.now_label.setWordWrap(True)
        self.person = QComboBox()
        self.person.setMinimumWidth(320)
        self.person_error = error_label()
        self.day = DateField()
        self.day.set_value(clock.today())
        self.day_error = error_label()
        # the handover notes (issue 14): why, whether it was warm, a note for the new person
        self.reason = QComboBox()
        self.reason_error = error_label()
        self.warm = QCheckBox()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.note_error = error_label()
        self.none_available = style.label("", "warning", wrap=True)
        self.none_available.hide()
        self.summary = style.label("", wrap=True)
        self.history_title = style.label("", "sectionTitle")
        self.history = style.label("", "subtle", wrap=True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors.bind("network_id", self.person, self.person_error)
        self.errors.bind("contacts", self.person, self.person_error)
        self.errors.bind("date", self.day.edit, self.day_error)
        self.errors.bind("from", self.day.edit, self.day_error)
        self.errors.bind("reason", self.reason, self.reason_error)
        self.errors.bind("note", self.note, self.note_error)

        roles_row = QHBoxLayout()
        roles_row.addWidget(self.role_primary)
        roles_row.addWidget(self.role_backup)
        roles_row.addStretch(1)
        person_box = field_with_error(self.person, self.person_error)
        day_box = field_with_error(self.day, self.day_error)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.role_title = QLabel()
        self.now_title = QLabel()
        self.person_title = QLabel()
        self.person_title.setBuddy(self.person)
        self.day_title = QLabel()
        self.day_title.setBuddy(self.day.edit)
        self.form.addRow(self.role_title, roles_row)
        self.form.addRow(self.now_title, self.now_label)
        self.form.addRow(self.person_title, person_box)
        self.form.addRow(self.day_title, day_box)
        self.reason_title = QLabel()
        self.reason_title.setBuddy(self.reason)
        self.note_title = QLabel()
        self.note_title.setBuddy(self.note)
        self.form.addRow(self.reason_title, field_with_error(self.reason, self.reason_error))
        self.form.addRow("", self.warm)
        self.form.addRow(self.note_title, field_with_error(self.note, self.note_error))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.none_available)
        layout.addWidget(self.summary)
        layout.addWidget(self.general_error)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.roles.buttonToggled.connect(lambda _b, on: self._fill_people() if on else None)
        self.person.currentIndexChanged.connect(lambda _i: self._update_summary())
        self.day.changed.connect(self._day_changed)
        self.setTabOrder(self.role_primary, self.role_backup)
        self.setTabOrder(self.role_backup, self.person)
        self.setTabOrder(self.person, self.day.edit)
        self.setTabOrder(self.day.edit, self.reason)
        self.setTabOrder(self.reason, self.warm)
        self.setTabOrder(self.warm, self.note)
        self.retranslate()
        self.resize(660, 620)
        self._clean = self._snapshot()

    # ---- state ---------------------------------------------------------------------------
    def _snapshot(self) -> object:
        return (
            self.role,
            self.person.currentData(),
            self.day.text(),
            self.reason.currentData(),
            self.warm.isChecked(),
            self.note.toPlainText(),
        )

    draft_kind = "change_contact"

    def draft_key(self) -> DraftKey:
        return DraftKey(self.draft_kind, self._family.key)

    def is_dirty(self) -> bool:
        """A role, a person or a day chosen since the dialog opened."""
        return self._snapshot() != self._clean

    @property
    def lang(self) -> str:
        return self._worker.lang

    @property
    def role(self) -> str:
        return "backup" if self.role_backup.isChecked() else "primary"

    def chosen(self) -> str | None:
        """The chosen network id, None for "nobody"."""
        value = self.person.currentData()
        return None if value in (None, NOBODY) else str(value)

    def choose(self, network_id: str | None) -> None:
        index = self.person.findData(NOBODY if network_id is None else network_id)
        if index >= 0:
            self.person.setCurrentIndex(index)

    def notes(self) -> HandoverNotes:
        """The handover notes as filled in: the reason (None when not chosen), whether the
        handover was warm, the note (None when blank)."""
        reason = self.reason.currentData()
        note = self.note.toPlainText().strip() or None
        return HandoverNotes(reason or None, self.warm.isChecked(), note)

    def update_family(self, family: Family) -> None:
        self._family = family
        self._fill_people()

    # ---- behaviour -----------------------------------------------------------------------
    def _day(self) -> date:
        return self.day.value_or_none() or clock.today()

    def _day_changed(self) -> None:
        self._fill_people()

    def _holder(self) -> NetworkMember | None:
        assignment = current_contact(self._family, self.role, self._day())
        return self._family.network_member(assignment.network_id) if assignment else None

    def _fill_people(self) -> None:
        keep = self.person.currentData()
        people = eligible_for_role(self._family, self.role, self._day())
        holder = self._holder()
        self.person.blockSignals(True)
        self.person.clear()
        for person in people:
            details = person_details(person, self.lang)
            self.person.addItem(f"{person.name} ({details})" if details else person.name, person.id)
        if may_end_role(self._family, self.role, self._day()):
            self.person.addItem(self.tr("Nobody (end this role)"), NOBODY)
        index = self.person.findData(keep) if keep is not None else -1
        self.person.setCurrentIndex(index if index >= 0 else 0)
        self.person.blockSignals(False)
        if holder is None:
            self.now_label.setText(self.tr("Nobody"))
        else:
            details = person_details(holder, self.lang)
            self.now_label.setText(f"{holder.name} ({details})" if details else holder.name)
        empty = self.person.count() == 0
        self.none_available.setVisible(empty)
        self.ok_button.setEnabled(not empty and not self._saving)
        self._fill_history()
        self._update_summary()

    def _update_summary(self) -> None:
        if self.person.count() == 0 or self.day.value_or_none() is None:
            self.summary.clear()  # nobody to choose, or no date (yet): nothing to promise
            return
        role = codes.label("contact_role", self.role, self.lang)
        day = format_date(self._day(), self.lang, "numeric")
        new_id = self.chosen()
        new = self._family.network_member(new_id) if new_id else None
        old = self._holder()
        if new is not None and old is not None:
            text = self.tr(
                "From %1, %2 is the %3 and %4 stops. The handover is recorded in the journey."
            )
            args: tuple[str, ...] = (day, new.name, role, old.name)
        elif new is not None:
            text = self.tr("From %1, %2 is the %3. This is recorded in the journey.")
            args = (day, new.name, role)
        else:
            text = self.tr(
                "From %1, %2 is no longer the %3, and nobody takes over. This is "
                "recorded in the journey."
            )
            args = (day, old.name if old else "", role)
        for i, value in enumerate(args, start=1):
            text = text.replace(f"%{i}", value)
        self.summary.setText(text)

    def _fill_history(self) -> None:
        lines = []
        for c in reversed(contacts_history(self._family)):
            person = self._family.network_member(c.network_id)
            name = person.name if person else c.network_id
            until = format_date(c.until, self.lang, "numeric") if c.until else self.tr("now")
            role = codes.label("contact_role", c.role, self.lang)
            lines.append(f"{format_date(c.start, self.lang, 'numeric')} – {until}:  {name}, {role}")
            notes = self.notes_text(c)
            if notes:
                lines.append("      " + notes)
        self.history.setText("\n".join(lines) if lines else self.tr("No contact persons yet."))

    def _submit(self) -> None:
        if self._saving or self.person.count() == 0:
            return
        bad_date = date_problems({"date": self.day}, required=("date",))
        if bad_date:
            self.errors.show(DomainError.from_problems(bad_date), self.lang)
            return
        ref, role, person, day = self._family.ref, self.role, self.chosen(), self._day()
        notes = self.notes()
        self._begin_save()
        self._worker.save(
            lambda ws: ws.families.change_contact(ref, role, person, on=day, notes=notes),
            on_done=lambda _f: self._done(),
            on_error=self._refused,
            on_failed=self._failed,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change contact person"))
        self.intro.setText(
            self.tr(
                "The family keeps one fixed contact person and, if possible, a backup. A change "
                "starts on the day you choose; the earlier period stays in the history."
            )
        )
        for button, role in ((self.role_primary, "primary"), (self.role_backup, "backup")):
            text = codes.label("contact_role", role, self.lang)
            button.setText(text[:1].upper() + text[1:])
        self.role_title.setText(self.tr("Role"))
        self.now_title.setText(self.tr("Now"))
        self.person_title.setText(self.tr("&New person"))
        self.day_title.setText(self.tr("&From"))
        self.person.setAccessibleName(self.tr("New contact person"))
        self.day.set_accessible_name(self.tr("Date of the change"))
        self.none_available.setText(
            self.tr(
                "There is no other professional in this family's network. Add one on the Network "
                "tab first."
            )
        )
        self.history_title.setText(self.tr("History"))
        self.reason_title.setText(self.tr("&Reason"))
        self.reason.setAccessibleName(self.tr("Reason for the change"))
        keep = self.reason.currentData()
        self.reason.clear()
        self.reason.addItem(self.tr("Choose a reason…"), None)
        for code in codes.HANDOVER_REASONS:
            self.reason.addItem(codes.label("handover_reason", code, self.lang), code)
        self.reason.setCurrentIndex(max(0, self.reason.findData(keep)))
        self.warm.setText(self.tr("&Warm handover: the new person met the family with me"))
        self.warm.setAccessibleName(self.tr("Warm handover"))
        self.note_title.setText(self.tr("N&ote for the new person"))
        self.note.setAccessibleName(self.tr("Note for the new person"))
        self.note.setPlaceholderText(self.tr("What the new person should know first"))
        self.ok_button.setText(self.tr("&Change"))
        self._fill_people()

    def notes_text(self, c: ContactAssignment) -> str:
        """An assignment's handover notes in one line (for the history), or ""."""
        return handover_notes_text(c, self.lang)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
