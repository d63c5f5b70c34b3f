"""Texts of search in everything (`veldwerk.domain.search`, `veldwerk search`)."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "search.no_words": (
        "Typ een woord of een deel ervan om te zoeken.",
        "Type a word, or part of one, to search.",
    ),
    "search.shortened": (
        "Dat is veel tekst: alleen de eerste woorden zijn gezocht.",
        "That is a lot of text: only the first words were searched.",
    ),
    "search.none": ("Niets gevonden voor “{query}”.", "Nothing found for “{query}”."),
    "search.more": (
        "Er is meer gevonden dan hier staat; typ meer woorden om te verfijnen.",
        "More was found than is shown here; type more words to narrow it down.",
    ),
    "search.kind.family": ("Gezin", "Family"),
    "search.kind.member": ("Gezinslid", "Family member"),
    "search.kind.network": ("Netwerk", "Network"),
    "search.kind.event": ("Klantreis", "Journey"),
    "search.kind.goal": ("Doel", "Goal"),
    "search.kind.action": ("Actie", "Action"),
    "search.kind.reflection": ("Reflectie", "Reflection"),
}
