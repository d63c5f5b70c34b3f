"""Dutch and English on the Learning data screen: the Dutch translation is complete and current,
the window speaks Dutch with Dutch code labels, and switches language while open; the status
text of automatic delivery follows the language too."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from support.learning_ui import (  # noqa: F401
    ROOT,
    WAIT_MS,
    Env,
    compile_dutch,
    env,
    install_translator,
    open_window,
    wait_loaded,
)
from veldwerk.ui.learning import AutoSync

TS = ROOT / "translations" / "veldwerk_learning_nl.ts"
PLACEHOLDER = re.compile(r"%\d")


def test_dutch_translation_is_complete_and_keeps_placeholders() -> None:
    """Every source text has a finished Dutch translation with the same %1/%2 placeholders and
    a keyboard mnemonic where the English has one (protects against English bits on a Dutch
    screen and broken texts)."""
    root = ET.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        text = translation.text or ""
        assert text.strip(), source
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        assert ("&" in text) == ("&" in source), source


def test_translation_file_holds_every_text_of_the_code(tmp_path: Path) -> None:
    """Running lupdate over the package finds no text that the committed .ts file lacks
    (protects against a new English text that never got its Dutch)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / "check_nl.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "veldwerk" / "ui" / "learning").glob("*.py"))
    done = subprocess.run(
        [str(lupdate), *sources, "-ts", str(copy)], capture_output=True, text=True, check=True
    )
    assert "(0 new and" in done.stdout + done.stderr, done.stdout + done.stderr


def _go_dutch(env: Env, tmp_path: Path) -> object:
    env.worker.set_lang("nl")
    return install_translator(compile_dutch(tmp_path))


def test_window_in_dutch_with_dutch_code_labels(env: Env, tmp_path: Path) -> None:
    """Opened in Dutch, the window's texts and the code labels in the table are Dutch."""
    translator = _go_dutch(env, tmp_path)
    try:
        window = open_window(env, "nl")
        assert window.windowTitle() == "Leerdata"
        assert window.tabs.tabText(window.PREVIEW) == "&Wat gaat er mee"
        row = window.preview.model.row(0)
        assert row.status == "actief"
        assert row.phase_path == "zwangerschap \u2192 eerste levensjaar"
        model = window.preview.model
        assert model.data(model.index(0, 8)) == "ja"
        explanation = window.preview.explanation.text()
        assert "gemeente verlaten deze computer nooit" in explanation
        assert "gepseudonimiseerde leerdata, alleen leesbaar voor de coördinator" in explanation
        assert window.sending.waiting.text() == "Er wacht niets"
        consent = window.consent
        assert consent.model.data(consent.index_of("HW-2026-001")) == "toestemming gegeven"
    finally:
        QCoreApplication.removeTranslator(translator)  # type: ignore[arg-type]


def test_window_switches_language_while_open(env: Env, tmp_path: Path) -> None:
    """Switching to Dutch while the window is open relabels tabs, headers, codes and the
    consent choices, without reloading from the database."""
    window = open_window(env, "en")
    model = window.preview.model
    assert model.headerData(0, _horizontal(), _display()) == "Family code"
    translator = _go_dutch(env, tmp_path)
    try:
        QApplication.processEvents()
        assert window.windowTitle() == "Leerdata"
        assert model.headerData(0, _horizontal(), _display()) == "Gezinscode"
        assert model.row(0).status == "actief"
        consent = window.consent
        assert consent.model.data(consent.index_of("HW-2026-001")) == "toestemming gegeven"
        assert consent.model.headerData(3, _horizontal(), _display()) == "Toestemming"
        assert window.sending.sync_button.text() == "&Nu verzenden"
    finally:
        QCoreApplication.removeTranslator(translator)  # type: ignore[arg-type]
        env.worker.set_lang("en")
    QApplication.processEvents()
    assert window.windowTitle() == "Learning data" and model.row(0).status == "active"


def test_auto_sync_status_text_follows_the_language(env: Env, tmp_path: Path) -> None:
    """The status-bar text is re-rendered in Dutch when the language changes."""
    env.query(
        lambda ws: (ws.config.set("shared_folder", str(tmp_path / "away")), ws.learning.export())
    )
    auto = AutoSync(env.worker, env.host)
    texts: list[str] = []
    auto.status_changed.connect(texts.append)
    auto.start()
    env.qtbot.waitUntil(lambda: bool(texts), timeout=WAIT_MS)
    assert texts[-1].startswith("1 bundle is waiting")
    translator = _go_dutch(env, tmp_path)
    try:
        QApplication.processEvents()
        assert texts[-1].startswith("1 bundel wacht op verzending.")
    finally:
        QCoreApplication.removeTranslator(translator)  # type: ignore[arg-type]
        env.worker.set_lang("en")
        auto.stop()


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _display():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.ItemDataRole.DisplayRole
