"""The unlock window: the passphrase (or the recovery key) before anything else shows.

A wrong passphrase says so in plain words, keeps the typed text (selected, so typing again
replaces it) and, after repeated failures, makes the user wait a growing number of seconds
before the next try. The window imports nothing heavy: it must show within a blink of launch.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from veldwerk.ui import style
from veldwerk.ui.language_choice import LanguageChoice

FREE_TRIES = 3
MAX_DELAY_S = 60


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try after `failures` wrong ones in a row: none for the
    first `FREE_TRIES`, then 2, 4, 8... up to `MAX_DELAY_S`."""
    if failures < FREE_TRIES:
        return 0
    return int(min(MAX_DELAY_S, 2 ** (failures - FREE_TRIES + 1)))


class UnlockWindow(QWidget):
    """Asks for the passphrase; `unlock_requested(secret, with_recovery_key)` when submitted."""

    unlock_requested = Signal(str, bool)
    language_chosen = Signal(str)

    def __init__(
        self, lang: str, *, demo_passphrase: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._failures = 0
        self._wait_left = 0
        self._busy = False
        self._recovery = False
        self._error_code = ""  # "wrong", "wrong_key", "message"
        self._error_text = ""
        self._demo_passphrase = demo_passphrase
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        self.language = LanguageChoice(lang)
        self.language.chosen.connect(self.language_chosen)
        self.title = style.label("veldwerk", "title")
        self.subtitle = style.label("", "subtle", wrap=True)
        self.field_label = QLabel()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(320)
        self.field_label.setBuddy(self.secret)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.message = style.label("", "fieldError", wrap=True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.wait_label = style.label("", "subtle", wrap=True)
        self.wait_label.hide()
        self.busy_label = style.label("", "subtle")
        self.busy_label.hide()
        self.switch_button = QPushButton()
        self.switch_button.setFlat(True)
        self.switch_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.demo_label = style.label("", "subtle", wrap=True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label.setVisible(bool(demo_passphrase))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.language)
        row = QHBoxLayout()
        row.addWidget(self.secret, 1)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.field_label)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        layout.addWidget(self.demo_label)
        layout.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.unlock_button.clicked.connect(self._submit)
        self.secret.returnPressed.connect(self._submit)
        self.secret.textEdited.connect(self._on_edited)
        self.switch_button.clicked.connect(self._toggle_recovery)
        self.setTabOrder(self.secret, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.switch_button)
        self.setTabOrder(self.switch_button, self.language)
        self.retranslate()
        self.resize(520, 340)

    # ---- called by the session -----------------------------------------------------------
    @property
    def failures(self) -> int:
        return self._failures

    @property
    def seconds_to_wait(self) -> int:
        return self._wait_left

    @property
    def recovery_mode(self) -> bool:
        return self._recovery

    def set_busy(self, busy: bool) -> None:
        """While the key is being checked (a second or so)."""
        self._busy = busy
        self.busy_label.setVisible(busy)
        self._update_enabled()
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def wrong_secret(self) -> None:
        """The passphrase (or recovery key) did not fit: say so, keep the text selected,
        and wait longer after each further failure."""
        self._failures += 1
        self._error_code = "wrong_key" if self._recovery else "wrong"
        self._show_message()
        self.set_busy(False)
        wait = delay_after(self._failures)
        if wait:
            self._wait_left = wait
            self._countdown.start()
            self._show_wait()
        self._update_enabled()
        self.secret.setFocus()
        self.secret.selectAll()

    def show_problem(self, text: str) -> None:
        """Any other reason the profile could not be opened (already open elsewhere...)."""
        self._error_code = "message"
        self._error_text = text
        self._show_message()
        self.set_busy(False)
        self.secret.setFocus()
        self.secret.selectAll()

    def reset(self) -> None:
        """Ready for a new unlock (after locking): empty field, no message."""
        self.secret.clear()
        self._error_code = ""
        self.message.hide()
        self.set_busy(False)
        self.secret.setFocus()

    # ---- behaviour -----------------------------------------------------------------------
    def _submit(self) -> None:
        if self._busy or self._wait_left or not self.secret.text().strip():
            return
        self.unlock_requested.emit(self.secret.text(), self._recovery)
        self.set_busy(True)

    def _on_edited(self) -> None:
        if self._error_code:
            self._error_code = ""
            self.message.hide()

    def _toggle_recovery(self) -> None:
        self._recovery = not self._recovery
        self.secret.clear()
        self.secret.setEchoMode(
            QLineEdit.EchoMode.Normal if self._recovery else QLineEdit.EchoMode.Password
        )
        self._error_code = ""
        self.message.hide()
        self.retranslate()
        self.secret.setFocus()

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if not self._wait_left:
            self._countdown.stop()
        self._show_wait()
        self._update_enabled()

    def _show_wait(self) -> None:
        self.wait_label.setVisible(bool(self._wait_left))
        if self._wait_left:
            self.wait_label.setText(
                self.tr(
                    "Too many wrong tries. You can try again in %n second(s).", "", self._wait_left
                )
            )

    def _show_message(self) -> None:
        texts = {
            "wrong": self.tr(
                "That passphrase is not correct. Check it and try again (is Caps Lock on?)."
            ),
            "wrong_key": self.tr(
                "That recovery key is not correct. Check the groups of letters "
                "and digits and try again."
            ),
            "message": self._error_text,
        }
        text = texts.get(self._error_code, "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _update_enabled(self) -> None:
        self.unlock_button.setEnabled(not self._busy and not self._wait_left)
        self.secret.setReadOnly(self._busy)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("veldwerk – unlock"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.busy_label.setText(self.tr("Opening your case records…"))
        if self._recovery:
            self.subtitle.setText(
                self.tr(
                    "Type the recovery key you stored when the profile was made. You will then "
                    "choose a new passphrase."
                )
            )
            self.field_label.setText(self.tr("&Recovery key"))
            self.secret.setAccessibleName(self.tr("Recovery key"))
            self.switch_button.setText(self.tr("Back to the passphrase"))
        else:
            self.subtitle.setText(
                self.tr("Your case records are locked. Type your passphrase to open them.")
            )
            self.field_label.setText(self.tr("&Passphrase"))
            self.secret.setAccessibleName(self.tr("Passphrase"))
            self.switch_button.setText(self.tr("Forgot your passphrase? Use the recovery key"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.switch_button.setAccessibleName(self.switch_button.text())
        self.demo_label.setText(
            self.tr("Demo: the passphrase is “%1”.").replace("%1", self._demo_passphrase)
        )
        self._show_message()
        self._show_wait()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
