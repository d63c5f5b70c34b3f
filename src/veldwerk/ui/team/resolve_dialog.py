"""Resolving the conflicts of a shared family: for each, its values side by side (who chose
which, when), one to keep. The service makes that value hold on every device."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from veldwerk.services.team import ConflictInfo
from veldwerk.ui import style
from veldwerk.ui.team.words import choice_text, conflict_title

if TYPE_CHECKING:
    from veldwerk.domain.model import Family
    from veldwerk.ui.editing import FamilyEditor
    from veldwerk.workspace import Workspace


class ResolveDialog(QDialog):
    """`resolved` once the chosen values are stored."""

    resolved = Signal()

    def __init__(
        self,
        editor: FamilyEditor,
        ref: str,
        conflicts: tuple[ConflictInfo, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._ref = ref
        self._conflicts = conflicts
        self.intro = style.label("", wrap=True)
        self.groups: list[tuple[ConflictInfo, QButtonGroup]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        lang = editor.lang
        for conflict in conflicts:
            box = QGroupBox(conflict_title(conflict))
            inner = QVBoxLayout(box)
            group = QButtonGroup(self)
            choices = conflict.choices
            if conflict.kind == "deleted":
                choices = choices[:1]  # a deletion is acknowledged, not undone
            for n, choice in enumerate(choices, start=1):
                if conflict.kind == "deleted":
                    text = self.tr("I have seen this deletion")
                elif conflict.kind == "erasure":
                    text = self.tr("Erase the family") if n == 1 else self.tr("Keep the family")
                else:
                    text = choice_text(conflict, choice, lang)
                button = QRadioButton(text)
                group.addButton(button, n)
                inner.addWidget(button)
                if conflict.kind == "erasure" and n == 2:
                    break
            self.groups.append((conflict, group))
            layout.addWidget(box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._resolve)
        self.buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def chosen(self) -> list[tuple[str, int]]:
        """(conflict id, choice) of every conflict with a choice made."""
        return [(c.id, g.checkedId()) for c, g in self.groups if g.checkedId() > 0]

    def _resolve(self) -> None:
        ref, chosen = self._ref, self.chosen()
        if not chosen:
            self.reject()
            return

        def resolve_all(ws: Workspace) -> Family | None:
            for conflict_id, choice in chosen:
                ws.team.resolve(ref, conflict_id, choice)
            return None

        def done(_result: object) -> None:
            self.resolved.emit()
            self.accept()

        erasing = any(i.startswith("erasure:") and n == 1 for i, n in chosen)
        if erasing:  # the family is gone afterwards: nothing to show on the tabs
            self._editor.query(resolve_all, done)
        else:  # every tab gets the family as it now is
            self._editor.save(lambda ws: resolve_all(ws) or ws.families.get(ref), done)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Resolve conflicts"))
        self.intro.setText(
            self.tr(
                "You and a colleague changed the same thing while you were both offline. Choose "
                "what is right; your choice then holds on both laptops."
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Keep my choice"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
