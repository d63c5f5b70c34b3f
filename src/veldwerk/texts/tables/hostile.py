"""Texts of the hostile shared folder: refused files and files tried again, the coordinator
database's passphrase (issue 11)."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "coordinator.reason.link": (
        "Dit is een snelkoppeling (link). veldwerk volgt geen links in de gedeelde map en heeft "
        "niets gelezen van waar hij heen wijst.",
        "This is a (symbolic) link. veldwerk follows no links in the shared folder and read "
        "nothing of what it points to.",
    ),
    "coordinator.reason.not_regular": (
        "Dit is geen gewoon bestand (een map, pijp of apparaat) en is niet gelezen.",
        "This is not an ordinary file (a folder, pipe or device) and was not read.",
    ),
    "coordinator.reason.deferred": (
        "Nog niet gelezen: deze ronde las al het meeste dat in één keer mag. Hij komt de volgende "
        "keer aan de beurt.",
        "Not read yet: this run already read as much as one run may. It gets its turn next time.",
    ),
    "coordinator.waiting": (
        "Wacht op de volgende keer: {reason}",
        "Waiting for next time: {reason}",
    ),
    "coordinator.waiting_summary": (
        "Wachten op de volgende keer (nog niet compleet aangekomen, of nog niet gelezen): {n}.",
        "Waiting for next time (not completely arrived yet, or not read yet): {n}.",
    ),
    "coordinator.waiting_line": ("  {file}: wacht – {reason}", "  {file}: waiting – {reason}"),
    "coordinator.waiting_more": ("  … en nog {n} die wachten.", "  … and {n} more waiting."),
    "coordinator.db_passphrase_needed": (
        "De database van de coördinator is versleuteld. Vul het wachtwoord van de database in (of "
        "zet {env}).",
        "The coordinator database is encrypted. Enter the passphrase of the database (or set "
        "{env}).",
    ),
    "coordinator.db_wrong_passphrase": (
        "Het wachtwoord van de coördinatordatabase klopt niet.",
        "The passphrase of the coordinator database is not correct.",
    ),
    "coordinator.db_key_damaged": (
        "Het sleutelbestand van de coördinatordatabase ({path}) is beschadigd of onleesbaar.",
        "The key file of the coordinator database ({path}) is damaged or unreadable.",
    ),
    "coordinator.db_key_missing": (
        "Bij deze coördinatordatabase ontbreekt het sleutelbestand {path}. Zet het terug, of "
        "verwijder de database en verzamel opnieuw.",
        "The key file {path} of this coordinator database is missing. Put it back, or remove the "
        "database and collect again.",
    ),
    "coordinator.db_damaged": (
        "De coördinatordatabase {path} is beschadigd of hoort niet bij dit sleutelbestand.",
        "The coordinator database {path} is damaged or does not belong to this key file.",
    ),
    "coordinator.db_passphrase_prompt": (
        "Wachtwoord van de coördinatordatabase: ",
        "Passphrase of the coordinator database: ",
    ),
    "coordinator.db_new_passphrase_prompt": (
        "Nieuw wachtwoord voor de coördinatordatabase: ",
        "New passphrase for the coordinator database: ",
    ),
    "coordinator.what.db_passphrase": (
        "wachtwoord van de coördinatordatabase",
        "passphrase of the coordinator database",
    ),
    "bundle.not_canonical": (
        "Deze bundel is correct ondertekend, maar niet geschreven zoals veldwerk bundels schrijft "
        "({detail}). Een ander programma of iemand met opzet heeft hem gemaakt; hij telt niet mee.",
        "This bundle is signed correctly, but not written the way veldwerk writes bundles "
        "({detail}). Another program, or someone on purpose, made it; it is not counted.",
    ),
}
