"""One form of address in Dutch: veldwerk says "je"/"jij" to the case director, the
coordinator and the family alike (the issues' own words are "Sinds je weg was" and "Je was iets
aan het invullen"), never the formal "u"/"uw". A mix of the two reads as two programs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path

from veldwerk.texts.sources import gather

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
FORMAL = re.compile(r"\b(u|uw|uzelf|alstublieft|heeft u|wilt u|kunt u)\b", re.IGNORECASE)


def _gui_texts() -> Iterator[tuple[str, str]]:
    for path in sorted(TRANSLATIONS.glob("*_nl.ts")):
        for msg in ET.parse(path).getroot().iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            for form in forms:
                yield path.name, form.replace("&", "")


def _catalogue_texts() -> Iterator[tuple[str, str]]:
    for key, (dutch, _english) in gather().items():
        forms = dutch.values() if isinstance(dutch, Mapping) else [dutch]
        for form in forms:
            yield key, form


def test_the_scan_sees_both_kinds_of_text() -> None:
    """The GUI translations and the catalogue are both read (a scan of nothing passes)."""
    assert sum(1 for _ in _gui_texts()) > 500
    assert sum(1 for _ in _catalogue_texts()) > 300


def test_no_dutch_text_says_u() -> None:
    """No Dutch GUI string or catalogue text addresses the reader as "u"."""
    formal = [
        (where, text) for where, text in (*_gui_texts(), *_catalogue_texts()) if FORMAL.search(text)
    ]
    assert formal == []


def test_the_scan_would_see_a_formal_text() -> None:
    """The pattern finds "u" and "uw" as words, not inside other words ("uur", "nu", "juist")."""
    assert FORMAL.search("Typ uw wachtwoord")
    assert FORMAL.search("als u opslaat")
    assert not FORMAL.search("Over een uur is het nu juist klaar; duwt")
