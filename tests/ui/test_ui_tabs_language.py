"""Languages: the tabs switch between English and Dutch without a restart, and the Dutch
translation of every string in ui/tabs is complete."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from support.tabs import (  # noqa: F401
    ROOT,
    Tabs,
    answers,
    click_save,
    compile_dutch,
    install_dutch,
    tabs,
    workspace,
)

TS = ROOT / "translations" / "veldwerk_tabs_nl.ts"


def _headers(tree) -> list[str]:
    return [tree.headerItem().text(c) for c in range(tree.columnCount())]


def test_switching_language_retranslates_the_tabs(tabs: Tabs, tmp_path: Path) -> None:
    """Installing the Dutch translator (and setting the editor's language) retranslates every
    tab: titles, buttons, headers, code labels, the timeline, the eco-map and an open dialog
    with its problem message; removing it brings English back."""
    t = tabs
    t.show("HW-2026-001")
    dialog = t.journey.open_editor(None)
    dialog.date.edit.setText("")
    click_save(dialog)
    assert dialog.problem_text("date") == "Please fill this in."
    english_titles = [w.tab_title() for w in t.widgets]

    t.editor.lang = "nl"
    translator = install_dutch(compile_dutch(tmp_path))
    try:
        assert [w.tab_title() for w in t.widgets] == [
            "Gezin",
            "Netwerk",
            "Klantreis",
            "Plan",
            "Reflecties",
        ]
        assert t.members.add_button.text() == "&Gezinslid toevoegen"
        assert _headers(t.members.tree)[:4] == ["Naam", "Rol", "Geboortedatum", "Leeftijd"]
        assert t.members.tree.topLevelItem(0).text(1) == "moeder"
        assert t.members.tree.topLevelItem(2).text(3) == "2 maanden"
        rows = t.journey.row_texts()
        assert rows[0] == "eerste levensjaar, 2 stappen"
        assert "knelpunten: gat bij overgang" in rows[1]
        assert t.journey.order.currentText() == "Nieuwste eerst"
        assert t.network.legend.items["stressful"][1].text() == "belastend"
        jim = next(n for n in t.network.map.nodes.values() if n.kind == "jim")
        assert "JIM van Sanne de Vries" in jim.text.lines
        assert t.plan.tree.topLevelItem(0).text(3) == "open · 0 van 2 klaar"
        assert dialog.windowTitle() == "Nieuwe stap in de klantreis"
        assert dialog.problem_text("date") == "Vul dit in."
        assert dialog.barriers.item(0).text() == "late signalering"
    finally:
        QCoreApplication.removeTranslator(translator)
        t.editor.lang = "en"
        QApplication.processEvents()
    assert [w.tab_title() for w in t.widgets] == english_titles
    assert t.members.tree.topLevelItem(0).text(1) == "mother"
    assert t.journey.row_texts()[0] == "first year, 2 steps"
    assert dialog.problem_text("date") == "Please fill this in."


def test_dutch_translation_is_complete(tmp_path: Path) -> None:
    """translations/veldwerk_tabs_nl.ts holds every string of ui/tabs (as lupdate finds them
    now) and none is unfinished or empty; plurals have both Dutch forms."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "veldwerk" / "ui" / "tabs").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)

    def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
        out = {}
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                out[(name, msg.findtext("source") or "")] = msg
        return out

    wanted = messages(fresh)
    have = messages(TS)
    assert set(wanted) <= set(have), sorted(set(wanted) - set(have))
    for key, msg in have.items():
        tr = msg.find("translation")
        assert tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished"), key
        if msg.get("numerus") == "yes":
            forms = [f.text for f in tr.iter("numerusform")]
            assert len(forms) == 2 and all(forms), key
        else:
            assert tr.text, key
