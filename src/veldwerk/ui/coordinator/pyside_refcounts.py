"""A guard against a reference-counting bug of PySide6 6.12 on CPython 3.11.

On CPython 3.11 with PySide6 6.12.0, every call of a Qt method that returns nothing gives up one
reference to ``None`` that it never took, and every ``Signal.emit`` one to ``True``. ``None``
starts with some 5,000 references, so after a few thousand such calls (a few minutes of use)
the interpreter aborts with "Fatal Python error: none_dealloc" (or ``bool_dealloc``). From
CPython 3.12 on these objects are immortal and the bug does no harm.

`protect_singletons()` adds a very large number to the reference counts of ``None``, ``True``
and ``False`` once per process, on CPython before 3.12 only, so the lost references can never
bring them to zero. It changes nothing else. The real fix is a PySide6 without the bug, or
CPython 3.12 or later.
"""

from __future__ import annotations

import ctypes
import sys
import threading

PADDING = 1 << 40
_done = False
_lock = threading.Lock()


def needed() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def protect_singletons() -> bool:
    """Pad the reference counts (once per process); True when padding was applied now."""
    global _done
    with _lock:
        if _done or not needed():
            return False
        for obj in (None, True, False):
            # ob_refcnt is the first field of every CPython object: a Py_ssize_t at id(obj)
            ctypes.c_ssize_t.from_address(id(obj)).value += PADDING
        _done = True
        return True
