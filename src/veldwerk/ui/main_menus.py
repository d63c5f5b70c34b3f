"""The main window's commands: every action with its shortcut and icon, the menus and the toolbar
they sit in, their texts in the current language, and the two Help commands (the list of
keyboard shortcuts, About).

`MenuWindow` is the main window's base: it makes the actions, `MainWindow` connects each to what
it does. Its strings are looked up under the "MainWindow" context, where the Dutch translation
keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from veldwerk.ui import dialogs, icons

ARROWS = QT_TRANSLATE_NOOP("MainWindow", "Arrow keys")
KEYS_INSIDE = (
    (QT_TRANSLATE_NOOP("MainWindow", "Add to the tab shown"), "Ctrl+Shift+N"),
    (QT_TRANSLATE_NOOP("MainWindow", "Change the chosen row"), "F2"),
    (QT_TRANSLATE_NOOP("MainWindow", "Remove the chosen row"), "Del"),
    (QT_TRANSLATE_NOOP("MainWindow", "Eco-map: choose the next or previous person"), ARROWS),
    (QT_TRANSLATE_NOOP("MainWindow", "Eco-map or list: open the chosen person"), "Return"),
    (QT_TRANSLATE_NOOP("MainWindow", "Next field (Shift+Tab: the one before)"), "Tab"),
    (QT_TRANSLATE_NOOP("MainWindow", "In a dialog: save"), "Return"),
    (QT_TRANSLATE_NOOP("MainWindow", "In a dialog: cancel (asks first after a change)"), "Esc"),
)
"""The keys that work inside the screens, listed under the menus' shortcuts by F1."""


class MenuWindow(QMainWindow):
    """A main window with veldwerk's menus and toolbar; the actions are not connected yet."""

    def _action(self, shortcut: QKeySequence | str | None, icon: str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icons.icon(icon))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _make_commands(self, tab_count: int, record_actions: Sequence[QAction]) -> None:
        """The actions (one per tab besides the fixed ones), the menus (with the Record menu
        when there are `record_actions`) and the toolbar."""
        self.new_family_action = self._action("Ctrl+N", "new_family")
        self.import_action = self._action("Ctrl+I", "import")
        self.print_action = self._action("Ctrl+P", "print")
        self.lock_action = self._action("Ctrl+L", "lock")
        self.quit_action = self._action("Ctrl+Q")
        self.find_action = self._action("Ctrl+F")
        self.details_action = self._action("Ctrl+E")
        self.contact_action = self._action("Ctrl+K")
        self.settings_action = self._action("Ctrl+,", "settings")
        self.next_action = self._action("Alt+Down")
        self.previous_action = self._action("Alt+Up")
        self.learning_action = self._action("Ctrl+Shift+L")
        self.coordinator_action = self._action("Ctrl+Shift+C")
        self.about_action = self._action(None)
        self.shortcuts_action = self._action("F1")
        self.tab_actions = [self._action(f"Ctrl+{i + 1}") for i in range(tab_count)]
        self.family_actions = [self.print_action, self.details_action, self.contact_action]
        self.about_action.triggered.connect(self.about)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self._make_menus(record_actions)
        self._make_toolbar()

    def _make_menus(self, record_actions: Sequence[QAction]) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_family_action, self.import_action, self.print_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.learning_action, self.coordinator_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.lock_action, self.quit_action])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.find_action, self.details_action, self.contact_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.settings_action)
        self.record_menu: QMenu | None = None
        if record_actions:
            self.record_menu = bar.addMenu("")
            self.record_menu.addActions(list(record_actions))
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.previous_action, self.next_action])
        if self.tab_actions:
            self.view_menu.addSeparator()
            self.view_menu.addActions(self.tab_actions)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.shortcuts_action, self.about_action])

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.addActions([self.new_family_action, self.import_action, self.print_action])
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addActions([self.settings_action, self.lock_action])
        self.addToolBar(self.toolbar)

    def _retranslate_commands(self, tab_names: Sequence[str]) -> None:
        """The menus' titles, every action's text and tooltip (with its shortcut), the tab
        actions named after `tab_names`."""
        menus = (
            (self.file_menu, QCoreApplication.translate("MainWindow", "&File")),
            (self.edit_menu, QCoreApplication.translate("MainWindow", "&Edit")),
            (self.view_menu, QCoreApplication.translate("MainWindow", "&View")),
            (self.help_menu, QCoreApplication.translate("MainWindow", "&Help")),
        )
        for menu, title in menus:
            menu.setTitle(title)
        if self.record_menu is not None:
            self.record_menu.setTitle(QCoreApplication.translate("MainWindow", "&Record"))
        texts = (
            (self.new_family_action, QCoreApplication.translate("MainWindow", "&New family…")),
            (self.import_action, QCoreApplication.translate("MainWindow", "&Import case file…")),
            (self.print_action, QCoreApplication.translate("MainWindow", "&Print overview…")),
            (self.lock_action, QCoreApplication.translate("MainWindow", "&Lock")),
            (self.quit_action, QCoreApplication.translate("MainWindow", "&Quit")),
            (self.find_action, QCoreApplication.translate("MainWindow", "&Find family")),
            (self.details_action, QCoreApplication.translate("MainWindow", "Family &details…")),
            (
                self.contact_action,
                QCoreApplication.translate("MainWindow", "&Change contact person…"),
            ),
            (self.settings_action, QCoreApplication.translate("MainWindow", "&Settings…")),
            (self.next_action, QCoreApplication.translate("MainWindow", "&Next family")),
            (self.previous_action, QCoreApplication.translate("MainWindow", "&Previous family")),
            (self.learning_action, QCoreApplication.translate("MainWindow", "&Learning data…")),
            (self.coordinator_action, QCoreApplication.translate("MainWindow", "C&oordinator…")),
            (self.about_action, QCoreApplication.translate("MainWindow", "&About veldwerk")),
            (
                self.shortcuts_action,
                QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
            ),
        )
        for action, text in texts:
            action.setText(text)
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "")
            action.setToolTip(f"{plain} ({key})" if key else plain)
        for i, action in enumerate(self.tab_actions):
            name = tab_names[i] if i < len(tab_names) else str(i + 1)
            tab = QCoreApplication.translate("MainWindow", "Tab: %1")
            action.setText(tab.replace("%1", name.replace("&", "")))
        self.toolbar.setWindowTitle(QCoreApplication.translate("MainWindow", "Main actions"))

    def show_shortcuts(self) -> None:
        rows = [
            (
                a.text().replace("&", "").rstrip("…"),
                a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for a in (
                self.new_family_action,
                self.import_action,
                self.print_action,
                self.find_action,
                self.details_action,
                self.contact_action,
                self.settings_action,
                self.learning_action,
                self.coordinator_action,
                self.lock_action,
                self.quit_action,
                self.next_action,
                self.previous_action,
                *self.tab_actions,
            )
        ]
        rows += self._keyboard_rows()
        dialogs.information(
            self,
            QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
            "\n".join(f"{key}\t{text}" for text, key in rows if key),
        )

    @staticmethod
    def _keyboard_rows() -> list[tuple[str, str]]:
        """The keys that work inside the screens: in a tab, in the eco-map, in every dialog."""
        rows = []
        for text, keys in KEYS_INSIDE:
            shown = QKeySequence(str(keys)).toString(QKeySequence.SequenceFormat.NativeText)
            if keys == ARROWS:
                shown = QCoreApplication.translate("MainWindow", str(ARROWS))
            rows.append((QCoreApplication.translate("MainWindow", str(text)), shown))
        return rows

    def about(self) -> None:
        from veldwerk import version

        text = QCoreApplication.translate(
            "MainWindow", "veldwerk %1 – encrypted case records for the first 1000 days."
        )
        dialogs.information(
            self,
            QCoreApplication.translate("MainWindow", "About veldwerk"),
            text.replace("%1", version()),
        )
