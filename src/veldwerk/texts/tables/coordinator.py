"""The coordinator's messages: why a file is refused, the checks of a run and its summary."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "coordinator.reason.key_changed": (
        "Deze bundel is ondertekend met een andere sleutel dan waarmee deze installatie is "
        "goedgekeurd. Hij is niet meegeteld.",
        "This bundle was signed with another key than the one this installation is enrolled with. "
        "It was not counted.",
    ),
    "coordinator.reason.untrusted_key": (
        "Deze bundel is ondertekend met een sleutel die niet in de lijst met vertrouwde "
        "sleutels staat.",
        "This bundle was signed with a key that is not in the list of trusted keys.",
    ),
    "coordinator.reason.too_large": (
        "Dit bestand is te groot voor een leerbundel.",
        "This file is too large to be a learning bundle.",
    ),
    "coordinator.reason.unreadable": (
        "Dit bestand kon niet worden gelezen.",
        "This file could not be read.",
    ),
    "coordinator.threshold_too_low": (
        "De drempel moet minstens {min} zijn (gegeven: {given}). Kleinere aantallen zouden "
        "naar één gezin kunnen wijzen.",
        "The threshold must be at least {min} (given: {given}). Smaller numbers could point "
        "at a single family.",
    ),
    "coordinator.key_missing": (
        "Kies eerst de geheime sleutel van de coördinator (coordinator-private.pem): elke "
        "leerbundel is versleuteld voor de coördinator, en zonder die sleutel kan er geen "
        "worden gelezen. Op de opdrachtregel: 'veldwerk collect MAP --key "
        "coordinator-private.pem'.",
        "Choose the coordinator's private key first (coordinator-private.pem): every learning "
        "bundle is encrypted for the coordinator, and none can be read without it. On the "
        "command line: 'veldwerk collect FOLDER --key coordinator-private.pem'.",
    ),
    "coordinator.folder_missing": (
        "De map {path} bestaat niet of is geen map.",
        "The folder {path} does not exist or is not a folder.",
    ),
    "coordinator.db_unreachable": (
        "De database van de coördinator is niet bereikbaar ({detail}).",
        "The coordinator database cannot be reached ({detail}).",
    ),
    "coordinator.db_newer": (
        "Deze database is gemaakt met een nieuwere versie van veldwerk. Werk veldwerk bij; er "
        "is niets veranderd.",
        "This database was made by a newer version of veldwerk. Please update veldwerk; "
        "nothing was changed.",
    ),
    "coordinator.trusted_keys_unreadable": (
        "In de map met vertrouwde sleutels staat een bestand dat geen sleutel is: {path}.",
        "The folder of trusted keys holds a file that is not a key: {path}.",
    ),
    "coordinator.trusted_keys_empty": (
        "De map met vertrouwde sleutels {path} bevat geen sleutels.",
        "The folder of trusted keys {path} holds no keys.",
    ),
    "coordinator.out_not_writable": (
        "In de map {path} kan niet worden geschreven.",
        "The folder {path} cannot be written to.",
    ),
    # the summary of a run
    "coordinator.summary": (
        "{files} bestanden bekeken: {new} nieuwe bundels verwerkt, {unchanged} al eerder "
        "verwerkt, {superseded} niet nieuwer dan wat er al is, {duplicates} dubbel, {rejected} "
        "geweigerd.",
        "{files} files looked at: {new} new bundles collected, {unchanged} collected before, "
        "{superseded} not newer than what is kept, {duplicates} duplicates, {rejected} "
        "refused.",
    ),
    "coordinator.totals": (
        "Nu in de database: {families} gezinnen van {installations} installaties.",
        "Now in the database: {families} families from {installations} installations.",
    ),
    "coordinator.rejected_line": ("  {file}: {reason}", "  {file}: {reason}"),
    "coordinator.rejected_more": (
        "  … en nog {n}; alles staat in rejected.csv.",
        "  … and {n} more; all are listed in rejected.csv.",
    ),
    "coordinator.written": ("Geschreven: {paths}", "Written: {paths}"),
    "coordinator.cancelled": (
        "Afgebroken. Wat al verwerkt was, blijft bewaard; start opnieuw om verder te gaan.",
        "Cancelled. What was collected so far is kept; start again to continue.",
    ),
    "coordinator.key_passphrase_prompt": (
        "Wachtwoord van de coördinatorsleutel: ",
        "Passphrase of the coordinator key: ",
    ),
    "coordinator.what.key_passphrase": (
        "wachtwoord van de coördinatorsleutel",
        "passphrase of the coordinator key",
    ),
}
