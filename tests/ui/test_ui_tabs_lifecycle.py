"""The tabs' life with the main window: no old data kept, open dialogs and unsaved changes,
and the five tabs as the main window gets them."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from support.tabs import Tabs, answers, click_save, tabs, workspace  # noqa: F401


def _family_text_on_screen(t: Tabs) -> list[str]:
    """Every text the tabs show that could come from the family."""
    texts: list[str] = []
    for tree in (t.members.tree, t.network.tree, t.plan.tree, t.reflections.tree):
        it = tree.invisibleRootItem()
        stack = [it]
        while stack:
            node = stack.pop()
            for i in range(node.childCount()):
                child = node.child(i)
                texts += [child.text(c) for c in range(tree.columnCount())]
                stack.append(child)
    texts += t.journey.row_texts()
    texts += [str(n.text) for n in t.network.map.nodes.values()]
    if t.network.map.family_node is not None:
        texts.append(t.network.map.family_node.title)
    return [x for x in texts if x]


def test_tabs_in_order_with_titles_and_actions(tabs: Tabs) -> None:
    """build_tabs gives Gezin, Netwerk, Klantreis, Plan, Reflecties, each a FamilyTab with a
    title and add/change/remove actions with shortcuts."""
    assert [w.tab_title() for w in tabs.widgets] == [
        "Family",
        "Network",
        "Journey",
        "Plan",
        "Reflections",
    ]
    for w in tabs.widgets:
        assert isinstance(w, QWidget)
        assert callable(w.set_family) and w.has_unsaved_changes() is False
        add, change, remove = w.tab_actions()
        assert add.shortcut().toString() == "Ctrl+Shift+N"
        assert change.shortcut().toString() == "F2" and remove.shortcut().toString() == "Del"
        assert not add.isEnabled()  # no family yet
    names = [a.text().replace("&", "") for w in tabs.widgets for a in w.tab_actions()]
    assert len(names) == len(set(names)), "menu entries must be distinguishable"


def test_set_family_none_leaves_nothing_and_closes_dialogs(tabs: Tabs, answers) -> None:  # noqa: F811
    """On lock the tabs get None: every view is emptied (no name or text of the family stays
    on screen) and open dialogs close without saving and without asking."""
    t = tabs
    t.show("HW-2026-001")
    assert "Gezin De Vries" in _family_text_on_screen(t)
    dialog = t.journey.open_editor(None)
    dialog.title.setText("Half getypt")
    assert t.journey.has_unsaved_changes()
    for w in t.widgets:
        w.set_family(None)
    assert _family_text_on_screen(t) == []
    assert t.network.map.scene().items() == []
    assert not dialog.isVisible() and t.journey.dialogs == []
    assert answers.asked == [] and t.editor.saves == 0
    assert not any(w.has_unsaved_changes() for w in t.widgets)
    assert all(w.stack.currentWidget() is w.empty for w in t.widgets)


def test_fresh_copy_keeps_dialog_other_family_closes_it(tabs: Tabs) -> None:
    """A save elsewhere hands the same family again: an open dialog stays, with its typing.
    Another family (the user agreed to switch) closes it."""
    t = tabs
    family = t.show("HW-2026-001")
    dialog = t.members.open_editor(None)
    dialog.given_name.setText("Mees")
    t.show(family.ref)
    assert dialog.isVisible() and dialog.given_name.text() == "Mees"
    assert t.members.has_unsaved_changes()
    t.show("HW-2025-017")
    assert not dialog.isVisible() and not t.members.has_unsaved_changes()


def test_cancel_with_changes_asks(tabs: Tabs, answers) -> None:  # noqa: F811
    """Closing a dialog with changes asks first; "keep editing" leaves it open, an untouched
    dialog closes without a question."""
    t = tabs
    t.show("HW-2026-001")
    dialog = t.reflections.open_editor(None)
    dialog.reject()
    assert answers.asked == [] and not dialog.isVisible()
    dialog = t.reflections.open_editor(None)
    dialog.text.setPlainText("Iets")
    answers.yes = False
    dialog.reject()
    assert answers.asked[-1].startswith("You have changed this form.")
    assert dialog.isVisible()
    answers.yes = True
    dialog.reject()
    assert not dialog.isVisible()
    assert t.editor.saves == 0


def test_saving_is_not_repeated_while_busy(tabs: Tabs) -> None:
    """The save button is off while the worker runs, so a double click saves once."""
    t = tabs
    family = t.show("HW-2026-001")
    pending = []
    real_save = t.editor.save
    t.editor.save = lambda op, on_done=None, on_error=None: pending.append((op, on_done, on_error))
    dialog = t.reflections.open_editor(None)
    dialog.text.setPlainText("Eén keer")
    click_save(dialog)
    click_save(dialog)
    assert len(pending) == 1
    t.editor.save = real_save
    op, on_done, on_error = pending[0]
    t.editor.save(op, on_done, on_error)
    assert not dialog.isVisible()
    assert len(t.family(family.ref).reflections) == 2


def test_double_click_and_enter_open_one_dialog(tabs: Tabs, qtbot) -> None:
    """A double click (or Enter) on a row opens exactly one edit dialog for that row."""
    from PySide6.QtCore import Qt

    t = tabs
    family = t.show("HW-2026-001")
    t.host.setCurrentWidget(t.journey)
    row = t.journey.model.row_of_key(family.journey[0].key)
    index = t.journey.model.index(row)
    t.journey.list.scrollTo(index)
    rect = t.journey.list.visualRect(index)
    qtbot.mouseClick(t.journey.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(t.journey.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(t.journey.dialogs) == 1
    assert t.journey.dialogs[0].key == family.journey[0].key
    t.journey.dialogs[0].reject()

    t.host.setCurrentWidget(t.members)
    item = t.members.tree.topLevelItem(1)
    t.members.tree.setCurrentItem(item)
    t.members.tree.setFocus()
    qtbot.keyClick(t.members.tree, Qt.Key.Key_Return)
    assert len(t.members.dialogs) == 1
    assert t.members.dialogs[0].given_name.text() == "Kevin"
