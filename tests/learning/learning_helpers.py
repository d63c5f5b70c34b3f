"""Moved to `support.learning`: import from there. This shim keeps ``from learning_helpers import
...`` working for branches written before the move; the lead removes it after merging them."""

from support import learning as _learning
from support.learning import *  # noqa: F403

__all__ = [name for module in (_learning,) for name in dir(module) if not name.startswith("_")]
