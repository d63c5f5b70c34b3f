"""Plan and Reflecties tabs: goals with their actions, and reflections for the learning
practice."""

from __future__ import annotations

from datetime import date

from support.tabs import Tabs, answers, click_save, new_family, tabs, workspace  # noqa: F401
from veldwerk.domain.errors import Problem
from veldwerk.ui.tabs.goal_dialog import GoalDialog
from veldwerk.ui.tabs.reflection_dialog import ReflectionDialog


def _plan_rows(t: Tabs) -> list[list[str]]:
    tree = t.plan.tree
    rows = []
    for g in range(tree.topLevelItemCount()):
        goal = tree.topLevelItem(g)
        rows.append([goal.text(c) for c in range(4)])
        rows += [
            ["  " + goal.child(i).text(0), *[goal.child(i).text(c) for c in (1, 2, 3)]]
            for i in range(goal.childCount())
        ]
    return rows


def test_goal_with_actions(tabs: Tabs) -> None:
    """A goal with two actions (who, by when, status) is stored as one goal with its actions
    and shown with progress and an overdue mark; an empty action row is left out."""
    t = tabs
    family = new_family(t.editor.ws)
    t.show(family.ref)
    dialog = t.plan.open_editor(None)
    assert isinstance(dialog, GoalDialog) and len(dialog.rows) == 1
    dialog.title.setText("Rust in de financien")
    first = dialog.rows[0]
    first.title.setText("Aanmelden bij schuldhulp")
    first.owner.setText("Bram de Wit")
    first.due_on.edit.setText("01-10-2026")
    first.status.set_code("doing")
    second = dialog.add_action_row(None)
    second.title.setText("Budgetoverzicht maken")
    second.due_on.edit.setText("15-12-2026")
    second.status.set_code("done")
    dialog.add_action_row(None)  # left empty
    click_save(dialog)
    assert not dialog.isVisible()

    (goal,) = t.family(family.ref).goals
    assert (goal.title, goal.status) == ("Rust in de financien", "open")
    assert [(a.title, a.owner, a.due_on, a.status) for a in goal.actions] == [
        ("Aanmelden bij schuldhulp", "Bram de Wit", date(2026, 10, 1), "doing"),
        ("Budgetoverzicht maken", None, date(2026, 12, 15), "done"),
    ]
    assert _plan_rows(t) == [
        ["Rust in de financien", "", "", "open · 1 of 2 done"],
        ["  Aanmelden bij schuldhulp", "Bram de Wit", "1 Oct 2026 (overdue)", "in progress"],
        ["  Budgetoverzicht maken", "", "15 Dec 2026", "done"],
    ]

    t.plan.tree.setCurrentItem(t.plan.tree.topLevelItem(0).child(1))
    t.plan.edit_action.trigger()
    dialog = t.plan.dialogs[-1]
    assert [r.title.text() for r in dialog.rows] == [
        "Aanmelden bij schuldhulp",
        "Budgetoverzicht maken",
    ]
    dialog.remove_action_row(dialog.rows[0])
    dialog.status.set_code("achieved")
    click_save(dialog)
    (goal,) = t.family(family.ref).goals
    assert goal.status == "achieved" and [a.title for a in goal.actions] == [
        "Budgetoverzicht maken"
    ]


def test_goal_problems_at_their_fields(tabs: Tabs) -> None:
    """A goal without a title, an action without a description and an action date that does
    not exist are each named right under that action's field (description, date), and nothing
    is saved; a due date the rules find out of range comes back under that action's date, even
    when an empty row before it was left out."""
    t = tabs
    family = new_family(t.editor.ws)
    t.show(family.ref)
    dialog = t.plan.open_editor(None)
    first = dialog.rows[0]
    first.owner.setText("Bram")
    second = dialog.add_action_row(None)
    second.title.setText("Iets")
    second.due_on.edit.setText("31-02-2027")
    click_save(dialog)
    assert dialog.problem_text("title") == "Please fill this in."
    assert dialog.action_problem(first, "title") == "Please fill this in."
    assert dialog.action_problem(first, "due_on") == ""
    assert dialog.action_problem(second, "title") == ""
    assert dialog.action_problem(second, "due_on") == "31 February does not exist."
    assert dialog.problem_text("actions") == ""
    assert t.editor.saves == 0

    first.owner.setText("")  # the first row is empty now: left out
    second.due_on.edit.setText("1-3-27")
    third = dialog.add_action_row(None)
    third.title.setText("Later")
    click_save(dialog)  # the goal's title is still missing
    assert dialog.action_problem(first, "title") == ""
    assert dialog.action_problem(second, "due_on") == ""
    refusal = Problem("plan.goals[0].actions[1].status", "rule.unknown_code", {"choices": "x"})
    dialog.show_problems((refusal,))  # as the services would refuse action 2 as sent
    assert dialog.action_problem(third, "title").startswith("This is not one of the known")
    assert dialog.action_problem(second, "title") == ""

    dialog.title.setText("Doel")
    click_save(dialog)
    goal = t.family(family.ref).goals[0]
    assert [(a.title, a.due_on) for a in goal.actions] == [
        ("Iets", date(2027, 3, 1)),
        ("Later", None),
    ]


def test_delete_goal_asks_first(tabs: Tabs, answers) -> None:  # noqa: F811
    """Removing a goal names it and its actions and removes it only after a yes."""
    t = tabs
    family = t.show("HW-2026-001")
    t.plan.tree.setCurrentItem(t.plan.tree.topLevelItem(0))
    answers.yes = False
    t.plan.delete_action.trigger()
    assert (
        answers.asked[-1]
        == "Remove the goal “Veilige woonsituatie voor de geboorte” and its 2 actions?"
    )
    assert len(t.family(family.ref).goals) == 1
    answers.yes = True
    t.plan.delete_action.trigger()
    assert t.family(family.ref).goals == ()
    assert t.plan.stack.currentWidget() is t.plan.empty


def test_reflections_add_change_and_share(tabs: Tabs, answers) -> None:  # noqa: F811
    """A reflection is stored with its date, text and whether it is shared for learning; the
    tab lists the newest first and warns when the family has not given consent."""
    t = tabs
    family = t.show("HW-2026-009")  # consent: not yet asked
    assert t.reflections.stack.currentWidget() is t.reflections.empty
    dialog = t.reflections.open_editor(None)
    assert isinstance(dialog, ReflectionDialog)
    assert dialog.date.value() == date(2026, 11, 24)
    dialog.text.setPlainText("Thuis afspreken werkt beter dan op kantoor.")
    dialog.share.setChecked(True)
    click_save(dialog)
    dialog = t.reflections.open_editor(None)
    dialog.date.edit.setText("01-09-2026")
    dialog.text.setPlainText("Oma erbij betrekken gaf rust.")
    click_save(dialog)

    stored = t.family(family.ref).reflections
    assert sorted((r.date, r.share_for_learning) for r in stored) == [
        (date(2026, 9, 1), False),
        (date(2026, 11, 24), True),
    ]
    tree = t.reflections.tree
    assert [
        [tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())
    ] == [
        ["24 Nov 2026", "Thuis afspreken werkt beter dan op kantoor.", "shared"],
        ["1 Sept 2026", "Oma erbij betrekken gaf rust.", "not shared"],
    ]
    assert not t.reflections.consent.isHidden()
    assert "not yet asked" in t.reflections.consent.text()

    tree.setCurrentItem(tree.topLevelItem(1))
    t.reflections.edit_action.trigger()
    dialog = t.reflections.dialogs[-1]
    dialog.text.setPlainText("")
    click_save(dialog)
    assert dialog.problem_text("text") == "Please fill this in."
    dialog.text.setPlainText("Oma erbij betrekken gaf veel rust.")
    click_save(dialog)
    assert not dialog.isVisible()
    assert len(t.family(family.ref).reflections) == 2

    tree.setCurrentItem(tree.topLevelItem(0))
    t.reflections.delete_action.trigger()
    assert answers.asked[-1] == "Remove the reflection of 24 Nov 2026?"
    assert [r.text for r in t.family(family.ref).reflections] == [
        "Oma erbij betrekken gaf veel rust."
    ]
