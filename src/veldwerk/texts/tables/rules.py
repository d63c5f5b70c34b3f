"""Texts of the family rules in `domain.rules`.

Each text says what is wrong and, where it helps, what to do; the place (``members[0].birth_date``)
is shown beside it, so a text never repeats it. Texts never quote values from the record itself:
a message may end up in a log, and values can be names or free text."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "rule.ref_length": (
        "Het kenmerk moet {min} tot {max} tekens lang zijn.",
        "The reference must be {min} to {max} characters long.",
    ),
    "rule.ref_duplicate": (
        "Dit kenmerk wordt al gebruikt door een ander gezin in dit bestand.",
        "This reference is already used by another family in this file.",
    ),
    "rule.no_members": (
        "Een gezin heeft minstens één gezinslid.",
        "A family has at least one member.",
    ),
    "rule.id_blank": (
        "Vul een id in; andere gegevens verwijzen ernaar.",
        "Fill in an id; other records refer to it.",
    ),
    "rule.member_id_duplicate": (
        "Dit id wordt al gebruikt door een ander gezinslid.",
        "This id is already used by another household member.",
    ),
    "rule.network_id_duplicate": (
        "Dit id wordt al gebruikt door een ander netwerklid.",
        "This id is already used by another network member.",
    ),
    "rule.unknown_code": (
        "Dit is geen bekende keuze. Mogelijk zijn: {choices}.",
        "This is not one of the known choices: {choices}.",
    ),
    "rule.duplicate_code": (
        "Deze keuze staat er al eerder in.",
        "This choice is already listed.",
    ),
    "rule.involved_duplicate": (
        "Dit netwerklid staat er al eerder in.",
        "This network member is already listed.",
    ),
    "rule.date_out_of_range": (
        "Deze datum ligt niet tussen {earliest} en {latest}; controleer het jaartal.",
        "This date is not between {earliest} and {latest}; check the year.",
    ),
    "rule.birth_in_future": (
        "Een geboortedatum kan niet in de toekomst liggen.",
        "A birth date cannot be in the future.",
    ),
    "rule.unborn_has_birth_date": (
        "Een ongeboren kind heeft nog geen geboortedatum. Gebruik de verwachte datum.",
        "An unborn child has no birth date yet. Use the expected date instead.",
    ),
    "rule.expected_only_unborn": (
        "Een verwachte datum hoort alleen bij een ongeboren kind.",
        "An expected date is only for an unborn child.",
    ),
    "rule.mentor_required": (
        "Kies het gezinslid van wie deze JIM de mentor is.",
        "Choose the household member this JIM is a mentor for.",
    ),
    "rule.mentor_only_jim": (
        "Alleen een JIM is mentor van een gezinslid; laat dit leeg.",
        "Only a JIM is the mentor of a household member; leave this empty.",
    ),
    "rule.mentor_unknown": (
        "Er is geen gezinslid met dit id.",
        "There is no household member with this id.",
    ),
    "rule.jim_already_active": (
        "Dit gezinslid heeft al een actieve JIM. Iemand heeft hoogstens één JIM tegelijk; "
        "vul bij de vorige JIM een einddatum in.",
        "This household member already has an active JIM. A person has at most one JIM at a "
        "time; fill in an end date for the previous JIM.",
    ),
    "rule.profession_required": (
        "Verplicht voor een professional.",
        "Required for a professional.",
    ),
    "rule.network_unknown": (
        "Er is geen netwerklid met dit id.",
        "There is no network member with this id.",
    ),
    "rule.contact_not_professional": (
        "Een vast aanspreekpunt of achterwacht moet een professional zijn.",
        "A fixed contact person or backup contact must be a professional.",
    ),
    "rule.primary_overlap": (
        "In deze periode is er al een ander vast aanspreekpunt. Laat het vorige eindigen op de "
        "dag dat dit begint.",
        "There is already another fixed contact person in this period. End the previous one on "
        "the day this one starts.",
    ),
    "rule.backup_overlap": (
        "In deze periode is er al een andere achterwacht. Laat de vorige eindigen op de dag "
        "dat deze begint.",
        "There is already another backup contact in this period. End the previous one on the "
        "day this one starts.",
    ),
    "rule.primary_is_backup": (
        "De achterwacht moet iemand anders zijn dan het vaste aanspreekpunt.",
        "The backup contact must be someone other than the fixed contact person.",
    ),
    "rule.no_current_primary": (
        "Een actief gezin heeft een vast aanspreekpunt nodig dat nu geldt.",
        "An active family needs a fixed contact person who is current today.",
    ),
    "rule.closed_on_required": (
        "Vul de datum in waarop het gezin is afgesloten.",
        "Fill in the date the family was closed.",
    ),
    "rule.closed_before_opened": (
        "De afsluitdatum ligt vóór de startdatum.",
        "The closing date is before the opening date.",
    ),
    "rule.until_before_start": (
        "De einddatum ligt vóór de begindatum.",
        "The end date is before the start date.",
    ),
}
