"""The small wording rules of the overviews: the languages they speak, "+12 more", the name a saved
overview is offered under, and an age in the unit people use.

Their words are the text catalogue's ``report.*`` entries (`veldwerk.texts.tables.reports`), their
dates `veldwerk.texts.format_date` ("short" on the team version, "long" on the family version),
and code labels `domain.codes.label`.
"""

from __future__ import annotations

from datetime import date

from veldwerk.texts import text

LANGS = ("nl", "en")


def check_lang(lang: str) -> str:
    """`lang` when the reports speak it; a programming error otherwise."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language for a report: {lang!r}")
    return lang


def more(n: int, lang: str) -> str:
    """ "+12 meer" / "+12 more"."""
    return text("report.more", lang, n=n)


def file_name(ref: str, family_version: bool, lang: str) -> str:
    """The name a saved overview is offered under, in `lang`: "overzicht-gezin-HW-2026-001.pdf"
    / "overview-team-HW-2026-001.pdf". Only the reference, with every character that is not a
    letter, a digit, "-" or "_" made a "-", so it is a safe file name everywhere."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in ref)
    return text("report.file.family" if family_version else "report.file.team", lang, ref=safe)


def age(born: date, today: date, lang: str) -> str:
    """A child's or adult's age in the unit people use: days, weeks, months, then years."""
    days = (today - born).days
    if days < 0:
        return ""
    if days < 14:
        return text("report.days", lang, n=days)
    if days < 8 * 7:
        return text("report.weeks", lang, n=days // 7)
    months = (today.year - born.year) * 12 + today.month - born.month
    if today.day < born.day:
        months -= 1
    if months < 24:
        return text("report.months", lang, n=months)
    return text("report.years", lang, n=months // 12)
