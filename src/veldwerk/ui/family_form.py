"""A new family, and the family's own details.

A new family needs what the rules need from day one: a reference, a name, the municipality, the
day the support started, its first member and the vaste aanspreekpunt (an active family always
has one). Everything else (more members, the network, the journey) is added on the tabs.
`FamilyDetailsDialog` edits the family's own fields later. Both go through the services only and
show a refusal next to the field it is about; nothing is stored until every rule is met. A
reference another family already has (the services' rule) is said under the reference with
what can be done: choose another one, or (for a new family) open the family that has it.
Closing either dialog with changes asks first.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain.drafts import DraftKey
from veldwerk.domain.errors import DomainError, Problem
from veldwerk.domain.model import ContactAssignment, Family, Member, NetworkMember
from veldwerk.ui import style
from veldwerk.ui.date_field import DateField
from veldwerk.ui.drafts import Draftable
from veldwerk.ui.family_fields import (
    FamilyFields,
    Field,
    clean_text,
    code_combo,
    label_combo,
    select_code,
)
from veldwerk.ui.saving_dialog import SavingDialog

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker

FIRST_MEMBER_ID = "m1"
FIRST_CONTACT_ID = "p1"
REF_EXISTS = "family.ref_exists"


def ref_clash(err: DomainError) -> str | None:
    """The reference the services found on another family, when that is why `err` refused."""
    clash = next((p for p in err.problems if p.code == REF_EXISTS and p.field == "ref"), None)
    return None if clash is None else str(clash.params.get("ref", ""))


class _FormDialog(SavingDialog):
    """What both family dialogs share besides saving (which asks before typed changes are
    thrown away): a reference another family has said under the reference. Subclasses set
    `fields` (the family's own fields)."""

    fields: FamilyFields

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def _refused(self, err: DomainError) -> None:
        super()._refused(err)
        ref = ref_clash(err)
        if ref is not None:  # the domain's text speaks of the import's "replace"
            self.fields.f_ref.error.setText(self.ref_taken_text(ref))

    def ref_taken_text(self, ref: str) -> str:
        """What to say under the reference when another family has it (translated)."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NewFamilyDialog(_FormDialog, Draftable):
    """Window-modal; `created` holds the new family after success. `open_existing_requested`
    (a reference) asks the main window to show the family that already has the typed
    reference; the dialog has closed by then."""

    open_existing_requested = Signal(str)
    draft_kind = "new_family"

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.created: Family | None = None
        self._existing_ref: str | None = None
        self.intro = style.label("", "subtle", wrap=True)
        self.family = self.fields = FamilyFields(self.errors, with_closing=False)
        self.open_existing_button = QPushButton()
        self.open_existing_button.setAutoDefault(False)
        self.open_existing_button.hide()
        self.open_existing_button.clicked.connect(self._open_existing)
        self.family.f_ref.box.addWidget(self.open_existing_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.family.ref.textEdited.connect(lambda _t: self._show_existing(None))

        self.member_group = QGroupBox()
        member_form = QFormLayout(self.member_group)
        member_form.setVerticalSpacing(8)
        self.member_role = code_combo("member_role")
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.birth_date = DateField()
        self.f_role = Field(member_form, self.errors, "members[0].role", self.member_role)
        self.f_given = Field(member_form, self.errors, "members[0].given_name", self.given_name)
        self.f_family_name = Field(
            member_form, self.errors, "members[0].family_name", self.family_name
        )
        self.f_birth = Field(
            member_form,
            self.errors,
            "members[0].birth_date",
            self.birth_date,
            self.birth_date.edit,
        )
        self.errors.bind("members[0].expected_on", self.birth_date.edit, self.f_birth.error)
        self.errors.bind("members", self.member_role, self.f_role.error)

        self.contact_group = QGroupBox()
        contact_form = QFormLayout(self.contact_group)
        contact_form.setVerticalSpacing(8)
        self.contact_name = QLineEdit()
        self.organisation = QLineEdit()
        self.profession = code_combo("profession")
        select_code(self.profession, "social_team")
        self.phone = QLineEdit()
        self.f_contact = Field(contact_form, self.errors, "network[0].name", self.contact_name)
        self.f_org = Field(contact_form, self.errors, "network[0].organisation", self.organisation)
        self.f_prof = Field(contact_form, self.errors, "network[0].profession", self.profession)
        self.f_phone = Field(contact_form, self.errors, "network[0].phone", self.phone)
        self.errors.bind("contacts", self.contact_name, self.f_contact.error)
        self.errors.bind("network", self.contact_name, self.f_contact.error)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 12, 0)
        inner_layout.setSpacing(14)
        inner_layout.addWidget(self.intro)
        inner_layout.addWidget(self.family)
        inner_layout.addWidget(self.member_group)
        inner_layout.addWidget(self.contact_group)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(680, 760)
        self.family.ref.setFocus()
        self._clean = self._snapshot()

    def _snapshot(self) -> object:
        texts = (self.given_name, self.family_name, self.contact_name, self.organisation)
        return (
            self.family.values(),
            self.member_role.currentData(),
            self.birth_date.text(),
            self.profession.currentData(),
            self.phone.text(),
            *(w.text() for w in texts),
        )

    def draft_key(self) -> DraftKey:
        return DraftKey(self.draft_kind)

    def is_dirty(self) -> bool:
        """Anything typed or chosen since the dialog opened."""
        return bool(self._snapshot() != self._clean)

    def build(self) -> Family:
        """The family as typed (not yet checked: the service does that)."""
        values = self.family.values()
        member = Member(
            id=FIRST_MEMBER_ID,
            role=str(self.member_role.currentData()),
            given_name=clean_text(self.given_name),
            family_name=clean_text(self.family_name),
            birth_date=self.birth_date.value_or_none(),
        )
        opened = cast(date, values["opened_on"])
        contact = NetworkMember(
            id=FIRST_CONTACT_ID,
            kind="professional",
            name=clean_text(self.contact_name) or "",
            organisation=clean_text(self.organisation),
            profession=str(self.profession.currentData()),
            phone=clean_text(self.phone),
            since=opened,
        )
        assignment = ContactAssignment(role="primary", network_id=FIRST_CONTACT_ID, start=opened)
        family = Family(
            ref=str(values["ref"]),
            name=str(values["name"]),
            municipality=str(values["municipality"]),
            status="active",
            opened_on=opened,
            due_date=values["due_date"],  # type: ignore[arg-type]
            vulnerabilities=values["vulnerabilities"],  # type: ignore[arg-type]
            learning_consent=str(values["learning_consent"]),
            members=(member,),
            network=(contact,),
            contacts=(assignment,),
        )
        if member.role == "unborn_child":
            family = replace(
                family, members=(replace(member, birth_date=None, expected_on=family.due_date),)
            )
        return family

    def _submit(self) -> None:
        if self._saving:
            return
        family = self.build()
        self._show_existing(None)
        missing = self._missing(family)
        if missing is not None:
            self.errors.show(missing, self._worker.lang)
            return
        self._begin_save()
        self._worker.save(
            lambda ws: ws.families.create(family),
            on_done=self._created,
            on_error=self._refused,
            on_failed=self._failed,
        )

    def _missing(self, family: Family) -> DomainError | None:
        """Required texts left empty and typed dates that are no date: said here, in words,
        before asking the service."""
        problems = self.family.date_problems()
        problems += self.birth_date.problems("members[0].birth_date")
        for place, value in (
            ("ref", family.ref),
            ("name", family.name),
            ("municipality", family.municipality),
            ("network[0].name", family.network[0].name),
        ):
            if not value.strip():
                problems.append(Problem(place, "ui.required"))
        return DomainError.from_problems(problems) if problems else None

    def _created(self, family: Family) -> None:
        self.created = family
        self._done()

    def _refused(self, err: DomainError) -> None:
        super()._refused(err)
        self._show_existing(ref_clash(err))

    def ref_taken_text(self, ref: str) -> str:
        return self.tr(
            "There is already a family with reference %1. Open that family, or choose another "
            "reference."
        ).replace("%1", ref)

    def _show_existing(self, ref: str | None) -> None:
        self._existing_ref = ref
        self.open_existing_button.setVisible(ref is not None)

    def _open_existing(self) -> None:
        """Close (what was typed is left, as the user chose) and show the family that has the
        reference."""
        ref = self._existing_ref
        if ref is None:
            return
        self.forget()
        self.reject()
        self.open_existing_requested.emit(ref)

    def retranslate(self) -> None:
        lang = self._worker.lang
        self.setWindowTitle(self.tr("New family"))
        self.intro.setText(
            self.tr(
                "Start with what is needed now. More members, the network and the journey are "
                "added on the tabs afterwards."
            )
        )
        self.family.retranslate(lang)
        self.open_existing_button.setText(self.tr("Open the e&xisting family"))
        self.open_existing_button.setToolTip(
            self.tr(
                "Closes this form without adding a family and shows the family that has this "
                "reference"
            )
        )
        self.member_group.setTitle(self.tr("First family member"))
        self.f_role.set_text(self.tr("Ro&le"), self.tr("Role of the first member"))
        self.f_given.set_text(self.tr("&Given name"))
        self.f_family_name.set_text(self.tr("&Family name"), self.tr("Family name of the member"))
        self.f_birth.set_text(self.tr("Date of birth"))
        label_combo(self.member_role, "member_role", lang)
        self.contact_group.setTitle(self.tr("Fixed contact person"))
        self.f_contact.set_text(self.tr("N&ame"), self.tr("Name of the fixed contact person"))
        self.contact_name.setPlaceholderText(self.tr("often you yourself"))
        self.f_org.set_text(self.tr("&Organisation"))
        self.f_prof.set_text(self.tr("Profession"))
        self.f_phone.set_text(self.tr("&Phone"))
        label_combo(self.profession, "profession", lang)
        self.ok_button.setText(self.tr("&Add family"))


class FamilyDetailsDialog(_FormDialog, Draftable):
    """The family's own fields (reference, name, status, dates, vulnerabilities, consent)."""

    draft_kind = "family_details"

    def __init__(self, worker: DbWorker, family: Family, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self._family = family
        self.fields = FamilyFields(self.errors, with_closing=True)
        self.fields.load(family)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.fields)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(640, 560)

    def draft_key(self) -> DraftKey:
        return DraftKey(self.draft_kind, self._family.key)

    def is_dirty(self) -> bool:
        values = self.fields.values()
        return any(values[k] != getattr(self._family, k) for k in values)

    def update_family(self, family: Family) -> None:
        if not self.is_dirty():
            self.fields.load(family)
        self._family = family

    def _submit(self) -> None:
        if self._saving:
            return
        bad_dates = self.fields.date_problems()
        if bad_dates:
            self.errors.show(DomainError.from_problems(bad_dates), self._worker.lang)
            return
        values = self.fields.values()
        changes = {k: v for k, v in values.items() if v != getattr(self._family, k)}
        if not changes:
            self.accept()
            return
        ref = self._family.ref
        self._begin_save()
        self._worker.save(
            lambda ws: ws.families.update_details(ref, **changes),
            on_done=lambda _f: self._done(),
            on_error=self._refused,
            on_failed=self._failed,
        )

    def ref_taken_text(self, ref: str) -> str:
        return self.tr(
            "There is already a family with reference %1. Choose another reference."
        ).replace("%1", ref)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Family details"))
        self.fields.retranslate(self._worker.lang)
        self.fields.status.setEnabled(True)
        self.ok_button.setText(self.tr("&Save"))
