"""One run of the app, from the first window to quitting: first run or unlock, the main window,
auto-lock and Lock, Settings and the language.

Locking first writes what open dialogs hold as drafts (`ui.draft_keeper`; offered back after
unlocking), takes every family off the screen and out of the views, drops the answers still on
their way, closes the workspace on the worker (the key is dropped, the database closed) and
shows the unlock window; unlocking returns to the same family and tab.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from veldwerk.domain.errors import DomainError
from veldwerk.ui import gc_guard
from veldwerk.ui.access_hookup import attach_access
from veldwerk.ui.autolock import IdleWatcher
from veldwerk.ui.db_worker import DbWorker
from veldwerk.ui.draft_keeper import DraftKeeper
from veldwerk.ui.i18n import Translations, normalise
from veldwerk.ui.launch import preload_services, profile_exists
from veldwerk.ui.team.hookup import attach_team_sync

if TYPE_CHECKING:
    from veldwerk.samples.demo import Demo
    from veldwerk.ui.first_run import FirstRunWindow
    from veldwerk.ui.main_window import MainWindow
    from veldwerk.ui.saving_dialog import SavingDialog
    from veldwerk.ui.unlock import UnlockWindow
    from veldwerk.workspace import Workspace

log = logging.getLogger(__name__)


WARM_UP_DELAY_MS = 150
"""After the first window shows, wait this long before the background imports start, so they
never compete with drawing it."""

WRONG_SECRET = frozenset(
    {"key.wrong_passphrase", "key.wrong_recovery_key", "key.bad_recovery_format"}
)


class Session(QObject):
    """Owns the windows, the database worker, the translators and the idle watcher."""

    unlocked = Signal()
    locked = Signal()
    main_shown = Signal()

    def __init__(
        self,
        profile_dir: Path,
        lang: str,
        *,
        translations: Translations | None = None,
        demo: bool = False,
        kdf: Any = None,
        fixed_lang: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile_dir = Path(profile_dir)
        self.lang = normalise(lang)
        self.demo = demo
        self._kdf = kdf
        self._fixed_lang = fixed_lang
        self._demo_passphrase = ""
        self._demo: Demo | None = None
        """The open demo profile; only the worker thread touches it while that runs."""
        self.translations = translations or Translations()
        self.worker = DbWorker(self)
        self.worker.set_lang(self.lang)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.main_window: MainWindow | None = None
        self.unlock_window: UnlockWindow | None = None
        self.first_run: FirstRunWindow | None = None
        self.settings: dict[str, str | None] = {}
        self.is_unlocked = False
        self._place: tuple[int | None, int] = (None, 0)
        self._recovered = False
        self._settings_dialog: SavingDialog | None = None
        self._shut_down = False
        self.auto_sync: Any = None
        self.team_sync = attach_team_sync(self)
        self.drafts = DraftKeeper(self)
        attach_access(self)

    # ---- start ---------------------------------------------------------------------------
    def start(self) -> QWidget:
        """Show the first window (unlock, first run, or the demo's main window); returns it."""
        self.translations.install(self.lang)
        if self.demo:
            window: QWidget = self._start_demo()
        elif profile_exists(self.profile_dir):
            window = self.show_unlock()
        else:
            window = self.show_first_run()
        QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)
        return window

    def _warm_up(self) -> None:
        """While the user types the passphrase: import the services and the main window's code
        on the worker, then build the (empty) main window, so unlocking only fills it."""

        def imported(seconds: float) -> None:
            log.info("services imported in %.2f s", seconds)
            if not self._shut_down and self.main_window is None and not self.demo:
                self._main()

        self.worker.run(preload_services, imported)

    def first_window(self) -> QWidget | None:
        return self.unlock_window or self.first_run or self.main_window

    # ---- first run -----------------------------------------------------------------------
    def show_first_run(self) -> QWidget:
        from veldwerk.ui.first_run import FirstRunWindow

        window = FirstRunWindow(self.lang)
        window.create_requested.connect(self._create_profile)
        window.finished.connect(self._first_run_done)
        window.language_chosen.connect(self.set_language)
        self.first_run = window
        window.show()
        return window

    def _create_profile(self, passphrase: str) -> None:
        root, kdf, holder = self.profile_dir, self._kdf, {}

        def opener() -> Workspace:
            from veldwerk.workspace import Workspace

            ws, key = (
                Workspace.create(root, passphrase, kdf=kdf)
                if kdf is not None
                else Workspace.create(root, passphrase)
            )
            holder["key"] = key
            return ws

        def created(_ws: Workspace) -> None:
            self.is_unlocked = True
            lang = self.lang
            name, organisation = self.first_run.who() if self.first_run else ("", "")
            role = self.first_run.role.text().strip() if self.first_run else ""
            # startup time: the first run's module is loaded only on a first start
            from veldwerk.ui.first_run import store_first_settings

            self.worker.call(lambda ws: store_first_settings(ws, lang, name, organisation, role))
            if self.first_run is not None:
                self.first_run.show_recovery_key(holder.pop("key", ""))

        def refused(err: DomainError) -> None:
            if self.first_run is not None:
                self.first_run.show_problem(err.message(self.lang))

        self.worker.open(
            opener,
            created,
            refused,
            on_failed=self._first_run_failed,
        )

    def _first_run_failed(self) -> None:
        if self.first_run is not None:
            self.first_run.set_busy(False)

    def _first_run_done(self) -> None:
        window, self.first_run = self.first_run, None
        self._load_settings_and_show(window)

    # ---- unlock --------------------------------------------------------------------------
    def show_unlock(self) -> UnlockWindow:
        from veldwerk.ui.unlock import UnlockWindow

        if self.unlock_window is None:
            window = UnlockWindow(self.lang, demo_passphrase=self._demo_passphrase)
            window.unlock_requested.connect(self._unlock)
            window.language_chosen.connect(self.set_language)
            self.unlock_window = window
            if self.demo:
                window.setWindowTitle(window.windowTitle() + " – DEMO")
        else:
            self.unlock_window.reset()
        self.unlock_window.language.set_lang(self.lang)
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()
        self.unlock_window.secret.setFocus()
        return self.unlock_window

    def _unlock(self, secret: str, with_recovery_key: bool) -> None:
        root = self.profile_dir
        demo_passphrase = self._demo_passphrase

        def opener() -> Workspace:
            if self.demo:  # the demo profile is thrown away on lock: unlocking makes a new one
                if with_recovery_key or secret != demo_passphrase:
                    raise DomainError("key.wrong_passphrase")
                return self._open_demo()
            from veldwerk.workspace import Workspace

            if with_recovery_key:
                return Workspace.open_with_recovery_key(root, secret)
            return Workspace.open(root, secret)

        self._recovered = with_recovery_key
        self.worker.open(
            opener, lambda _ws: self._opened(), self._unlock_refused, on_failed=self._unlock_failed
        )

    def _unlock_refused(self, err: DomainError) -> None:
        window = self.unlock_window
        if window is None:
            return
        if err.code in WRONG_SECRET:
            window.wrong_secret()
        else:
            window.show_problem(err.message(self.lang))

    def _unlock_failed(self) -> None:
        if self.unlock_window is not None:
            self.unlock_window.set_busy(False)

    def _opened(self) -> None:
        self.is_unlocked = True
        self._load_settings_and_show(self.unlock_window)

    # ---- demo ----------------------------------------------------------------------------
    def _start_demo(self) -> QWidget:
        window = self._main()
        window.show()
        window.status_text.setText(QCoreApplication.translate("Session", "Preparing the demo…"))

        def opened(ws: Workspace) -> None:
            from veldwerk.samples.demo import DEMO_PASSPHRASE  # startup time, as in _open_demo

            self.profile_dir = Path(ws.paths.root)
            self._demo_passphrase = DEMO_PASSPHRASE
            self._opened()

        self.worker.open(self._open_demo, opened)
        return window

    def _open_demo(self) -> Workspace:
        """A fresh demo profile, opened on the worker; its cleanup waits for the lock or quit."""
        # imported here, not at the top: only the demo needs the sample families (startup time)
        from veldwerk.samples.demo import open_demo

        self._demo = open_demo()
        return self._demo.workspace

    def _clean_up_demo(self) -> None:
        """Remove the demo profile, once its workspace is closed (on the worker, or after it
        stopped)."""
        demo, self._demo = self._demo, None
        if demo is not None:
            demo.cleanup()

    # ---- the main window -----------------------------------------------------------------
    def _main(self) -> MainWindow:
        if self.main_window is None:
            from veldwerk.ui.main_window import MainWindow

            window = MainWindow(self.worker, demo=self.demo)
            window.lock_requested.connect(self.lock)
            window.settings_requested.connect(self.open_settings)
            window.quit_requested.connect(self.quit)
            self.worker.message_parent = window
            self.main_window = window
        return self.main_window

    def _load_settings_and_show(self, previous: QWidget | None) -> None:
        def loaded(answer: tuple[dict[str, str | None], list[Any]]) -> None:
            values, rows = answer
            self.settings = dict(values)
            if not self._fixed_lang and values.get("language"):
                self.set_language(str(values["language"]))
            self.idle.set_minutes(int(values.get("auto_lock_minutes") or 5))
            self._show_main(previous, rows)

        # one trip to the worker for the settings and the family list
        self.worker.query(lambda ws: (ws.config.all(), ws.families.list()), loaded)

    def _show_main(self, previous: QWidget | None, rows: list[Any] | None = None) -> None:
        window = self._main()
        key, tab = self._place
        window.populate(select_key=key, tab=tab, rows=rows)
        window.show()
        window.raise_()
        window.activateWindow()
        if previous is not None and previous is not window:
            previous.hide()
        if previous is not None and previous is self.first_run:
            self.first_run = None
        self.idle.start()
        self._start_auto_sync(window)
        self.unlocked.emit()
        self.main_shown.emit()
        gc_guard.settle()  # the periodic collections leave what lives this long alone
        QTimer.singleShot(0, self.drafts.offer)  # what was being typed at the lock or a crash
        if self._recovered:
            self._recovered = False
            QTimer.singleShot(0, lambda: self.open_settings(after_recovery=True))

    def _start_auto_sync(self, window: MainWindow) -> None:
        """Deliver waiting learning data now and every few minutes."""
        if self.auto_sync is None:
            from veldwerk.ui.learning import AutoSync

            self.auto_sync = AutoSync(self.worker, self)
            self.auto_sync.status_changed.connect(window.learning_status.setText)
        self.auto_sync.start()

    # ---- lock ----------------------------------------------------------------------------
    def lock(self) -> None:
        """Take all family data off the screen, close the workspace, ask for the passphrase."""
        if not self.is_unlocked:
            return
        self.is_unlocked = False
        self.idle.stop()
        if self.auto_sync is not None:
            self.auto_sync.stop()
        window = self.main_window
        self.drafts.begin_lock()  # on the worker before the workspace closes, below
        if window is not None:
            self._place = window.place
            window.clear()
        if self._settings_dialog is not None:
            self._settings_dialog.forget()  # closed without asking: the screen locks
            self._settings_dialog.close()
            self._settings_dialog = None
        self._close_popups()
        self.worker.close_workspace()
        self.drafts.end_lock()
        if self.demo:  # the demo profile is thrown away on lock: unlocking makes a new one
            self.worker.run(self._clean_up_demo)
        self.show_unlock()
        if window is not None:
            window.hide()
        gc_guard.thaw()  # everything, also what settled after the last unlock
        gc.collect()
        self.locked.emit()

    @staticmethod
    def _close_popups() -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return
        popup = app.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = app.activePopupWidget()
            if next_popup is popup:
                break
            popup = next_popup

    # ---- settings and language -----------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch every screen to `lang` now (code labels and domain messages too)."""
        lang = normalise(lang)
        self.lang = lang
        self.worker.set_lang(lang)
        if self.main_window is not None:
            self.main_window.list_panel.set_lang(lang)
        if self.first_run is not None:
            self.first_run.set_lang(lang)
        if self.unlock_window is not None:
            self.unlock_window.language.set_lang(lang)
        self.translations.install(lang)

    def open_settings(self, after_recovery: bool = False) -> QWidget | None:
        window = self.main_window
        if window is None or not self.is_unlocked:
            return None
        from veldwerk.ui.settings_dialog import SettingsDialog

        current = dict(self.settings)
        if not current.get("language"):  # never chosen: the language shown now
            current["language"] = self.lang
        dialog = SettingsDialog(self.worker, current, window, after_recovery=after_recovery)
        dialog.saved.connect(self._settings_saved)
        dialog.finished.connect(lambda _r: self._settings_closed(dialog))
        self._settings_dialog = dialog
        if after_recovery:
            dialog.passphrase.first.setFocus()
        dialog.open()
        return dialog

    def _settings_closed(self, dialog: QWidget) -> None:
        if self._settings_dialog is dialog:
            self._settings_dialog = None
        dialog.deleteLater()

    def _settings_saved(self, stored: dict[str, str | None]) -> None:
        self.settings.update(stored)
        if "auto_lock_minutes" in stored:
            self.idle.set_minutes(int(stored["auto_lock_minutes"] or 5))
        if stored.get("language"):
            self.set_language(str(stored["language"]))
        agenda = getattr(self.main_window, "agenda", None)
        if agenda is not None and {"no_contact_weeks", "retention_years"} & stored.keys():
            agenda.refresh()  # Vandaag counts by the new weeks and years at once

    # ---- quit ----------------------------------------------------------------------------
    def quit(self) -> None:
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        """Close the workspace and stop the worker; idempotent."""
        if self._shut_down:
            return
        self._shut_down = True
        self.idle.stop()
        self.drafts.stop()
        if self.auto_sync is not None:
            self.auto_sync.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        self.worker.shutdown()
        self._clean_up_demo()
        self.translations.uninstall()
        self.is_unlocked = False
