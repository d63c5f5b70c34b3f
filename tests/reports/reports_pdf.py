"""Moved to `support.pdf`: import from there. This shim keeps ``from reports_pdf import ...``
working for branches written before the move; the lead removes it after merging them."""

from support import pdf as _pdf
from support.pdf import *  # noqa: F403

__all__ = [name for module in (_pdf,) for name in dir(module) if not name.startswith("_")]
