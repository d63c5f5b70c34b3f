"""Choosing a new passphrase: two fields, a strength bar and plain hints (first run, Settings).

The estimate and the rule are the domain's (`domain.passphrase`): the bar shows 0-4, the hints
say what would make it stronger, and `check()` refuses a very weak one or two that differ, with
the message under the field it is about.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from veldwerk.domain import passphrase as rule
from veldwerk.domain.errors import DomainError
from veldwerk.texts import text as catalogue_text
from veldwerk.ui import style
from veldwerk.ui.field_errors import FieldErrors, error_label


class NewPassphraseFields(QWidget):
    """Passphrase, repeat, strength bar and hints."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, rule.MAX_SCORE)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(10)
        self.verdict = style.label("", "subtle")
        self.hints = style.label("", "subtle", wrap=True)
        self.first_error = error_label()
        self.repeat_error = error_label()
        self.general_error = QLabel()
        self.errors = FieldErrors(self.general_error)
        self.errors.bind("passphrase", self.first, self.first_error)
        self.errors.bind("repeat", self.repeat, self.repeat_error)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        first_box = QVBoxLayout()
        first_box.setSpacing(4)
        first_box.addWidget(self.first)
        first_box.addWidget(self.meter)
        first_box.addWidget(self.verdict)
        first_box.addWidget(self.hints)
        first_box.addWidget(self.first_error)
        repeat_box = QVBoxLayout()
        repeat_box.setSpacing(4)
        repeat_box.addWidget(self.repeat)
        repeat_box.addWidget(self.repeat_error)
        self.first_label = QLabel()
        self.repeat_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.repeat_label.setBuddy(self.repeat)
        self.form.addRow(self.first_label, first_box)
        self.form.addRow(self.repeat_label, repeat_box)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.form)
        outer.addWidget(self.general_error)

        self.first.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._on_repeat)
        self.setTabOrder(self.first, self.repeat)
        self.retranslate()
        self._update()

    # ---- public --------------------------------------------------------------------------
    def set_lang(self, lang: str) -> None:
        self._lang = lang
        self._update()

    def check(self) -> str | None:
        """The new passphrase when acceptable; otherwise None, with the reason shown."""
        try:
            rule.check_new_passphrase(self.first.text(), self.repeat.text())
        except DomainError as err:
            self.errors.show(err, self._lang)
            return None
        self.errors.clear()
        return self.first.text()

    def is_acceptable(self) -> bool:
        text = self.first.text()
        return rule.is_acceptable(text) and text == self.repeat.text()

    def clear(self) -> None:
        self.first.clear()
        self.repeat.clear()
        self.errors.clear()

    # ---- behaviour -----------------------------------------------------------------------
    def _on_repeat(self) -> None:
        self.errors.clear()
        self.changed.emit()

    def _update(self) -> None:
        text = self.first.text()
        score = rule.strength(text) if text else 0
        self.meter.setValue(score)
        self.meter.setAccessibleDescription(self._verdict(text, score))
        self.verdict.setText(self._verdict(text, score))
        hints = (
            [
                catalogue_text(code, self._lang, min=rule.MIN_LENGTH)
                for code in rule.weaknesses(text)
            ]
            if text
            else []
        )
        self.hints.setText("\n".join(hints))
        self.hints.setVisible(bool(hints))
        self.errors.clear()
        self.changed.emit()

    def _verdict(self, text: str, score: int) -> str:
        if not text:
            return self.tr("Tip: a few separate words make a strong, easy to remember passphrase.")
        if not rule.is_acceptable(text):
            return self.tr("Too weak: this passphrase cannot be used.")
        return (
            self.tr("Acceptable"),
            self.tr("Acceptable"),
            self.tr("Acceptable"),
            self.tr("Good"),
            self.tr("Strong"),
        )[score]

    def retranslate(self) -> None:
        self.first_label.setText(self.tr("&New passphrase"))
        self.repeat_label.setText(self.tr("&Repeat it"))
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
