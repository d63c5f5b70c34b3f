"""Texts of the profile, its keys and store, families, settings and files: what every part of
the program may say (short sentences without jargon: the readers are social workers)."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    # profile, keys and store
    "profile.exists": (
        "Er staat al een profiel in {path}.",
        "There is already a profile in {path}.",
    ),
    "profile.missing": (
        "Er is nog geen profiel in {path}. Maak er eerst een met 'veldwerk init'.",
        "There is no profile in {path} yet. Create one first with 'veldwerk init'.",
    ),
    "profile.not_empty": (
        "De map {path} is niet leeg; kies een lege map voor een nieuw profiel.",
        "The folder {path} is not empty; choose an empty folder for a new profile.",
    ),
    "profile.locked": (
        "Dit profiel is al geopend door een ander venster of programma (proces {pid}). "
        "Sluit dat eerst.",
        "This profile is already open in another window or program (process {pid}). "
        "Close that first.",
    ),
    "key.wrong_passphrase": (
        "Het wachtwoord klopt niet.",
        "The passphrase is not correct.",
    ),
    "key.wrong_recovery_key": (
        "De herstelsleutel klopt niet.",
        "The recovery key is not correct.",
    ),
    "key.bad_recovery_format": (
        "Dit lijkt geen herstelsleutel. Een herstelsleutel bestaat uit groepjes letters en "
        "cijfers, zoals bij het aanmaken getoond.",
        "This does not look like a recovery key. A recovery key is groups of letters and "
        "digits, as shown when the profile was created.",
    ),
    "key.file_damaged": (
        "Het sleutelbestand van dit profiel is beschadigd of onleesbaar.",
        "The key file of this profile is damaged or unreadable.",
    ),
    "key.file_newer": (
        "Dit profiel is gemaakt met een nieuwere versie van veldwerk. Werk veldwerk bij.",
        "This profile was made by a newer version of veldwerk. Please update veldwerk.",
    ),
    "passphrase.empty": (
        "Vul een wachtwoord in.",
        "Enter a passphrase.",
    ),
    "passphrase.too_weak": (
        "Dit wachtwoord is te makkelijk te raden. Gebruik minstens {min} tekens, "
        "bijvoorbeeld een paar losse woorden.",
        "This passphrase is too easy to guess. Use at least {min} characters, "
        "for example a few separate words.",
    ),
    "passphrase.mismatch": (
        "De twee wachtwoorden zijn niet gelijk.",
        "The two passphrases are not the same.",
    ),
    "db.damaged": (
        "De gegevens van dit profiel zijn beschadigd ({detail}). Zet een reservekopie terug "
        "met 'veldwerk restore'.",
        "The data of this profile is damaged ({detail}). Restore a backup with 'veldwerk restore'.",
    ),
    "db.newer": (
        "Deze gegevens zijn gemaakt met een nieuwere versie van veldwerk. Werk veldwerk bij; "
        "er is niets veranderd.",
        "This data was made by a newer version of veldwerk. Please update veldwerk; "
        "nothing was changed.",
    ),
    "backup.not_a_backup": (
        "{path} is geen reservekopie van veldwerk, of hij hoort bij een ander profiel.",
        "{path} is not a veldwerk backup, or it belongs to another profile.",
    ),
    "backup.target_exists": (
        "Het bestand {path} bestaat al; kies een andere naam.",
        "The file {path} already exists; choose another name.",
    ),
    "restore.profile_not_empty": (
        "Terugzetten kan alleen in een map zonder profiel; in {path} staat er al een. Kies met "
        "--data-dir een lege map, of verplaats het huidige profiel eerst.",
        "A backup can only be restored into a folder without a profile; {path} already has "
        "one. Choose an empty folder with --data-dir, or move the current profile first.",
    ),
    "family.not_found": (
        "Er is geen gezin met kenmerk {ref}.",
        "There is no family with reference {ref}.",
    ),
    "family.ref_exists": (
        "Er is al een gezin met kenmerk {ref}.",
        "There is already a family with reference {ref}.",
    ),
    "record.not_found": (
        "Dit onderdeel bestaat niet meer; het is misschien al verwijderd.",
        "This item no longer exists; it may have been deleted already.",
    ),
    "config.unknown_key": (
        "Onbekende instelling '{key}'. Bekend zijn: {known}.",
        "Unknown setting '{key}'. Known settings: {known}.",
    ),
    "config.bad_value": (
        "'{value}' is geen geldige waarde voor {key}: {hint}",
        "'{value}' is not a valid value for {key}: {hint}",
    ),
    "file.unreadable": (
        "Het bestand {path} kan niet worden gelezen.",
        "The file {path} cannot be read.",
    ),
    "file.unwritable": (
        "Het bestand {path} kan niet worden geschreven. Kies een map die bestaat en waarin je mag "
        "schrijven.",
        "The file {path} cannot be written. Choose a folder that exists and that you may write in.",
    ),
    "file.too_large": (
        "Het bestand is te groot ({size} MB; hoogstens {max} MB).",
        "The file is too large ({size} MB; at most {max} MB).",
    ),
    "confirm.needed": (
        "Dit bestand bevat herleidbare gegevens. Bevestig met --yes.",
        "This file holds identifiable data. Confirm with --yes.",
    ),
    "cancelled": ("Afgebroken.", "Cancelled."),
}
