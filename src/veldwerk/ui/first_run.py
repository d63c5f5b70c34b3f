"""The first run: make the profile. Your name and organisation (as colleagues know you, for
sharing a family with its backup; they can wait), choose a passphrase (twice, with a strength
hint; a very weak one is refused), then see the recovery key once, with Save and Print, and tick
"I have stored it" before going on."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain.errors import DomainError
from veldwerk.files import write_atomically
from veldwerk.ui import dialogs, style
from veldwerk.ui.language_choice import LanguageChoice
from veldwerk.ui.passphrase_fields import NewPassphraseFields

if TYPE_CHECKING:
    from veldwerk.workspace import Workspace

log = logging.getLogger(__name__)
PAGE_PASSPHRASE, PAGE_RECOVERY = range(2)


def key_in_lines(key: str, groups_per_line: int = 3) -> str:
    """The recovery key as shown: its groups three to a line, easy to copy by hand."""
    groups = key.split("-")
    return "\n".join(
        "-".join(groups[i : i + groups_per_line]) for i in range(0, len(groups), groups_per_line)
    )


def recovery_key_document(key: str, title: str, advice: str) -> str:
    """The text saved or printed with the recovery key (no names, no data: only the key)."""
    return f"{title}\n\n{key}\n\n{advice}\n"


class FirstRunWindow(QWidget):
    """`create_requested(passphrase)`; later `finished()` once the key is stored."""

    create_requested = Signal(str)
    finished = Signal()
    language_chosen = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._key = ""
        self._busy = False
        self.language = LanguageChoice(lang)
        self.language.chosen.connect(self._language_picked)
        self.title = style.label("veldwerk", "title")
        self.pages = QStackedWidget()

        # page 1: the passphrase
        self.welcome = style.label("", "heading", wrap=True)
        self.intro = style.label("", wrap=True)
        self.fields = NewPassphraseFields(lang)
        self.user_name = QLineEdit()
        self.organisation = QLineEdit()
        self.user_name.setMaxLength(200)
        self.organisation.setMaxLength(200)
        self.role = QLineEdit()  # the access log names it (issue 15)
        self.role.setMaxLength(200)
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role)
        self.name_label, self.organisation_label = QLabel(), QLabel()
        self.name_label.setBuddy(self.user_name)
        self.organisation_label.setBuddy(self.organisation)
        self.who_hint = style.label("", "subtle", wrap=True)
        who = QFormLayout()
        who.addRow(self.name_label, self.user_name)
        who.addRow(self.organisation_label, self.organisation)
        who.addRow(self.role_label, self.role)
        self.create_button = QPushButton()
        self.create_button.setObjectName("primary")
        self.create_button.setDefault(True)
        self.busy_label = style.label("", "subtle")
        self.busy_label.hide()
        self.problem = style.label("", "fieldError", wrap=True)
        self.problem.hide()
        first = QWidget()
        fl = QVBoxLayout(first)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.setSpacing(10)
        fl.addWidget(self.welcome)
        fl.addWidget(self.intro)
        fl.addSpacing(6)
        fl.addLayout(who)
        fl.addWidget(self.who_hint)
        fl.addWidget(self.fields)
        fl.addWidget(self.problem)
        fl.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        fl.addLayout(buttons)
        self.pages.addWidget(first)

        # page 2: the recovery key, shown once
        self.key_heading = style.label("", "heading", wrap=True)
        self.key_intro = style.label("", wrap=True)
        self.key_label = style.label("", "recoveryKey", wrap=True)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = QPushButton()
        self.print_button = QPushButton()
        self.saved_note = style.label("", "subtle", wrap=True)
        self.saved_note.hide()
        self.stored = QCheckBox()
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("primary")
        self.continue_button.setEnabled(False)
        second = QWidget()
        sl = QVBoxLayout(second)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(10)
        sl.addWidget(self.key_heading)
        sl.addWidget(self.key_intro)
        sl.addWidget(self.key_label)
        keep = QHBoxLayout()
        keep.addWidget(self.save_button)
        keep.addWidget(self.print_button)
        keep.addStretch(1)
        sl.addLayout(keep)
        sl.addWidget(self.saved_note)
        sl.addStretch(1)
        sl.addWidget(self.stored)
        go = QHBoxLayout()
        go.addStretch(1)
        go.addWidget(self.continue_button)
        sl.addLayout(go)
        self.pages.addWidget(second)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        self.create_button.clicked.connect(self._create)
        self.fields.repeat.returnPressed.connect(self._create)
        self.fields.changed.connect(self._update_enabled)
        self.save_button.clicked.connect(self._save_key)
        self.print_button.clicked.connect(self._print_key)
        self.stored.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        self.setTabOrder(self.user_name, self.organisation)
        self.setTabOrder(self.organisation, self.role)
        self.setTabOrder(self.role, self.fields.first)
        self.setTabOrder(self.fields.first, self.fields.repeat)
        self.setTabOrder(self.fields.repeat, self.create_button)
        self.setTabOrder(self.create_button, self.language)
        self.setTabOrder(self.save_button, self.print_button)
        self.setTabOrder(self.print_button, self.stored)
        self.setTabOrder(self.stored, self.continue_button)
        self.retranslate()
        self._update_enabled()
        self.resize(640, 540)

    # ---- called by the session -----------------------------------------------------------
    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    def who(self) -> tuple[str, str]:
        """The name and organisation typed (either may be empty: they can be set later)."""
        return self.user_name.text().strip(), self.organisation.text().strip()

    def set_lang(self, lang: str) -> None:
        self._lang = lang
        self.language.set_lang(lang)
        self.fields.set_lang(lang)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_label.setVisible(busy)
        self.fields.setEnabled(not busy)
        self._update_enabled()

    def show_problem(self, text: str) -> None:
        self.set_busy(False)
        self.problem.setText(text)
        self.problem.show()

    def show_recovery_key(self, key: str) -> None:
        """The profile exists: show its recovery key, this once."""
        self.set_busy(False)
        self.fields.clear()
        self._key = key
        self.key_label.setText(key_in_lines(key))
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.pages.setCurrentIndex(PAGE_RECOVERY)
        self.save_button.setFocus()

    # ---- behaviour -----------------------------------------------------------------------
    def _language_picked(self, lang: str) -> None:
        self.set_lang(lang)
        self.language_chosen.emit(lang)

    def _update_enabled(self) -> None:
        filled = bool(self.fields.first.text()) and bool(self.fields.repeat.text())
        self.create_button.setEnabled(filled and not self._busy)

    def _create(self) -> None:
        if self._busy:
            return
        self.problem.hide()
        passphrase = self.fields.check()
        if passphrase is None:
            return
        self.set_busy(True)
        self.create_requested.emit(passphrase)

    def _document(self) -> str:
        return recovery_key_document(
            self._key,
            self.tr("veldwerk recovery key"),
            self.tr(
                "Keep this key somewhere safe, away from the laptop. With it you can open "
                "your case records when the passphrase is forgotten."
            ),
        )

    def _save_key(self) -> None:
        target = dialogs.save_file(
            self,
            self.tr("Save the recovery key"),
            "veldwerk-recovery-key.txt",
            self.tr("Text files (*.txt)"),
        )
        if target is None:
            return
        try:
            write_atomically(Path(target), self._document().encode("utf-8"))
        except OSError:
            dialogs.warning(
                self,
                self.tr("Not saved"),
                self.tr(
                    "The recovery key could not be saved there. Choose another "
                    "place, for example a USB stick."
                ),
            )
            return
        self.saved_note.setText(self.tr("Saved. Keep that file away from this laptop."))
        self.saved_note.show()

    def _print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not dialogs.choose_printer(self, printer):
            return
        document = QTextDocument()
        document.setPlainText(self._document())
        document.print_(printer)
        self.saved_note.setText(self.tr("Sent to the printer. Keep the paper somewhere safe."))
        self.saved_note.show()

    def _continue(self) -> None:
        if not self.stored.isChecked():
            return
        self._key = ""
        self.key_label.clear()
        self.finished.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("veldwerk – first start"))
        self.welcome.setText(self.tr("Welcome to veldwerk"))
        self.intro.setText(
            self.tr(
                "Everything you record about the families is kept encrypted on this computer. "
                "Choose a passphrase to protect it: you will type it each time you open veldwerk."
            )
        )
        self.name_label.setText(self.tr("Your &name"))
        self.organisation_label.setText(self.tr("Your &organisation"))
        self.role_label.setText(self.tr("Your &role"))
        self.role.setPlaceholderText(self.tr("for example case director"))
        self.user_name.setAccessibleName(self.tr("Your name"))
        self.organisation.setAccessibleName(self.tr("Your organisation"))
        self.role.setAccessibleName(self.tr("Your role"))
        self.user_name.setPlaceholderText(self.tr("as your colleagues know you"))
        self.organisation.setPlaceholderText(self.tr("e.g. Sociaal Team Harderwijk"))
        self.who_hint.setText(
            self.tr(
                "Used only when you share a family with your backup colleague. You can also "
                "fill these in later, in Settings › Team."
            )
        )
        self.create_button.setText(self.tr("&Create my profile"))
        self.busy_label.setText(self.tr("Creating your profile…"))
        self.key_heading.setText(self.tr("Your recovery key"))
        self.key_intro.setText(
            self.tr(
                "If you ever forget your passphrase, this key is the only way back in. It is shown "
                "only now. Save it or print it, and keep it somewhere safe, away from this laptop."
            )
        )
        self.save_button.setText(self.tr("&Save…"))
        self.print_button.setText(self.tr("&Print…"))
        self.stored.setText(self.tr("I have stored my recovery key somewhere safe"))
        self.continue_button.setText(self.tr("C&ontinue"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        if self._key:
            self.key_label.setAccessibleName(self.tr("Recovery key"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def store_first_settings(
    ws: Workspace, lang: str, name: str, organisation: str, role: str = ""
) -> None:
    """The language, and the name and organisation the first run asked for (one the settings
    refuse is left empty, to fill in later in Settings › Team)."""
    ws.config.set("language", lang)
    for key, value in (("user_name", name), ("organisation", organisation), ("role", role)):
        try:
            ws.config.set(key, value or None)
        except DomainError:
            log.info("first run: %s left empty", key)
