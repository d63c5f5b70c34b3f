"""Settings: language (switched at once, no restart), auto-lock minutes, region, shared folder,
and changing the passphrase. Every value is checked by the services (`ws.config`,
`ws.admin.change_passphrase`); a refused one shows its reason next to its field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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

from veldwerk.domain.errors import DomainError
from veldwerk.ui import dialogs, style
from veldwerk.ui.field_errors import FieldErrors, error_label
from veldwerk.ui.language_choice import LANGUAGE_NAMES
from veldwerk.ui.passphrase_fields import NewPassphraseFields

if TYPE_CHECKING:
    from veldwerk.ui.db_worker import DbWorker

KEYS = ("language", "auto_lock_minutes", "region", "shared_folder")


class SettingsDialog(QDialog):
    """`saved(values)` after the settings were stored (values: key -> stored text or None)."""

    saved = Signal(dict)

    def __init__(self, worker: DbWorker, current: dict[str, str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._current = dict(current)
        self._saving = False
        self.setModal(True)
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.region = QLineEdit()
        self.region.setMaxLength(60)
        self.folder = QLineEdit()
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)

        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        for key, widget, inner in (("language", self.language, self.language),
                                   ("auto_lock_minutes", self.minutes, self.minutes),
                                   ("region", self.region, self.region),
                                   ("shared_folder", folder_row, self.folder)):
            label, error = QLabel(), error_label()
            label.setBuddy(inner)
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(widget, QWidget):
                box.addWidget(widget)
            else:
                box.addLayout(widget)
            box.addWidget(error)
            self.form.addRow(label, box)
            self.rows[key] = (label, error)
            self.errors.bind(key, inner, error)

        self.passphrase_group = QGroupBox()
        self.passphrase = NewPassphraseFields(worker.lang)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self._change_passphrase)
        self.passphrase_note = style.label("", "subtle", wrap=True)
        self.passphrase_done = style.label("", "subtle", wrap=True)
        self.passphrase_done.hide()
        group = QVBoxLayout(self.passphrase_group)
        group.addWidget(self.passphrase_note)
        group.addWidget(self.passphrase)
        change_row = QHBoxLayout()
        change_row.addWidget(self.passphrase_done, 1)
        change_row.addStretch(0)
        change_row.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignRight)
        group.addLayout(change_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.passphrase_group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.language, self.minutes)
        self.setTabOrder(self.minutes, self.region)
        self.setTabOrder(self.region, self.folder)
        self.setTabOrder(self.folder, self.browse)
        self.setTabOrder(self.browse, self.passphrase.first)
        self.setTabOrder(self.passphrase.repeat, self.change_button)
        self._load()
        self.retranslate()
        self.resize(620, 560)

    def _load(self) -> None:
        lang = self._current.get("language") or self._worker.lang
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.minutes.setValue(int(self._current.get("auto_lock_minutes") or 5))
        self.region.setText(self._current.get("region") or "")
        self.folder.setText(self._current.get("shared_folder") or "")

    def values(self) -> dict[str, str | None]:
        return {
            "language": str(self.language.currentData()),
            "auto_lock_minutes": str(self.minutes.value()),
            "region": self.region.text().strip() or None,
            "shared_folder": self.folder.text().strip() or None,
        }

    def changes(self) -> dict[str, str | None]:
        return {k: v for k, v in self.values().items() if v != self._current.get(k)}

    def is_dirty(self) -> bool:
        return bool(self.changes()) or bool(self.passphrase.first.text())

    # ---- behaviour -----------------------------------------------------------------------
    def _browse(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Choose the shared folder"),
                                       self.folder.text())
        if folder is not None:
            self.folder.setText(str(folder))

    def _submit(self) -> None:
        if self._saving:
            return
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self._saving = True
        self.ok_button.setEnabled(False)
        self.errors.clear()

        def store(ws):  # type: ignore[no-untyped-def]
            problems = []
            stored: dict[str, str | None] = {}
            for key, value in changes.items():
                try:
                    stored[key] = ws.config.set(key, value)
                except DomainError as err:
                    problems.extend(err.problems)
            if problems:
                raise DomainError.from_problems(problems)
            return stored

        self._worker.call(store, self._done, self._refused, on_failed=self._failed)

    def _done(self, stored: dict[str, str | None]) -> None:
        self._saving = False
        self._current.update(stored)
        self.saved.emit(stored)
        self.accept()

    def _failed(self) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)

    def _refused(self, err: DomainError) -> None:
        self.errors.show(err, self._worker.lang)

    def _change_passphrase(self) -> None:
        new = self.passphrase.check()
        if new is None:
            return
        repeat = self.passphrase.repeat.text()
        self.change_button.setEnabled(False)
        self._worker.call(lambda ws: ws.admin.change_passphrase(new, repeat),
                          lambda _r: self._passphrase_changed(),
                          lambda err: self.passphrase.errors.show(err, self._worker.lang),
                          on_failed=lambda: self.change_button.setEnabled(True))

    def _passphrase_changed(self) -> None:
        self.passphrase.clear()
        self.change_button.setEnabled(True)
        self.passphrase_done.setText(self.tr("Your passphrase was changed. Use the new one from "
                                             "now on; the recovery key stays the same."))
        self.passphrase_done.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = {
            "language": (self.tr("&Language"), self.tr("Language")),
            "auto_lock_minutes": (self.tr("&Lock after"), self.tr("Lock after minutes idle")),
            "region": (self.tr("&Region"), self.tr("Region")),
            "shared_folder": (self.tr("&Shared folder"), self.tr("Shared folder")),
        }
        for key, (text, name) in texts.items():
            label, _error = self.rows[key]
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(name)
        self.minutes.setSuffix(self.tr(" minutes idle"))
        self.region.setPlaceholderText(self.tr("e.g. Noord-Veluwe"))
        self.folder.setPlaceholderText(self.tr("where anonymised learning data is delivered"))
        self.browse.setText(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the shared folder"))
        self.passphrase_group.setTitle(self.tr("Change passphrase"))
        self.passphrase_note.setText(self.tr(
            "Choose a new passphrase for opening veldwerk. Your data stays as it is."))
        self.change_button.setText(self.tr("Change &passphrase"))
        self.ok_button.setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
