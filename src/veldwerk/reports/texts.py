"""Every word the overviews print themselves, in Dutch and English, and their dates and ages.

Code labels (roles, phases, barriers...) are not here: they come from `domain.codes.label`.
The reports run without Qt, so this small table is their translation. The family version's texts
are easy-read: short sentences, one idea each.
"""

from __future__ import annotations

from datetime import date
from typing import Any

LANGS = ("nl", "en")

# key -> (Dutch, English); a key ending in ".one" / ".other" is a singular / plural pair.
TEXTS: dict[str, tuple[str, str]] = {
    # both versions
    "confidential": ("Vertrouwelijk", "Confidential"),
    "more": ("+{n} meer", "+{n} more"),
    # team version
    "team.title": ("Teamoverzicht", "Team overview"),
    "team.purpose": (
        "Overzicht voor de betrokken professionals. Niet meegeven aan het gezin.",
        "Overview for the professionals involved. Not to be handed to the family.",
    ),
    "printed_on": ("Afgedrukt op {date}", "Printed on {date}"),
    "ref": ("Kenmerk {ref}", "Ref. {ref}"),
    "phase": ("Fase: {phase}", "Phase: {phase}"),
    "status_since": ("{status} op {date}", "{status} on {date}"),
    "due": ("Uitgerekend: {date}", "Due: {date}"),
    "children": ("Kinderen: {list}", "Children: {list}"),
    "expected": ("verwacht {date}", "expected {date}"),
    "unnamed": ("(naam onbekend)", "(name unknown)"),
    "no_primary.title": ("Geen vast aanspreekpunt", "No fixed contact person"),
    "no_primary.text": (
        "Wijs een vast aanspreekpunt aan.",
        "Assign a fixed contact person.",
    ),
    "nobody": ("Niemand op dit moment.", "Nobody at the moment."),
    "no_backup.title": ("Geen achterwacht", "No backup contact"),
    "no_backup.text": (
        "Spreek een achterwacht af, zodat het gezin altijd iemand kan bereiken.",
        "Agree on a backup so that the family can always reach someone.",
    ),
    "members": ("Gezinsleden", "Household"),
    "network": ("Netwerk", "Network"),
    "no_network": ("Nog geen netwerk vastgelegd.", "No network recorded yet."),
    "jim_tag": ("JIM", "JIM"),
    "jim_of": ("JIM van {name}", "JIM of {name}"),
    "ecomap": ("Ecogram", "Eco-map"),
    "family_node": ("gezin", "family"),
    "goals": ("Doelen en open acties", "Goals and open actions"),
    "no_goals": ("Geen open doelen.", "No open goals."),
    "no_actions": ("Geen open acties.", "No open actions."),
    "overdue": ("te laat", "overdue"),
    "journey": ("Klantreis", "Journey"),
    "events.one": ("{n} gebeurtenis", "{n} event"),
    "events.other": ("{n} gebeurtenissen", "{n} events"),
    "today": ("vandaag", "today"),
    "other_events": ("andere gebeurtenis", "other event"),
    "recent": ("Recente gebeurtenissen", "Recent events"),
    "no_events": ("Nog geen gebeurtenissen vastgelegd.", "No events recorded yet."),
    "barriers": ("Knelpunten:", "Barriers:"),
    "enablers": ("Werkzaam:", "Enablers:"),
    "days.one": ("{n} dag", "{n} day"),
    "days.other": ("{n} dagen", "{n} days"),
    "weeks.one": ("{n} week", "{n} week"),
    "weeks.other": ("{n} weken", "{n} weeks"),
    "months.one": ("{n} maand", "{n} month"),
    "months.other": ("{n} maanden", "{n} months"),
    "years.one": ("{n} jaar", "{n} year"),
    "years.other": ("{n} jaar", "{n} years"),
    # family version (easy read)
    "fam.for_you": ("Dit blad is voor jou.", "This page is for you."),
    "fam.made_on": ("Gemaakt op {date}.", "Made on {date}."),
    "fam.purpose": (
        "Hang het op een plek waar je het vaak ziet.",
        "Put it where you see it often.",
    ),
    "fam.who_helps": ("Wie helpt je?", "Who helps you?"),
    "fam.call_when": ("Bel {name} als je een vraag hebt.", "Call {name} when you have a question."),
    "fam.no_primary": ("Er is nu geen vaste hulp.", "There is no fixed helper now."),
    "fam.when_away": ("Als {name} er niet is", "When {name} is not there"),
    "fam.when_away_generic": ("Als je hulp er niet is", "When your helper is not there"),
    "fam.call_then": ("Bel dan {name}.", "Then call {name}."),
    "fam.no_backup": ("Vraag {name} wie je dan kunt bellen.", "Ask {name} who you can call then."),
    "fam.no_backup_generic": (
        "Vraag wie je dan kunt bellen.",
        "Ask who you can call then.",
    ),
    "fam.my_jim": ("Jouw JIM", "Your JIM"),
    "fam.jim_of": ("{jim} is de JIM van {member}.", "{jim} is the JIM of {member}."),
    "fam.jim_chosen": ("Jij hebt {name} zelf gekozen.", "You chose {name} yourself."),
    "fam.no_jim": ("Er is nog geen JIM.", "There is no JIM yet."),
    "fam.what_we_do": ("Wat gaan we doen?", "What will we do?"),
    "fam.who": ("Wie: {name}", "Who: {name}"),
    "fam.when": ("Wanneer: vóór {date}", "When: before {date}"),
    "fam.when_past": ("Wanneer: was vóór {date}", "When: was before {date}"),
    "fam.late": ("te laat", "late"),
    "fam.started": ("Dit is al begonnen.", "This has already started."),
    "fam.nothing_planned": ("Er staat nu niets op de lijst.", "There is nothing on the list now."),
    "fam.more.one": ("En nog 1 ander ding.", "And 1 other thing."),
    "fam.more.other": ("En nog {n} andere dingen.", "And {n} other things."),
    "fam.more_jims.one": ("En nog 1 JIM.", "And 1 more JIM."),
    "fam.more_jims.other": ("En nog {n} JIM's.", "And {n} more JIMs."),
    # the name a saved overview is offered under: the reference only, never the family's name
    "file.team": ("overzicht-team-{ref}.pdf", "overview-team-{ref}.pdf"),
    "file.family": ("overzicht-gezin-{ref}.pdf", "overview-family-{ref}.pdf"),
}

_MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_SHORT_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def check_lang(lang: str) -> str:
    """`lang` when the reports speak it; a programming error otherwise."""
    if lang not in LANGS:
        raise ValueError(f"unsupported language for a report: {lang!r}")
    return lang


def text(key: str, lang: str, **params: Any) -> str:
    """The text for `key` in `lang`, with its `{name}` parameters filled in."""
    nl, en = TEXTS[key]
    template = nl if lang == "nl" else en
    return template.format(**params) if params else template


def plural(key: str, n: int, lang: str, **params: Any) -> str:
    """The singular (`key.one`) or plural (`key.other`) text for count `n`."""
    return text(f"{key}.{'one' if n == 1 else 'other'}", lang, n=n, **params)


def more(n: int, lang: str) -> str:
    """ "+12 meer" / "+12 more"."""
    return text("more", lang, n=n)


def file_name(ref: str, family_version: bool, lang: str) -> str:
    """The name a saved overview is offered under, in `lang`: "overzicht-gezin-HW-2026-001.pdf"
    / "overview-team-HW-2026-001.pdf". Only the reference, with every character that is not a
    letter, a digit, "-" or "_" made a "-", so it is a safe file name everywhere."""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in ref)
    return text("file.family" if family_version else "file.team", lang, ref=safe)


def short_date(d: date, lang: str) -> str:
    """ "14 sep 2026" / "14 Sep 2026": unambiguous in both languages."""
    return f"{d.day} {_SHORT_MONTHS[lang][d.month - 1]} {d.year}"


def long_date(d: date, lang: str) -> str:
    """ "14 september 2026" / "14 September 2026", for the family version."""
    return f"{d.day} {_MONTHS[lang][d.month - 1]} {d.year}"


def age(born: date, today: date, lang: str) -> str:
    """A child's or adult's age in the unit people use: days, weeks, months, then years."""
    days = (today - born).days
    if days < 0:
        return ""
    if days < 14:
        return plural("days", days, lang)
    if days < 8 * 7:
        return plural("weeks", days // 7, lang)
    months = (today.year - born.year) * 12 + today.month - born.month
    if today.day < born.day:
        months -= 1
    if months < 24:
        return plural("months", months, lang)
    return plural("years", months // 12, lang)
