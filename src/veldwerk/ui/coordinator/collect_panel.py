"""The coordinator window's collect controls: the shared folder, the coordinator's key (and its
passphrase, if it has one), the database (and, while it is locked, its passphrase: twice for a new
one, with Open), Collect with a progress bar and Stop, and a status line. The window decides
what Collect and Stop do; this part only draws them and asks for the folder and the key file
(through the dialog seam)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from veldwerk.ui import dialogs


def row(*widgets: QWidget) -> QWidget:
    """The widgets side by side; line edits and progress bars take the room that is left."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w, 1 if isinstance(w, QLineEdit | QProgressBar) else 0)
    return box


class CollectPanel(QFrame):
    """See the module's text."""

    def __init__(
        self, shared_dir: Path | None, key: Path | None, database: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        form = QFormLayout(self)
        self.folder_edit = QLineEdit(str(shared_dir) if shared_dir else "")
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self._choose_folder)
        self.folder_label = QLabel()
        form.addRow(self.folder_label, row(self.folder_edit, self.folder_button))
        self.key_edit = QLineEdit(str(key) if key else "")
        self.key_button = QPushButton()
        self.key_button.clicked.connect(self._choose_key)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.key_label = QLabel()
        form.addRow(
            self.key_label,
            row(self.key_edit, self.key_button, self.passphrase_label, self.passphrase_edit),
        )
        self.db_label = QLabel()
        self.db_value = QLabel(database)
        self.db_value.setObjectName("subtle")
        self.db_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.db_label, self.db_value)
        self.db_passphrase_label = QLabel()
        self.db_passphrase_edit = QLineEdit()
        self.db_passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.db_repeat_edit = QLineEdit()
        self.db_repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.open_button = QPushButton()
        self.db_passphrase_row = row(self.db_passphrase_edit, self.db_repeat_edit, self.open_button)
        form.addRow(self.db_passphrase_label, self.db_passphrase_row)
        self._form = form
        self._new_database = False
        self.collect_button = QPushButton()
        self.collect_button.setObjectName("primary")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.stop_button = QPushButton()
        self.stop_button.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(row(self.collect_button, self.progress, self.stop_button))
        form.addRow(self.status)
        self.show_database_passphrase(None)

    def retranslate(self) -> None:
        self.folder_label.setText(self.tr("Shared folder"))
        self.folder_button.setText(self.tr("Choose…"))
        self.key_label.setText(self.tr("Coordinator key"))
        self.key_edit.setPlaceholderText(
            self.tr("coordinator-private.pem (opens the bundles: each is encrypted)")
        )
        self.key_button.setText(self.tr("Choose…"))
        self.passphrase_label.setText(self.tr("Passphrase of the key"))
        self.passphrase_edit.setPlaceholderText(self.tr("only if the key has one"))
        self.db_label.setText(self.tr("Database"))
        self.db_passphrase_label.setText(self.tr("Passphrase of the database"))
        self.db_passphrase_edit.setPlaceholderText(
            self.tr("a new passphrase")
            if self._new_database
            else self.tr("the database is encrypted")
        )
        self.db_repeat_edit.setPlaceholderText(self.tr("repeat the new passphrase"))
        self.db_repeat_edit.setAccessibleName(self.tr("Repeat the new passphrase"))
        for edit, label in (  # the fields sit in rows of their own: name them after their label
            (self.folder_edit, self.folder_label),
            (self.key_edit, self.key_label),
            (self.passphrase_edit, self.passphrase_label),
            (self.db_passphrase_edit, self.db_passphrase_label),
        ):
            edit.setAccessibleName(label.text())
        self.open_button.setText(self.tr("Open"))
        self.collect_button.setText(self.tr("Collect"))
        self.stop_button.setText(self.tr("Stop"))

    # --- what was chosen ------------------------------------------------------------------

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def key(self) -> Path | None:
        text = self.key_edit.text().strip()
        return Path(text).expanduser() if text else None

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def database_passphrase(self) -> tuple[str, str | None]:
        """The database passphrase typed, and its repetition (None unless it is a new one)."""
        repeat = self.db_repeat_edit.text() if self.db_repeat_edit.isVisibleTo(self) else None
        return self.db_passphrase_edit.text(), repeat

    def show_database_passphrase(self, new: bool | None) -> None:
        """The database passphrase row: hidden (None), asking for the passphrase (False), or for
        a new one twice (True)."""
        shown = new is not None
        self._new_database = bool(new)
        self.retranslate()
        self._form.setRowVisible(self.db_passphrase_row, shown)
        self.db_repeat_edit.setVisible(bool(new))
        if not shown:
            self.db_passphrase_edit.clear()
            self.db_repeat_edit.clear()

    # --- running ----------------------------------------------------------------------------

    def set_running(self, running: bool) -> None:
        """Collect off and the progress bar (moving, until progress says how far) and Stop on
        while a task runs; the other way round after it."""
        self.collect_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        self.stop_button.setEnabled(running)
        if running:
            self.progress.setRange(0, 0)

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    # --- choosing ---------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        chosen = dialogs.choose_folder(
            self, self.tr("Choose the shared folder"), self.folder_edit.text()
        )
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def _choose_key(self) -> None:
        chosen = dialogs.open_file(
            self,
            self.tr("Choose the coordinator's private key"),
            self.tr("Key files (*.pem);;All files (*)"),
        )
        if chosen is not None:
            self.key_edit.setText(str(chosen))
