"""Syncing shared families at unlock and every few minutes, off the GUI thread, through the
app's one task runner (`ui.tasks.TaskRunner`, without a progress dialog: it is background
work). Offline nothing is lost: the next tick catches up. It never shows a dialog; its status
goes to the status bar, and what changed to the main window (the list, the family shown)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from veldwerk.domain.errors import DomainError
from veldwerk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from veldwerk.progress import CancelToken, Progress
    from veldwerk.services.team_sync import SyncResult
    from veldwerk.ui.db_worker import DbWorker
    from veldwerk.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TeamTick:
    """What one tick found: the sync's result (None: no team folder set, or nothing shared
    and no colleague known), or the reason it could not reach the folder."""

    result: SyncResult | None
    problem: DomainError | None = None


def sync_team(ws: Workspace, progress: Progress, cancel: CancelToken) -> TeamTick:
    """One sync when a team folder is set and there is someone to share with."""
    if not ws.config.get("team_folder") or not ws.team.colleagues():
        return TeamTick(None)
    try:
        return TeamTick(ws.team_sync.sync(progress, cancel))
    except DomainError as exc:  # the folder is not there now: said in the status bar
        log.info("team sync: %s", exc.code)
        return TeamTick(None, exc)


class TeamAutoSync(QObject):
    """`start()` on unlock, `stop()` on lock; `synced(TeamTick)` after each tick."""

    synced = Signal(object)

    def __init__(
        self, worker: DbWorker, parent: QObject | None = None, interval_minutes: float = 3
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.tasks = TaskRunner(worker)
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, round(interval_minutes * 60_000)))
        self._timer.timeout.connect(self.sync_now)
        self._generation = 0
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        self._generation += 1
        self._timer.start()
        self.sync_now()

    def stop(self) -> None:
        self._running = False
        self._generation += 1
        self._timer.stop()

    def sync_now(self) -> bool:
        """One sync in the background; False when it cannot start now (locked, or one runs)."""
        if not self._running or not self._worker.has_workspace:
            return False
        generation = self._generation

        def done(tick: TeamTick) -> None:
            if generation == self._generation:
                self.synced.emit(tick)

        return self.tasks.start(None, sync_team, done, lambda _e: None)
