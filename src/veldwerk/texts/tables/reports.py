"""Every word the one-page overviews (`veldwerk.reports`) print themselves, under ``report.``.

Code labels (roles, phases, barriers...) are the `codes` table's. The family version's texts are
easy-read: short sentences, one idea each, and they speak to the family ("je", "jij")."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    # both versions
    "report.confidential": ("Vertrouwelijk", "Confidential"),
    "report.more": ("+{n} meer", "+{n} more"),
    # team version
    "report.team.title": ("Teamoverzicht", "Team overview"),
    "report.team.purpose": (
        "Overzicht voor de betrokken professionals. Niet meegeven aan het gezin.",
        "Overview for the professionals involved. Not to be handed to the family.",
    ),
    "report.printed_on": ("Afgedrukt op {date}", "Printed on {date}"),
    "report.ref": ("Kenmerk {ref}", "Ref. {ref}"),
    "report.phase": ("Fase: {phase}", "Phase: {phase}"),
    "report.status_since": ("{status} op {date}", "{status} on {date}"),
    "report.due": ("Uitgerekend: {date}", "Due: {date}"),
    "report.children": ("Kinderen: {list}", "Children: {list}"),
    "report.expected": ("verwacht {date}", "expected {date}"),
    "report.unnamed": ("(naam onbekend)", "(name unknown)"),
    "report.no_primary.title": ("Geen vast aanspreekpunt", "No fixed contact person"),
    "report.no_primary.text": (
        "Wijs een vast aanspreekpunt aan.",
        "Assign a fixed contact person.",
    ),
    "report.nobody": ("Niemand op dit moment.", "Nobody at the moment."),
    "report.no_backup.title": ("Geen achterwacht", "No backup contact"),
    "report.no_backup.text": (
        "Spreek een achterwacht af, zodat het gezin altijd iemand kan bereiken.",
        "Agree on a backup so that the family can always reach someone.",
    ),
    "report.members": ("Gezinsleden", "Household"),
    "report.network": ("Netwerk", "Network"),
    "report.no_network": ("Nog geen netwerk vastgelegd.", "No network recorded yet."),
    "report.jim_tag": ("JIM", "JIM"),
    "report.jim_of": ("JIM van {name}", "JIM of {name}"),
    "report.ecomap": ("Ecogram", "Eco-map"),
    "report.family_node": ("gezin", "family"),
    "report.goals": ("Doelen en open acties", "Goals and open actions"),
    "report.no_goals": ("Geen open doelen.", "No open goals."),
    "report.no_actions": ("Geen open acties.", "No open actions."),
    "report.overdue": ("te laat", "overdue"),
    "report.journey": ("Klantreis", "Journey"),
    "report.events": (
        {"one": "{n} gebeurtenis", "other": "{n} gebeurtenissen"},
        {"one": "{n} event", "other": "{n} events"},
    ),
    "report.today": ("vandaag", "today"),
    "report.other_events": ("andere gebeurtenis", "other event"),
    "report.recent": ("Recente gebeurtenissen", "Recent events"),
    "report.no_events": ("Nog geen gebeurtenissen vastgelegd.", "No events recorded yet."),
    "report.barriers": ("Knelpunten:", "Barriers:"),
    "report.enablers": ("Werkzaam:", "Enablers:"),
    "report.days": (
        {"one": "{n} dag", "other": "{n} dagen"},
        {"one": "{n} day", "other": "{n} days"},
    ),
    "report.weeks": (
        {"one": "{n} week", "other": "{n} weken"},
        {"one": "{n} week", "other": "{n} weeks"},
    ),
    "report.months": (
        {"one": "{n} maand", "other": "{n} maanden"},
        {"one": "{n} month", "other": "{n} months"},
    ),
    "report.years": (
        {"one": "{n} jaar", "other": "{n} jaar"},
        {"one": "{n} year", "other": "{n} years"},
    ),
    # family version (easy read)
    "report.fam.for_you": ("Dit blad is voor jou.", "This page is for you."),
    "report.fam.made_on": ("Gemaakt op {date}.", "Made on {date}."),
    "report.fam.purpose": (
        "Hang het op een plek waar je het vaak ziet.",
        "Put it where you see it often.",
    ),
    "report.fam.who_helps": ("Wie helpt je?", "Who helps you?"),
    "report.fam.call_when": (
        "Bel {name} als je een vraag hebt.",
        "Call {name} when you have a question.",
    ),
    "report.fam.no_primary": ("Er is nu geen vaste hulp.", "There is no fixed helper now."),
    "report.fam.when_away": ("Als {name} er niet is", "When {name} is not there"),
    "report.fam.when_away_generic": ("Als je hulp er niet is", "When your helper is not there"),
    "report.fam.call_then": ("Bel dan {name}.", "Then call {name}."),
    "report.fam.no_backup": (
        "Vraag {name} wie je dan kunt bellen.",
        "Ask {name} who you can call then.",
    ),
    "report.fam.no_backup_generic": (
        "Vraag wie je dan kunt bellen.",
        "Ask who you can call then.",
    ),
    "report.fam.my_jim": ("Jouw JIM", "Your JIM"),
    "report.fam.jim_is": (
        "Een JIM is iemand die jij kiest om je te helpen.",
        "A JIM is someone you choose to help you.",
    ),
    "report.fam.jim_of": ("{jim} is de JIM van {member}.", "{jim} is the JIM of {member}."),
    "report.fam.jim_chosen": ("Jij hebt {name} zelf gekozen.", "You chose {name} yourself."),
    "report.fam.no_jim": ("Er is nog geen JIM.", "There is no JIM yet."),
    "report.fam.what_we_do": ("Wat gaan we doen?", "What will we do?"),
    "report.fam.who": ("Wie: {name}", "Who: {name}"),
    "report.fam.when": ("Wanneer: vóór {date}", "When: before {date}"),
    "report.fam.when_past": ("Wanneer: was vóór {date}", "When: was before {date}"),
    "report.fam.late": ("te laat", "late"),
    "report.fam.started": ("Dit is al begonnen.", "This has already started."),
    "report.fam.nothing_planned": (
        "Er staat nu niets op de lijst.",
        "There is nothing on the list now.",
    ),
    "report.fam.more": (
        {"one": "En nog 1 ander ding.", "other": "En nog {n} andere dingen."},
        {"one": "And 1 other thing.", "other": "And {n} other things."},
    ),
    "report.fam.more_jims": (
        {"one": "En nog 1 JIM.", "other": "En nog {n} JIM's."},
        {"one": "And 1 more JIM.", "other": "And {n} more JIMs."},
    ),
    # the name a saved overview is offered under: the reference only, never the family's name
    "report.file.team": ("overzicht-team-{ref}.pdf", "overview-team-{ref}.pdf"),
    "report.file.family": ("overzicht-gezin-{ref}.pdf", "overview-family-{ref}.pdf"),
}
