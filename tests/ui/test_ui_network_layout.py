"""The Netwerk tab in a main window of 1280 x 800 with the demo's families: the list and the
eco-map are both readable at once, side by side."""

from __future__ import annotations

from typing import Any

import pytest
from demo_support import demo, set_language, show_family, styled  # noqa: F401
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from veldwerk.ui.tabs.ecomap import MIN_SCALE
from veldwerk.ui.tabs.network_list import NAME_COLUMN, TIE_COLUMN, WHO_COLUMN

LEAST_WIDTH, LEAST_HEIGHT = 340, 250
"""The least room the list and the map each get at 1280 x 800."""
NAME_WIDTH = 110
TEXT_MARGINS = 2 * 2 + 2 * 3
"""A cell's padding (the tabs' style) and the text margin of the Fusion style, both sides."""


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_list_and_map_are_both_readable_at_1280_by_800(
    demo: tuple[Any, Any],  # noqa: F811
    qtbot: Any,
    lang: str,
) -> None:
    """Protects the Netwerk tab on a small screen: the list and the map each get at least
    340 x 250 px, the name column is wider than 110 px, the name, who and tie columns are in
    sight without scrolling sideways and no name or "who" text is cut off (it wraps), and
    every person of every demo family is inside the map's visible area (the map is fitted to
    its view, no scroll bars)."""
    session, main = demo
    set_language(session, main, lang)
    main.detail.set_current_tab(1)
    tab = main.detail.tab_widget.widget(1)
    for row in range(main.list_panel.model.rowCount()):
        family = show_family(qtbot, session, main, row)
        QApplication.processEvents()
        tree, view = tab.tree, tab.map
        assert tree.width() >= LEAST_WIDTH and tree.height() >= LEAST_HEIGHT
        assert view.viewport().width() >= LEAST_WIDTH
        assert view.viewport().height() >= LEAST_HEIGHT
        header = tree.header()
        assert header.sectionSize(NAME_COLUMN) > NAME_WIDTH
        for column in (NAME_COLUMN, WHO_COLUMN, TIE_COLUMN):
            assert not tree.isColumnHidden(column)
            end = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert end <= tree.viewport().width(), (family.ref, column)
        assert tree.horizontalScrollBar().maximum() == 0
        fm = tree.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        for item in tab._items():
            for column, indent in ((NAME_COLUMN, tree.indentation()), (WHO_COLUMN, 0)):
                width = header.sectionSize(column) - indent - TEXT_MARGINS
                text = item.text(column)
                need = fm.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
                assert tree.visualItemRect(item).height() >= need, (family.ref, text)
        sight = view.viewport().rect()
        assert not view.horizontalScrollBar().isVisible(), family.ref
        assert not view.verticalScrollBar().isVisible(), family.ref
        assert view.current_scale() >= MIN_SCALE
        assert len(view.nodes) == len(family.network)
        for node in view.nodes.values():
            shown = view.mapFromScene(node.sceneBoundingRect()).boundingRect()
            assert sight.contains(shown), (family.ref, node.text.title)
