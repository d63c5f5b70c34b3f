"""Moved to `support.postgres`: import from there. This shim keeps ``from coordinator_pg import
...`` working for branches written before the move; the lead removes it after merging them."""

from support import postgres as _postgres
from support.postgres import *  # noqa: F403

__all__ = [name for module in (_postgres,) for name in dir(module) if not name.startswith("_")]
