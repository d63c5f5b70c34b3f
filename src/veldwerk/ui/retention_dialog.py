"""The two confirmed erasures of retention (`services.retention`): the families whose retention
period ended, all in one step, and one family now, as its parents asked on a given day. Each
dialog shows what will go and what stays (only a line in the log: when and why), and erases
only when the user confirms."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from veldwerk.domain import clock
from veldwerk.domain.errors import DomainError
from veldwerk.services.retention import RetentionDue
from veldwerk.texts import format_date
from veldwerk.ui import style
from veldwerk.ui.date_field import DateField


def _buttons(dialog: QDialog, yes: str, no: str) -> QDialogButtonBox:
    box = QDialogButtonBox(dialog)
    erase = box.addButton(yes, QDialogButtonBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(no, QDialogButtonBox.ButtonRole.RejectRole)
    erase.clicked.connect(dialog.accept)
    cancel.clicked.connect(dialog.reject)
    erase.setDefault(True)  # the dialog was opened to erase: Enter confirms, Escape cancels
    dialog.erase_button = erase  # type: ignore[attr-defined]
    return box


class RetentionDialog(QDialog):
    """Erase the families `due` (their retention period ended) in one confirmed step."""

    def __init__(self, due: list[RetentionDue], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.due = due
        self.setWindowTitle(self.tr("Retention period ended"))
        intro = style.label(
            self.tr(
                "A youth-care file is kept for a set number of years after care ended (20, "
                "unless changed in the settings). That time has passed for the %n family(ies) "
                "below. Erasing removes each family and everything recorded about it, for good. "
                "The log keeps only when and why.",
                "",
                len(due),
            ),
            "",
            wrap=True,
        )
        self.families = QListWidget(self)
        self.families.setAccessibleName(self.tr("Families to erase"))
        for d in due:
            closed = format_date(d.closed_on, lang)
            self.families.addItem(
                self.tr("%1 (%2), closed on %3")
                .replace("%1", d.name)
                .replace("%2", d.ref)
                .replace("%3", closed)
            )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.families, 1)
        layout.addWidget(_buttons(self, self.tr("&Erase for good"), self.tr("Cancel")))
        self.setMinimumWidth(560)

    def refs(self) -> list[str]:
        return [d.ref for d in self.due]


class ParentRequestDialog(QDialog):
    """Erase one family now, as its parents asked: the day they asked is kept in the log."""

    def __init__(self, ref: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ref
        self.setWindowTitle(self.tr("Erase at the parents' request"))
        intro = style.label(
            self.tr(
                "The parents of %1 asked for their file to be destroyed before the retention "
                "period ended. Erasing removes the family and everything recorded about it, "
                "for good. The log keeps only when, why and the day they asked."
            ).replace("%1", f"{name} ({ref})"),
            "",
            wrap=True,
        )
        self.asked = DateField(self)
        self.asked.set_value(clock.today())
        self.problem = style.label("", "subtle", wrap=True)
        form = QFormLayout()
        form.addRow(self.tr("&Day the parents asked"), self.asked)
        label = form.labelForField(self.asked)
        if label is not None:
            label.setBuddy(self.asked)  # type: ignore[attr-defined]
        self.asked.setAccessibleName(self.tr("Day the parents asked"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(_buttons(self, self.tr("&Erase for good"), self.tr("Cancel")))
        self.setMinimumWidth(520)

    def requested_on(self) -> date | None:
        """The day typed, or None (with the reason shown) when it is not a date."""
        try:
            return self.asked.value() or clock.today()
        except DomainError as exc:
            self.problem.setText(exc.message(self.property("lang") or "nl"))
            return None
