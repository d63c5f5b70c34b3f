"""New local ids for members (m1, m2...) and network members (n1, n2...)."""

from __future__ import annotations

from collections.abc import Iterable


def next_id(prefix: str, taken: Iterable[str]) -> str:
    """The first ``{prefix}{n}`` (n from 1) not in `taken`, after the highest one in use."""
    used = set(taken)
    highest = 0
    for value in used:
        if value.startswith(prefix) and value[len(prefix) :].isdigit():
            highest = max(highest, int(value[len(prefix) :]))
    n = highest + 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"
