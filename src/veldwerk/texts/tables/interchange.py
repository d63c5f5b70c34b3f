"""Texts of the problems the case-file reader finds in a file's structure.

The place (``families[2].network[0].since``) is shown beside each text. Texts never quote values
from the file: those can be names or free text, and a message may end up in a log."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "casefile.not_utf8": (
        "Het bestand is geen UTF-8-tekst (regel {line}, kolom {column}). Sla het op als UTF-8.",
        "The file is not UTF-8 text (line {line}, column {column}). Save it as UTF-8.",
    ),
    "casefile.bad_json": (
        "Het bestand is geen geldige JSON: er klopt iets niet in regel {line}, kolom {column}.",
        "The file is not valid JSON: something is wrong at line {line}, column {column}.",
    ),
    "casefile.too_deep": (
        "Het bestand is dieper genest dan een casusbestand ooit is (meer dan {max} niveaus).",
        "The file is nested more deeply than a case file ever is (more than {max} levels).",
    ),
    "casefile.not_case_file": (
        'Dit is geen casusbestand van veldwerk: "format" moet "veldwerk-case-file" zijn.',
        'This is not a veldwerk case file: "format" must be "veldwerk-case-file".',
    ),
    "casefile.version_unsupported": (
        "Versie {version} van het casusbestand kan deze veldwerk niet lezen; alleen versie 1. "
        "Werk veldwerk bij.",
        "This veldwerk cannot read version {version} of the case file, only version 1. "
        "Please update veldwerk.",
    ),
    "casefile.missing": (
        "Dit veld ontbreekt.",
        "This field is missing.",
    ),
    "casefile.unknown_field": (
        "Dit veld is onbekend; controleer de schrijfwijze.",
        "This field is unknown; check the spelling.",
    ),
    "casefile.duplicate_field": (
        "Dit veld staat er meer dan één keer in.",
        "This field appears more than once.",
    ),
    "casefile.not_text": (
        "Hier hoort tekst.",
        "This should be text.",
    ),
    "casefile.not_text_or_null": (
        "Hier hoort tekst, of null als het leeg is.",
        "This should be text, or null when empty.",
    ),
    "casefile.not_date": (
        "Hier hoort een datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-03-31.",
        "This should be a date written as YYYY-MM-DD, for example 2026-03-31.",
    ),
    "casefile.not_date_or_null": (
        "Hier hoort een datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-03-31), of null als er "
        "geen is.",
        "This should be a date written as YYYY-MM-DD (for example 2026-03-31), or null when "
        "there is none.",
    ),
    "casefile.bad_date": (
        "Dit is geen bestaande datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-03-31).",
        "This is not a real date written as YYYY-MM-DD (for example 2026-03-31).",
    ),
    "casefile.not_list": (
        "Hier hoort een lijst: [ ... ].",
        "This should be a list: [ ... ].",
    ),
    "casefile.not_object": (
        "Hier hoort een groep velden: {{ ... }}.",
        "This should be a group of fields: {{ ... }}.",
    ),
    "casefile.not_true_false": (
        "Hier hoort true of false.",
        "This should be true or false.",
    ),
    "casefile.not_whole_number": (
        "Hier hoort een heel getal.",
        "This should be a whole number.",
    ),
    "casefile.text_length": (
        "Dit moet {min} tot {max} tekens lang zijn.",
        "This must be {min} to {max} characters long.",
    ),
    "casefile.text_empty": (
        "Dit mag niet leeg zijn.",
        "This may not be empty.",
    ),
    "casefile.no_members": (
        "Een gezin heeft minstens één gezinslid.",
        "A family needs at least one household member.",
    ),
    "casefile.list_too_short": (
        "Deze lijst is te kort (minstens {min}).",
        "This list is too short (at least {min}).",
    ),
    "casefile.invalid": (
        "Deze waarde is hier niet geldig.",
        "This value is not valid here.",
    ),
}
