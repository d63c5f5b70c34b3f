"""A new family, and the family's own details.

A new family needs what the rules need from day one: a reference, a name, the municipality, the
day the support started, its first member and the vaste aanspreekpunt (an active family always
has one). Everything else (more members, the network, the journey) is added on the tabs.
`FamilyDetailsDialog` edits the family's own fields later. Both go through the services only and
show a refusal next to the field it is about; nothing is stored until every rule is met.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain import clock, codes
from veldwerk.domain.errors import DomainError, Problem
from veldwerk.domain.model import ContactAssignment, Family, Member, NetworkMember
from veldwerk.ui import style
from veldwerk.ui import ui_messages as _ui_messages  # noqa: F401  (registers ui.required)
from veldwerk.ui.date_field import DateField, date_problems
from veldwerk.ui.field_errors import FieldErrors, error_label

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker

FIRST_MEMBER_ID = "m1"
FIRST_CONTACT_ID = "p1"


def _text(edit: QLineEdit) -> str | None:
    value = " ".join(edit.text().split())
    return value or None


class _Field:
    """An input with its label and error line, placed in a form row."""

    def __init__(
        self,
        form: QFormLayout,
        errors: FieldErrors,
        place: str,
        widget: QWidget,
        focus: QWidget | None = None,
    ) -> None:
        self.label = QLabel()
        self.error = error_label()
        self.widget = widget
        target = focus or widget
        self.label.setBuddy(target)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(self.error)
        form.addRow(self.label, box)
        errors.bind(place, target, self.error)

    def set_text(self, text: str, accessible: str = "") -> None:
        self.label.setText(text)
        name = accessible or text.replace("&", "")
        if isinstance(self.widget, DateField):
            self.widget.set_accessible_name(name)
        else:
            (self.label.buddy() or self.widget).setAccessibleName(name)


def _code_combo(kind: str) -> QComboBox:
    combo = QComboBox()
    for code in codes.CODE_LISTS[kind]:
        combo.addItem(code, code)
    return combo


def _label_combo(combo: QComboBox, kind: str, lang: str) -> None:
    for i in range(combo.count()):
        code = combo.itemData(i)
        if code:
            combo.setItemText(i, codes.label(kind, str(code), lang))


def _select(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


class _FamilyFields(QWidget):
    """The family's own fields, shared by both dialogs."""

    def __init__(self, errors: FieldErrors, *, with_closing: bool) -> None:
        super().__init__()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(8)
        self.ref = QLineEdit()
        self.ref.setMaxLength(40)
        self.name = QLineEdit()
        self.municipality = QLineEdit()
        self.opened_on = DateField()
        self.opened_on.set_value(clock.today())
        self.status = _code_combo("family_status")
        self.closed_on = DateField()
        self.due_date = DateField()
        self.consent = _code_combo("consent")
        _select(self.consent, "unknown")
        self.vulnerability_box = QWidget()
        grid = QGridLayout(self.vulnerability_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.vulnerabilities: dict[str, QCheckBox] = {}
        for i, code in enumerate(codes.VULNERABILITIES):
            box = QCheckBox()
            self.vulnerabilities[code] = box
            grid.addWidget(box, i // 2, i % 2)
        self.f_ref = _Field(self.form, errors, "ref", self.ref)
        self.f_name = _Field(self.form, errors, "name", self.name)
        self.f_municipality = _Field(self.form, errors, "municipality", self.municipality)
        self.f_opened = _Field(self.form, errors, "opened_on", self.opened_on, self.opened_on.edit)
        self.f_status = _Field(self.form, errors, "status", self.status)
        self.f_closed: _Field | None = None
        if with_closing:
            self.f_closed = _Field(
                self.form, errors, "closed_on", self.closed_on, self.closed_on.edit
            )
        else:
            self.status.setEnabled(False)
        self.f_due = _Field(self.form, errors, "due_date", self.due_date, self.due_date.edit)
        self.f_vulns = _Field(
            self.form,
            errors,
            "vulnerabilities",
            self.vulnerability_box,
            next(iter(self.vulnerabilities.values())),
        )
        self.f_consent = _Field(self.form, errors, "learning_consent", self.consent)

    def load(self, family: Family) -> None:
        self.ref.setText(family.ref)
        self.name.setText(family.name)
        self.municipality.setText(family.municipality)
        self.opened_on.set_value(family.opened_on)
        _select(self.status, family.status)
        self.closed_on.set_value(family.closed_on)
        self.due_date.set_value(family.due_date)
        _select(self.consent, family.learning_consent)
        for code, box in self.vulnerabilities.items():
            box.setChecked(code in family.vulnerabilities)

    def values(self) -> dict[str, object]:
        return {
            "ref": (self.ref.text().strip()),
            "name": _text(self.name) or "",
            "municipality": _text(self.municipality) or "",
            "status": str(self.status.currentData()),
            "opened_on": self.opened_on.value_or_none() or clock.today(),
            "closed_on": self.closed_on.value_or_none() if self.f_closed is not None else None,
            "due_date": self.due_date.value_or_none(),
            "vulnerabilities": tuple(c for c, b in self.vulnerabilities.items() if b.isChecked()),
            "learning_consent": str(self.consent.currentData()),
        }

    def date_problems(self) -> list[Problem]:
        """Dates typed that are no date (31 February), and a start left empty."""
        fields = {"opened_on": self.opened_on, "due_date": self.due_date}
        if self.f_closed is not None:
            fields["closed_on"] = self.closed_on
        return date_problems(fields, required=("opened_on",))

    def retranslate(self, lang: str) -> None:
        self.f_ref.set_text(self.tr("&Reference"), self.tr("Reference (your own case number)"))
        self.ref.setPlaceholderText(self.tr("your own case number, e.g. HW-2026-014"))
        self.f_name.set_text(self.tr("&Name"), self.tr("Family name"))
        self.name.setPlaceholderText(self.tr("e.g. Family De Vries"))
        self.f_municipality.set_text(self.tr("&Municipality"))
        self.f_opened.set_text(self.tr("Support &started"))
        self.f_status.set_text(self.tr("Status"))
        if self.f_closed is not None:
            self.f_closed.set_text(self.tr("Closed on"))
        self.f_due.set_text(self.tr("Expected &birth"), self.tr("Expected date of birth"))
        self.f_vulns.set_text(self.tr("Vulnerabilities"))
        self.f_consent.set_text(
            self.tr("Learning &consent"), self.tr("Consent to use anonymised data for learning")
        )
        _label_combo(self.status, "family_status", lang)
        _label_combo(self.consent, "consent", lang)
        for code, box in self.vulnerabilities.items():
            box.setText(codes.label("vulnerability", code, lang))


class NewFamilyDialog(QDialog):
    """Window-modal; `created_key` holds the new family's key after success."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._saving = False
        self.created: Family | None = None
        self.setModal(True)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        self.intro = style.label("", "subtle", wrap=True)
        self.family = _FamilyFields(self.errors, with_closing=False)

        self.member_group = QGroupBox()
        member_form = QFormLayout(self.member_group)
        member_form.setVerticalSpacing(8)
        self.member_role = _code_combo("member_role")
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.birth_date = DateField()
        self.f_role = _Field(member_form, self.errors, "members[0].role", self.member_role)
        self.f_given = _Field(member_form, self.errors, "members[0].given_name", self.given_name)
        self.f_family_name = _Field(
            member_form, self.errors, "members[0].family_name", self.family_name
        )
        self.f_birth = _Field(
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
        self.profession = _code_combo("profession")
        _select(self.profession, "social_team")
        self.phone = QLineEdit()
        self.f_contact = _Field(contact_form, self.errors, "network[0].name", self.contact_name)
        self.f_org = _Field(contact_form, self.errors, "network[0].organisation", self.organisation)
        self.f_prof = _Field(contact_form, self.errors, "network[0].profession", self.profession)
        self.f_phone = _Field(contact_form, self.errors, "network[0].phone", self.phone)
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
        scroll.setWidget(inner)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(680, 760)
        self.family.ref.setFocus()

    def is_dirty(self) -> bool:
        return any(
            w.text()
            for w in (self.family.ref, self.family.name, self.given_name, self.contact_name)
        )

    def build(self) -> Family:
        """The family as typed (not yet checked: the service does that)."""
        values = self.family.values()
        member = Member(
            id=FIRST_MEMBER_ID,
            role=str(self.member_role.currentData()),
            given_name=_text(self.given_name),
            family_name=_text(self.family_name),
            birth_date=self.birth_date.value_or_none(),
        )
        opened = values["opened_on"]
        contact = NetworkMember(
            id=FIRST_CONTACT_ID,
            kind="professional",
            name=_text(self.contact_name) or "",
            organisation=_text(self.organisation),
            profession=str(self.profession.currentData()),
            phone=_text(self.phone),
            since=opened,
        )  # type: ignore[arg-type]
        assignment = ContactAssignment(role="primary", network_id=FIRST_CONTACT_ID, start=opened)  # type: ignore[arg-type]
        family = Family(
            ref=str(values["ref"]),
            name=str(values["name"]),
            municipality=str(values["municipality"]),
            status="active",
            opened_on=opened,  # type: ignore[arg-type]
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
        missing = self._missing(family)
        if missing is not None:
            self.errors.show(missing, self._worker.lang)
            return
        self._saving = True
        self.ok_button.setEnabled(False)
        self.errors.clear()
        self._worker.save(
            lambda ws: ws.families.create(family),
            on_done=self._done,
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

    def _done(self, family: Family) -> None:
        self._saving = False
        self.created = family
        self.accept()

    def _failed(self) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)

    def _refused(self, err: DomainError) -> None:
        self.errors.show(err, self._worker.lang)

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
        self.member_group.setTitle(self.tr("First family member"))
        self.f_role.set_text(self.tr("Ro&le"), self.tr("Role of the first member"))
        self.f_given.set_text(self.tr("&Given name"))
        self.f_family_name.set_text(self.tr("&Family name"), self.tr("Family name of the member"))
        self.f_birth.set_text(self.tr("Date of birth"))
        _label_combo(self.member_role, "member_role", lang)
        self.contact_group.setTitle(self.tr("Fixed contact person"))
        self.f_contact.set_text(self.tr("N&ame"), self.tr("Name of the fixed contact person"))
        self.contact_name.setPlaceholderText(self.tr("often you yourself"))
        self.f_org.set_text(self.tr("&Organisation"))
        self.f_prof.set_text(self.tr("Profession"))
        self.f_phone.set_text(self.tr("&Phone"))
        _label_combo(self.profession, "profession", lang)
        self.ok_button.setText(self.tr("&Add family"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FamilyDetailsDialog(QDialog):
    """The family's own fields (reference, name, status, dates, vulnerabilities, consent)."""

    def __init__(self, worker: DbWorker, family: Family, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._family = family
        self._saving = False
        self.setModal(True)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        self.fields = _FamilyFields(self.errors, with_closing=True)
        self.fields.load(family)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.fields)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(640, 560)

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
        self._saving = True
        self.ok_button.setEnabled(False)
        self.errors.clear()
        self._worker.save(
            lambda ws: ws.families.update_details(ref, **changes),
            on_done=lambda _f: self._done(),
            on_error=self._refused,
            on_failed=self._failed,
        )

    def _done(self) -> None:
        self._saving = False
        self.accept()

    def _failed(self) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)

    def _refused(self, err: DomainError) -> None:
        self.errors.show(err, self._worker.lang)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Family details"))
        self.fields.retranslate(self._worker.lang)
        self.fields.status.setEnabled(True)
        self.ok_button.setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
