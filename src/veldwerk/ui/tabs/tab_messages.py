"""Texts (Dutch, English) of the checks the edit dialogs make before anything is sent to the
services: a field left empty, a date that cannot be read. Rules about the family itself live in
`domain.rules`; these only catch what cannot even become a record."""

from __future__ import annotations

from veldwerk.domain import messages

TAB_MESSAGES: dict[str, tuple[str, str]] = {
    "ui.required": (
        "Vul dit in.",
        "Please fill this in.",
    ),
    "ui.date_unreadable": (
        "Deze datum is niet te lezen. Schrijf hem als dag-maand-jaar, bijvoorbeeld 24-11-2026.",
        "This date cannot be read. Write it as day-month-year, for example 24-11-2026.",
    ),
    "ui.choose_one": (
        "Maak hier een keuze.",
        "Please choose one.",
    ),
    "ui.action_title_required": (
        "Actie {number} heeft nog geen omschrijving.",
        "Action {number} has no description yet.",
    ),
    "ui.action_date_unreadable": (
        "De datum bij actie {number} is niet te lezen. Schrijf hem als dag-maand-jaar.",
        "The date of action {number} cannot be read. Write it as day-month-year.",
    ),
}

messages.register(TAB_MESSAGES)
