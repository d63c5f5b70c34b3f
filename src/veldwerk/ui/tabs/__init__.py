"""The tabs of the family detail: Gezin, Netwerk, Klantreis, Plan, Reflecties.

`build_tabs(editor)` makes them, in that order. Each tab implements `FamilyTab` (`set_family`,
`has_unsaved_changes`) plus `tab_title()` (translated) and `tab_actions()` (add, change and
remove, for the main window's menus). Every change goes through `editor.save`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from veldwerk.ui.editing import FamilyEditor


def build_tabs(editor: FamilyEditor, parent: QWidget | None = None) -> list[QWidget]:
    """The five family tabs, in the order they are shown."""
    from veldwerk.ui.tabs.journey_tab import JourneyTab
    from veldwerk.ui.tabs.members_tab import MembersTab
    from veldwerk.ui.tabs.network_tab import NetworkTab
    from veldwerk.ui.tabs.plan_tab import PlanTab
    from veldwerk.ui.tabs.reflections_tab import ReflectionsTab

    return [
        MembersTab(editor, parent),
        NetworkTab(editor, parent),
        JourneyTab(editor, parent),
        PlanTab(editor, parent),
        ReflectionsTab(editor, parent),
    ]
