"""Texts (Dutch, English) of the checks the edit dialogs make before anything is sent to the
services: a field left empty, a choice not made. Rules about the family itself live in
`domain.rules`, and why a typed text is no date in `domain.dates`; these only catch what cannot
even become a record."""

from __future__ import annotations

from veldwerk.domain import messages

TAB_MESSAGES: dict[str, tuple[str, str]] = {
    "ui.required": (
        "Vul dit in.",
        "Please fill this in.",
    ),
    "ui.choose_one": (
        "Maak hier een keuze.",
        "Please choose one.",
    ),
}

messages.register(TAB_MESSAGES)
