"""Netwerk tab: professionals, informal network and the JIM, in the list and on the eco-map."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from support.tabs import Tabs, answers, click_save, new_family, tabs, workspace  # noqa: F401
from veldwerk.domain import ecomap_spec
from veldwerk.ui.tabs.ecomap import MAX_SCALE, MIN_SCALE, READABLE
from veldwerk.ui.tabs.ecomap_items import FULL, SMALL
from veldwerk.ui.tabs.network_dialog import NetworkDialog


def _list(t: Tabs) -> dict[str, list[str]]:
    tree = t.network.tree
    out = {}
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            item = group.child(i)
            out[item.text(0)] = [group.text(0), item.text(1), item.text(2)]
    return out


def test_add_professional_and_jim_and_see_them_on_the_ecomap(tabs: Tabs) -> None:
    """A professional and a JIM (mentor of the mother) are stored and drawn: the professional
    as a rounded rectangle with profession, the JIM as a badge saying whom they mentor."""
    family = new_family(tabs.editor.ws)
    tabs.show(family.ref)
    dialog = tabs.network.open_editor(None)
    assert isinstance(dialog, NetworkDialog)
    dialog.kind.set_code("professional")
    dialog.name.setText("Karin Bos")
    dialog.profession.set_code("midwife")
    dialog.organisation.setText("Verloskundigenpraktijk Veluwe")
    dialog.strength.set_code("weak")
    click_save(dialog)
    assert not dialog.isVisible()

    dialog = tabs.network.open_editor(None)
    dialog.kind.set_code("jim")
    assert dialog._box("profession").isHidden() and not dialog._box("mentor_of").isHidden()
    dialog.name.setText("Ans de Vries")
    dialog.relation.setText("tante")
    dialog.mentor_of.set_code("m1")
    dialog.strength.set_code("strong")
    dialog.since.edit.setText("01-04-2026")
    click_save(dialog)
    assert not dialog.isVisible()

    stored = tabs.family(family.ref)
    karin, ans = stored.network[1], stored.network[2]
    assert (karin.kind, karin.profession, karin.strength, karin.mentor_of) == (
        "professional",
        "midwife",
        "weak",
        None,
    )
    assert (ans.kind, ans.mentor_of, ans.relation, ans.since, ans.profession) == (
        "jim",
        "m1",
        "tante",
        date(2026, 4, 1),
        None,
    )
    assert {karin.id, ans.id, "n1"} == {n.id for n in stored.network}

    listed = _list(tabs)
    assert listed["Karin Bos"] == [
        "Professionals (2)",
        "midwife · Verloskundigenpraktijk Veluwe",
        "weak",
    ]
    assert listed["Ans de Vries"] == ["JIM (1)", "JIM of Lisa Test · tante", "strong"]
    assert listed["Bram de Wit"][1] == "social team · Sociaal Team · fixed contact person"

    nodes = tabs.network.map.nodes
    assert set(nodes) == {"n1", karin.id, ans.id}
    assert nodes[ans.id].kind == "jim" and nodes[ans.id].text.badge == "JIM"
    assert "JIM of Lisa Test" in nodes[ans.id].lines
    assert nodes[karin.id].kind == "professional" and "midwife" in nodes[karin.id].lines
    assert tabs.network.map.ties[karin.id].pen().style().name == "CustomDashLine"
    assert tabs.network.map.ties[ans.id].pen().widthF() > tabs.network.map.ties["n1"].pen().widthF()


def test_jim_without_mentor_shows_message_at_mentor_field(tabs: Tabs) -> None:
    """A JIM without `mentor_of` is refused by the rules; the message stands under the "mentor
    of" chooser, the dialog keeps what was typed, nothing is stored."""
    family = new_family(tabs.editor.ws)
    tabs.show(family.ref)
    dialog = tabs.network.open_editor(None)
    dialog.kind.set_code("jim")
    dialog.name.setText("Ans de Vries")
    click_save(dialog)
    assert dialog.isVisible()
    assert (
        dialog.problem_text("mentor_of") == "Choose the household member this JIM is a mentor for."
    )
    assert dialog.name.text() == "Ans de Vries"
    assert len(tabs.family(family.ref).network) == 1
    assert tabs.editor.saves == 0


def test_professional_without_profession_and_bad_period(tabs: Tabs) -> None:
    """Two problems at once land at their own fields: profession and the end date."""
    family = new_family(tabs.editor.ws)
    tabs.show(family.ref)
    dialog = tabs.network.open_editor(None)
    dialog.name.setText("Iemand")
    dialog.since.edit.setText("01-05-2026")
    dialog.until.edit.setText("01-04-2026")
    click_save(dialog)
    assert dialog.problem_text("profession") == "Required for a professional."
    assert dialog.problem_text("until") == "The end date is before the start date."
    assert len(tabs.family(family.ref).network) == 1


def test_ended_tie_is_grey_and_the_map_selects_with_the_list(tabs: Tabs) -> None:
    """An ended tie is drawn grey and dotted and listed as ended; clicking a node in the map
    selects the person in the list, and selecting in the list selects the node."""
    t = tabs
    family = t.show("HW-2025-017")
    view = t.network.map
    assert all(n.ended for n in view.nodes.values())
    pen = view.ties["n1"].pen()
    assert pen.dashPattern() == [1.0, 2.0]  # dots: one pen width on, two off
    assert pen.color().name() == ecomap_spec.ENDED_LINE
    assert _list(t)["Lotte Smit"][2] == "ended 30 Apr 2026"

    view.nodes["n2"].setSelected(True)
    assert t.network.selected_network_id() == "n2"
    assert t.network.selected_key() == family.network[1].key
    t.network._map_selection("")
    for item in t.network._items():
        item.setSelected(item.text(0) == "Noor Bakker")
    assert view.nodes["n3"].isSelected() and not view.nodes["n2"].isSelected()


def _in_sight(view) -> bool:
    sight = view.viewport().rect()
    return all(
        sight.contains(view.mapFromScene(n.sceneBoundingRect()).boundingRect())
        for n in view.nodes.values()
    )


def test_ecomap_fits_its_view_and_says_less_when_small(tabs: Tabs, qtbot) -> None:
    """The whole map is in sight at every size down to the least scale: a large view shows
    every line of every node; a small one drops lines (SMALL) before the drawing shrinks; the
    full texts stay in the nodes' data (and tooltips)."""
    t = tabs
    t.host.setCurrentWidget(t.network)
    t.show("HW-2026-001")
    view = t.network.map
    t.host.resize(1400, 900)
    qtbot.waitUntil(lambda: view.detail == FULL and view.viewport().width() > 500)
    assert READABLE <= view.current_scale() <= MAX_SCALE
    assert _in_sight(view)
    scene_rect = view.sceneRect()
    for node in view.nodes.values():
        assert scene_rect.contains(node.sceneBoundingRect())
    t.host.resize(700, 450)
    qtbot.waitUntil(lambda: view.detail == SMALL)
    assert MIN_SCALE <= view.current_scale() < READABLE
    assert _in_sight(view)
    assert all(len(n.lines) <= 1 for n in view.nodes.values())
    assert any(len(n.text.lines) > 1 for n in view.nodes.values())


def test_remove_person_in_contact_history_is_refused(tabs: Tabs, answers) -> None:  # noqa: F811
    """The fixed contact person stays in the network (their history is kept); a person
    named nowhere can be removed after confirming."""
    t = tabs
    family = t.show("HW-2026-001")
    femke = next(n for n in family.network if n.name == "Femke Jansen")
    t.network._map_selection(femke.id)
    t.network.delete_action.trigger()
    assert "is or was the fixed contact person" in answers.told[-1]
    piet = next(n for n in family.network if n.name == "Piet Hendriks")
    t.network._map_selection(piet.id)
    t.network.delete_action.trigger()
    assert answers.asked[-1] == "Remove Piet Hendriks from the network?"
    assert "Piet Hendriks" not in [n.name for n in t.family("HW-2026-001").network]
    assert "n5" not in t.network.map.nodes


def test_legend_wraps_rather_than_widen_the_tab(tabs: Tabs) -> None:
    """The legend's two strips (people, ties) sit on one line each when there is room and wrap
    onto more lines when the tab is narrow, so the legend never forces the window wider."""
    legend = tabs.network.legend
    assert legend.minimumSizeHint().width() < 300
    assert legend.heightForWidth(300) > legend.heightForWidth(1000)
    legend.setFixedWidth(300)
    legend.resize(300, legend.heightForWidth(300))
    QApplication.processEvents()
    for _pic, text in legend.items.values():
        cell = text.parentWidget()
        assert cell.x() >= 0 and cell.geometry().right() < 300, text.text()
