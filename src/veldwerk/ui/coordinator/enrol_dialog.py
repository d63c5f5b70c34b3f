"""The dialog that enrols one waiting installation: it shows the key's fingerprint large, to be
compared by phone with what the case director reads out, says why the installation waits when
that asks for care (two keys, another key, another region), and asks for the region it counts
in, filled in with the region it claims. The region rule and the enrolment itself belong to the
coordinator service: the window sends the typed region there and shows its answer here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from veldwerk.coordinator.service import Waiting
from veldwerk.coordinator.texts import wait_text
from veldwerk.domain.fingerprint import format_fingerprint

CAREFUL_REASONS = frozenset({"two_keys", "key_changed", "other_region"})


class EnrolDialog(QDialog):
    """See the module's text. `submitted(region)` when the coordinator presses Enrol."""

    submitted = Signal(str)

    def __init__(self, waiting: Waiting, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.waiting = waiting
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Enrol an installation"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.explain = QLabel(
            self.tr(
                "Call the case director of this installation and ask them to read out the key "
                "fingerprint their veldwerk shows. Enrol only if it is exactly this one:"
            )
        )
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.fingerprint = QLabel(format_fingerprint(waiting.fingerprint))
        self.fingerprint.setObjectName("recoveryKey")
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.fingerprint)
        self.care = QLabel(wait_text(waiting.reason, lang))
        self.care.setObjectName("warning")
        self.care.setWordWrap(True)
        self.care.setVisible(waiting.reason in CAREFUL_REASONS)
        layout.addWidget(self.care)
        form = QFormLayout()
        self.installation = QLabel(waiting.installation_id)
        self.installation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Installation"), self.installation)
        self.region_edit = QLineEdit(waiting.region)
        self.region_edit.setMaxLength(80)
        form.addRow(self.tr("Region it counts in"), self.region_edit)
        layout.addLayout(form)
        self.region_hint = QLabel(
            self.tr(
                "All its families count in this region only; its bundles that name another "
                "region are not counted."
            )
        )
        self.region_hint.setObjectName("subtle")
        self.region_hint.setWordWrap(True)
        layout.addWidget(self.region_hint)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button = self.buttons.addButton(
            self.tr("Enrol"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.enrol_button.setObjectName("primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.region_edit.setFocus()

    def _submit(self) -> None:
        self.error.setVisible(False)
        self.set_busy(True)
        self.submitted.emit(self.region_edit.text())

    def set_busy(self, busy: bool) -> None:
        self.enrol_button.setEnabled(not busy)
        self.region_edit.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        """The service refused: say why, and let the coordinator change the region."""
        self.set_busy(False)
        self.error.setText(text)
        self.error.setVisible(True)
        self.region_edit.setFocus()
