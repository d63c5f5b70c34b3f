"""Search in everything in the main window, on a real encrypted profile: typing shows the
records found with a highlighted snippet (from two letters on, answered by the database worker);
Ctrl+F focuses the field, the arrows move through the results, Enter opens the family at the
record's tab with the record selected, Esc empties the field; a lock takes the results away;
stored markup is shown as text, never as formatting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from support.shell import WAIT_MS, Shell, choose_family
from veldwerk.domain.search import SearchHit
from veldwerk.ui.search_results import heading, snippet_html


@pytest.fixture
def shell(qtbot, tmp_path, monkeypatch):
    s = Shell(qtbot, tmp_path, monkeypatch)
    yield s
    s.close()


def type_search(qtbot, main, text: str) -> list[SearchHit]:
    """Type `text` key by key into the search field; wait until its results show."""
    field = main.list_panel.search
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)
    box = main.search_box
    qtbot.waitUntil(lambda: box._shown == text and box.panel.isVisible(), timeout=WAIT_MS)
    model = box.view.results
    return [model.hit(i) for i in range(model.rowCount())]


def test_typing_shows_records_with_snippets_and_enter_opens_the_tab(shell, qtbot) -> None:
    """ "wachtlijst" (a word of a reflection) shows that reflection with the word highlighted;
    Enter opens the family on the Reflections tab with that reflection chosen, through the one
    `result_opened` signal."""
    _session, main = shell.open("en")
    hits = type_search(qtbot, main, "wachtl")
    assert [(h.ref, h.kind) for h in hits] == [("HW-2026-001", "reflection")]
    assert ("wachtlijst", True) in hits[0].snippet
    opened: list[SearchHit] = []
    main.search_box.result_opened.connect(opened.append)
    qtbot.keyClick(main.list_panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: main.current_family is not None and main.current_family.ref == "HW-2026-001",
        timeout=WAIT_MS,
    )
    assert opened == hits
    assert main.detail.current_tab == 4
    tab = main.detail.tabs[4]
    qtbot.waitUntil(lambda: tab.selected_key() == hits[0].record_id, timeout=WAIT_MS)


def test_a_contact_person_opens_on_the_network_tab_and_arrows_choose(shell, qtbot) -> None:
    """Ctrl+F focuses the search; "Karin" finds the network member Karin Bos; Down and Up move
    through the results; the family list shows the families found (their names do not hold the
    words); Enter opens the Network tab with her chosen; Esc empties the field, the results go
    and the list shows every family again."""
    _session, main = shell.open("en")
    choose_family(qtbot, main, "HW-2026-009")
    main.find_action.trigger()
    assert main.list_panel.search.hasFocus()
    hits = type_search(qtbot, main, "Karin Bos")
    assert {h.kind for h in hits} >= {"network"}
    shown = {s.ref for s in main.list_panel.model.shown()}  # not by name: by her
    assert shown == {h.ref for h in hits} and shown
    view = main.search_box.view
    qtbot.keyClick(main.list_panel.search, Qt.Key.Key_Down)
    qtbot.keyClick(main.list_panel.search, Qt.Key.Key_Up)
    assert view.currentIndex().row() == 0
    row = next(i for i, h in enumerate(hits) if h.kind == "network")
    for _ in range(row):
        qtbot.keyClick(main.list_panel.search, Qt.Key.Key_Down)
    assert view.currentIndex().row() == row
    qtbot.keyClick(main.list_panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: main.current_family is not None and main.current_family.ref == hits[row].ref,
        timeout=WAIT_MS,
    )
    assert main.detail.current_tab == 1
    tab = main.detail.tabs[1]
    qtbot.waitUntil(lambda: tab.selected_key() == hits[row].record_id, timeout=WAIT_MS)
    qtbot.keyClick(main.list_panel.search, Qt.Key.Key_Escape)
    assert main.list_panel.search.text() == ""
    assert not main.search_box.panel.isVisible()
    assert len(main.list_panel.model.shown()) == main.list_panel.model.total == 3


def test_a_journey_step_and_an_action_open_their_tabs(shell, qtbot) -> None:
    """A journey step opens Journey (its step chosen); an action opens Plan with its
    goal chosen."""
    _session, main = shell.open("en")
    (step,) = type_search(qtbot, main, "huisuitzet")
    main.search_box.open_hit(step)
    qtbot.waitUntil(lambda: main.current_family is not None, timeout=WAIT_MS)
    assert main.detail.current_tab == 2
    qtbot.waitUntil(lambda: main.detail.tabs[2].selected_key() == step.record_id, timeout=WAIT_MS)
    (action,) = type_search(qtbot, main, "babyspullen")
    main.search_box.open_hit(action)
    qtbot.waitUntil(
        lambda: main.current_family is not None and main.current_family.ref == action.ref,
        timeout=WAIT_MS,
    )
    goal = next(
        g for g in main.current_family.goals if action.record_id in [a.key for a in g.actions]
    )
    assert main.detail.current_tab == 3
    qtbot.waitUntil(lambda: main.detail.tabs[3].selected_key() == goal.key, timeout=WAIT_MS)


def test_nothing_found_says_so_and_a_lock_takes_the_results_away(shell, qtbot) -> None:
    """No record matches: a short note instead of a list. Only syntax characters: what to type.
    After a lock, no result is left on screen."""
    _session, main = shell.open("en")
    type_search(qtbot, main, "Qwxyzzy")
    assert main.search_box.panel.note.text() == "Nothing found."
    assert not main.search_box.view.isVisible()
    type_search(qtbot, main, '"*()')
    assert main.search_box.panel.note.text() == "Type a word, or part of one, to search."
    type_search(qtbot, main, "Sanne")
    main.clear()
    assert not main.search_box.panel.isVisible()
    assert main.search_box.view.results.rowCount() == 0


def test_stored_markup_is_escaped_before_the_highlight() -> None:
    """A name holding HTML is shown as typed: only the highlight is markup."""
    html = snippet_html((("<b>Jan</b> & ", False), ("<img src=x>", True)))
    assert html == "&lt;b&gt;Jan&lt;/b&gt; &amp; <b>&lt;img src=x&gt;</b>"
    hit = SearchHit("R-1", 1, "Gezin", "family", 1, "", ())
    assert heading(hit) == "Family: R-1"


def test_the_note_follows_a_change_of_language(shell, qtbot) -> None:
    """Switching the language while a note shows gives the note in the new language."""
    session, main = shell.open("en")
    type_search(qtbot, main, "Qwxyzzy")
    session.set_language("nl")
    qtbot.waitUntil(lambda: main.search_box.panel.note.text() == "Niets gevonden.", timeout=WAIT_MS)


def test_opening_a_search_result_is_logged_in_the_access_log(shell, qtbot) -> None:
    """A result opened (Enter) leaves one "search" entry in the family's access log, naming the
    kind of record found, beside the "view" of the family it opened (issue 15)."""
    _session, main = shell.open("en")
    type_search(qtbot, main, "wachtl")
    qtbot.keyClick(main.list_panel.search, Qt.Key.Key_Return)
    seen: list[list[tuple[str, str]]] = []

    def logged() -> bool:
        """Both entries are in (the view is logged once the family has come from the worker)."""
        seen.clear()
        main.worker.query(
            lambda ws: [(e.action, e.kind) for e in ws.access.entries("HW-2026-001")],
            seen.append,
        )
        qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
        return ("view", "family") in seen[0] and ("search", "reflection") in seen[0]

    qtbot.waitUntil(logged, timeout=WAIT_MS)
    assert seen[0].count(("search", "reflection")) == 1
