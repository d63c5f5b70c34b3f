"""The accessibility audit (`python -m veldwerk.ui.accessibility_audit`): it finds nothing on
any screen in either language, and each of its checks does find what it looks for."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from veldwerk.ui.accessibility_audit import LANGS, contrast, focus, names, run


def test_every_screen_passes_the_audit_in_dutch_and_english(qapp) -> None:  # type: ignore[no-untyped-def]
    """Protects EN 301 549's named controls, contrast and keyboard reach on every main screen
    and dialog: the audit walks them all (the screenshots' screens) in both languages and
    reports nothing."""
    report = run(LANGS)
    assert not [str(f) for f in report]
    walked = set(report.screens)
    for lang in LANGS:
        for screen in ("03-unlock", "10-main-family", "11-main-network", "20-change-contact"):
            assert f"{lang}/{screen}" in walked
        assert f"{lang}/dialog-eventdialog" in walked
        assert f"{lang}/learning-3-consent" in walked
        assert f"{lang}/coordinator-1-dashboard" in walked
        for screen in ("1-change-contact", "4-close", "5-reopen", "6-reopen-no-primary"):
            assert f"{lang}/casework-{screen}" in walked
        assert f"{lang}/access-2-filtered" in walked


def _window(*widgets: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    window.show()
    return window


def test_an_icon_only_button_without_a_name_is_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Protects the name check: a button with an icon and no text or accessible name is
    found, a named one is not."""
    bare, named = QToolButton(), QPushButton("Save")
    bare.setFocusPolicy(named.focusPolicy())
    window = _window(bare, named)
    qtbot.addWidget(window)
    found = names.unnamed(window)
    assert found == ["QToolButton"]


def test_a_table_that_keeps_tab_and_a_text_box_that_types_it_are_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Protects the keyboard check: Tab stuck in a table (Qt's default moves between cells) or
    in a text box (it types a tab) leaves the controls after it unreachable, and says so."""
    table = QTableWidget(2, 2)
    table.setCurrentCell(0, 0)
    after = QPushButton("After the table")
    window = _window(QLineEdit(), table, after)
    qtbot.addWidget(window)
    window.findChild(QLineEdit).setFocus()
    problems = focus.unreachable(window)
    assert any("Tab stays in QTableWidget" in p for p in problems)
    assert any("'After the table'" in p for p in problems)
    table.setTabKeyNavigation(False)
    window.findChild(QLineEdit).setFocus()
    assert focus.unreachable(window) == []

    notes, last = QPlainTextEdit(), QPushButton("Last")
    second = _window(QLineEdit(), notes, last)
    qtbot.addWidget(second)
    second.findChild(QLineEdit).setFocus()
    assert any("'Last'" in p for p in focus.unreachable(second))
    notes.setTabChangesFocus(True)
    second.findChild(QLineEdit).setFocus()
    assert focus.unreachable(second) == []


@pytest.mark.parametrize(
    ("fg", "bg", "ratio"),
    [("#000000", "#ffffff", 21.0), ("#777777", "#ffffff", 4.48), ("#767676", "#ffffff", 4.54)],
)
def test_contrast_follows_the_wcag_formula(fg: str, bg: str, ratio: float) -> None:
    """Protects the contrast arithmetic against WCAG's published examples (#777 on white is
    the classic just-too-light grey, #767676 the lightest that passes)."""
    assert contrast.contrast(fg, bg) == pytest.approx(ratio, abs=0.01)


def test_style_sheet_pairs_take_size_background_and_focus_into_account() -> None:
    """Protects how a style sheet is read: a rule's own background counts, otherwise both
    grounds; 18 pt text needs only 3:1; a disabled control is exempt; a focus frame needs 3:1."""
    sheet = """
    QLabel#a { color: #777777; }
    QLabel#b { color: #777777; font-size: 18pt; }
    QLabel#c { color: white; background: #1f4e5a; }
    QPushButton:disabled { color: #cccccc; }
    QLineEdit:focus { border: 1px solid #dddddd; }
    """
    pairs = contrast.sheet_pairs(sheet, "test", ("#f4f6f7", "#ffffff"), "#1f2a30")
    failing = {p.what for p in contrast.failing(pairs)}
    assert failing == {"test: QLabel#a", "test: QLineEdit:focus (focus frame)"}
    assert not any("disabled" in p.what for p in pairs)
