"""Moved to `support.tabs`: import from there. This shim keeps ``from tabs_support import ...``
working for branches written before the move; the lead removes it after merging them."""

from support import tabs as _tabs
from support.tabs import *  # noqa: F403

__all__ = [name for module in (_tabs,) for name in dir(module) if not name.startswith("_")]
