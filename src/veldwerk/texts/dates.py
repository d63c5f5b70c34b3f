"""Dates as people read them, in Dutch and English: the one date formatter of the program.

``format_date(day, lang, style)``, with the style chosen by where the date is shown:

========== ====================== ====================== =========================================
style      Dutch                  English                used for
========== ====================== ====================== =========================================
short      24 nov 2026            24 Nov 2026            lists and tabs, the team overview
long       24 november 2026       24 November 2026       the family overview, the coordinator's
                                                         report
numeric    24-11-2026             2026-11-24             the family list, the contact history
moment     24-11-2026 14:02       2026-11-24 14:02       a moment (a delivery), in local time
========== ====================== ====================== =========================================

The month names are the catalogue's (``date.month.N``, ``date.month_short.N``); English
abbreviates September as "Sept", as British English does. None is shown as an empty text.
How a date is *typed* into a field is the domain's (`domain.dates.typed_form`).
"""

from __future__ import annotations

from datetime import date, datetime

from veldwerk.texts.catalogue import text

STYLES: tuple[str, ...] = ("short", "long", "numeric", "moment")


def format_date(day: date | None, lang: str, style: str = "short") -> str:
    """`day` in `lang` ("nl", or else English) in `style` (see the module's docstring).

    "moment" needs a `datetime`; it is shown in local time. An unknown style is a programming
    error (ValueError)."""
    if style not in STYLES:
        raise ValueError(f"unknown date style: {style!r}")
    if day is None:
        return ""
    if style == "short":
        return f"{day.day} {text(f'date.month_short.{day.month}', lang)} {day.year}"
    if style == "long":
        return f"{day.day} {text(f'date.month.{day.month}', lang)} {day.year}"
    if style == "numeric":
        return day.strftime("%d-%m-%Y") if lang == "nl" else day.isoformat()
    if not isinstance(day, datetime):
        raise ValueError("the style 'moment' needs a date with a time")
    local = day.astimezone()
    return local.strftime("%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M")


def format_iso_date(value: str, lang: str, style: str = "short") -> str:
    """An ISO date ("2026-12-01", or the date part of a longer ISO text) in `style`; any other
    text as it is (a value read from a file or a database that is no date)."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return format_date(day, lang, style)
