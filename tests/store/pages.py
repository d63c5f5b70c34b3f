"""Moved to `support.pages`: import from there. This shim keeps ``from pages import ...`` working
for branches written before the move; the lead removes it after merging them."""

from support import pages as _pages
from support.pages import *  # noqa: F403

__all__ = [name for module in (_pages,) for name in dir(module) if not name.startswith("_")]
