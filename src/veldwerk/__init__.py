"""veldwerk: offline-first, encrypted case records for the first 1000 days.

The version has one source: the package metadata (``pyproject.toml``'s ``version``, installed
with the package and copied into the frozen app). It is read on first use, not at import:
importlib.metadata costs tens of milliseconds the first window must not wait for.
"""

from __future__ import annotations

import functools

UNKNOWN_VERSION = "0+unknown"


@functools.cache
def version() -> str:
    """The installed veldwerk's version, or ``0+unknown`` when it runs from a bare source tree
    without its metadata."""
    from importlib import metadata

    try:
        return metadata.version("veldwerk")
    except metadata.PackageNotFoundError:
        return UNKNOWN_VERSION


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'veldwerk' has no attribute {name!r}")
