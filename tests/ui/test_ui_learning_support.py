"""Moved to `support.learning_ui`: import from there. This shim keeps ``from
test_ui_learning_support import ...`` working for branches written before the move; the lead
removes it after merging them."""

from support import learning_ui as _learning_ui
from support.learning_ui import *  # noqa: F403

__all__ = [name for module in (_learning_ui,) for name in dir(module) if not name.startswith("_")]
