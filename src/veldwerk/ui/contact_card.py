"""The card always visible above a family's tabs: who is the vaste aanspreekpunt and who is the
achterwacht, with their organisation and phone, and the button to change one of them.

A family without a current achterwacht shows a clear warning in its place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from veldwerk.domain import clock, codes
from veldwerk.domain.contacts import current_contact
from veldwerk.domain.model import ContactAssignment, Family, NetworkMember
from veldwerk.ui import style


def contact_person(family: Family, role: str, day: date) -> NetworkMember | None:
    """The network member who holds `role` on `day`, or None."""
    assignment = current_contact(family, role, day)
    return family.network_member(assignment.network_id) if assignment else None


def person_details(person: NetworkMember, lang: str) -> str:
    """ "Organisation · profession" for the card (the parts that are known)."""
    parts = [person.organisation or ""]
    if person.profession:
        parts.append(codes.label("profession", person.profession, lang))
    return " · ".join(p for p in parts if p)


def handover_notes_text(c: ContactAssignment, lang: str) -> str:
    """The handover notes of an assignment in one line ("Reden: Verlof · warme overdracht ·
    Notitie: …"), or "" when it has none (the history here and on the contact card)."""
    parts = []
    if c.reason is not None:
        reason = codes.label("handover_reason", c.reason, lang)
        parts.append(
            QCoreApplication.translate("HandoverNotes", "Reason: %1").replace("%1", reason)
        )
    if c.warm_handover is not None:
        parts.append(
            QCoreApplication.translate("HandoverNotes", "warm handover")
            if c.warm_handover
            else QCoreApplication.translate("HandoverNotes", "no warm handover")
        )
    if c.note is not None:
        note = QCoreApplication.translate("HandoverNotes", "Note: %1").replace("%1", c.note)
        parts.append(note)
    return " · ".join(parts)


CARD_NOTES_MAX = 160
"""The most characters of handover notes the card shows (a long note would push the tabs down)."""


class _ContactBox(QFrame):
    """One of the two halves of the card."""

    def __init__(self, role: str) -> None:
        super().__init__()
        self.role = role
        self.role_label = QLabel()
        self.name = QLabel()
        self.details = style.label("", "subtle", wrap=True)
        self.phone = QLabel()
        self.notes = style.label("", "subtle", wrap=True)
        """The handover notes of the current assignment (reason, warm handover, note)."""
        for label in (self.name, self.details, self.phone, self.notes):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(2)
        layout.addWidget(self.role_label)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(self.phone)
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def show_person(
        self,
        role_text: str,
        person: NetworkMember | None,
        lang: str,
        missing_title: str,
        missing_text: str,
        phone_text: str,
    ) -> None:
        missing = person is None
        self.setObjectName("contactBoxMissing" if missing else "contactBox")
        self.role_label.setObjectName("contactRoleMissing" if missing else "contactRole")
        self.name.setObjectName("contactMissing" if missing else "contactName")
        for widget in (self, self.role_label, self.name):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.role_label.setText(role_text)
        if person is None:
            self.name.setText(missing_title)
            self.details.setText(missing_text)
            self.phone.clear()
            self.phone.hide()
        else:
            self.name.setText(person.name)
            self.details.setText(person_details(person, lang))
            self.phone.setText(phone_text)
            self.phone.setVisible(bool(person.phone))
        self.details.setVisible(bool(self.details.text()))
        self.setAccessibleName(f"{role_text}: {self.name.text()}")

    def show_notes(self, text: str) -> None:
        """The notes, cut after `CARD_NOTES_MAX` characters (all of them in the tooltip)."""
        short = text if len(text) <= CARD_NOTES_MAX else text[: CARD_NOTES_MAX - 1] + "…"
        self.notes.setText(short)
        self.notes.setToolTip(text if short != text else "")
        self.notes.setVisible(bool(text))

    def clear(self) -> None:
        for label in (self.name, self.details, self.phone, self.notes):
            label.clear()


class ContactCard(QFrame):
    """Shows the current contacts of one family; `change_requested` asks for the change flow,
    `share_requested` for sharing the family with its backup (or fixed contact)."""

    change_requested = Signal()
    share_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._family: Family | None = None
        self._lang = "nl"
        self.primary = _ContactBox("primary")
        self.backup = _ContactBox("backup")
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self.change_requested)
        self.share_button = QPushButton()
        self.share_button.clicked.connect(self.share_requested)
        self.title = style.label("", "sectionTitle")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.share_button)
        head.addWidget(self.change_button)
        boxes = QHBoxLayout()
        boxes.setSpacing(10)
        boxes.addWidget(self.primary, 1)
        boxes.addWidget(self.backup, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(boxes)
        self.retranslate()

    def set_family(self, family: Family | None, lang: str) -> None:
        self._family = family
        self._lang = lang
        self._fill()

    def _fill(self) -> None:
        family = self._family
        if family is None:
            self.primary.clear()
            self.backup.clear()
            self.change_button.setEnabled(False)
            self.share_button.setEnabled(False)
            return
        today = clock.today()
        self.change_button.setEnabled(True)
        self.share_button.setEnabled(True)
        for box in (self.primary, self.backup):
            person = contact_person(family, box.role, today)
            role_text = codes.label("contact_role", box.role, self._lang)
            role_text = role_text[:1].upper() + role_text[1:]
            if box.role == "primary":
                missing_title = self.tr("No fixed contact person")
                missing_text = self.tr("Choose who the family can always turn to.")
            else:
                missing_title = self.tr("No backup contact")
                missing_text = self.tr(
                    "Ask a colleague to be the backup, so the family always has someone to call."
                )
            phone = (
                self.tr("Phone: %1").replace("%1", person.phone)
                if person is not None and person.phone
                else ""
            )
            box.show_person(role_text, person, self._lang, missing_title, missing_text, phone)
            assignment = current_contact(family, box.role, today)
            box.show_notes(handover_notes_text(assignment, self._lang) if assignment else "")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Contact persons for this family"))
        self.change_button.setText(self.tr("C&hange contact person…"))
        self.change_button.setAccessibleName(self.tr("Change contact person"))
        self.share_button.setText(self.tr("Sha&re with colleague…"))
        self.share_button.setAccessibleName(self.tr("Share this family with its backup"))
        self.share_button.setToolTip(
            self.tr("Encrypted, through the team folder, with the backup or fixed contact person")
        )
        self.setAccessibleName(self.tr("Contact persons"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
