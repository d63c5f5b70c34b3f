"""Plan: the goals of the plan van aanpak, each with its actions (who, by when, how far)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from veldwerk.domain import clock
from veldwerk.domain.codes import label
from veldwerk.domain.model import Action, Family, Goal
from veldwerk.domain.plan import is_overdue
from veldwerk.texts import format_date
from veldwerk.ui.editing import FamilyEditor
from veldwerk.ui.tabs import style
from veldwerk.ui.tabs.goal_dialog import GoalDialog
from veldwerk.ui.tabs.plural import plural
from veldwerk.ui.tabs.record_tab import KEY, RecordTab

if TYPE_CHECKING:
    from veldwerk.workspace import Workspace


class PlanTab(RecordTab):
    def __init__(self, editor: FamilyEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.tree = QTreeWidget(self)
        self.use_tree(self.tree, 4)
        self.tree.setAlternatingRowColors(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fill()

    def tab_title(self) -> str:
        return self.tr("Plan")

    def retranslate(self) -> None:
        self.set_action_texts(
            self.tr("&Add goal"), self.tr("&Change goal"), self.tr("&Remove goal")
        )
        self.tree.setHeaderLabels(
            [self.tr("Goal and actions"), self.tr("Who"), self.tr("Done by"), self.tr("Status")]
        )
        self.tree.setAccessibleName(self.tr("Plan: goals and actions"))

    def goal_status_text(self, goal: Goal) -> str:
        status = label("goal_status", goal.status, self.editor.lang)
        if not goal.actions:
            return status
        done = sum(1 for a in goal.actions if a.status == "done")
        return (
            self.tr("%1 \u00b7 %2 of %3 done")
            .replace("%1", status)
            .replace("%2", str(done))
            .replace("%3", str(len(goal.actions)))
        )

    def due_text(self, action: Action) -> tuple[str, bool]:
        """The due date, and whether it has passed while the action is not done."""
        if action.due_on is None:
            return "", False
        text = format_date(action.due_on, self.editor.lang)
        overdue = is_overdue(action, clock.today())
        if overdue:
            text = self.tr("%1 (overdue)").replace("%1", text)
        return text, overdue

    def refresh(self) -> None:
        family, selected = self.begin_refresh(self.tr("No family is open."))
        if family is None:
            return
        lang = self.editor.lang
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for goal in family.goals:
            item = QTreeWidgetItem([goal.title, "", "", self.goal_status_text(goal)])
            item.setData(0, KEY, goal.key)
            item.setFont(0, bold)
            item.setToolTip(0, goal.title)
            if goal.status != "open":
                item.setForeground(0, QBrush(style.MUTED))
            self.tree.addTopLevelItem(item)
            for action in goal.actions:
                due, overdue = self.due_text(action)
                child = QTreeWidgetItem(
                    [
                        action.title,
                        action.owner or "",
                        due,
                        label("action_status", action.status, lang),
                    ]
                )
                child.setData(0, KEY, goal.key)
                child.setToolTip(0, action.title)
                if overdue:
                    child.setForeground(2, QBrush(style.ERROR))
                if action.status == "done":
                    child.setForeground(0, QBrush(style.MUTED))
                item.addChild(child)
            item.setExpanded(True)
            if goal.key == selected:
                item.setSelected(True)
                self.tree.setCurrentItem(item)
        for col in (1, 2, 3):
            self.tree.resizeColumnToContents(col)
            self.tree.setColumnWidth(col, min(max(self.tree.columnWidth(col) + 16, 90), 260))
        self.show_view(
            bool(family.goals),
            self.tr(
                "No goals yet. Add what the family wants to reach with "
                "\u201cAdd goal\u201d, and the actions that lead there."
            ),
        )

    dialog_class = GoalDialog

    def records(self, family: Family) -> Sequence[Any]:
        return family.goals

    def delete_question(self, family: Family, record: Any) -> str | None:
        goal: Goal = record
        count = len(goal.actions)
        return plural(
            self.tr("Remove the goal \u201c%1\u201d and its %n action(s)?", "", count), count
        ).replace("%1", goal.title)

    def delete_record(self, ws: Workspace, ref: str, key: int) -> Family:
        return ws.families.delete_goal(ref, key)
