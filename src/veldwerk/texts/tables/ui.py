"""Texts of the checks the GUI makes before anything is sent to the services: a field left empty,
a choice not made (shown next to the field, like the services' problems). Rules about the family
itself live in `domain.rules`; these only catch what cannot even become a record."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "ui.required": (
        "Vul dit in.",
        "Please fill this in.",
    ),
    "ui.choose_one": (
        "Maak hier een keuze.",
        "Please choose one.",
    ),
}
