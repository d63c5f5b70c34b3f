"""The rule for region names: what a profile may set as its region, what the coordinator
enrols an installation in, and what a learning bundle may claim.

A region name is 1 to `MAX_REGION_LENGTH` characters: letters (any script, with diacritics),
digits, single spaces, ``-`` and ``'``, beginning with a letter, a digit or ``'`` (as in
``'s-Hertogenbosch``). So a name can never be read as a spreadsheet formula (no ``= + - @`` or
tab at its start), hold a comma or quote that breaks a CSV file, or a control character that
changes a terminal. `normalise_region` tidies what a person typed (spaces, a typographic
apostrophe, composed diacritics); `is_region_name` is the strict check of a stored or received
name.
"""

from __future__ import annotations

import unicodedata

from veldwerk.domain.errors import DomainError

MAX_REGION_LENGTH = 60

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def normalise_region(text: str) -> str:
    """What a person typed, tidied: composed diacritics (NFC), a typographic apostrophe as
    ``'``, runs of white space as one space, none at either end. Not checked."""
    composed = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    return " ".join(composed.split())


def _allowed(char: str, first: bool) -> bool:
    category = unicodedata.category(char)
    if category[0] == "L" or category == "Nd" or char == "'":
        return True
    return not first and (category[0] == "M" or char in " -")


def is_region_name(name: str) -> bool:
    """True when `name` is a region name exactly as the rule allows (already normalised: no
    double, leading or trailing spaces)."""
    if not 1 <= len(name) <= MAX_REGION_LENGTH or name != normalise_region(name):
        return False
    return all(_allowed(c, i == 0) for i, c in enumerate(name))


def checked_region(text: str, field: str = "region") -> str:
    """`text` normalised, when it makes a region name; otherwise DomainError
    ``region.bad_name`` on `field`, saying what a region name may hold."""
    name = normalise_region(text)
    if not is_region_name(name):
        raise DomainError("region.bad_name", field, {"max": MAX_REGION_LENGTH})
    return name
