"""Adding or changing a goal of the plan (plan van aanpak) with its actions: what, who does it,
by when, and how far it is. A problem with an action stands right under that action's row: under
its description, or under its date."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import count
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from veldwerk.domain.model import Action, Family, Goal
from veldwerk.ui.date_field import DateField
from veldwerk.ui.drafts import set_value
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.code_combo import CodeCombo
from veldwerk.ui.tabs.places import Place
from veldwerk.ui.tabs.record_dialog import RecordDialog

if TYPE_CHECKING:
    from veldwerk.ui.editing import FamilyEditor
    from veldwerk.workspace import Workspace


_ROW_IDS = count(1)


@dataclass
class ActionRow:
    """The widgets of one action, and the error lines under its description and its date
    (`uid` names them: row numbers change when a row is removed)."""

    key: int | None
    uid: int
    title: QLineEdit
    owner: QLineEdit
    due_on: DateField
    status: CodeCombo
    remove: QPushButton
    title_error: QLabel
    due_error: QLabel

    def widgets(self) -> list[QWidget]:
        return [self.title, self.owner, self.due_on, self.status, self.remove]

    def field_key(self, part: str) -> str:
        """The dialog's key of this row's description (``title``) or date (``due_on``)."""
        return row_key(self.uid, part)


def row_key(uid: int, part: str) -> str:
    return f"action{uid}.{part}"


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
            head.setStyleSheet(style.HINT_CSS)
            self.grid.addWidget(head, 0, c)
        self.grid.setColumnStretch(0, 5)
        self.grid.setColumnStretch(1, 2)
        self.outer.addWidget(self.field_box("actions", self.grid_host))
        self.add_action_button = QPushButton(self)
        self.add_action_button.clicked.connect(lambda: self.add_action_row(None, focus=True))
        self.outer.addWidget(self.add_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.outer.addStretch(1)
        self.setMinimumWidth(820)
        self._sent: list[ActionRow] = []
        """The rows of the actions last sent, in their order (empty rows are left out)."""

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
        uid = next(_ROW_IDS)
        title, due_on = QLineEdit(host), DateField(host)
        row = ActionRow(
            action.key if action else None,
            uid,
            title,
            QLineEdit(host),
            due_on,
            CodeCombo("action_status", host),
            QPushButton(host),
            self.error_line(row_key(uid, "title"), title, host),
            self.error_line(row_key(uid, "due_on"), due_on, host),
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
        self.grow_to_fit()
        if focus:
            row.title.setFocus()
        return row

    def remove_action_row(self, row: ActionRow) -> None:
        if row in self.rows:
            self.rows.remove(row)
            for w in (*row.widgets(), row.title_error, row.due_error):
                self.grid.removeWidget(w)
                w.deleteLater()
            for part in ("title", "due_on"):
                self.forget_field(row.field_key(part))
            self._relayout()
            for i, r in enumerate(self.rows):
                self._label_row(i, r)

    def _relayout(self) -> None:
        """Each action on two grid rows: its fields, and below them its error lines (under the
        description and under the date; hidden lines take no room)."""
        top = Qt.AlignmentFlag.AlignTop
        for i, row in enumerate(self.rows):
            for c, w in enumerate(row.widgets()):
                self.grid.addWidget(w, 2 * i + 1, c)
            self.grid.addWidget(row.title_error, 2 * i + 2, 0, 1, 2, top)
            self.grid.addWidget(row.due_error, 2 * i + 2, 2, 1, 3, top)

    def _label_row(self, i: int, row: ActionRow) -> None:
        n = i + 1
        row.title.setAccessibleName(self.tr("Action %1: what").replace("%1", str(n)))
        row.owner.setAccessibleName(self.tr("Action %1: who does it").replace("%1", str(n)))
        row.due_on.setAccessibleName(self.tr("Action %1: done by").replace("%1", str(n)))
        row.status.setAccessibleName(self.tr("Action %1: status").replace("%1", str(n)))
        # on Linux a choice list is read by its value and its label or description: no label
        row.status.setAccessibleDescription(row.status.accessibleName())
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
        """A problem with action n (as sent) goes under that action's row: its date's problems
        under the date, the others under the description."""
        if place.field.startswith("actions.") and place.inner:
            n = place.inner[0]
            row = self._sent[n] if n < len(self._sent) else None
            if row is not None and row in self.rows:
                part = "due_on" if place.field == "actions.due_on" else "title"
                return row.field_key(part)
        if place.field.startswith("actions"):
            return "actions"
        return super().resolve_field(place)

    def action_problem(self, row: ActionRow, part: str) -> str:
        """The problem text under `row`'s description (``title``) or date (``due_on``)."""
        return self.problem_text(row.field_key(part))

    def snapshot(self) -> object:
        return (
            self.title.text(),
            self.status.code(),
            tuple(
                (r.key, r.title.text(), r.owner.text(), r.due_on.text(), r.status.code())
                for r in self.rows
            ),
        )

    def draft_values(self) -> dict[str, object]:
        """The fields and every action row (rows come and go, so they are listed here)."""
        values = super().draft_values()
        values["actions"] = [
            {
                "key": r.key,
                "title": r.title.text(),
                "owner": r.owner.text(),
                "due_on": r.due_on.text(),
                "status": r.status.code(),
            }
            for r in self.rows
        ]
        return values

    def restore_draft(self, values: Mapping[str, object]) -> None:
        super().restore_draft(values)
        rows = values.get("actions")
        if not isinstance(rows, list):
            return
        for old in list(self.rows):
            self.remove_action_row(old)
        for item in rows:
            if not isinstance(item, dict):
                continue
            row = self.add_action_row(None)
            key = item.get("key")
            row.key = key if isinstance(key, int) and not isinstance(key, bool) else None
            for part in ("title", "owner", "due_on", "status"):
                if part in item:
                    set_value(getattr(row, part), item[part])

    def build_record(self) -> Goal:
        title = self.need_text("title", self.title.text())
        actions: list[Action] = []
        self._sent = []
        for row in self.rows:
            what = row.title.text().strip()
            owner = self.optional_text(row.owner.text())
            if not what and owner is None and not row.due_on.text().strip():
                continue  # an empty row is left out
            place = f"plan.goals[{self.record_index()}].actions[{len(actions)}]"
            due = self.read_date(row.field_key("due_on"), place=f"{place}.due_on")
            if not what:
                self.add_problem(f"{place}.title", "ui.required")
            self._sent.append(row)
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
