"""Moved to `support.report_families` and `support.report_stress`: import from there. This shim
keeps ``from reports_families import ...`` working for branches written before the move; the
lead removes it after merging them."""

from support import report_families as _report_families
from support import report_stress as _report_stress
from support.report_families import *  # noqa: F403
from support.report_stress import *  # noqa: F403

__all__ = [
    name
    for module in (_report_families, _report_stress)
    for name in dir(module)
    if not name.startswith("_")
]
