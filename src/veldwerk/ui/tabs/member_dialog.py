"""Adding or changing a household member (gezinslid)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from veldwerk.domain.model import Family, Member
from veldwerk.ui.date_field import DateField
from veldwerk.ui.tabs.code_combo import CodeCombo
from veldwerk.ui.tabs.ids import next_id
from veldwerk.ui.tabs.record_dialog import RecordDialog

if TYPE_CHECKING:
    from veldwerk.ui.editing import FamilyEditor
    from veldwerk.workspace import Workspace


class MemberDialog(RecordDialog):
    collection = "members"

    def __init__(
        self,
        editor: FamilyEditor,
        family: Family,
        member: Member | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(editor, family, member.key if member else None, parent)
        self.member = member
        self.form = self.new_form()
        self.role = CodeCombo("member_role", self)
        self.given_name = QLineEdit(self)
        self.family_name = QLineEdit(self)
        self.birth_date = DateField(self)
        self.expected_on = DateField(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.address = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4 + 16)
        for key, widget in (
            ("role", self.role),
            ("given_name", self.given_name),
            ("family_name", self.family_name),
            ("birth_date", self.birth_date),
            ("expected_on", self.expected_on),
            ("phone", self.phone),
            ("email", self.email),
            ("address", self.address),
            ("notes", self.notes),
        ):
            self.add_row(self.form, key, widget)
        self.outer.addLayout(self.form)
        self.role.relabel(editor.lang)
        if member is not None:
            self.role.set_code(member.role)
            self.given_name.setText(member.given_name or "")
            self.family_name.setText(member.family_name or "")
            self.birth_date.set_value(member.birth_date)
            self.expected_on.set_value(member.expected_on)
            self.phone.setText(member.phone or "")
            self.email.setText(member.email or "")
            self.address.setText(member.address or "")
            self.notes.setPlainText(member.notes or "")
        else:
            self.role.set_code("child")
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.finish_setup()

    def _role_changed(self) -> None:
        unborn = self.role.code() == "unborn_child"
        self.form.setRowVisible(self.field_box_of("birth_date"), not unborn)
        self.form.setRowVisible(self.field_box_of("expected_on"), unborn)

    def field_box_of(self, key: str) -> QWidget:
        box = self.field(key).parentWidget()
        assert box is not None
        return box

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Change household member")
            if self.key is not None
            else self.tr("New household member")
        )
        self.role.relabel(self.editor.lang)
        self.set_label("role", self.tr("&Role"))
        self.set_label("given_name", self.tr("&Given name"))
        self.set_label("family_name", self.tr("&Family name"))
        self.set_label("birth_date", self.tr("Date of &birth"))
        self.set_label("expected_on", self.tr("E&xpected date"))
        self.set_label("phone", self.tr("&Phone"))
        self.set_label("email", self.tr("&Email"))
        self.set_label("address", self.tr("&Address"))
        self.set_label("notes", self.tr("&Notes"))
        self.notes.setPlaceholderText(self.tr("For example: what helps in contact"))

    def snapshot(self) -> object:
        return (
            self.role.code(),
            self.given_name.text(),
            self.family_name.text(),
            self.birth_date.text(),
            self.expected_on.text(),
            self.phone.text(),
            self.email.text(),
            self.address.text(),
            self.notes.toPlainText(),
        )

    def build_record(self) -> Member:
        role = self.role.code() or "other_household"
        unborn = role == "unborn_child"
        birth = None if unborn else self.read_date("birth_date")
        expected = self.read_date("expected_on") if unborn else None
        given = self.optional_text(self.given_name.text())
        surname = self.optional_text(self.family_name.text())
        if not unborn and not given and not surname:
            self.add_problem("given_name", "ui.required")
        member_id = (
            self.member.id
            if self.member is not None
            else next_id("m", (m.id for m in self.family.members))
        )
        return Member(
            id=member_id,
            role=role,
            given_name=given,
            family_name=surname,
            birth_date=birth,
            expected_on=expected,
            phone=self.optional_text(self.phone.text()),
            email=self.optional_text(self.email.text()),
            address=self.optional_text(self.address.text()),
            notes=self.optional_text(self.notes.toPlainText()),
            key=self.key,
        )

    def save_op(self, record: Member) -> Callable[[Workspace], Family]:
        ref = self.family.ref
        return lambda ws: ws.families.save_member(ref, record)
