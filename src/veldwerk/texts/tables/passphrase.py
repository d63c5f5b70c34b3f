"""Texts of the passphrase rule and its strength hints (`domain.passphrase`)."""

from __future__ import annotations

from veldwerk.texts.catalogue import Entry

TEXTS: dict[str, Entry] = {
    "passphrase.hint.too_short": (
        "Maak het wachtwoord langer: minstens {min} tekens.",
        "Make the passphrase longer: at least {min} characters.",
    ),
    "passphrase.hint.common": (
        "Dit is een veelgebruikt wachtwoord of bevat er een.",
        "This is a commonly used password, or contains one.",
    ),
    "passphrase.hint.repeats": (
        "Herhaalde tekens en reeksen zoals 'aaa' of '1234' tellen niet mee.",
        "Repeated characters and runs such as 'aaa' or '1234' do not count.",
    ),
    "passphrase.hint.variety": (
        "Een paar losse woorden, of ook hoofdletters, cijfers of tekens, maken het sterker.",
        "A few separate words, or also capitals, digits or signs, make it stronger.",
    ),
}
