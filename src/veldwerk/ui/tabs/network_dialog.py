"""Adding or changing someone in the family's network: a professional, someone from the
informal network, or the JIM (the mentor a young parent chose)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from veldwerk.domain.codes import label
from veldwerk.domain.model import Family, NetworkMember
from veldwerk.ui.date_field import DateField
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.code_combo import CodeCombo
from veldwerk.ui.tabs.ids import next_id
from veldwerk.ui.tabs.record_dialog import RecordDialog

if TYPE_CHECKING:
    from veldwerk.ui.editing import FamilyEditor
    from veldwerk.workspace import Workspace

PROFESSIONAL_ONLY = ("organisation", "profession")
PERSONAL_ONLY = ("relation",)
JIM_ONLY = ("mentor_of",)


class NetworkDialog(RecordDialog):
    collection = "network"

    def __init__(
        self,
        editor: FamilyEditor,
        family: Family,
        person: NetworkMember | None,
        parent: QWidget | None = None,
        kind: str = "professional",
    ) -> None:
        super().__init__(editor, family, person.key if person else None, parent)
        self.person = person
        self.form = self.new_form()
        self.kind = CodeCombo("network_kind", self)
        self.name = QLineEdit(self)
        self.relation = QLineEdit(self)
        self.mentor_of = CodeCombo(None, self)
        self.organisation = QLineEdit(self)
        self.profession = CodeCombo("profession", self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.strength = CodeCombo("strength", self)
        self.since = DateField(self)
        self.until = DateField(self)
        self.until_hint = QLabel(self)
        self.until_hint.setStyleSheet(style.HINT_CSS)
        self.until_hint.setWordWrap(True)
        for key, widget in (
            ("kind", self.kind),
            ("name", self.name),
            ("relation", self.relation),
            ("mentor_of", self.mentor_of),
            ("profession", self.profession),
            ("organisation", self.organisation),
            ("phone", self.phone),
            ("email", self.email),
            ("strength", self.strength),
            ("since", self.since),
            ("until", self.until),
        ):
            self.add_row(self.form, key, widget)
        self.form.addRow("", self.until_hint)
        self.outer.addLayout(self.form)
        self._fill_choices()
        if person is not None:
            self.kind.set_code(person.kind)
            self.name.setText(person.name)
            self.relation.setText(person.relation or "")
            self.mentor_of.set_code(person.mentor_of)
            self.organisation.setText(person.organisation or "")
            self.profession.set_code(person.profession)
            self.phone.setText(person.phone or "")
            self.email.setText(person.email or "")
            self.strength.set_code(person.strength)
            self.since.set_value(person.since)
            self.until.set_value(person.until)
        else:
            self.kind.set_code(kind)
            self.strength.set_code("normal")
            self.profession.set_code(None)
            self.mentor_of.set_code(None)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.finish_setup()

    def _fill_choices(self) -> None:
        lang = self.editor.lang
        self.kind.relabel(lang)
        self.strength.relabel(lang)
        self.profession.relabel(lang, self.tr("\u2014 choose a profession \u2014"))
        members: list[tuple[str | None, str]] = [(None, self.tr("\u2014 choose a person \u2014"))]
        for m in self.family.members:
            role = label("member_role", m.role, lang)
            members.append((m.id, f"{m.display_name} ({role})" if m.display_name else role))
        self.mentor_of.set_items(members)

    def _kind_changed(self) -> None:
        kind = self.kind.code()
        for key in PROFESSIONAL_ONLY:
            self.form.setRowVisible(self._box(key), kind == "professional")
        for key in PERSONAL_ONLY:
            self.form.setRowVisible(self._box(key), kind in ("informal", "jim"))
        for key in JIM_ONLY:
            self.form.setRowVisible(self._box(key), kind == "jim")

    def _box(self, key: str) -> QWidget:
        box = self.field(key).parentWidget()
        assert box is not None
        return box

    def update_family(self, family: Family) -> None:
        super().update_family(family)
        self._fill_choices()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Change network member")
            if self.key is not None
            else self.tr("New network member")
        )
        self._fill_choices()
        self.set_label("kind", self.tr("&Who is this"))
        self.set_label("name", self.tr("&Name"))
        self.set_label("relation", self.tr("&Relation to the family"))
        self.set_label("mentor_of", self.tr("&Mentor of"))
        self.set_label("profession", self.tr("&Profession"))
        self.set_label("organisation", self.tr("&Organisation"))
        self.set_label("phone", self.tr("P&hone"))
        self.set_label("email", self.tr("&Email"))
        self.set_label("strength", self.tr("&Tie, as the family feels it"))
        self.set_label("since", self.tr("Involved s&ince"))
        self.set_label("until", self.tr("Involved &until"))
        self.relation.setPlaceholderText(self.tr("For example: aunt, neighbour, friend"))
        self.until_hint.setText(
            self.tr("Leave \u201cuntil\u201d empty while this person is still involved.")
        )

    def snapshot(self) -> object:
        return (
            self.kind.code(),
            self.name.text(),
            self.relation.text(),
            self.mentor_of.code(),
            self.organisation.text(),
            self.profession.code(),
            self.phone.text(),
            self.email.text(),
            self.strength.code(),
            self.since.text(),
            self.until.text(),
        )

    def build_record(self) -> NetworkMember:
        kind = self.kind.code() or "informal"
        name = self.need_text("name", self.name.text())
        since = self.read_date("since")
        until = self.read_date("until")
        person_id = (
            self.person.id
            if self.person is not None
            else next_id("n", (n.id for n in self.family.network))
        )
        return NetworkMember(
            id=person_id,
            kind=kind,
            name=name,
            relation=self.optional_text(self.relation.text()) if kind != "professional" else None,
            mentor_of=self.mentor_of.code() if kind == "jim" else None,
            organisation=(
                self.optional_text(self.organisation.text()) if kind == "professional" else None
            ),
            profession=self.profession.code() if kind == "professional" else None,
            phone=self.optional_text(self.phone.text()),
            email=self.optional_text(self.email.text()),
            strength=self.strength.code() or "normal",
            since=since,
            until=until,
            key=self.key,
        )

    def save_op(self, record: NetworkMember) -> Callable[[Workspace], Family]:
        ref = self.family.ref
        return lambda ws: ws.families.save_network_member(ref, record)
