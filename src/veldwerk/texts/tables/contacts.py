"""Texts of changing a family's fixed contact person or backup contact (`domain.contacts`) and the
journey step a handover adds (`domain.handover`)."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    # domain.contacts
    "contact.unknown_person": (
        "Kies iemand uit het netwerk van dit gezin.",
        "Choose someone from this family's network.",
    ),
    "contact.same_person": (
        "{name} is nu al de {role}.",
        "{name} already is the {role}.",
    ),
    "contact.not_involved": (
        "{name} is op {date} niet bij dit gezin betrokken.",
        "{name} is not involved with this family on {date}.",
    ),
    "contact.nothing_to_end": (
        "Er is nu geen {role} om te beëindigen.",
        "There is no {role} to end now.",
    ),
    "contact.primary_needed": (
        "Een actief gezin heeft altijd een {role}. Kies wie het overneemt.",
        "An active family always has a {role}. Choose who takes over.",
    ),
    # domain.handover
    "contact.before_current": (
        "De wissel kan niet vóór {start} zijn: dan begon de huidige {role} pas.",
        "The change cannot be before {start}: that is when the current {role} started.",
    ),
    "handover.title": (
        "Nieuwe {role}: {name}",
        "New {role}: {name}",
    ),
    "handover.title_ended": (
        "{role} {name} gestopt",
        "{role} {name} stopped",
    ),
}
