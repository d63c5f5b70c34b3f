"""Adding or changing a step in the klantreis: when, what kind, a short title, what happened, who
was involved, and the barriers (knelpunten) and what helped (werkzame factoren) it showed.

The phase is shown as it follows from the date; it is never entered."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain import clock, phases
from veldwerk.domain.codes import label
from veldwerk.domain.model import Event, Family
from veldwerk.texts import format_date
from veldwerk.ui.date_field import DateField
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.code_combo import CheckList, CodeCombo
from veldwerk.ui.tabs.record_dialog import RecordDialog

if TYPE_CHECKING:
    from veldwerk.ui.editing import FamilyEditor
    from veldwerk.workspace import Workspace


class EventDialog(RecordDialog):
    collection = "journey"

    def __init__(
        self,
        editor: FamilyEditor,
        family: Family,
        event: Event | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(editor, family, event.key if event else None, parent)
        self.original = event
        self.form = self.new_form()
        self.date = DateField(self)
        self.type = CodeCombo("event_type", self)
        self.title = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(self.description.fontMetrics().lineSpacing() * 5 + 16)
        self.phase = QLabel(self)
        self.phase.setStyleSheet(style.HINT_CSS)
        self.planned = QCheckBox(self)  # a step ahead (domain.planned): done is unticked
        self.add_row(self.form, "date", self.date)
        self.form.addRow("", self.phase)
        self.form.addRow("", self.planned)
        self.add_row(self.form, "type", self.type)
        self.add_row(self.form, "title", self.title)
        self.add_row(self.form, "description", self.description)

        self.involved = CheckList(self)
        self.barriers = CheckList(self)
        self.enablers = CheckList(self)
        self.headings: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(12)
        grid.addLayout(self.form, 0, 0)
        grid.addWidget(self._listed("involved", self.involved), 0, 1)
        grid.addWidget(self._listed("barriers", self.barriers), 1, 0)
        grid.addWidget(self._listed("enablers", self.enablers), 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.outer.addLayout(grid, 1)
        self.setMinimumWidth(760)

        lang = editor.lang
        self.type.relabel(lang)
        self._fill_people(event.involved if event else ())
        self.barriers.relabel_codes("barrier", lang, event.barriers if event else ())
        self.enablers.relabel_codes("enabler", lang, event.enablers if event else ())
        if event is not None:
            self.date.set_value(event.date)
            self.type.set_code(event.type)
            self.title.setText(event.title)
            self.description.setPlainText(event.description or "")
            self.planned.setChecked(event.planned)
        else:
            self.date.set_value(clock.today())
            self.type.set_code("contact")
        self.date.changed.connect(self._show_phase)
        self.finish_setup()

    def _listed(self, key: str, widget: CheckList) -> QWidget:
        box = QWidget(self)
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        heading = QLabel(box)
        heading.setStyleSheet("font-weight: 600;")
        heading.setBuddy(widget)
        self.headings[key] = heading
        col.addWidget(heading)
        widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * 7)
        col.addWidget(self.field_box(key, widget), 1)
        return box

    def _fill_people(self, checked: tuple[str, ...] = ()) -> None:
        today = clock.today()
        items = []
        for person in self.family.network:
            text = person.name
            if person.kind == "professional" and person.profession:
                text += f" ({label('profession', person.profession, self.editor.lang)})"
            elif person.relation:
                text += f" ({person.relation})"
            if person.ended_by(today):
                text += " \u2014 " + self.tr("no longer involved")
            items.append((person.id, text))
        self.involved.set_items(items, checked)

    def _show_phase(self) -> None:
        day = self.date.value_or_none()
        if day is None:
            self.phase.setText("")
            return
        phase = phases.phase_of(self.family, day)
        self.phase.setText(
            self.tr("Phase: %1 (follows from the date)").replace(
                "%1", label("phase", phase, self.editor.lang)
            )
        )

    def update_family(self, family: Family) -> None:
        super().update_family(family)
        self._fill_people()

    def retranslate(self) -> None:
        lang = self.editor.lang
        self.setWindowTitle(
            self.tr("Change step in the journey")
            if self.key is not None
            else self.tr("New step in the journey")
        )
        self.type.relabel(lang)
        self._fill_people()
        self.barriers.relabel_codes("barrier", lang)
        self.enablers.relabel_codes("enabler", lang)
        self.set_label("date", self.tr("&Date"))
        self.set_label("type", self.tr("&Kind of step"))
        self.set_label("title", self.tr("&Title"))
        self.set_label("description", self.tr("&What happened"))
        self.planned.setText(self.tr("&Planned, not done yet"))
        self.planned.setToolTip(
            self.tr("A step ahead, such as a visit next week. Untick it once the step is done.")
        )
        self.title.setPlaceholderText(
            self.tr("A few words, for example: home visit with the midwife")
        )
        headings = {
            "involved": self.tr("Who was &involved"),
            "barriers": self.tr("&Barriers (what got in the way)"),
            "enablers": self.tr("What &helped"),
        }
        for key, text in headings.items():
            self.headings[key].setText(text)
            self.set_label(key, text)
        self._show_phase()
        if not self.family.network:
            self.involved.setToolTip(self.tr("Nobody in the network yet"))

    def snapshot(self) -> object:
        return (
            self.date.text(),
            self.type.code(),
            self.title.text(),
            self.description.toPlainText(),
            self.involved.checked(),
            self.barriers.checked(),
            self.enablers.checked(),
            self.planned.isChecked(),
        )

    def build_record(self) -> Event:
        day = self.read_date("date", required=True)
        title = self.need_text("title", self.title.text())
        return Event(
            date=day or clock.today(),
            type=self.type.code() or "note",
            title=title,
            description=self.optional_text(self.description.toPlainText()),
            involved=self.involved.checked(),
            barriers=self.barriers.checked(),
            enablers=self.enablers.checked(),
            planned=self.planned.isChecked(),
            key=self.key,
        )

    def save_op(self, record: Event) -> Callable[[Workspace], Family]:
        ref = self.family.ref
        return lambda ws: ws.families.save_event(ref, record)


def event_summary(event: Event, lang: str) -> str:
    """``24 Nov 2026, contact: title`` (for a delete question)."""
    return (
        f"{format_date(event.date, lang)}, {label('event_type', event.type, lang)}: {event.title}"
    )
