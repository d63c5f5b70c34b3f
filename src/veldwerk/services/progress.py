"""Moved to the ground floor (`veldwerk.progress`); this re-export goes once nothing imports it."""

from veldwerk.progress import Cancelled, CancelToken, Progress, check, report

__all__ = ["CancelToken", "Cancelled", "Progress", "check", "report"]
