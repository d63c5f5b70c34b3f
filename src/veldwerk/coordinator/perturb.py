"""How a count of families (or events) is changed before it is published: rounded.

Every published count is the true count rounded to the nearest 5, and from 50 on to the nearest
10 (halves up: 55 becomes 60). So a published number is at most 2 off below 50 and at most 5 off
from 50 on, and never negative. The rounding depends on the count alone: the same set of families
gets the same published number in every table, chart and filtered view, and in every later
publication while that set stays the same, so nothing can be averaged away by asking again.

Why rounding and not random noise drawn per cell (the Cell Key Method): what a reader of two
successive publications sees is how often a number moves when one family joins. Noise that is
drawn afresh when the set of families changes moves the number more than half the time, while
the cells the family is not in stay put: "this number moved" then says "the new family is in
it". A rounded number moves only when the count crosses the middle between two steps: one time
in 5 below 50, one in 10 above. Measured in ``tests/coordinator/test_coordinator_publication.py``
(recall minus false-positive rate of "the family has C because C went up", 440 families): exact
counts 1.00, Cell Key noise -2..+2 0.57, rounded 0.06. `docs/coordinator-outputs.md` has more.

The parameters of what is published live here, with no imports, so the command line can show
them without loading the rest: the threshold (`suppress.py` applies it) and the rounding.
"""

from __future__ import annotations

DEFAULT_THRESHOLD = 10
"""Fewer families than this are never published (as Kansrijke Start's local monitor does)."""
MIN_THRESHOLD = 5
"""A lower threshold is refused."""

STEP = 5
"""Counts below `COARSE_FROM` are rounded to a multiple of this."""
COARSE_FROM = 50
COARSE_STEP = 10
"""Counts from `COARSE_FROM` on are rounded to a multiple of this."""
MAX_CHANGE = COARSE_STEP // 2
"""The most a published count differs from the true one (at the threshold it can be a step
minus one, see `published_count`)."""


def step_of(count: int) -> int:
    """The rounding step for `count`: 5, or 10 from 50 on."""
    return COARSE_STEP if count >= COARSE_FROM else STEP


def rounded(count: int) -> int:
    """`count` rounded to the nearest multiple of its step, halves up (never negative)."""
    if count <= 0:
        return 0
    step = step_of(count)
    return step * ((count + step // 2) // step)


def lowest_published(threshold: int) -> int:
    """The smallest number a count of at least `threshold` is published as: the threshold
    rounded, or the next step up when rounding would take it below the threshold (so that no
    published number is below the threshold: with threshold 12, 12 is published as 15)."""
    value = rounded(threshold)
    while value < threshold:
        value += step_of(value)
    return value


def published_count(count: int, threshold: int) -> int | None:
    """What a count of families is published as: None below the threshold (hidden), otherwise
    `rounded(count)`, but never below `lowest_published(threshold)`."""
    if count < threshold:
        return None
    return max(rounded(count), lowest_published(threshold))
