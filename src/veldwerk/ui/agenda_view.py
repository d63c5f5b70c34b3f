"""The Vandaag screen (`services.agenda`): what needs the case director now, over every family,
in calm groups: Te laat, the coming days, no contact, no backup, reflections to approve, and
retention periods that ended. Enter (or a double click) on an entry opens its family at the
right tab; the screen only draws what the service built and routes the choice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from veldwerk.services.agenda import Agenda, AgendaEntry
from veldwerk.texts import format_date
from veldwerk.ui import style

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("overdue", ("overdue_action", "overdue_step")),
    ("soon", ("action_due", "planned_step")),
    ("no_contact", ("no_contact",)),
    ("no_backup", ("no_backup",)),
    ("reflection", ("reflection",)),
    ("retention", ("retention_ended",)),
)
"""The screen's groups, in the order shown, and the kinds of entry in each."""


def group_title(group: str, count: int, days: int, weeks: int) -> str:
    titles = {
        "overdue": QCoreApplication.translate("AgendaView", "Overdue"),
        "soon": QCoreApplication.translate("AgendaView", "The coming %1 days").replace(
            "%1", str(days)
        ),
        "no_contact": QCoreApplication.translate(
            "AgendaView", "No contact for more than %n week(s)", "", weeks
        ),
        "no_backup": QCoreApplication.translate("AgendaView", "No backup"),
        "reflection": QCoreApplication.translate(
            "AgendaView", "Reflections awaiting your approval"
        ),
        "retention": QCoreApplication.translate("AgendaView", "Retention period ended"),
    }
    return f"{titles[group]} ({count})"


class AgendaView(QWidget):
    """`entry_chosen(entry)` when the user opens an entry; `retention_requested()` for the
    button that erases the families whose retention period ended."""

    entry_chosen = Signal(object)
    retention_requested = Signal()
    language_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda: Agenda | None = None
        self.lang = "nl"
        self.weeks = 6
        self.heading = style.label("", "heading")
        self.today = style.label("", "subtle")
        self.summary = style.label("", "", wrap=True)
        self.empty = style.label("", "subtle", wrap=True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(False)
        self.tree.setItemsExpandable(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("Gezin Al-Hassan Pinas") + 40)
        self.erase_button = QPushButton(self)
        self.erase_button.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.today)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.tree.itemActivated.connect(self._activated)
        self.erase_button.clicked.connect(self.retention_requested.emit)
        self.retranslate()

    # ---- content -------------------------------------------------------------------------
    def set_agenda(self, agenda: Agenda | None, lang: str = "nl", weeks: int = 6) -> None:
        """Show `agenda` (None: nothing, on lock); the place in the list is kept."""
        self.agenda, self.lang, self.weeks = agenda, lang, weeks
        kept = self.current_entry()
        self.tree.clear()
        entries = agenda.entries if agenda is not None else ()
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for group, kinds in GROUPS:
            members = [e for e in entries if e.kind in kinds]
            if not members:
                continue
            days = agenda.days if agenda is not None else 14
            head = QTreeWidgetItem([group_title(group, len(members), days, weeks), ""])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFont(0, bold)
            tone = style.WARN if group == "overdue" else style.ACCENT
            head.setForeground(0, QBrush(QColor(tone)))
            self.tree.addTopLevelItem(head)
            head.addChildren([self._item(e) for e in members])
            head.setExpanded(True)
        self._restore(kept)
        self._describe(entries)

    def _item(self, entry: AgendaEntry) -> QTreeWidgetItem:
        what = entry.text + (f" \u00b7 {entry.owner}" if entry.owner else "")
        who = f"{entry.family} ({entry.ref})"
        item = QTreeWidgetItem([what, who])
        item.setData(0, ENTRY_ROLE, entry)
        item.setToolTip(0, what)
        item.setToolTip(1, who)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        """The entries' rows, in the order shown (the group headings left out)."""
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head is not None:
                out += [c for j in range(head.childCount()) if (c := head.child(j)) is not None]
        return out

    def entries_shown(self) -> list[AgendaEntry]:
        return [item.data(0, ENTRY_ROLE) for item in self._items()]

    def current_entry(self) -> AgendaEntry | None:
        item = self.tree.currentItem()
        entry = item.data(0, ENTRY_ROLE) if item is not None else None
        return entry if isinstance(entry, AgendaEntry) else None

    def _restore(self, kept: AgendaEntry | None) -> None:
        items = self._items()
        same = None
        if kept is not None:
            mark = (kept.kind, kept.ref, kept.record_key)
            same = next(
                (
                    item
                    for item in items
                    if (lambda e: (e.kind, e.ref, e.record_key))(item.data(0, ENTRY_ROLE)) == mark
                ),
                None,
            )
        chosen = same or (items[0] if items else None)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)

    def _describe(self, entries: Sequence[AgendaEntry]) -> None:
        overdue = sum(1 for e in entries if e.overdue)
        others = len(entries) - overdue
        self.summary.setText(
            QCoreApplication.translate("AgendaView", "%n overdue", "", overdue)
            + " \u00b7 "
            + QCoreApplication.translate(
                "AgendaView", "%n other item(s) that ask for attention", "", others
            )
            if entries
            else ""
        )
        self.summary.setVisible(bool(entries))
        self.empty.setVisible(not entries and self.agenda is not None)
        self.tree.setVisible(bool(entries))
        self.erase_button.setVisible(any(e.kind == "retention_ended" for e in entries))
        day = self.agenda.today if self.agenda is not None else None
        self.today.setText(format_date(day, self.lang, "long") if day else "")

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry = item.data(0, ENTRY_ROLE)
        if isinstance(entry, AgendaEntry):
            self.entry_chosen.emit(entry)

    def focus_list(self) -> None:
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ---- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Today"))
        self.tree.setHeaderLabels([self.tr("What needs attention"), self.tr("Family")])
        self.tree.setAccessibleName(self.tr("Today: what needs your attention"))
        self.tree.setAccessibleDescription(
            self.tr("Press Enter to open the family at the right tab")
        )
        self.empty.setText(self.tr("Nothing asks for your attention today."))
        self.erase_button.setText(self.tr("&Erase families whose retention period ended…"))
        if self.agenda is not None:
            self.set_agenda(self.agenda, self.lang, self.weeks)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)
