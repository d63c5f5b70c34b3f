"""The right side of the main window: the family's header, the contact card (always visible)
and the tabs (Gezin, Netwerk, Klantreis, Plan, Reflecties) built by `veldwerk.ui.tabs`."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
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
from veldwerk.ui.team.strip import TeamStrip

if TYPE_CHECKING:
    from veldwerk.services.team_view import FamilyTeamView
    from veldwerk.ui.editing import FamilyEditor

log = logging.getLogger(__name__)


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit, with the whole text in its tooltip: a
    very long family name neither widens the window nor squeezes the list. `full_text()` is
    the whole text (and its accessible name); `text()` what shows."""

    MIN_CHARS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)  # a screen reader reads it whole, shortened or not
        self._elide()

    def full_text(self) -> str:
        return self._full

    def clear(self) -> None:
        self.set_full_text("")

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            super().setText(shown)
        # the whole text in the tooltip only when it is cut short (else it is read twice)
        self.setToolTip(self._full if shown != self._full else "")

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * self.MIN_CHARS, hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        full = self.fontMetrics().horizontalAdvance(self._full) + self.contentsMargins().left()
        return QSize(max(self.minimumSizeHint().width(), full), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()


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
        self.name = ElidedLabel()
        self.name.setObjectName("heading")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = style.label("", "subtle", wrap=True)
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self.details_requested)
        self.card = ContactCard()
        self.card.change_requested.connect(self.change_contact_requested)
        self.team_strip = TeamStrip(editor)
        self.card.share_requested.connect(self.team_strip.share)
        self.team_strip.view_shown.connect(self._mark_tabs)
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
        layout.addWidget(self.team_strip)
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
        self.team_strip.set_family(family)
        for tab in self.tabs:
            tab.set_family(family)  # type: ignore[attr-defined]
        self._fill_header()
        self.stack.setCurrentWidget(self.page if family is not None else self.placeholder)

    def _mark_tabs(self, view: FamilyTeamView | None) -> None:
        """Tell the tabs what colleagues changed since you last looked (the journey marks those
        steps)."""
        away = view.away if view is not None else ()
        for tab in self.tabs:
            mark = getattr(tab, "set_team_changes", None)
            if callable(mark):
                mark(away)

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
        self.name.set_full_text(family.name)
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
