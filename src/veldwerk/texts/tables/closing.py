"""Texts of closing and reopening a family (`domain.closing`, `veldwerk close`, `veldwerk
reopen`) and of the handover notes (`domain.handover.HandoverNotes`), issue 14."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    # domain.closing
    "closing.in_future": (
        "{date} ligt in de toekomst. Kies vandaag of een eerdere dag.",
        "{date} is in the future. Choose today or an earlier day.",
    ),
    "closing.before_opened": (
        "Afsluiten kan niet vóór {date}: toen is het gezin pas aangemeld.",
        "Closing cannot be before {date}: that is when the family was opened.",
    ),
    "closing.reopen_early": (
        "Heropenen kan niet vóór {date}: toen is het gezin afgesloten.",
        "Reopening cannot be before {date}: that is when the family was closed.",
    ),
    "closing.already_closed": (
        "Dit gezin is al afgesloten.",
        "This family is already closed.",
    ),
    "closing.not_closed": (
        "Dit gezin is niet afgesloten; heropenen is niet nodig.",
        "This family is not closed; there is nothing to reopen.",
    ),
    "closing.reason_required": (
        "Kies een reden om het gezin af te sluiten.",
        "Choose a reason for closing the family.",
    ),
    "closing.reopen_no_primary": (
        "Dit gezin heeft nu geen {role}. Een actief gezin heeft er altijd één: "
        "wijs eerst een {role} aan (wissel contactpersoon), en heropen het gezin daarna.",
        "This family has no {role} now. An active family always has one: "
        "choose a {role} first (change the contact person), then reopen the family.",
    ),
    "closing.step_title": (
        "Gezin afgesloten: {reason}",
        "Family closed: {reason}",
    ),
    "closing.reopen_title": (
        "Gezin heropend",
        "Family reopened",
    ),
    "rule.closing_only_when_closed": (
        "alleen bij een afgesloten gezin",
        "only for a closed family",
    ),
    # domain.handover: the notes in words
    "handover.notes_reason": (
        "Reden: {reason}",
        "Reason: {reason}",
    ),
    "handover.notes_warm": (
        "Warme overdracht: ja",
        "Warm handover: yes",
    ),
    "handover.notes_not_warm": (
        "Warme overdracht: nee",
        "Warm handover: no",
    ),
    "handover.notes_note": (
        "Notitie voor de nieuwe persoon: {note}",
        "Note for the new person: {note}",
    ),
    # reports.team_handover
    "report.handover_notes": (
        "Overdracht {role} aan {name} op {date}:",
        "Handover of the {role} to {name} on {date}:",
    ),
    # cli.close_cmd, cli.reopen_cmd
    "close.done": (
        "Gezin {ref} is afgesloten op {date} (reden: {reason}).",
        "Family {ref} was closed on {date} (reason: {reason}).",
    ),
    "reopen.done": (
        "Gezin {ref} is heropend op {date}.",
        "Family {ref} was reopened on {date}.",
    ),
}
