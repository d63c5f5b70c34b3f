"""Gezin tab: adding and changing household members through the member dialog."""

from __future__ import annotations

from datetime import date

from support.tabs import Tabs, answers, click_save, new_family, tabs, workspace  # noqa: F401
from veldwerk.ui.tabs.member_dialog import MemberDialog


def _rows(t: Tabs) -> list[list[str]]:
    tree = t.members.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())
    ]


def test_add_two_members(tabs: Tabs) -> None:
    """Two members typed into the dialog are stored in the encrypted store and listed with
    role, date of birth and age (protects the whole add path: dialog -> editor -> service)."""
    family = new_family(tabs.editor.ws)
    tabs.show(family.ref)
    dialog = tabs.members.open_editor(None)
    assert isinstance(dialog, MemberDialog) and dialog.isVisible()
    dialog.role.set_code("partner")
    dialog.given_name.setText("Kevin")
    dialog.family_name.setText("Mulder")
    dialog.birth_date.edit.setText("30-11-2005")
    dialog.phone.setText("06-55667788")
    click_save(dialog)
    assert not dialog.isVisible()

    dialog = tabs.members.open_editor(None)
    dialog.role.set_code("child")
    dialog.given_name.setText("Noah")
    dialog.birth_date.edit.setText("2026-05-28")
    click_save(dialog)

    stored = tabs.family(family.ref)
    assert [(m.given_name, m.role, m.birth_date) for m in stored.members] == [
        ("Lisa", "mother", date(2004, 2, 3)),
        ("Kevin", "partner", date(2005, 11, 30)),
        ("Noah", "child", date(2026, 5, 28)),
    ]
    assert len({m.id for m in stored.members}) == 3
    rows = _rows(tabs)
    assert rows[1] == ["Kevin Mulder", "partner", "30 Nov 2005", "20 years"]
    assert rows[2][:2] == ["Noah", "child"] and rows[2][3] == "5 months"


def test_birth_date_in_future_is_shown_at_the_field_and_nothing_saved(tabs: Tabs) -> None:
    """A rule violation from the services appears under the date of birth, in the editor's
    language; the dialog stays open with what was typed and the store is unchanged."""
    family = new_family(tabs.editor.ws)
    tabs.show(family.ref)
    dialog = tabs.members.open_editor(None)
    dialog.given_name.setText("Mila")
    dialog.birth_date.edit.setText("01-01-2027")
    click_save(dialog)
    assert dialog.isVisible()
    assert dialog.problem_text("birth_date") == "A birth date cannot be in the future."
    assert dialog.banner_text() == ""
    assert dialog.given_name.text() == "Mila" and dialog.birth_date.text() == "01-01-2027"
    assert len(tabs.family(family.ref).members) == 1
    assert tabs.editor.saves == 0

    tabs.editor.lang = "nl"
    click_save(dialog)
    assert dialog.problem_text("birth_date") == "Een geboortedatum kan niet in de toekomst liggen."

    dialog.birth_date.edit.setText("01-01-2026")
    click_save(dialog)
    assert not dialog.isVisible()
    assert len(tabs.family(family.ref).members) == 2


def test_unreadable_date_and_missing_name_are_caught_before_saving(tabs: Tabs) -> None:
    """What cannot become a record at all (no name, a date that does not exist or cannot be
    read) is named at its field, with the reason, without calling the services."""
    family = new_family(tabs.editor.ws)
    tabs.show(family.ref)
    dialog = tabs.members.open_editor(None)
    dialog.birth_date.edit.setText("31-02-2020")
    click_save(dialog)
    assert dialog.problem_text("given_name") == "Please fill this in."
    assert dialog.problem_text("birth_date") == "31 February does not exist."
    dialog.birth_date.edit.setText("morgen")
    click_save(dialog)
    assert dialog.problem_text("birth_date").startswith("This date cannot be read.")
    assert tabs.editor.saves == 0


def test_unborn_child_uses_expected_date(tabs: Tabs) -> None:
    """For an unborn child the dialog asks the expected date instead of a date of birth."""
    family = new_family(tabs.editor.ws)
    tabs.show(family.ref)
    dialog = tabs.members.open_editor(None)
    dialog.role.set_code("unborn_child")
    assert dialog.field_box_of("birth_date").isHidden()
    assert not dialog.field_box_of("expected_on").isHidden()
    dialog.expected_on.edit.setText("10-02-2027")
    click_save(dialog)
    unborn = tabs.family(family.ref).members[-1]
    assert (unborn.role, unborn.birth_date, unborn.expected_on) == (
        "unborn_child",
        None,
        date(2027, 2, 10),
    )
    assert _rows(tabs)[-1][2] == "expected 10 Feb 2027"


def test_change_member_keeps_its_id(tabs: Tabs) -> None:
    """Changing a member updates that record (same key and id), not a new one."""
    family = new_family(tabs.editor.ws)
    tabs.show(family.ref)
    tabs.members.select_key(family.members[0].key)
    tabs.members.edit_action.trigger()
    dialog = tabs.members.dialogs[-1]
    assert dialog.given_name.text() == "Lisa"
    dialog.phone.setText("06-12345678")
    click_save(dialog)
    (member,) = tabs.family(family.ref).members
    assert (member.id, member.key, member.phone) == ("m1", family.members[0].key, "06-12345678")


def test_remove_member_asks_and_refuses_a_mentee(tabs: Tabs, answers) -> None:  # noqa: F811
    """Removing asks first; a member with a JIM is not removed (the JIM would point nowhere);
    the last member is never removed."""
    t = tabs
    family = t.show("HW-2026-001")
    sanne, kevin = family.members[0], family.members[1]
    t.members.select_key(sanne.key)
    t.members.delete_action.trigger()
    assert "Ans de Vries is the JIM of Sanne de Vries" in answers.told[-1]
    assert len(t.family("HW-2026-001").members) == 3

    answers.yes = False
    t.members.select_key(kevin.key)
    t.members.delete_action.trigger()
    assert answers.asked[-1] == "Remove Kevin Mulder from the household?"
    assert len(t.family("HW-2026-001").members) == 3
    answers.yes = True
    t.members.delete_action.trigger()
    assert [m.given_name for m in t.family("HW-2026-001").members] == ["Sanne", "Noah"]
