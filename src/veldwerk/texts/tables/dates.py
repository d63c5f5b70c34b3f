"""Texts of dates: why a typed text is no date (`domain.dates.parse_typed_date`), and the names of
the months, full and short, that `veldwerk.texts.dates.format_date` and those texts use."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

MONTHS: tuple[tuple[str, str], ...] = (
    ("januari", "January"),
    ("februari", "February"),
    ("maart", "March"),
    ("april", "April"),
    ("mei", "May"),
    ("juni", "June"),
    ("juli", "July"),
    ("augustus", "August"),
    ("september", "September"),
    ("oktober", "October"),
    ("november", "November"),
    ("december", "December"),
)
"""Month 1 to 12 in Dutch and English."""

SHORT_MONTHS: tuple[tuple[str, str], ...] = (
    ("jan", "Jan"),
    ("feb", "Feb"),
    ("mrt", "Mar"),
    ("apr", "Apr"),
    ("mei", "May"),
    ("jun", "Jun"),
    ("jul", "Jul"),
    ("aug", "Aug"),
    ("sep", "Sept"),
    ("okt", "Oct"),
    ("nov", "Nov"),
    ("dec", "Dec"),
)
"""Month 1 to 12 as short dates write it: Dutch without a full stop, British English."""

TEXTS: dict[str, Entry] = {
    "date.not_a_date": (
        "Deze datum is niet te lezen. Schrijf hem als dag-maand-jaar, bijvoorbeeld 24-11-2026.",
        "This date cannot be read. Write it as day-month-year, for example 24-11-2026.",
    ),
    "date.no_such_day": (
        "{day} {month} bestaat niet.",
        "{day} {month} does not exist.",
    ),
    "date.no_leap_day": (
        "29 februari {year} bestaat niet: {year} is geen schrikkeljaar.",
        "29 February {year} does not exist: {year} is not a leap year.",
    ),
    "date.no_such_month": (
        "Er is geen maand {month}. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 24-11-2026.",
        "There is no month {month}. Write the date as day-month-year, for example 24-11-2026.",
    ),
    **{f"date.month.{i}": names for i, names in enumerate(MONTHS, start=1)},
    **{f"date.month_short.{i}": names for i, names in enumerate(SHORT_MONTHS, start=1)},
}
