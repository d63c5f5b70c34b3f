"""Texts of the agenda ("Vandaag"), planned steps and retention (`domain.caseload`,
`domain.planned`, `domain.retention`, `services.agenda`, `services.retention`, and the commands
`veldwerk agenda` and `veldwerk retention`). Dates come in already formatted (`format_date`)."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    # ---- planned steps (domain.planned) ----
    "rule.step_in_future": (
        "Een stap in de toekomst kan alleen gepland zijn. Zet 'Gepland' aan, of kies een datum "
        "tot en met vandaag.",
        "A step in the future can only be planned. Tick 'Planned', or choose a date up to today.",
    ),
    "rule.planned_step_experience": (
        "Een geplande stap heeft nog geen knelpunten of werkzame factoren. Vul die in als de "
        "stap gedaan is.",
        "A planned step has no barriers or enablers yet. Fill them in once the step is done.",
    ),
    # ---- agenda entries (services.agenda) ----
    "agenda.overdue_action": (
        "Te laat sinds {date}: {title}",
        "Overdue since {date}: {title}",
    ),
    "agenda.action_due": ("Actie voor {date}: {title}", "Action due {date}: {title}"),
    "agenda.planned_step": ("Gepland op {date}: {title}", "Planned for {date}: {title}"),
    "agenda.overdue_step": (
        "Gepland op {date}, nog niet gedaan: {title}",
        "Planned for {date}, not done yet: {title}",
    ),
    "agenda.no_contact": ("Geen contact sinds {date}", "No contact since {date}"),
    "agenda.no_backup": ("Geen achterwacht", "No backup"),
    "agenda.reflection": (
        "Reflectie van {date} wacht op je goedkeuring",
        "Reflection of {date} awaits your approval",
    ),
    "agenda.retention_ended": (
        "Bewaartermijn verstreken op {date}",
        "Retention period ended on {date}",
    ),
    # ---- settings (services.config) ----
    "config.hint.weeks": (
        "een heel aantal weken van 1 tot 104",
        "a whole number of weeks from 1 to 104",
    ),
    "config.hint.years": (
        "een heel aantal jaren van 1 tot 115",
        "a whole number of years from 1 to 115",
    ),
    # ---- retention (services.retention) ----
    "retention.request_in_future": (
        "Het verzoek van de ouders kan niet later zijn dan vandaag.",
        "The parents' request cannot be later than today.",
    ),
    "retention.not_ended": (
        "De bewaartermijn van gezin {ref} is nog niet verstreken.",
        "The retention period of family {ref} has not ended yet.",
    ),
    # ---- the commands ----
    "agenda.none": (
        "Niets op de agenda: geen acties, afspraken of signalen.",
        "Nothing on the agenda: no actions, appointments or signals.",
    ),
    "retention.none": (
        "Geen gezinnen met een verstreken bewaartermijn.",
        "No families whose retention period has ended.",
    ),
    "retention.header": (
        "Kenmerk|Gezin|Gesloten op|Termijn verstreken op",
        "Reference|Family|Closed on|Period ended on",
    ),
    "retention.question": (
        {
            "one": "1 gezin met een verstreken bewaartermijn definitief wissen? Dit kan niet "
            "ongedaan worden.",
            "other": "{n} gezinnen met een verstreken bewaartermijn definitief wissen? Dit kan "
            "niet ongedaan worden.",
        },
        {
            "one": "Erase 1 family whose retention period has ended, for good? This cannot be "
            "undone.",
            "other": "Erase {n} families whose retention period has ended, for good? This "
            "cannot be undone.",
        },
    ),
    "retention.erased": (
        {
            "one": "1 gezin is gewist. In het logboek blijft alleen staan wanneer en waarom.",
            "other": "{n} gezinnen zijn gewist. In het logboek blijft alleen staan wanneer en "
            "waarom.",
        },
        {
            "one": "1 family has been erased. The log keeps only when and why.",
            "other": "{n} families have been erased. The log keeps only when and why.",
        },
    ),
    "retention.request_question": (
        "Gezin {ref} nu definitief wissen, op verzoek van de ouders van {date}? Dit kan niet "
        "ongedaan worden.",
        "Erase family {ref} now, for good, as the parents asked on {date}? This cannot be undone.",
    ),
    "retention.request_done": (
        "Gezin {ref} is gewist op verzoek van de ouders. In het logboek blijft alleen staan "
        "wanneer en waarom.",
        "Family {ref} has been erased as the parents asked. The log keeps only when and why.",
    ),
}
