"""Texts of the learning data: reading a bundle, the coordinator's key files, the outbox and its
delivery."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    # reading a bundle
    "bundle.not_a_bundle": (
        "Dit bestand is geen leerbundel van veldwerk.",
        "This file is not a veldwerk learning bundle.",
    ),
    "bundle.truncated": (
        "Deze bundel is niet compleet; het kopiëren is waarschijnlijk afgebroken.",
        "This bundle is incomplete; copying it was probably interrupted.",
    ),
    "bundle.damaged": (
        "Deze bundel is beschadigd of veranderd ({detail}).",
        "This bundle is damaged or has been changed ({detail}).",
    ),
    "bundle.bad_signature": (
        "De handtekening van deze bundel klopt niet: de inhoud is veranderd na het ondertekenen.",
        "The signature of this bundle does not match: its content was changed after signing.",
    ),
    "bundle.unknown_signer": (
        "Deze bundel is ondertekend met een andere sleutel dan eerdere bundels van deze "
        "installatie.",
        "This bundle was signed with another key than earlier bundles of this installation.",
    ),
    "bundle.unknown_version": (
        "Deze bundel is gemaakt in een vorm die deze versie van veldwerk niet leest ({detail}). "
        "Werk veldwerk bij waar de oudste versie staat: bij de coördinator of bij de "
        "casusregisseur die hem stuurde.",
        "This bundle was made in a form this version of veldwerk does not read ({detail}). Update "
        "veldwerk where the oldest version is: the coordinator's or that of the case director who "
        "sent it.",
    ),
    "bundle.schema": (
        "De inhoud van deze bundel past niet in het afgesproken formaat ({detail}).",
        "The content of this bundle does not fit the agreed format ({detail}).",
    ),
    "bundle.not_encrypted": (
        "Deze bundel is niet versleuteld. Leerdata worden alleen versleuteld voor de "
        "coördinator aangenomen; de casusregisseur maakt een nieuwe export met de sleutel "
        "van de coördinator.",
        "This bundle is not encrypted. Learning data is only taken encrypted for the "
        "coordinator; the case director makes a new export with the coordinator's key.",
    ),
    "bundle.encrypted_no_key": (
        "Deze bundel is versleuteld. Kies de geheime coördinatorsleutel om hem te openen.",
        "This bundle is encrypted. Choose the private coordinator key to open it.",
    ),
    "bundle.wrong_key": (
        "Deze bundel is versleuteld voor een andere coördinatorsleutel.",
        "This bundle is encrypted for another coordinator key.",
    ),
    "bundle.mismatch": (
        "De versleutelde inhoud hoort niet bij deze bundel ({detail}).",
        "The encrypted content does not belong to this bundle ({detail}).",
    ),
    # coordinator key files
    "learning.key_file_exists": (
        "Er staat al een sleutelbestand in {path}; kies een andere map.",
        "There is already a key file in {path}; choose another folder.",
    ),
    "learning.key_file_missing": (
        "Het sleutelbestand {path} bestaat niet.",
        "The key file {path} does not exist.",
    ),
    "learning.key_file_wrong": (
        "{path} is geen coördinatorsleutel van veldwerk.",
        "{path} is not a veldwerk coordinator key.",
    ),
    "learning.key_file_is_private": (
        "{path} is de geheime coördinatorsleutel. Geef hier de openbare sleutel "
        "(coordinator-public.pem); de geheime sleutel blijft bij de coördinator.",
        "{path} is the private coordinator key. Give the public key here "
        "(coordinator-public.pem); the private key stays with the coordinator.",
    ),
    "learning.key_file_is_public": (
        "{path} is de openbare coördinatorsleutel; om bundels te openen is de geheime sleutel "
        "nodig (coordinator-private.pem).",
        "{path} is the public coordinator key; opening bundles needs the private key "
        "(coordinator-private.pem).",
    ),
    "learning.key_file_needs_passphrase": (
        "Deze geheime sleutel is beveiligd met een wachtwoord. Vul het wachtwoord in.",
        "This private key is protected by a passphrase. Enter the passphrase.",
    ),
    "learning.key_file_wrong_passphrase": (
        "Het wachtwoord van de geheime sleutel klopt niet.",
        "The passphrase of the private key is not correct.",
    ),
    # outbox and delivery
    "learning.outbox.none_waiting": (
        "Er wachten geen bundels.",
        "No bundles are waiting.",
    ),
    "learning.outbox.waiting": (
        {"one": "{n} bundel wacht op verzending.", "other": "{n} bundels wachten op verzending."},
        {
            "one": "{n} bundle is waiting to be sent.",
            "other": "{n} bundles are waiting to be sent.",
        },
    ),
    "learning.outbox.last_delivery": (
        "Laatst verzonden: {when}.",
        "Last sent: {when}.",
    ),
    "learning.outbox.never_delivered": (
        "Nog nooit verzonden.",
        "Never sent yet.",
    ),
    "learning.outbox.target_missing": (
        "De gedeelde map is nu niet bereikbaar. De bundels wachten en gaan mee bij de "
        "volgende keer verzenden.",
        "The shared folder cannot be reached right now. The bundles wait and go along "
        "the next time you send.",
    ),
    "learning.outbox.target_unwritable": (
        "In de gedeelde map kan niet worden geschreven. De bundels wachten; vraag de beheerder "
        "om schrijfrechten.",
        "The shared folder cannot be written to. The bundles wait; ask the administrator for "
        "write access.",
    ),
    "learning.outbox.write_failed": (
        "Het verzenden is onderbroken. De bundels wachten en gaan mee bij de volgende keer.",
        "Sending was interrupted. The bundles wait and go along the next time.",
    ),
    "learning.outbox.conflict": (
        "In de gedeelde map staat al een ander bestand met dezelfde naam. Er is niets "
        "overschreven; neem contact op met de coördinator.",
        "The shared folder already holds a different file with the same name. Nothing was "
        "overwritten; please contact the coordinator.",
    ),
    "learning.outbox.busy": (
        "Er wordt al verzonden. Probeer het zo nog eens.",
        "Sending is already in progress. Try again in a moment.",
    ),
}
