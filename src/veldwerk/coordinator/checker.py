"""Checking the files a collection read: in this process, then in worker processes once many
files need checking; results come back in any order.

Worker processes never open a file of the shared folder: they get the bytes this process read
(`scan.read_file`, the one safe read) and send back plain data (`verify.py`). The bytes waiting
for or in a worker are limited (`scan.MAX_BYTES_IN_FLIGHT`): before more is read, `make_room`
waits for results until the next file fits.

If the pool cannot work (say the program was started without the ``if __name__ == "__main__"``
guard that process start-up needs), the files are checked in this process instead.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from veldwerk.coordinator.scan import MAX_BYTES_IN_FLIGHT
from veldwerk.coordinator.verify import Refused, Verified, init_worker, verify, verify_in_worker
from veldwerk.learning.envelope import MARKER

log = logging.getLogger(__name__)

POOL_AFTER_SECONDS = 0.5
POOL_WORTH_SECONDS = 2.0
"""Files are checked in this process; once that took `POOL_AFTER_SECONDS` and the files still
to come would take more than `POOL_WORTH_SECONDS` at the same pace, worker processes are started
(starting them costs about a second)."""

POOL_FROM_START_ENV = "VELDWERK_POOL_FROM_START"
"""When set, worker processes check every bundle from the first one on: the frozen app's smoke
test proves with it that its worker processes start (and do not start the app again)."""


class Checker:
    """See the module's text."""

    def __init__(self, private_key: X25519PrivateKey | None, workers: int | None) -> None:
        self._key = private_key
        self._workers = workers if workers is not None else min(os.cpu_count() or 1, 8)
        self._inline_seconds = 0.0
        self._inline_bytes = 0
        self.bytes_to_come = 0
        """Bytes of the files not read yet (kept up to date by the caller)."""
        self._pool: ProcessPoolExecutor | None = None
        self._pending: dict[Future[Verified | Refused], tuple[bytes, str]] = {}
        self._ready: list[Verified | Refused] = []

    @property
    def bytes_in_flight(self) -> int:
        """Bytes sent to the worker processes whose results have not come back."""
        return sum(len(data) for data, _ in self._pending.values())

    def _start_pool(self) -> ProcessPoolExecutor:
        raw = None
        if self._key is not None:
            raw = self._key.private_bytes(
                serialization.Encoding.Raw,
                serialization.PrivateFormat.Raw,
                serialization.NoEncryption(),
            )
        log.info("checking bundles in %d worker processes", self._workers)
        return ProcessPoolExecutor(
            max_workers=self._workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_worker,
            initargs=(raw,),
        )

    def make_room(self, size: int) -> None:
        """Wait for results until `size` more bytes fit in `MAX_BYTES_IN_FLIGHT`."""
        while self._pending and self.bytes_in_flight + size > MAX_BYTES_IN_FLIGHT:
            self._drain(block=True)

    def submit(self, data: bytes, sha256: str) -> None:
        if not data.startswith(MARKER):
            self._ready.append(verify(data, sha256, self._key))  # refused at once: not sent
            return
        if self._pool is None:
            if not self._pool_pays_off():
                started = time.perf_counter()
                self._ready.append(verify(data, sha256, self._key))
                self._inline_seconds += time.perf_counter() - started
                self._inline_bytes += len(data)
                return
            self._pool = self._start_pool()
        if len(self._pending) >= 4 * self._workers:
            self._drain(block=False)
        if len(self._pending) >= 4 * self._workers or self._workers <= 1:
            # the workers have enough to do (or are still starting, or the pool broke): check
            # this one here instead of waiting idle
            self._ready.append(verify(data, sha256, self._key))
            return
        self._pending[self._pool.submit(verify_in_worker, data, sha256)] = (data, sha256)

    def _pool_pays_off(self) -> bool:
        if self._workers > 1 and os.environ.get(POOL_FROM_START_ENV):
            return True
        if self._workers <= 1 or self._inline_seconds < POOL_AFTER_SECONDS:
            return False
        pace = self._inline_bytes / self._inline_seconds
        return self.bytes_to_come / pace > POOL_WORTH_SECONDS

    def _drain(self, *, block: bool) -> None:
        if not self._pending:
            return
        done, _ = wait(self._pending, timeout=None if block else 0, return_when=FIRST_COMPLETED)
        for future in done:
            data, sha256 = self._pending.pop(future)
            try:
                self._ready.append(future.result())
            except BrokenProcessPool:
                self._fall_back()
                self._ready.append(verify(data, sha256, self._key))

    def _fall_back(self) -> None:
        if self._workers > 1:
            log.warning("worker processes failed; checking bundles in this process")
        self._workers = 1
        for data, sha256 in self._pending.values():
            self._ready.append(verify(data, sha256, self._key))
        self._pending = {}

    def results(self, *, block: bool = False) -> Iterator[Verified | Refused]:
        """Results ready so far (all of them, waiting, when `block`)."""
        self._drain(block=False)
        while True:
            ready, self._ready = self._ready, []
            yield from ready
            if not (block and self._pending):
                return
            self._drain(block=True)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._pending = {}
