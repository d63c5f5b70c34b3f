"""Settings › Team: your name and organisation (as colleagues know you), the team folder, your
colleague card with its safety code, and adding a colleague's card with the code they read out.
Every value is checked by the services (`ws.config`, `ws.team`); a refusal shows its reason."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain.errors import DomainError
from veldwerk.ui import dialogs, style

if TYPE_CHECKING:
    from veldwerk.team.cards import Card
    from veldwerk.ui.db_worker import DbWorker

KEYS = ("user_name", "organisation", "team_folder", "role")


class TeamDialog(QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._current: dict[str, str | None] = {}
        self._card_path: Path | None = None
        self.intro = style.label("", wrap=True)
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.role = QLineEdit()  # the access log names it (issue 15)
        self.folder = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.problem = style.label("", "fieldError", wrap=True)
        self.problem.hide()
        self.form = QFormLayout()
        self.labels = [QLabel(), QLabel(), QLabel()]
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        for label, field in zip(
            self.labels, (self.name, self.organisation, self.folder), strict=True
        ):
            label.setBuddy(field)
        self.form.addRow(self.labels[0], self.name)
        self.form.addRow(self.labels[1], self.organisation)
        self.form.addRow(self.role_label, self.role)
        self.form.addRow(self.labels[2], folder_row)

        self.card_group = QGroupBox()
        self.card_hint = style.label("", "subtle", wrap=True)
        self.code = style.label("", "recoveryKey", wrap=True)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.write_card = QPushButton()
        self.write_card.clicked.connect(self._write_card)
        card = QVBoxLayout(self.card_group)
        card.addWidget(self.card_hint)
        card.addWidget(self.code)
        card.addWidget(self.write_card, 0, Qt.AlignmentFlag.AlignLeft)

        self.add_group = QGroupBox()
        self.choose_card = QPushButton()
        self.choose_card.clicked.connect(self._choose_card)
        self.card_person = style.label("", wrap=True)
        self.their_code = QLineEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        self.add_problem = style.label("", "fieldError", wrap=True)
        self.add_problem.hide()
        self.colleagues = QListWidget()
        self.colleagues.setMaximumHeight(110)
        add = QVBoxLayout(self.add_group)
        add.addWidget(self.choose_card, 0, Qt.AlignmentFlag.AlignLeft)
        add.addWidget(self.card_person)
        code_row = QHBoxLayout()
        code_row.addWidget(self.their_code, 1)
        code_row.addWidget(self.add_button)
        add.addLayout(code_row)
        add.addWidget(self.add_problem)
        add.addWidget(self.colleagues)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.card_group)
        layout.addWidget(self.add_group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._show_card(None)
        self.resize(620, 680)
        self.reload()

    # ---- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        def op(ws: Any) -> tuple[dict[str, str | None], str, list[Any]]:
            values = {k: ws.config.get(k) for k in KEYS}
            return values, ws.team.safety_code(), ws.team.colleagues()

        self._worker.query(op, self._loaded)

    def _loaded(self, answer: tuple[dict[str, str | None], str, list[Any]]) -> None:
        values, code, colleagues = answer
        self._current = values
        self.name.setText(values.get("user_name") or "")
        self.organisation.setText(values.get("organisation") or "")
        self.folder.setText(values.get("team_folder") or "")
        self.role.setText(values.get("role") or "")
        self.code.setText(code)
        self.code.setAccessibleName(self.tr("Your safety code: %1").replace("%1", code))
        self.colleagues.clear()
        for c in colleagues:
            line = f"{c.name} – {c.organisation}"
            self.colleagues.addItem(line + (self.tr(" (removed)") if c.removed else ""))

    # ---- your details and folder ---------------------------------------------------------
    def values(self) -> dict[str, str | None]:
        fields = (self.name, self.organisation, self.folder, self.role)
        return {k: f.text().strip() or None for k, f in zip(KEYS, fields, strict=True)}

    def _save(self) -> None:
        changes = {k: v for k, v in self.values().items() if v != self._current.get(k)}
        if not changes:
            self.accept()
            return

        def store(ws: Any) -> None:
            for key, value in changes.items():
                ws.config.set(key, value)

        self._worker.call(store, lambda _r: self.accept(), self._refused)

    def _refused(self, error: DomainError) -> None:
        self.problem.setText(error.message(self._worker.lang))
        self.problem.show()

    def _browse(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Choose the team folder"), self.folder.text())
        if folder is not None:
            self.folder.setText(str(folder))

    # ---- cards ---------------------------------------------------------------------------
    def _write_card(self) -> None:
        target = dialogs.save_file(
            self,
            self.tr("Save your colleague card"),
            "veldwerk-colleague.card",
            self.tr("Colleague cards (*.card)"),
        )
        if target is None:
            return

        def done(code: str) -> None:
            dialogs.information(
                self,
                self.tr("Colleague card saved"),
                self.tr(
                    "Give the card to your colleague, then compare this safety code together, "
                    "by phone or in person:\n\n%1"
                ).replace("%1", code),
            )

        self._worker.call(lambda ws: ws.team.write_card(target), done, self._refused)

    def _choose_card(self) -> None:
        path = dialogs.open_file(
            self,
            self.tr("Choose a colleague's card"),
            self.tr("Colleague cards (*.card);;All files (*)"),
        )
        if path is None:
            return
        self._worker.call(
            lambda ws: ws.team.read_card(path),
            lambda card: self._show_card(card, Path(path)),
            self._add_refused,
        )

    def _show_card(self, card: Card | None, path: Path | None = None) -> None:
        self._card_path = path
        self.add_problem.hide()
        self.their_code.clear()
        shown = card is not None
        if card is not None:
            self.card_person.setText(
                self.tr("%1 of %2. Ask them for their safety code and type it here:")
                .replace("%1", card.name)
                .replace("%2", card.organisation)
            )
        self.card_person.setVisible(shown)
        self.their_code.setVisible(shown)
        self.add_button.setVisible(shown)

    def _add(self) -> None:
        path, code = self._card_path, self.their_code.text()
        if path is None:
            return

        def done(_info: object) -> None:
            self._show_card(None)
            self.reload()

        self._worker.call(lambda ws: ws.team.add_colleague(path, code), done, self._add_refused)

    def _add_refused(self, error: DomainError) -> None:
        self.add_problem.setText(error.message(self._worker.lang))
        self.add_problem.show()
        style.set_invalid(self.their_code, True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Team"))
        self.intro.setText(
            self.tr(
                "Share a family with its backup through a team folder (a network drive or a "
                "synced folder). Everything in it is encrypted: only you and your colleague can "
                "read it."
            )
        )
        for label, text in zip(
            self.labels,
            (self.tr("Your &name"), self.tr("Your &organisation"), self.tr("&Team folder")),
            strict=True,
        ):
            label.setText(text)
        self.name.setAccessibleName(self.tr("Your name"))
        self.organisation.setAccessibleName(self.tr("Your organisation"))
        self.folder.setAccessibleName(self.tr("Team folder"))
        self.role_label.setText(self.tr("Your &role"))
        self.role.setAccessibleName(self.tr("Your role, for example case director"))
        self.browse.setText(self.tr("&Browse…"))
        self.card_group.setTitle(self.tr("Your colleague card"))
        self.card_hint.setText(
            self.tr("Your safety code. A colleague who adds your card compares it with you:")
        )
        self.write_card.setText(self.tr("Save my &card…"))
        self.add_group.setTitle(self.tr("Colleagues"))
        self.choose_card.setText(self.tr("&Add a colleague's card…"))
        self.their_code.setPlaceholderText(self.tr("their safety code, 30 digits"))
        self.their_code.setAccessibleName(self.tr("Their safety code"))
        self.add_button.setText(self.tr("A&dd"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
