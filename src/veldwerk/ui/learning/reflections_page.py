"""Page 2, reflections awaiting approval: each shows what the case director wrote (for their
eyes only) beside the scrubbed text that would leave, with Approve and Not now. Approved
reflections are listed below them, each with a way to withdraw the approval.

Approval is of the exact scrubbed text on screen (its digest); if the text changes, it comes
back here for a new approval. "Not now" only sets a reflection aside in this window: it stays
unapproved and does not leave."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from veldwerk.services.learning import NEUTRAL_WORDS
from veldwerk.texts import format_iso_date
from veldwerk.ui import style
from veldwerk.ui.learning.page import LearningPage

if TYPE_CHECKING:
    from veldwerk.services.learning import ApprovedReflection
    from veldwerk.services.learning_overview import LearningSnapshot

TOKEN = re.compile("|".join(re.escape(t) for t in NEUTRAL_WORDS))
"""A neutral word the scrubber put in place of something that could point to a person."""
TEXT_FLAGS = (
    Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def _text_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(TEXT_FLAGS)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def scrubbed_html(text: str) -> str:
    """The scrubbed text as rich text with the neutral words (``[naam]``...) marked, so the
    case director sees at a glance what was taken out."""
    marked = TOKEN.sub(
        lambda m: f'<b style="color:{style.ACCENT}">{m.group(0)}</b>',
        html.escape(text, quote=False),
    )
    return marked.replace("\n", "<br>")


def _scrubbed_label(text: str) -> QLabel:
    label = _text_label(scrubbed_html(text))
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


PAGE = 20
"""Cards drawn at first per list; "Show more" adds as many again."""


class ReflectionsPage(LearningPage):
    """`approve_requested(key, digest)`, `withdraw_requested(key)`; `count_changed(n)` with the
    number awaiting approval (for the tab title)."""

    approve_requested = Signal(int, str)
    withdraw_requested = Signal(int)
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: LearningSnapshot | None = None
        self._lang = "nl"
        self._set_aside: set[str] = set()
        self._limit = {"pending": PAGE, "approved": PAGE}
        self.cards: dict[int, QFrame] = {}
        """The card of each reflection on screen, by reflection key (awaiting and approved)."""
        self.buttons: dict[tuple[str, int], QPushButton] = {}
        """("approve" | "later" | "withdraw", reflection key) -> its button."""

        self.explanation = style.label("", "", wrap=True)
        self.note = style.label("", "subtle", wrap=True)
        self.note.hide()
        self.body = QWidget()
        self.body.setObjectName("learningReflections")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.setSpacing(12)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setWidget(self.body)
        self.area.setStyleSheet(
            "QScrollArea, QWidget#learningReflections { background: transparent; }"
        )
        layout = self.page_layout()
        layout.addWidget(self.explanation)
        layout.addWidget(self.note)
        layout.addWidget(self.area, 1)
        self.retranslate()

    # ---- content -------------------------------------------------------------------------
    @property
    def awaiting(self) -> int:
        """Reflections awaiting approval (set aside ones included)."""
        return len(self._snapshot.pending) if self._snapshot is not None else 0

    def show_snapshot(self, snapshot: LearningSnapshot, lang: str) -> None:
        self._snapshot = snapshot
        self._lang = lang
        self._build()
        self.count_changed.emit(self.awaiting)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def clear(self) -> None:
        self._snapshot = None
        self._set_aside.clear()
        self._limit = {"pending": PAGE, "approved": PAGE}
        self.show_note("")
        self._empty_body()

    def _empty_body(self) -> None:
        self.cards.clear()
        self.buttons.clear()
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _build(self) -> None:
        self._empty_body()
        snapshot = self._snapshot
        if snapshot is None:
            return
        shown = [p for p in snapshot.pending if p.digest not in self._set_aside]
        aside = len(snapshot.pending) - len(shown)
        add = self.body_layout.addWidget
        add(style.label(self.tr("Awaiting your approval"), "sectionTitle"))
        if not shown:
            add(style.label(self.tr("Nothing awaits your approval."), "subtle", wrap=True))
        for p in shown[: self._limit["pending"]]:
            card, grid = self._card(p.reflection_key, p.ref, p.family_name, p.date)
            grid.addWidget(
                style.label(self.tr("What you wrote (only you see this)"), "subtle"), 1, 0
            )
            grid.addWidget(style.label(self.tr("What would leave"), "contactRole"), 1, 1)
            original = _text_label(p.original)
            original.setAccessibleName(self.tr("What you wrote"))
            scrubbed = _scrubbed_label(p.scrubbed)
            scrubbed.setAccessibleName(self.tr("What would leave"))
            grid.addWidget(original, 2, 0)
            grid.addWidget(scrubbed, 2, 1)
            approve = QPushButton(self.tr("Approve"))
            approve.setObjectName("primary")
            approve.setAccessibleName(self.tr("Approve this text for the learning data"))
            approve.clicked.connect(
                lambda _c=False, k=p.reflection_key, d=p.digest: self.approve_requested.emit(k, d)
            )
            later = QPushButton(self.tr("Not now"))
            later.setAccessibleName(self.tr("Not now: set this reflection aside"))
            later.clicked.connect(lambda _c=False, d=p.digest: self.set_aside(d))
            self.buttons[("approve", p.reflection_key)] = approve
            self.buttons[("later", p.reflection_key)] = later
            grid.addLayout(self._button_row(approve, later), 3, 0, 1, 2)
            add(card)
        self._more("pending", len(shown))
        if aside:
            row = QHBoxLayout()
            text = (
                self.tr(
                    "1 reflection is set aside for now. It does not leave unless you approve it."
                )
                if aside == 1
                else self.tr(
                    "%1 reflections are set aside for now. They do not leave unless "
                    "you approve them."
                ).replace("%1", str(aside))
            )
            row.addWidget(style.label(text, "subtle", wrap=True), 1)
            again = QPushButton(self.tr("Show them again"))
            again.clicked.connect(self.show_set_aside)
            self.buttons[("again", 0)] = again
            row.addWidget(again)
            holder = QWidget()
            holder.setLayout(row)
            add(holder)
        add(style.label(self.tr("Approved: these go along with the next export"), "sectionTitle"))
        if not snapshot.approved:
            add(style.label(self.tr("No approved reflections."), "subtle", wrap=True))
        for a in snapshot.approved[: self._limit["approved"]]:
            add(self._approved_card(a))
        self._more("approved", len(snapshot.approved))
        self.body_layout.addStretch(1)

    def _more(self, which: str, total: int) -> None:
        """A "Show more" button under a list that is longer than what is drawn."""
        hidden = total - self._limit[which]
        if hidden <= 0:
            return
        button = QPushButton(self.tr("Show %1 more").replace("%1", str(min(hidden, PAGE))))
        button.clicked.connect(lambda _c=False: self.show_more(which))
        self.buttons[(f"more-{which}", 0)] = button
        row = QHBoxLayout()
        row.addWidget(
            style.label(self.tr("%1 more not shown yet.").replace("%1", str(hidden)), "subtle")
        )
        row.addWidget(button)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        self.body_layout.addWidget(holder)

    def show_more(self, which: str) -> None:
        self._limit[which] += PAGE
        self._build()

    def _approved_card(self, a: ApprovedReflection) -> QFrame:
        card, grid = self._card(a.reflection_key, a.ref, a.family_name, a.date)
        grid.addWidget(style.label(self.tr("What leaves"), "contactRole"), 1, 0, 1, 2)
        text = _scrubbed_label(a.scrubbed)
        text.setAccessibleName(self.tr("What leaves"))
        grid.addWidget(text, 2, 0, 1, 2)
        withdraw = QPushButton(self.tr("Withdraw approval"))
        withdraw.setAccessibleName(self.tr("Withdraw the approval of this reflection"))
        withdraw.clicked.connect(
            lambda _c=False, k=a.reflection_key: self.withdraw_requested.emit(k)
        )
        self.buttons[("withdraw", a.reflection_key)] = withdraw
        grid.addLayout(self._button_row(withdraw), 3, 0, 1, 2)
        return card

    def _card(self, key: int, ref: str, name: str, iso_date: str) -> tuple[QFrame, QGridLayout]:
        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(14, 12, 14, 12)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        title = style.label(
            f"{ref} \u00b7 {name} \u00b7 {format_iso_date(iso_date, self._lang)}", "", wrap=True
        )
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        grid.addWidget(title, 0, 0, 1, 2)
        self.cards[key] = card
        return card, grid

    @staticmethod
    def _button_row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 6, 0, 0)
        row.setSpacing(10)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    # ---- not now -------------------------------------------------------------------------
    def set_aside(self, digest: str) -> None:
        self._set_aside.add(digest)
        self._build()

    def show_set_aside(self) -> None:
        self._set_aside.clear()
        self._build()

    def set_enabled_actions(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)

    # ---- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Reflections to share"))
        self.explanation.setText(
            self.tr(
                "A reflection you marked for sharing only goes along after you approve it. On "
                "the left is what you wrote; only you see it. On the right is what would leave: "
                "names, places, dates and numbers are replaced by a neutral word in brackets."
            )
        )
        self.area.setAccessibleName(self.tr("Reflections to share"))
        self._build()
