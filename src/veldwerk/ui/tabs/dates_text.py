"""Dates as a case director reads them in lists: "24 nov 2026" (typed dates, as in the date
fields, are the domain's: `domain.dates.parse_typed_date`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


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
