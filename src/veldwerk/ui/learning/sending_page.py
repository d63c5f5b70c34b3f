"""Page 4, sending: the outbox ("n waiting", the last delivery, the last problem in plain
words), where the exports go and that they are locked for the coordinator (without its key none
can be made), and the buttons "Make new export" and "Sync now"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from veldwerk.texts import format_date, text
from veldwerk.ui import style
from veldwerk.ui.learning.page import LearningPage

if TYPE_CHECKING:
    from veldwerk.services.learning_overview import LearningSnapshot

PROBLEMS = ("target_missing", "target_unwritable", "write_failed", "conflict", "busy")


class SendingPage(LearningPage):
    export_requested = Signal()
    sync_requested = Signal()
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: LearningSnapshot | None = None
        self._lang = "nl"
        self.waiting = style.label("", "title")
        self.last_sent = style.label("", "", wrap=True)
        self.problem = style.label("", "warning", wrap=True)
        self.problem.hide()

        self.where_title = style.label("", "sectionTitle")
        self.folder_caption = style.label("", "subtle")
        self.folder = style.label("", "", wrap=True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lock_caption = style.label("", "subtle")
        self.locked = style.label("", "", wrap=True)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.settings_requested.emit)
        where = QFrame()
        where.setObjectName("card")
        grid = QGridLayout(where)
        grid.setContentsMargins(14, 12, 14, 12)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.folder_caption, 0, 0)
        grid.addWidget(self.folder, 0, 1)
        grid.addWidget(self.lock_caption, 1, 0)
        grid.addWidget(self.locked, 1, 1)
        grid.setColumnStretch(1, 1)
        settings_row = QHBoxLayout()
        settings_row.addWidget(self.settings_button)
        settings_row.addStretch(1)
        grid.addLayout(settings_row, 2, 0, 1, 2)

        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_requested.emit)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("primary")
        self.sync_button.clicked.connect(self.sync_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        self.result = style.label("", "", wrap=True)
        self.result.hide()
        self.automatic = style.label("", "subtle", wrap=True)

        layout = self.page_layout()
        layout.addWidget(self.waiting)
        layout.addWidget(self.last_sent)
        layout.addWidget(self.problem)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addSpacing(8)
        layout.addWidget(self.where_title)
        layout.addWidget(where)
        layout.addWidget(self.automatic)
        layout.addStretch(1)
        self.retranslate()

    # ---- content -------------------------------------------------------------------------
    def show_snapshot(self, snapshot: LearningSnapshot, lang: str) -> None:
        self._snapshot = snapshot
        self._lang = lang
        self._texts()

    def show_result(self, text: str, problem: bool = False) -> None:
        self.result.setObjectName("warning" if problem else "")
        # setting a (blank) style sheet of its own re-applies the role in full: a repolish
        # alone drew the warning's frame but not its padding
        self.result.setStyleSheet("/* warning */" if problem else "")
        self.result.setText(text)
        self.result.setVisible(bool(text))
        self._show_problem()

    def _show_problem(self) -> None:
        """Say a problem once on the page: the outbox's last problem above the buttons, unless
        the result beside them says the same already (after "Sync now" failed); and the note on
        sending by itself leaves out "when the shared folder cannot be reached" while the page
        says just that."""
        text = self.problem.text()
        said = not self.result.isHidden() and self.result.text() == text
        self.problem.setVisible(bool(text) and not said)
        shown = {w.text() for w in (self.problem, self.result) if not w.isHidden()}
        away = self.problem_text("target_missing") in shown
        sentences = [
            self.tr(
                "veldwerk also sends by itself: when you unlock it and every few minutes while it "
                "is open."
            ),
            ""
            if away
            else self.tr("When the shared folder cannot be reached, the exports wait here."),
            self.tr("Nothing is lost and nothing is sent twice."),
        ]
        self.automatic.setText(" ".join(t for t in sentences if t))

    def clear(self) -> None:
        self._snapshot = None
        self.show_result("")
        self._texts()

    def set_enabled_actions(self, enabled: bool) -> None:
        self.export_button.setEnabled(enabled)
        self.sync_button.setEnabled(enabled)

    def problem_text(self, code: str) -> str:
        """A delivery problem in plain words (the outbox's codes); the screen speaks of
        exports, the word of its "Make new export" button."""
        texts = {
            "target_missing": self.tr(
                "The shared folder cannot be reached right now. The exports wait here and go "
                "along the next time veldwerk sends."
            ),
            "target_unwritable": self.tr(
                "veldwerk may not write in the shared folder. The exports wait here; ask your "
                "administrator for write access."
            ),
            "write_failed": self.tr(
                "Sending was interrupted. The exports wait here and go along the next time."
            ),
            "conflict": self.tr(
                "The shared folder already holds a different file with the same name. "
                "Nothing was overwritten; please contact your coordinator."
            ),
            "busy": self.tr("veldwerk is already sending. Try again in a moment."),
        }
        return texts.get(code) or text(f"learning.outbox.{code}", self._lang)

    def waiting_text(self) -> str:
        snapshot = self._snapshot
        if snapshot is None:
            return ""
        n = snapshot.outbox.waiting
        if n == 0:
            return self.tr("Nothing waiting")
        if n == 1:
            return self.tr("1 waiting")
        return self.tr("%1 waiting").replace("%1", str(n))

    def _texts(self) -> None:
        snapshot = self._snapshot
        labels: tuple[QLabel, ...] = (self.waiting, self.last_sent, self.folder, self.locked)
        if snapshot is None:
            for label in labels:
                label.clear()
            self.problem.clear()
            self._show_problem()
            return
        status = snapshot.outbox
        self.waiting.setText(self.waiting_text())
        self.waiting.setAccessibleName(
            self.tr("Exports waiting to be sent: %1").replace("%1", str(status.waiting))
        )
        if status.last_delivery is None:
            self.last_sent.setText(self.tr("Nothing has been sent yet."))
        else:
            self.last_sent.setText(
                self.tr("Last sent: %1").replace(
                    "%1", format_date(status.last_delivery, self._lang, "moment")
                )
            )
        problem = status.last_error is not None and status.waiting
        self.problem.setText(self.problem_text(status.last_error or "") if problem else "")
        self._show_problem()
        if snapshot.shared_folder:
            self.folder.setText(snapshot.shared_folder)
            self.settings_button.setText(self.tr("Change in Settings"))
        else:
            self.folder.setText(
                self.tr(
                    "Not set yet. Exports wait here until a shared folder is chosen in Settings."
                )
            )
            self.settings_button.setText(self.tr("Open Settings"))
        self.locked.setText(
            self.tr("Yes: every export is locked so that only the coordinator can open it.")
            if snapshot.encrypted
            else self.tr(
                "Not yet. Exports are always locked for the coordinator, so none can be made "
                "without the coordinator's key. Ask your coordinator for the public key file "
                "(coordinator-public.pem) and choose it in Settings."
            )
        )

    # ---- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sending"))
        self.where_title.setText(self.tr("Where the exports go"))
        self.folder_caption.setText(self.tr("Shared folder"))
        self.lock_caption.setText(self.tr("Locked for the coordinator"))
        self.export_button.setText(self.tr("Make new &export"))
        self.export_button.setToolTip(
            self.tr(
                "Put what leaves now (the first page) in the outbox. It replaces an export that "
                "is still waiting."
            )
        )
        self.sync_button.setText(self.tr("&Sync now"))
        self.sync_button.setToolTip(self.tr("Send the waiting exports to the shared folder"))
        self.settings_button.setAccessibleName(self.tr("Open Settings"))
        self._texts()
