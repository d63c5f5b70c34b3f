"""Above the contact card of a shared family: its conflicts, with a button to resolve them, and
"since you were away": what colleagues changed since you last looked, who (in which role) and
when, with a button to mark it seen. Also the share flow of the contact card's button."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain import codes
from veldwerk.domain.model import Family
from veldwerk.services.team_view import FamilyTeamView
from veldwerk.ui import dialogs, style
from veldwerk.ui.team.resolve_dialog import ResolveDialog
from veldwerk.ui.team.words import away_text

if TYPE_CHECKING:
    from veldwerk.ui.editing import FamilyEditor

AWAY_SHOWN = 6
"""Lines of "since you were away" shown; the rest is counted."""


class TeamStrip(QWidget):
    """`changed` after a resolution or a share (the family list may need a refresh)."""

    changed = Signal()
    view_shown = Signal(object)
    """The team view now shown (a `FamilyTeamView`, or None): the journey marks its steps."""

    def __init__(self, editor: FamilyEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._family: Family | None = None
        self._view: FamilyTeamView | None = None
        self._request = 0
        self.conflict_box = QFrame()
        self.conflict_box.setObjectName("teamConflict")
        self.conflict_text = style.label("", "teamConflictText", wrap=True)
        self.resolve_button = QPushButton()
        self.resolve_button.clicked.connect(self.resolve)
        row = QHBoxLayout(self.conflict_box)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.conflict_text, 1)
        row.addWidget(self.resolve_button)
        self.away_box = QFrame()
        self.away_box.setObjectName("teamAway")
        self.away_title = style.label("", "sectionTitle")
        self.away_lines = style.label("", wrap=True)
        self.seen_button = QPushButton()
        self.seen_button.clicked.connect(self.mark_seen)
        away = QVBoxLayout(self.away_box)
        away.setContentsMargins(12, 8, 12, 8)
        away.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(self.away_title, 1)
        head.addWidget(self.seen_button)
        away.addLayout(head)
        away.addWidget(self.away_lines)
        self.inside = inside = QWidget()
        column = QVBoxLayout(inside)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(self.conflict_box)
        column.addWidget(self.away_box)
        # Scrolls rather than push the tabs off a small screen (1280 x 800 at 200%): it shows
        # whole whenever there is room.
        self.scroller = QScrollArea()
        self.scroller.setWidget(inside)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        self.retranslate()
        self._show()

    def sizeHint(self) -> QSize:  # noqa: N802
        """All of it (a scroll area on its own asks for less than its content)."""
        return self.inside.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Room for the first line of the first box; the rest scrolls."""
        first = self.conflict_box if self.conflict_box.isVisibleTo(self) else self.away_box
        return QSize(0, min(first.sizeHint().height(), 64))

    @property
    def view(self) -> FamilyTeamView | None:
        return self._view

    def set_family(self, family: Family | None) -> None:
        changed = family is None or self._family is None or family.ref != self._family.ref
        self._family = family
        if changed:
            self._view = None
            self._show()
        self.refresh()

    def refresh(self) -> None:
        """Ask the worker for the family's team view (answers for another family are dropped)."""
        self._request += 1
        request, family = self._request, self._family
        if family is None:
            return
        ref = family.ref

        def done(view: FamilyTeamView) -> None:
            if request == self._request:
                self._view = view
                self._show()

        self._editor.query(lambda ws: ws.team_view.of(ref), done)

    def _show(self) -> None:
        view, lang = self._view, self._editor.lang
        conflicts = view.conflicts if view is not None else ()
        self.conflict_box.setVisible(bool(conflicts))
        self.conflict_text.setText(
            self.tr(
                "%n change(s) made on two laptops at once need your choice. Until then the "
                "family shows the most careful value.",
                "",
                len(conflicts),
            )
        )
        away = view.away if view is not None else ()
        self.away_box.setVisible(bool(away))
        lines = [away_text(c, lang) for c in away[:AWAY_SHOWN]]
        if len(away) > AWAY_SHOWN:
            lines.append(self.tr("… and %n more", "", len(away) - AWAY_SHOWN))
        self.away_lines.setText("\n".join(lines))
        self.setVisible(bool(conflicts) or bool(away))
        self.view_shown.emit(view)

    # ---- actions -------------------------------------------------------------------------
    def resolve(self) -> ResolveDialog | None:
        view, family = self._view, self._family
        if view is None or family is None or not view.conflicts:
            return None
        dialog = ResolveDialog(self._editor, family.ref, view.conflicts, self)
        dialog.resolved.connect(self._after_change)
        dialog.open()
        return dialog

    def mark_seen(self) -> None:
        family = self._family
        if family is not None:
            ref = family.ref
            self._editor.query(lambda ws: ws.team_view.mark_seen(ref), lambda _r: self.refresh())

    def share(self) -> None:
        """Share the family with its fixed contact or backup, when they are a known colleague
        (the service decides; its refusal shows as a calm message)."""
        family = self._family
        if family is None:
            return
        ref, lang = family.ref, self._editor.lang

        def ask(view: FamilyTeamView) -> None:
            if not view.candidates:
                dialogs.information(
                    self,
                    self.tr("Share the family"),
                    self.tr(
                        "Only the fixed contact person and the backup can receive this family, "
                        "and only when you have their colleague card. Add the card in "
                        "Settings › Team, or make your colleague the backup first."
                    ),
                )
                return
            name, role = view.candidates[0]
            text = self.tr(
                "Share family %1 with %2 (%3)? They receive it encrypted through the team "
                "folder, and from then on every change."
            )
            text = text.replace("%1", ref).replace("%2", name)
            text = text.replace("%3", codes.label("contact_role", role, lang))
            if dialogs.question(self, self.tr("Share the family"), text, self.tr("&Share")):
                self._editor.query(lambda ws: ws.team.share(ref, name), self._shared)

        self._editor.query(lambda ws: ws.team_view.of(ref), ask)

    def _shared(self, names: list[str]) -> None:
        dialogs.information(
            self,
            self.tr("Shared"),
            self.tr("The family goes to %1 at the next synchronisation.").replace(
                "%1", ", ".join(names)
            ),
        )
        self._after_change()

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def retranslate(self) -> None:
        self.resolve_button.setText(self.tr("&Resolve…"))
        self.resolve_button.setAccessibleName(self.tr("Resolve the conflicts"))
        self.away_title.setText(self.tr("Since you were away"))
        self.seen_button.setText(self.tr("S&een"))
        self.seen_button.setAccessibleName(self.tr("Mark the changes as seen"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
