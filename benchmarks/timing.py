"""The one timer of the benchmarks: the median wall time of a few runs, after warm-up runs
that are not counted (a first run pays for imports, caches and compiled statements)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(fn: Callable[[], object], repeat: int = 1, *, warm_up: int = 0) -> float:
    """Median wall time in seconds of `repeat` runs of `fn`, after `warm_up` uncounted runs."""
    for _ in range(warm_up):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)
