"""Adding or changing a reflection: a lesson for the learning practice (lerende praktijk)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QWidget

from veldwerk.domain import clock
from veldwerk.domain.model import Family, Reflection
from veldwerk.ui.date_field import DateField
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.record_dialog import RecordDialog

if TYPE_CHECKING:
    from veldwerk.ui.editing import FamilyEditor
    from veldwerk.workspace import Workspace


class ReflectionDialog(RecordDialog):
    collection = "reflections"

    def __init__(
        self,
        editor: FamilyEditor,
        family: Family,
        reflection: Reflection | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(editor, family, reflection.key if reflection else None, parent)
        self.form = self.new_form()
        self.date = DateField(self)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 8 + 16)
        self.share = QCheckBox(self)
        self.share_hint = QLabel(self)
        self.share_hint.setWordWrap(True)
        self.share_hint.setStyleSheet(style.HINT_CSS)
        self.add_row(self.form, "date", self.date)
        self.add_row(self.form, "text", self.text)
        self.form.addRow("", self.field_box("share_for_learning", self.share))
        self.form.addRow("", self.share_hint)
        self.outer.addLayout(self.form, 1)
        self.setMinimumWidth(560)
        if reflection is not None:
            self.date.set_value(reflection.date)
            self.text.setPlainText(reflection.text)
            self.share.setChecked(reflection.share_for_learning)
        else:
            self.date.set_value(clock.today())
        self.finish_setup()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Change reflection") if self.key is not None else self.tr("New reflection")
        )
        self.set_label("date", self.tr("&Date"))
        self.set_label("text", self.tr("&Reflection"))
        self.text.setPlaceholderText(self.tr("What did you learn? What would help other families?"))
        self.share.setText(self.tr("S&hare for learning"))
        self._fields["share_for_learning"].setAccessibleName(self.tr("Share for learning"))
        self.share_hint.setText(
            self.tr(
                "Shared reflections are passed on without names, and only when the family gave "
                "consent. Do not write names or addresses in a reflection you share."
            )
        )

    def snapshot(self) -> object:
        return (self.date.text(), self.text.toPlainText(), self.share.isChecked())

    def build_record(self) -> Reflection:
        day = self.read_date("date", required=True)
        text = self.need_text("text", self.text.toPlainText())
        return Reflection(
            date=day or clock.today(),
            text=text,
            share_for_learning=self.share.isChecked(),
            key=self.key,
        )

    def save_op(self, record: Reflection) -> Callable[[Workspace], Family]:
        ref = self.family.ref
        return lambda ws: ws.families.save_reflection(ref, record)
