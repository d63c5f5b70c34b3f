"""Texts of the services: the settings' hints (`services.config`) and the learning data's
preconditions (`services.learning`)."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    # services.config
    "config.hint.region": (
        "een regionaam van 1 tot 60 letters, cijfers, spaties, - en ', die begint met een letter, "
        "een cijfer of ' (bijvoorbeeld Noord-Veluwe of 's-Hertogenbosch)",
        "a region name of 1 to 60 letters, digits, spaces, - and ', beginning with a letter, a "
        "digit or ' (e.g. Noord-Veluwe or 's-Hertogenbosch)",
    ),
    "config.hint.folder": ("het pad van een map", "a folder path"),
    "config.hint.minutes": (
        "een heel aantal minuten van 1 tot 240",
        "a whole number of minutes from 1 to 240",
    ),
    "config.hint.language": ("nl of en", "nl or en"),
    "config.hint.coordinator_key": (
        "het pad van het openbare sleutelbestand (.pem) van de coördinator",
        "the path of a coordinator's public key file (.pem)",
    ),
    # services.learning
    "learning.region_missing": (
        "Stel eerst de regio in (Instellingen, of 'veldwerk config set region NAAM'). De regio "
        "gaat mee met de leerdata, de gemeente van een gezin nooit.",
        "Set the region first (Settings, or 'veldwerk config set region NAME'). The region "
        "goes with the learning data, a family's municipality never does.",
    ),
    "learning.shared_folder_missing": (
        "Er is nog geen gedeelde map ingesteld (Instellingen, of 'veldwerk config set "
        "shared_folder MAP').",
        "No shared folder is set yet (Settings, or 'veldwerk config set shared_folder FOLDER').",
    ),
    "learning.export_target_exists": (
        "In {path} staat al een bestand met deze naam.",
        "{path} already holds a file with this name.",
    ),
    "learning.coordinator_key_missing": (
        "Er kan nog geen export worden gemaakt: leerdata gaan alleen versleuteld naar de "
        "coördinator, en de sleutel van de coördinator is nog niet ingesteld. Vraag de "
        "coördinator om het bestand met de openbare sleutel (coordinator-public.pem) en kies "
        "het in Instellingen, of zet het met 'veldwerk config set coordinator_key BESTAND'.",
        "No export can be made yet: learning data only leaves encrypted for the coordinator, "
        "and the coordinator's key is not set. Ask the coordinator for their public key file "
        "(coordinator-public.pem) and choose it in Settings, or set it with "
        "'veldwerk config set coordinator_key FILE'.",
    ),
}
