"""Adding or changing a goal of the plan (plan van aanpak) with its actions: what, who does it,
by when, and how far it is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain.errors import Problem
from veldwerk.domain.model import Action, Family, Goal
from veldwerk.ui.tabs.code_combo import CodeCombo
from veldwerk.ui.tabs.date_field import DateField
from veldwerk.ui.tabs.places import Place
from veldwerk.ui.tabs.record_dialog import RecordDialog

if TYPE_CHECKING:
    from veldwerk.ui.editing import FamilyEditor
    from veldwerk.workspace import Workspace


@dataclass
class ActionRow:
    """The widgets of one action."""

    key: int | None
    title: QLineEdit
    owner: QLineEdit
    due_on: DateField
    status: CodeCombo
    remove: QPushButton

    def widgets(self) -> list[QWidget]:
        return [self.title, self.owner, self.due_on, self.status, self.remove]


class GoalDialog(RecordDialog):
    collection = "goals"

    def __init__(
        self, editor: FamilyEditor, family: Family, goal: Goal | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(editor, family, goal.key if goal else None, parent)
        self.goal = goal
        self.form = self.new_form()
        self.title = QLineEdit(self)
        self.status = CodeCombo("goal_status", self)
        self.add_row(self.form, "title", self.title)
        self.add_row(self.form, "status", self.status)
        self.outer.addLayout(self.form)

        self.actions_heading = QLabel(self)
        self.actions_heading.setStyleSheet("font-weight: 600;")
        self.outer.addWidget(self.actions_heading)
        self.rows: list[ActionRow] = []
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.column_heads = [QLabel(self.grid_host) for _ in range(4)]
        for c, head in enumerate(self.column_heads):
            head.setStyleSheet("color: #55636b;")
            self.grid.addWidget(head, 0, c)
        self.grid.setColumnStretch(0, 5)
        self.grid.setColumnStretch(1, 2)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(self.scroll_area)
        col = QVBoxLayout(inner)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.grid_host)
        col.addStretch(1)
        self.scroll_area.setWidget(inner)
        self.scroll_area.setMinimumHeight(150)
        self.outer.addWidget(self.field_box("actions", self.scroll_area), 1)
        self.add_action_button = QPushButton(self)
        self.add_action_button.clicked.connect(lambda: self.add_action_row(None, focus=True))
        self.outer.addWidget(self.add_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setMinimumWidth(820)

        names = sorted(
            {n.name for n in family.network}
            | {m.display_name for m in family.members if m.display_name}
        )
        self.completer = QCompleter(names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.status.relabel(editor.lang)
        if goal is not None:
            self.title.setText(goal.title)
            self.status.set_code(goal.status)
            for action in goal.actions:
                self.add_action_row(action)
        else:
            self.status.set_code("open")
            self.add_action_row(None)
        self.finish_setup()

    # ---- action rows ---------------------------------------------------------------------
    def add_action_row(self, action: Action | None, focus: bool = False) -> ActionRow:
        host = self.grid_host
        row = ActionRow(
            action.key if action else None,
            QLineEdit(host),
            QLineEdit(host),
            DateField(host),
            CodeCombo("action_status", host),
            QPushButton(host),
        )
        row.owner.setCompleter(self.completer)
        row.status.relabel(self.editor.lang)
        if action is not None:
            row.title.setText(action.title)
            row.title.setCursorPosition(0)
            row.owner.setText(action.owner or "")
            row.owner.setCursorPosition(0)
            row.due_on.set_value(action.due_on)
            row.status.set_code(action.status)
        else:
            row.status.set_code("todo")
        row.remove.clicked.connect(lambda: self.remove_action_row(row))
        self.rows.append(row)
        self._relayout()
        self._label_row(len(self.rows) - 1, row)
        if focus:
            row.title.setFocus()
        return row

    def remove_action_row(self, row: ActionRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            for w in row.widgets():
                self.grid.removeWidget(w)
                w.deleteLater()
            self._relayout()
            for i, r in enumerate(self.rows):
                self._label_row(i, r)

    def _relayout(self) -> None:
        for i, row in enumerate(self.rows):
            for c, w in enumerate(row.widgets()):
                self.grid.addWidget(w, i + 1, c)

    def _label_row(self, i: int, row: ActionRow) -> None:
        n = i + 1
        row.title.setAccessibleName(self.tr("Action %1: what").replace("%1", str(n)))
        row.owner.setAccessibleName(self.tr("Action %1: who does it").replace("%1", str(n)))
        row.due_on.setAccessibleName(self.tr("Action %1: done by").replace("%1", str(n)))
        row.status.setAccessibleName(self.tr("Action %1: status").replace("%1", str(n)))
        row.remove.setText(self.tr("Remove"))
        row.remove.setAccessibleName(self.tr("Remove action %1").replace("%1", str(n)))
        row.owner.setPlaceholderText(self.tr("Who"))
        row.status.relabel(self.editor.lang)

    # ---- RecordDialog --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change goal") if self.key is not None else self.tr("New goal"))
        self.status.relabel(self.editor.lang)
        self.set_label("title", self.tr("&Goal"))
        self.set_label("status", self.tr("S&tatus"))
        self.title.setPlaceholderText(self.tr("What the family wants to reach"))
        self.actions_heading.setText(self.tr("Actions"))
        self._fields["actions"].setAccessibleName(self.tr("Actions"))
        for head, text in zip(
            self.column_heads,
            (self.tr("What"), self.tr("Who does it"), self.tr("Done by"), self.tr("Status")),
            strict=True,
        ):
            head.setText(text)
        self.add_action_button.setText(self.tr("Add a&ction"))
        for i, row in enumerate(self.rows):
            self._label_row(i, row)

    def resolve_field(self, place: Place) -> str | None:
        if place.field.startswith("actions"):
            return "actions"
        return super().resolve_field(place)

    def field_message(self, problem: Problem, place: Place, lang: str) -> str:
        text = problem.message(lang)
        if place.field.startswith("actions.") and place.inner:
            return (
                self.tr("Action %1: %2").replace("%1", str(place.inner[0] + 1)).replace("%2", text)
            )
        return text

    def snapshot(self) -> object:
        return (
            self.title.text(),
            self.status.code(),
            tuple(
                (r.key, r.title.text(), r.owner.text(), r.due_on.text(), r.status.code())
                for r in self.rows
            ),
        )

    def build_record(self) -> Goal:
        title = self.need_text("title", self.title.text())
        actions: list[Action] = []
        for i, row in enumerate(self.rows):
            what = row.title.text().strip()
            owner = self.optional_text(row.owner.text())
            try:
                due = row.due_on.value()
            except ValueError:
                self.add_problem("actions", "ui.action_date_unreadable", {"number": i + 1})
                due = None
            if not what:
                if owner is None and not row.due_on.text().strip():
                    continue  # an empty row is left out
                self.add_problem("actions", "ui.action_title_required", {"number": i + 1})
            actions.append(
                Action(
                    title=what,
                    owner=owner,
                    due_on=due,
                    status=row.status.code() or "todo",
                    key=row.key,
                )
            )
        return Goal(
            title=title, status=self.status.code() or "open", actions=tuple(actions), key=self.key
        )

    def save_op(self, record: Goal) -> Callable[[Workspace], Family]:
        ref = self.family.ref
        return lambda ws: ws.families.save_goal(ref, record)

    def action_rows(self) -> list[ActionRow]:
        return list(self.rows)
