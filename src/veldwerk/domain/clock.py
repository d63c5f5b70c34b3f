"""Today's date, in one place, so that rules about "the future" can be tested on a fixed day."""

from __future__ import annotations

import os
from datetime import date


def today() -> date:
    """Today; `VELDWERK_TODAY` (YYYY-MM-DD) fixes it for tests and demos."""
    fixed = os.environ.get("VELDWERK_TODAY")
    if fixed:
        return date.fromisoformat(fixed)
    return date.today()
