"""The right side of the main window: the family's header, the contact card (always visible)
and the tabs (Gezin, Netwerk, Klantreis, Plan, Reflecties) built by `veldwerk.ui.tabs`."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain import codes, phases
from veldwerk.domain.model import Family
from veldwerk.ui import style
from veldwerk.ui.contact_card import ContactCard
from veldwerk.ui.tabs import build_tabs

if TYPE_CHECKING:
    from veldwerk.ui.editing import FamilyEditor

log = logging.getLogger(__name__)


class FamilyDetail(QWidget):
    """Shows one family; `details_requested` and `change_contact_requested` ask the main
    window for the dialogs."""

    details_requested = Signal()
    change_contact_requested = Signal()

    def __init__(self, editor: FamilyEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._family: Family | None = None
        self.stack = QStackedWidget()
        self.placeholder = style.label("", "subtle", wrap=True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.placeholder)

        page = QWidget()
        self.name = style.label("", "heading")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = style.label("", "subtle", wrap=True)
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self.details_requested)
        self.card = ContactCard()
        self.card.change_requested.connect(self.change_contact_requested)
        self.tab_widget = QTabWidget()
        self.tab_widget.setDocumentMode(False)
        self.tabs: list[QWidget] = []
        try:
            self.tabs = list(build_tabs(editor))
        except Exception:
            log.exception("the family tabs could not be built")
            self.tabs = []
        for tab in self.tabs:
            self.tab_widget.addTab(tab, self.title_of(tab))
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name)
        titles.addWidget(self.meta)
        head.addLayout(titles, 1)
        head.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.card)
        layout.addWidget(self.tab_widget, 1)
        self.stack.addWidget(page)
        self.page = page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.retranslate()

    @staticmethod
    def title_of(tab: QWidget) -> str:
        title = getattr(tab, "tab_title", None)
        return str(title()) if callable(title) else tab.objectName()

    # ---- content -------------------------------------------------------------------------
    @property
    def family(self) -> Family | None:
        return self._family

    def set_family(self, family: Family | None) -> None:
        """Show `family` on the header, the card and every tab (None: nothing at all)."""
        self._family = family
        lang = self._editor.lang
        self.card.set_family(family, lang)
        for tab in self.tabs:
            tab.set_family(family)  # type: ignore[attr-defined]
        self._fill_header()
        self.stack.setCurrentWidget(self.page if family is not None else self.placeholder)

    def has_unsaved_changes(self) -> bool:
        return any(bool(getattr(tab, "has_unsaved_changes", lambda: False)()) for tab in self.tabs)

    def tab_actions(self) -> list[Any]:
        """The tabs' own actions (add, edit, delete), when they offer them."""
        actions: list[Any] = []
        for tab in self.tabs:
            get = getattr(tab, "tab_actions", None)
            if callable(get):
                actions.extend(get())
        return actions

    @property
    def current_tab(self) -> int:
        return self.tab_widget.currentIndex()

    def set_current_tab(self, index: int) -> None:
        if 0 <= index < self.tab_widget.count():
            self.tab_widget.setCurrentIndex(index)

    def _fill_header(self) -> None:
        family = self._family
        if family is None:
            self.name.clear()
            self.meta.clear()
            return
        lang = self._editor.lang
        self.name.setText(family.name)
        parts = [family.ref, family.municipality, codes.label("family_status", family.status, lang)]
        if family.status == "active":
            parts.append(codes.label("phase", phases.current_phase(family), lang))
        parts.append(self.tr("%n member(s)", "", len(family.members)))
        meta = " · ".join(p for p in parts if p)
        if family.vulnerabilities:
            meta += "\n" + ", ".join(
                codes.label("vulnerability", v, lang) for v in family.vulnerabilities
            )
        self.meta.setText(meta)

    def retranslate(self) -> None:
        self.placeholder.setText(
            self.tr(
                "Choose a family on the left, or add a new one with File › New family (Ctrl+N)."
            )
        )
        self.details_button.setText(self.tr("Family &details…"))
        self.details_button.setAccessibleName(self.tr("Family details"))
        self.tab_widget.setAccessibleName(self.tr("Family tabs"))
        for i, tab in enumerate(self.tabs):
            self.tab_widget.setTabText(i, self.title_of(tab))
        self.card.set_family(self._family, self._editor.lang)
        self._fill_header()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
