"""The hybrid logical clock that orders the changes of a shared family.

A time is the wall clock in milliseconds, a counter for changes within the same millisecond
(or while the wall clock lags behind a time already seen) and the device that made it. Written
as one fixed-width string, ``"<ms:12 hex>.<counter:4 hex>.<device>"``, its order as text is its
order in time, with the device as the last tie-breaker: every change gets a name that no other
change has, and every device sorts the same changes the same way.

`Clock.tick` gives the time of a change made here; `Clock.seen` moves the clock past a time
received from another device, so a change made after reading one is always later than it, even
when this device's wall clock runs behind.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

_COUNTER_LIMIT = 0xFFFF
PATTERN = re.compile(r"\A([0-9a-f]{12})\.([0-9a-f]{4})\.([0-9a-f]{32})\Z")


@dataclass(frozen=True, order=True)
class Stamp:
    """One moment of the clock: compares as (ms, counter, device)."""

    ms: int
    counter: int
    device: str

    def text(self) -> str:
        return f"{self.ms:012x}.{self.counter:04x}.{self.device}"

    @classmethod
    def parse(cls, value: str) -> Stamp:
        """The stamp written as `value`; ValueError when it is not one."""
        found = PATTERN.match(value)
        if found is None:
            raise ValueError("not a clock time")
        return cls(int(found.group(1), 16), int(found.group(2), 16), found.group(3))


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


class Clock:
    """The clock of one device, starting after `last` (the latest time it made or saw)."""

    def __init__(
        self, device: str, last: Stamp | None = None, now: Callable[[], int] = wall_ms
    ) -> None:
        self.device = device
        self._ms = last.ms if last else 0
        self._counter = last.counter if last else 0
        self._now = now

    @property
    def last(self) -> Stamp:
        return Stamp(self._ms, self._counter, self.device)

    def tick(self) -> Stamp:
        """A new time, later than every time this clock made or saw."""
        now = self._now()
        if now > self._ms:
            self._ms, self._counter = now, 0
        elif self._counter < _COUNTER_LIMIT:
            self._counter += 1
        else:  # more changes in one millisecond than the counter holds: borrow the next one
            self._ms, self._counter = self._ms + 1, 0
        return self.last

    def seen(self, stamp: Stamp) -> None:
        """Move past `stamp`, a time from another device (a time far in the future is still
        taken: refusing it would make this device's changes lose to it for ever)."""
        if (stamp.ms, stamp.counter) > (self._ms, self._counter):
            self._ms, self._counter = stamp.ms, stamp.counter
