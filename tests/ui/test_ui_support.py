"""Moved to `support.shell`: import from there. This shim keeps ``from test_ui_support import
...`` working for branches written before the move; the lead removes it after merging them."""

from support import shell as _shell
from support.shell import *  # noqa: F403

__all__ = [name for module in (_shell,) for name in dir(module) if not name.startswith("_")]
