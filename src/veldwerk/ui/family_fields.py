"""The inputs of the family forms: a labelled field with its error line, code lists as combo
boxes, and the family's own fields (reference, name, municipality, dates, status,
vulnerabilities, consent) shared by the new-family and the family-details dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain import clock, codes
from veldwerk.domain.errors import Problem
from veldwerk.domain.model import Family
from veldwerk.ui.date_field import DateField, date_problems
from veldwerk.ui.field_errors import FieldErrors, error_label


def clean_text(edit: QLineEdit) -> str | None:
    value = " ".join(edit.text().split())
    return value or None


class Field:
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
        self.box = box
        form.addRow(self.label, box)
        errors.bind(place, target, self.error)

    def set_text(self, text: str, accessible: str = "") -> None:
        self.label.setText(text)
        name = accessible or text.replace("&", "")
        if isinstance(self.widget, DateField):
            self.widget.set_accessible_name(name)
        else:
            (self.label.buddy() or self.widget).setAccessibleName(name)


def code_combo(kind: str) -> QComboBox:
    combo = QComboBox()
    for code in codes.CODE_LISTS[kind]:
        combo.addItem(code, code)
    return combo


def label_combo(combo: QComboBox, kind: str, lang: str) -> None:
    for i in range(combo.count()):
        code = combo.itemData(i)
        if code:
            combo.setItemText(i, codes.label(kind, str(code), lang))


def select_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


class FamilyFields(QWidget):
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
        self.status = code_combo("family_status")
        self.closed_on = DateField()
        self.due_date = DateField()
        self.consent = code_combo("consent")
        select_code(self.consent, "unknown")
        self.vulnerability_box = QWidget()
        grid = QGridLayout(self.vulnerability_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.vulnerabilities: dict[str, QCheckBox] = {}
        for i, code in enumerate(codes.VULNERABILITIES):
            box = QCheckBox()
            self.vulnerabilities[code] = box
            grid.addWidget(box, i // 2, i % 2)
        self.f_ref = Field(self.form, errors, "ref", self.ref)
        self.f_name = Field(self.form, errors, "name", self.name)
        self.f_municipality = Field(self.form, errors, "municipality", self.municipality)
        self.f_opened = Field(self.form, errors, "opened_on", self.opened_on, self.opened_on.edit)
        self.f_status = Field(self.form, errors, "status", self.status)
        self.f_closed: Field | None = None
        if with_closing:
            self.f_closed = Field(
                self.form, errors, "closed_on", self.closed_on, self.closed_on.edit
            )
        else:
            self.status.setEnabled(False)
        self.f_due = Field(self.form, errors, "due_date", self.due_date, self.due_date.edit)
        self.f_vulns = Field(
            self.form,
            errors,
            "vulnerabilities",
            self.vulnerability_box,
            next(iter(self.vulnerabilities.values())),
        )
        self.f_consent = Field(self.form, errors, "learning_consent", self.consent)

    def load(self, family: Family) -> None:
        self.ref.setText(family.ref)
        self.name.setText(family.name)
        self.municipality.setText(family.municipality)
        self.opened_on.set_value(family.opened_on)
        select_code(self.status, family.status)
        self.closed_on.set_value(family.closed_on)
        self.due_date.set_value(family.due_date)
        select_code(self.consent, family.learning_consent)
        for code, box in self.vulnerabilities.items():
            box.setChecked(code in family.vulnerabilities)

    def values(self) -> dict[str, object]:
        return {
            "ref": (self.ref.text().strip()),
            "name": clean_text(self.name) or "",
            "municipality": clean_text(self.municipality) or "",
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
            self.tr("Learning &consent"), self.tr("Consent to use pseudonymised data for learning")
        )
        label_combo(self.status, "family_status", lang)
        label_combo(self.consent, "consent", lang)
        for code, box in self.vulnerabilities.items():
            box.setText(codes.label("vulnerability", code, lang))
