"""Auto-lock after idle time: an application-wide event filter that notices the user.

Any key press, mouse click or movement, wheel or touch restarts the countdown; when it runs out,
`idle` is emitted and the session locks. The countdown runs only while unlocked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)

DEFAULT_MINUTES = 5


class IdleWatcher(QObject):
    """Emits `idle` after `interval_ms` without user input, while `active`."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # exact: a coarse timer may fire up to 5% early (15 s of 5 minutes)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(DEFAULT_MINUTES * 60_000)
        self._timer.timeout.connect(self._timed_out)
        self._active = False

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """The idle time before locking (tests use a fraction of a second)."""
        self._timer.setInterval(max(1, ms))
        if self._active:
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._active

    @property
    def remaining_ms(self) -> int:
        """Milliseconds until locking (-1 when not counting down)."""
        return self._timer.remainingTime() if self._active else -1

    def start(self) -> None:
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if self._active and event.type() in ACTIVITY:
            self._timer.start()
        return False

    def _timed_out(self) -> None:
        if self._active:
            self._active = False
            self.idle.emit()
