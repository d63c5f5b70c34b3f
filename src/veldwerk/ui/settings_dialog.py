"""Settings: language (switched at once, no restart), auto-lock minutes, region, shared folder,
the coordinator's public key (a .pem file, chosen here so nobody needs the command line), and
changing the passphrase (the current one first, except right after opening with the recovery
key). Every value is checked by the services (`ws.config`, `ws.admin.change_passphrase`); a
refused one shows its reason next to its field."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain.caseload import DEFAULT_NO_CONTACT_WEEKS, MAX_NO_CONTACT_WEEKS
from veldwerk.domain.errors import DomainError, Problem
from veldwerk.domain.retention import (
    DEFAULT_RETENTION_YEARS,
    MAX_RETENTION_YEARS,
    MIN_RETENTION_YEARS,
)
from veldwerk.ui import dialogs, style
from veldwerk.ui.field_errors import error_label
from veldwerk.ui.language_choice import LANGUAGE_NAMES
from veldwerk.ui.passphrase_fields import NewPassphraseFields
from veldwerk.ui.saving_dialog import SavingDialog

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker

COORDINATOR_KEY = "coordinator_key"
WRONG_CURRENT = "key.wrong_passphrase"


class _Keep:
    """The coordinator key stays as it is (nothing chosen or removed in this dialog)."""


KEEP: Final = _Keep()


class SettingsDialog(SavingDialog):
    """`saved(values)` after the settings were stored (values: key -> stored text or None)."""

    saved = Signal(dict)

    def __init__(
        self,
        worker: DbWorker,
        current: dict[str, str | None],
        parent: QWidget | None = None,
        *,
        after_recovery: bool = False,
    ) -> None:
        super().__init__(worker, parent)
        self._current = dict(current)
        self._key_choice: Path | None | _Keep = KEEP
        self.after_recovery = after_recovery

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.weeks = QSpinBox()  # the agenda: no contact for this many weeks
        self.weeks.setRange(1, MAX_NO_CONTACT_WEEKS)
        self.years = QSpinBox()  # retention: kept this many years after closing
        self.years.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.region = QLineEdit()
        self.region.setMaxLength(60)
        self.folder = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.key_state = QLabel()
        self.key_hint = style.label("", "subtle", wrap=True)
        self.key_choose = QPushButton()
        self.key_choose.clicked.connect(self._choose_key)
        self.key_clear = QPushButton()
        self.key_clear.clicked.connect(self._clear_key)
        self.team_button = QPushButton()
        self.team_button.clicked.connect(self.open_team)
        self.team_label = QLabel()
        self.team_label.setBuddy(self.team_button)
        self.team_hint = style.label("", "subtle", wrap=True)

        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_state, 1)
        key_row.addWidget(self.key_choose)
        key_row.addWidget(self.key_clear)
        for key, widget, inner in (
            ("language", self.language, self.language),
            ("auto_lock_minutes", self.minutes, self.minutes),
            ("no_contact_weeks", self.weeks, self.weeks),
            ("retention_years", self.years, self.years),
            ("region", self.region, self.region),
            ("shared_folder", folder_row, self.folder),
            (COORDINATOR_KEY, key_row, self.key_choose),
        ):
            label, error = QLabel(), error_label()
            label.setBuddy(inner)
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(widget, QWidget):
                box.addWidget(widget)
            else:
                box.addLayout(widget)
            if key == COORDINATOR_KEY:
                box.addWidget(self.key_hint)
            box.addWidget(error)
            self.form.addRow(label, box)
            self.rows[key] = (label, error)
            self.errors.bind(key, inner, error)

        self.passphrase_group = QGroupBox()
        self.current_label = QLabel()
        self.current_passphrase = QLineEdit()
        self.current_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_label.setBuddy(self.current_passphrase)
        self.current_error = error_label()
        self.current_passphrase.textChanged.connect(lambda _t: self._clear_current_error())
        self.passphrase = NewPassphraseFields(worker.lang)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self._change_passphrase)
        self.passphrase_note = style.label("", "subtle", wrap=True)
        self.passphrase_done = style.label("", "subtle", wrap=True)
        self.passphrase_done.hide()
        group = QVBoxLayout(self.passphrase_group)
        group.addWidget(self.passphrase_note)
        current_box = QVBoxLayout()
        current_box.setSpacing(4)
        current_box.addWidget(self.current_passphrase)
        current_box.addWidget(self.current_error)
        self.passphrase.form.insertRow(0, self.current_label, current_box)
        self.current_label.setVisible(not after_recovery)
        self.current_passphrase.setVisible(not after_recovery)
        group.addWidget(self.passphrase)
        change_row = QHBoxLayout()
        change_row.addWidget(self.passphrase_done, 1)
        change_row.addStretch(0)
        change_row.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignRight)
        group.addLayout(change_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(self.form)
        team_box = QVBoxLayout()
        team_box.addWidget(self.team_button, 0, Qt.AlignmentFlag.AlignLeft)
        team_box.addWidget(self.team_hint)
        self.form.addRow(self.team_label, team_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.passphrase_group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.language, self.minutes)
        self.setTabOrder(self.minutes, self.weeks)
        self.setTabOrder(self.weeks, self.years)
        self.setTabOrder(self.years, self.region)
        self.setTabOrder(self.region, self.folder)
        self.setTabOrder(self.folder, self.browse)
        self.setTabOrder(self.browse, self.key_choose)
        self.setTabOrder(self.key_choose, self.key_clear)
        self.setTabOrder(self.key_clear, self.team_button)
        self.setTabOrder(self.team_button, self.current_passphrase)
        self.setTabOrder(self.current_passphrase, self.passphrase.first)
        self.setTabOrder(self.passphrase.first, self.passphrase.repeat)
        self.setTabOrder(self.passphrase.repeat, self.change_button)
        self._load()
        self.retranslate()
        hint = self.sizeHint()  # room for every row, the two of the agenda too
        self.resize(max(640, hint.width()), max(640, hint.height()))

    def _load(self) -> None:
        lang = self._current.get("language") or self._worker.lang
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.minutes.setValue(int(self._current.get("auto_lock_minutes") or 5))
        current = self._current
        self.weeks.setValue(_number(current.get("no_contact_weeks"), DEFAULT_NO_CONTACT_WEEKS))
        self.years.setValue(_number(current.get("retention_years"), DEFAULT_RETENTION_YEARS))
        self.region.setText(self._current.get("region") or "")
        self.folder.setText(self._current.get("shared_folder") or "")

    def values(self) -> dict[str, str | None]:
        return {
            "language": str(self.language.currentData()),
            "auto_lock_minutes": str(self.minutes.value()),
            "no_contact_weeks": str(self.weeks.value()),
            "retention_years": str(self.years.value()),
            "region": self.region.text().strip() or None,
            "shared_folder": self.folder.text().strip() or None,
        }

    def changes(self) -> dict[str, str | None]:
        changed = {k: v for k, v in self.values().items() if v != self._current.get(k)}
        choice = self._key_choice
        if isinstance(choice, Path):
            changed[COORDINATOR_KEY] = str(choice)
        elif choice is None and self._current.get(COORDINATOR_KEY):
            changed[COORDINATOR_KEY] = None
        return changed

    def is_dirty(self) -> bool:
        return (
            bool(self.changes())
            or bool(self.passphrase.first.text())
            or bool(self.current_passphrase.text())
        )

    @property
    def has_coordinator_key(self) -> bool:
        """Whether a coordinator key is set once the dialog is saved."""
        if isinstance(self._key_choice, _Keep):
            return bool(self._current.get(COORDINATOR_KEY))
        return self._key_choice is not None

    # ---- behaviour -----------------------------------------------------------------------
    def _browse(self) -> None:
        folder = dialogs.choose_folder(
            self, self.tr("Choose the shared folder"), self.folder.text()
        )
        if folder is not None:
            self.folder.setText(str(folder))

    def _choose_key(self) -> None:
        path = dialogs.open_file(
            self,
            self.tr("Choose the coordinator's public key"),
            self.tr("Public key files (*.pem);;All files (*)"),
        )
        if path is not None:
            self._key_choice = Path(path)
            self._show_key_state()

    def open_team(self) -> QWidget:
        """Settings › Team: name, organisation, team folder, colleague cards."""
        # startup time: the team screens load when first asked for
        from veldwerk.ui.team.team_dialog import TeamDialog

        dialog = TeamDialog(self._worker, self)
        dialog.open()
        return dialog

    def _clear_key(self) -> None:
        self._key_choice = None
        self._show_key_state()

    def _show_key_state(self) -> None:
        _label, error = self.rows[COORDINATOR_KEY]
        error.hide()
        style.set_invalid(self.key_choose, False)
        choice = self._key_choice
        if isinstance(choice, Path):
            text = self.tr("Chosen: %1 (stored when you save)").replace("%1", choice.name)
        elif self.has_coordinator_key:
            text = self.tr("Set")
        else:
            text = self.tr("Not set")
        self.key_state.setText(text)
        self.key_state.setAccessibleName(text)
        self.key_clear.setEnabled(self.has_coordinator_key)

    def _submit(self) -> None:
        if self._saving:
            return
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self._begin_save()

        def store(ws):  # type: ignore[no-untyped-def]
            problems: list[Problem] = []
            stored: dict[str, str | None] = {}
            for key, value in changes.items():
                try:
                    stored[key] = ws.config.set(key, value)
                except DomainError as err:  # a problem without a place belongs to this key
                    problems.extend(p if p.field else replace(p, field=key) for p in err.problems)
            if problems:
                raise DomainError.from_problems(problems)
            return stored

        self._worker.call(store, self._stored, self._refused, on_failed=self._failed)

    def _stored(self, stored: dict[str, str | None]) -> None:
        self._saving = False
        self._current.update(stored)
        self._key_choice = KEEP
        self.saved.emit(stored)
        self.accept()

    def _change_passphrase(self) -> None:
        self._clear_current_error()
        current: str | None = None
        if not self.after_recovery:
            current = self.current_passphrase.text()
            if not current:
                self._show_current_error(self.tr("Type your current passphrase first."))
                return
        new = self.passphrase.check()
        if new is None:
            return
        repeat = self.passphrase.repeat.text()
        self.change_button.setEnabled(False)
        self._worker.call(
            lambda ws: ws.admin.change_passphrase(new, repeat, current=current),
            lambda _r: self._passphrase_changed(),
            self._passphrase_refused,
            on_failed=lambda: self.change_button.setEnabled(True),
        )

    def _passphrase_refused(self, err: DomainError) -> None:
        """A wrong current passphrase is said under that field (its text stays, selected, to
        type over); any other refusal under the new passphrase's fields."""
        self.change_button.setEnabled(True)
        lang = self._worker.lang
        wrong = [p for p in err.problems if p.code == WRONG_CURRENT]
        others = [p for p in err.problems if p.code != WRONG_CURRENT]
        if others:
            self.passphrase.errors.show(DomainError.from_problems(others), lang)
        if wrong:
            self._show_current_error(wrong[0].message(lang))
            self.current_passphrase.selectAll()

    def _show_current_error(self, text: str) -> None:
        self.current_error.setText(text)
        self.current_error.show()
        style.set_invalid(self.current_passphrase, True)
        self.current_passphrase.setFocus()

    def _clear_current_error(self) -> None:
        self.current_error.clear()
        self.current_error.hide()
        style.set_invalid(self.current_passphrase, False)

    def _passphrase_changed(self) -> None:
        self.passphrase.clear()
        self.current_passphrase.clear()
        self._clear_current_error()
        self.after_recovery = False  # from now on the new passphrase is the current one
        self.current_label.show()
        self.current_passphrase.show()
        self.retranslate()
        self.change_button.setEnabled(True)
        self.passphrase_done.setText(
            self.tr(
                "Your passphrase was changed. Use the new one from "
                "now on; the recovery key stays the same."
            )
        )
        self.passphrase_done.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = {
            "language": (self.tr("&Language"), self.tr("Language")),
            "auto_lock_minutes": (self.tr("&Lock after"), self.tr("Lock after minutes idle")),
            "no_contact_weeks": (
                self.tr("No contact &after"),
                self.tr("Weeks without contact before the agenda names the family"),
            ),
            "retention_years": (
                self.tr("&Keep closed files"),
                self.tr("Years a closed file is kept (the Jeugdwet asks 20)"),
            ),
            "region": (self.tr("&Region"), self.tr("Region")),
            "shared_folder": (self.tr("&Shared folder"), self.tr("Shared folder")),
            COORDINATOR_KEY: (
                self.tr("&Coordinator key"),
                self.tr("Choose the coordinator's public key file"),
            ),
        }
        for key, (text, name) in texts.items():
            label, _error = self.rows[key]
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(name)
        self.minutes.setSuffix(self.tr(" minutes idle"))
        self.weeks.setSuffix(self.tr(" weeks (shown in Today)"))
        self.years.setSuffix(self.tr(" years after closing"))
        self.region.setPlaceholderText(self.tr("e.g. Noord-Veluwe"))
        self.folder.setPlaceholderText(
            self.tr("where learning data for the coordinator is delivered")
        )
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the shared folder"))
        self.key_choose.setText(self.tr("C&hoose file…"))
        self.key_clear.setText(self.tr("Re&move"))
        self.key_clear.setAccessibleName(self.tr("Remove the coordinator key"))
        self.key_hint.setText(
            self.tr(
                "The public key file (.pem) you received from your coordinator. With it, only the "
                "coordinator can read the learning data in the shared folder."
            )
        )
        self._show_key_state()
        self.team_label.setText(self.tr("&Team"))
        self.team_button.setText(self.tr("Colleagues and team folder…"))
        self.team_button.setAccessibleName(self.tr("Team: colleagues and team folder"))
        self.team_hint.setText(
            self.tr("To share a family with its backup, encrypted, through a team folder.")
        )
        self.current_label.setText(self.tr("C&urrent passphrase"))
        self.current_passphrase.setAccessibleName(self.tr("Current passphrase"))
        self.passphrase_group.setTitle(self.tr("Change passphrase"))
        self.passphrase_note.setText(
            self.tr("You opened veldwerk with the recovery key. Choose a new passphrase now.")
            if self.after_recovery
            else self.tr(
                "Type your current passphrase, then choose a new one for opening veldwerk. "
                "Your data stays as it is."
            )
        )
        self.change_button.setText(self.tr("Change &passphrase"))
        self.ok_button.setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _number(stored: str | None, default: int) -> int:
    """A whole-number setting as stored (the service checked it), else its default."""
    return int(stored) if stored and stored.isdigit() else default
