"""English plurals for texts with ``%n``.

Source texts are English and mark a plural as ``step(s)``; the Dutch translation gives proper
forms. When no translation is installed (English on screen) Qt leaves the marker, so `plural`
turns ``1 step(s)`` into ``1 step`` and ``3 step(s)`` into ``3 steps``.
"""

from __future__ import annotations


def plural(text: str, n: int) -> str:
    return text.replace("(s)", "" if n == 1 else "s")
