"""Pausing Python's cycle collector while tens of thousands of small objects are made.

The facts of 50,000 families are some 500,000 tuples; while they are made, the cycle collector
runs again and again over everything made so far, which tripled the time to load them. Tuples of
strings and numbers hold no cycles, so nothing is lost by collecting once afterwards instead.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycle_collector_paused() -> Iterator[None]:
    """Turn the cycle collector off for the block (on again after it, if it was on)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
