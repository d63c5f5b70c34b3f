"""Column widths that fit a table's width: pure arithmetic, no Qt."""

from __future__ import annotations


def shrink_to_fit(widths: dict[int, int], floors: dict[int, int], excess: int) -> dict[int, int]:
    """`widths` with `excess` pixels taken off, a pixel at a time from the widest column (so
    columns of one width shrink together), never below a column's floor (its title); returns
    less taken off when the floors do not allow it all."""
    out = dict(widths)
    while excess > 0:
        above = [c for c in out if out[c] > floors.get(c, 0)]
        if not above:
            break
        widest = max(above, key=lambda c: out[c])
        out[widest] -= 1
        excess -= 1
    return out
