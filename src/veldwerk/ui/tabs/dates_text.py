"""Dates as a case director reads and types them: 24-11-2026 in fields, "24 nov 2026" in lists."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale

_DMY = re.compile(r"\s*(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{4})\s*")
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*")


def parse_date(text: str) -> date | None:
    """`text` as a date: day-month-year (``24-11-2026``, ``24/11/2026``, ``24.11.2026``) or ISO
    (``2026-11-24``); None when empty. Raises ValueError when it cannot be read."""
    if not text.strip():
        return None
    m = _DMY.fullmatch(text)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _ISO.fullmatch(text)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    raise ValueError("unreadable date")


def field_text(day: date | None) -> str:
    """The text of a date field: ``24-11-2026``, or empty."""
    return "" if day is None else f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def locale_for(lang: str) -> QLocale:
    if lang == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def display(day: date | None, lang: str) -> str:
    """A date in a list: ``24 nov 2026`` / ``24 Nov 2026``; empty for None."""
    if day is None:
        return ""
    text = locale_for(lang).toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
    return text.replace(".", "")
