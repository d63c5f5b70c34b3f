"""Gezin: the household members, with role, date of birth (or expected date), age and how to
reach them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from veldwerk.domain import clock
from veldwerk.domain.codes import label
from veldwerk.domain.model import Family, Member
from veldwerk.domain.removal import member_removal
from veldwerk.texts import format_date
from veldwerk.ui.editing import FamilyEditor
from veldwerk.ui.tabs.columns import shrink_to_fit
from veldwerk.ui.tabs.member_dialog import MemberDialog
from veldwerk.ui.tabs.plural import plural
from veldwerk.ui.tabs.record_tab import KEY, RecordTab

if TYPE_CHECKING:
    from veldwerk.workspace import Workspace


def age_parts(birth: date, today: date) -> tuple[int, int, int]:
    """Completed (years, months, weeks) from `birth` to `today`."""
    months = (today.year - birth.year) * 12 + today.month - birth.month
    if today.day < birth.day:
        months -= 1
    return months // 12, months, (today - birth).days // 7


ADDRESS_COLUMN = 5
NOTES_COLUMN = 6


STRETCH_ROOM = 24
"""What the address and notes columns (they share what is left) get beyond their titles."""


class MembersList(QTreeWidget):
    """The household table; its first columns fit their contents, but give way (widest first,
    the name last, never below their title) so the address and notes keep room for their
    titles and a first word."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        header = self.header()
        titles = {c: header.sectionSizeFromContents(c).width() for c in range(NOTES_COLUMN + 1)}
        wanted = {}
        for col in range(ADDRESS_COLUMN):
            self.resizeColumnToContents(col)
            wanted[col] = min(max(self.columnWidth(col) + 16, 70, titles[col]), 260)
        least = sum(titles[c] + STRETCH_ROOM for c in (ADDRESS_COLUMN, NOTES_COLUMN))
        excess = sum(wanted.values()) + least - self.viewport().width()
        fitted = shrink_to_fit(wanted, {**titles, 0: wanted[0]}, excess)  # the name last
        fitted = shrink_to_fit(
            fitted, titles, sum(fitted.values()) + least - self.viewport().width()
        )
        for col, width in fitted.items():
            self.setColumnWidth(col, width)


class MembersTab(RecordTab):
    def __init__(self, editor: FamilyEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.tree = MembersList(self)
        self.use_tree(self.tree, 7)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col in (ADDRESS_COLUMN, NOTES_COLUMN):  # they share what is left, elided if need be
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.fill()

    def tab_title(self) -> str:
        return self.tr("Family")

    def retranslate(self) -> None:
        self.set_action_texts(
            self.tr("&Add member"), self.tr("&Change member"), self.tr("&Remove member")
        )
        self.tree.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Date of birth"),
                self.tr("Age"),
                self.tr("Phone"),
                self.tr("Address"),
                self.tr("Notes"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Household members"))

    def age_text(self, member: Member, today: date) -> str:
        if member.birth_date is None or member.birth_date > today:
            return ""
        years, months, weeks = age_parts(member.birth_date, today)
        if years >= 2:
            return plural(self.tr("%n year(s)", "", years), years)
        if months >= 1:
            return plural(self.tr("%n month(s)", "", months), months)
        return plural(self.tr("%n week(s)", "", weeks), weeks)

    def born_text(self, member: Member) -> str:
        lang = self.editor.lang
        if member.birth_date is not None:
            return format_date(member.birth_date, lang)
        if member.expected_on is not None:
            return self.tr("expected %1").replace("%1", format_date(member.expected_on, lang))
        return ""

    def refresh(self) -> None:
        family, selected = self.begin_refresh(self.tr("No family is open."))
        if family is None:
            return
        lang, today = self.editor.lang, clock.today()
        for member in family.members:
            name = member.display_name or label("member_role", member.role, lang)
            notes = (member.notes or "").replace("\n", " ")
            item = QTreeWidgetItem(
                [
                    name,
                    label("member_role", member.role, lang),
                    self.born_text(member),
                    self.age_text(member, today),
                    member.phone or "",
                    member.address or "",
                    notes,
                ]
            )
            item.setData(0, KEY, member.key)
            for col in range(ADDRESS_COLUMN):  # in full, should the column be shortened
                item.setToolTip(col, item.text(col))
            if member.notes:
                item.setToolTip(NOTES_COLUMN, member.notes)
            if member.address:
                item.setToolTip(ADDRESS_COLUMN, member.address)
            if member.email:
                item.setToolTip(4, member.email)
            self.tree.addTopLevelItem(item)
            if member.key == selected:
                item.setSelected(True)
                self.tree.setCurrentItem(item)
        self.tree.fit_columns()
        self.show_view(
            bool(family.members),
            self.tr("No household members yet. Add the first one with \u201cAdd member\u201d."),
        )

    def select_key(self, key: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, KEY) == key:
                self.tree.setCurrentItem(item)
                item.setSelected(True)

    dialog_class = MemberDialog

    def records(self, family: Family) -> Sequence[Any]:
        return family.members

    def delete_question(self, family: Family, record: Any) -> str | None:
        member: Member = record
        name = member.display_name or label("member_role", member.role, self.editor.lang)
        removal = member_removal(family, member.id)
        if removal.last_member:
            self.tell(
                self.tr("This cannot be deleted"),
                self.tr("A family has at least one household member."),
            )
            return None
        if removal.mentors:
            self.tell(
                self.tr("This cannot be deleted"),
                self.tr("%1 is the JIM of %2. Change or remove the JIM in the network first.")
                .replace("%1", ", ".join(n.name for n in removal.mentors))
                .replace("%2", name),
            )
            return None
        return self.tr("Remove %1 from the household?").replace("%1", name)

    def delete_record(self, ws: Workspace, ref: str, key: int) -> Family:
        return ws.families.delete_member(ref, key)
