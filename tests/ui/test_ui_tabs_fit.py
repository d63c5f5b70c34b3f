"""What the family tabs show without scrolling sideways or searching: the household table fits
its pane (long addresses and notes are shortened, in full in their tooltip; the titles keep
their room), and an edit dialog shows the tags that are ticked without the user scrolling to
find them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from support.tabs import Tabs, answers, tabs, workspace  # noqa: F401
from veldwerk.domain import codes
from veldwerk.domain.model import Event, Member
from veldwerk.ui.tabs.columns import shrink_to_fit
from veldwerk.ui.tabs.members_tab import ADDRESS_COLUMN, NOTES_COLUMN


def test_household_table_fits_its_pane(tabs: Tabs) -> None:
    """Protects the Gezin tab in a narrow window: every column is on screen (no sideways
    scroll bar) and a long address is shortened on screen but whole in its tooltip."""
    t = tabs
    ws = t.editor.ws
    family = t.family("HW-2026-001")
    long_address = "Lange Nieuwstraat 123 bis, 3811 AB Amersfoort (achterom, bel werkt niet)"
    first = replace(family.members[0], address=long_address, notes="Belt liever 's avonds. " * 6)
    family = ws.families.save_member(family.ref, first)
    t.host.resize(720, 500)
    t.host.setCurrentWidget(t.members)
    for tab in t.widgets:
        tab.set_family(family)  # type: ignore[attr-defined]
    QApplication.processEvents()
    tree = t.members.tree
    header = tree.header()
    assert (
        header.sectionViewportPosition(NOTES_COLUMN) + header.sectionSize(NOTES_COLUMN)
        <= tree.viewport().width() + 1
    )
    assert not tree.horizontalScrollBar().isVisible()
    row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(ADDRESS_COLUMN) == long_address
    )
    assert row.toolTip(ADDRESS_COLUMN) == long_address
    assert tree.fontMetrics().horizontalAdvance(long_address) > header.sectionSize(ADDRESS_COLUMN)


def test_ticked_tags_are_in_sight_when_a_step_is_opened(tabs: Tabs) -> None:
    """Protects editing a step: a barrier far down the list that is ticked is scrolled into
    sight when the dialog opens, so the user sees what was chosen."""
    t = tabs
    ws = t.editor.ws
    family = t.family("HW-2026-001")
    last_barrier = list(codes.BARRIERS)[-1]
    family = ws.families.save_event(
        family.ref, Event(date(2026, 10, 1), "contact", "Huisbezoek", None, (), (last_barrier,), ())
    )
    t.show(family.ref)
    step = next(e for e in family.journey if e.barriers == (last_barrier,))
    dialog = t.journey.open_editor(step.key)
    assert dialog is not None
    QApplication.processEvents()
    barriers = dialog.barriers
    item = next(
        barriers.item(i)
        for i in range(barriers.count())
        if barriers.item(i).data(Qt.ItemDataRole.UserRole) == last_barrier
    )
    assert barriers.verticalScrollBar().maximum() > 0  # the list does scroll
    assert barriers.viewport().rect().contains(barriers.visualItemRect(item))
    dialog.discard()


def test_household_titles_keep_their_room_beside_wide_columns(tabs: Tabs) -> None:
    """Protects the Gezin tab in a window of 1280 x 800: a long name, a long role and an
    expected birth make the first columns wide, yet "Address" and "Notes" keep room for their
    titles; the other columns give way first (the name keeps its width) and a shortened cell
    says everything in its tooltip."""
    t = tabs
    ws = t.editor.ws
    family = t.family("HW-2026-001")
    first = replace(family.members[0], given_name="Anna-Catharina", family_name="van den Berg")
    family = ws.families.save_member(family.ref, first)
    family = ws.families.save_member(
        family.ref, Member("m9", "unborn_child", expected_on=date(2026, 12, 14))
    )
    t.host.resize(780, 500)
    t.host.setCurrentWidget(t.members)
    for tab in t.widgets:
        tab.set_family(family)  # type: ignore[attr-defined]
    QApplication.processEvents()
    tree = t.members.tree
    header = tree.header()
    for column in (ADDRESS_COLUMN, NOTES_COLUMN):
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()
    assert not tree.horizontalScrollBar().isVisible()
    name = tree.fontMetrics().horizontalAdvance("Anna-Catharina van den Berg")
    assert header.sectionSize(0) >= name
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert all(item.toolTip(c) == item.text(c) for c in range(ADDRESS_COLUMN - 1))


def test_columns_give_way_widest_first_down_to_their_titles() -> None:
    """The arithmetic behind fitted tables: the widest column gives way first, none goes
    below its floor, and what the floors do not allow is left over."""
    widths = {0: 200, 1: 120, 2: 80}
    assert shrink_to_fit(widths, {0: 60, 1: 60, 2: 60}, 50) == {0: 150, 1: 120, 2: 80}
    assert shrink_to_fit(widths, {0: 60, 1: 60, 2: 60}, 130) == {0: 95, 1: 95, 2: 80}
    assert shrink_to_fit(widths, {0: 190, 1: 100, 2: 80}, 500) == {0: 190, 1: 100, 2: 80}
    assert shrink_to_fit(widths, {}, 0) == widths
