"""Wiring shared families into the shell with one call, `attach_team_sync(session)`: the sync
starts on unlock and stops on lock; after a tick the family list, the family shown (unless it
has unsaved changes) and its team strip are refreshed, and the status bar says when the team
folder was last synced (or why it could not be)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from veldwerk.ui.status_label import permanent_label
from veldwerk.ui.team.auto_sync import TeamAutoSync, TeamTick

STATUS_LABEL = "teamStatus"


def _status_label(window: QMainWindow) -> QLabel:
    return permanent_label(window, STATUS_LABEL)


def status_text(tick: TeamTick, at: str, lang: str) -> str:
    """The status bar's words for `tick` (synced at `at`, "HH:MM"), in `lang`."""
    if tick.problem is not None:
        return QCoreApplication.translate("TeamStatus", "Team folder: %1").replace(
            "%1", tick.problem.message(lang)
        )
    if tick.result is None:
        return ""
    return QCoreApplication.translate("TeamStatus", "Team folder synced at %1").replace("%1", at)


class _StatusText(QObject):
    """Keeps the last tick, so the status bar says it again in a new language at once."""

    def __init__(self, session: Any) -> None:
        super().__init__(session)
        self._session = session
        self._tick: TeamTick | None = None
        self._at = ""

    def show(self, window: QMainWindow, tick: TeamTick) -> None:
        self._tick, self._at = tick, time.strftime("%H:%M")
        self._render(window)

    def _render(self, window: QMainWindow) -> None:
        if self._tick is None:
            return
        text = status_text(self._tick, self._at, self._session.lang)
        label = _status_label(window)
        label.setText(text)
        label.setAccessibleName(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and isinstance(watched, QMainWindow):
            self._render(watched)
        return False


def attach_team_sync(session: Any, interval_minutes: float = 3) -> TeamAutoSync:
    """Automatic team sync for `session` (veldwerk.ui.session.Session)."""
    auto = TeamAutoSync(session.worker, session, interval_minutes)
    status = _StatusText(session)
    session.unlocked.connect(auto.start)
    session.locked.connect(auto.stop)

    def after(tick: TeamTick) -> None:
        window = getattr(session, "main_window", None)
        if not isinstance(window, QMainWindow):
            return
        status.show(window, tick)
        result = tick.result
        if result is None or not (result.new or result.updated or result.removed):
            return
        window.refresh_list()  # type: ignore[attr-defined]
        shown = window.current_family  # type: ignore[attr-defined]
        busy = window.has_unsaved_changes()  # type: ignore[attr-defined]
        for ref in result.updated:  # the fresh family to every view that keeps one
            if shown is not None and shown.ref == ref and busy:
                continue  # the user is editing it: it is reloaded on the next change
            session.worker.query(
                lambda ws, r=ref: ws.families.get(r), session.worker.family_saved.emit
            )
        if shown is not None and shown.ref in result.removed:
            window.show_family(None)  # type: ignore[attr-defined]

    def hook_strip() -> None:
        """A share or a resolution on the family's team strip refreshes the family list."""
        window = getattr(session, "main_window", None)
        strip = getattr(getattr(window, "detail", None), "team_strip", None)
        if strip is not None and not strip.property("hooked"):
            strip.changed.connect(window.refresh_list)  # type: ignore[union-attr]
            strip.setProperty("hooked", True)
            window.installEventFilter(status)  # type: ignore[union-attr]

    auto.synced.connect(after)
    session.unlocked.connect(hook_strip)
    return auto
