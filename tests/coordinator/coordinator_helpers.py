"""Moved to `support.coordinator`: import from there. This shim keeps ``from coordinator_helpers
import ...`` working for branches written before the move; the lead removes it after merging
them."""

from support import coordinator as _coordinator
from support.coordinator import *  # noqa: F403

__all__ = [name for module in (_coordinator,) for name in dir(module) if not name.startswith("_")]
