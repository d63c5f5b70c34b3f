"""Wiring shared families into the shell with one call, `attach_team_sync(session)`: the sync
starts on unlock and stops on lock; after a tick the family list, the family shown (unless it
has unsaved changes) and its team strip are refreshed, and the status bar says when the team
folder was last synced (or why it could not be)."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from veldwerk.ui.status_label import permanent_label
from veldwerk.ui.team.auto_sync import TeamAutoSync, TeamTick

STATUS_LABEL = "teamStatus"


def _status_label(window: QMainWindow) -> QLabel:
    return permanent_label(window, STATUS_LABEL)


def status_text(tick: TeamTick) -> str:
    if tick.problem:
        return QCoreApplication.translate("TeamStatus", "Team folder: %1").replace(
            "%1", tick.problem
        )
    if tick.result is None:
        return ""
    return QCoreApplication.translate("TeamStatus", "Team folder synced at %1").replace(
        "%1", time.strftime("%H:%M")
    )


def attach_team_sync(session: Any, interval_minutes: float = 3) -> TeamAutoSync:
    """Automatic team sync for `session` (veldwerk.ui.session.Session)."""
    auto = TeamAutoSync(session.worker, session, interval_minutes)
    session.unlocked.connect(auto.start)
    session.locked.connect(auto.stop)

    def after(tick: TeamTick) -> None:
        window = getattr(session, "main_window", None)
        if not isinstance(window, QMainWindow):
            return
        text = status_text(tick)
        label = _status_label(window)
        label.setText(text)
        label.setAccessibleName(text)
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

    auto.synced.connect(after)
    session.unlocked.connect(hook_strip)
    return auto
