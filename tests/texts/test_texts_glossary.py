"""One Dutch term per English term across every Dutch translation of the GUI (translations/*_nl.ts):
the same English string is translated the same way in every screen, and the key terms of the
work always get their one Dutch word (gezin, klantreis, vast aanspreekpunt, achterwacht,
knelpunt, werkzame factor, fase, status, verwijderen)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"

GLOSSARY: tuple[tuple[str, str], ...] = (
    (r"famil(y|ies)(?! name)", r"gezin"),  # "family name" is a surname: "achternaam"
    (r"journeys?", r"klantreis"),
    (r"fixed contact person", r"vaste? aanspreekpunt"),
    (r"backup", r"achterwacht"),
    (r"barriers?", r"knelpunt"),
    (r"enablers?|what helped", r"werkzame? factor"),
    (r"phases?", r"fase"),
    (r"status", r"status"),
    (r"remove", r"verwijder"),
)
"""(English, Dutch): a GUI string whose English source holds the English term (a whole word,
any case) holds the Dutch term in every Dutch form of its translation."""

SAME_WORDS_OTHER_MEANING: dict[str, str] = {
    "Family name": "a member's surname (achternaam) in the member's form, the family's own name "
    "(naam van het gezin) as the accessible name of the family's name field",
}
"""English strings that mean two different things in two places, so their Dutch differs."""

NOT_DUTCH_HERE: tuple[str, ...] = (r"\bfases\b", r"\bstand\b", r"\bweghalen\b", r"\bwat hielp\b")
"""Words that were once used beside the chosen one ("fasen", "status", "verwijderen", "werkzame
factoren") and must not come back."""


def _messages() -> list[tuple[str, str, str, list[str]]]:
    """(file, context, English source, Dutch forms) of every live message, accelerators ("&")
    taken out: which letter is underlined may differ between two dialogs."""
    found = []
    for path in sorted(TRANSLATIONS.glob("*_nl.ts")):
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("obsolete", "vanished"):
                    continue
                plural = [f.text or "" for f in tr.iter("numerusform")]
                dutch = plural if msg.get("numerus") == "yes" else [tr.text or ""]
                source = (msg.findtext("source") or "").replace("&", "")
                found.append((path.name, name, source, [d.replace("&", "") for d in dutch]))
    return found


def test_the_translations_are_found() -> None:
    """The scan reads every Dutch translation file, and each has messages."""
    files = {f for f, _, _, _ in _messages()}
    assert files == {p.name for p in TRANSLATIONS.glob("*_nl.ts")} and len(files) >= 4


def test_one_english_string_has_one_dutch_translation() -> None:
    """An English string used in more than one screen (or file) is translated identically
    everywhere: "All phases" is "Alle fasen" in the family list and in the coordinator's
    dashboard alike."""
    seen: dict[str, dict[tuple[str, ...], list[str]]] = defaultdict(lambda: defaultdict(list))
    for file, context, source, dutch in _messages():
        seen[source][tuple(dutch)].append(f"{file}:{context}")
    split = {
        source: dict(ways)
        for source, ways in seen.items()
        if len(ways) > 1 and source not in SAME_WORDS_OTHER_MEANING
    }
    assert split == {}


def test_key_terms_have_their_one_dutch_word() -> None:
    """Every GUI string that names a key term in English names it with its one Dutch word."""
    wrong = [
        (file, context, source, dutch_text)
        for file, context, source, dutch in _messages()
        for english, dutch_term in GLOSSARY
        if re.search(rf"\b({english})\b", source, re.IGNORECASE)
        for dutch_text in dutch
        if not re.search(dutch_term, dutch_text, re.IGNORECASE)
    ]
    assert wrong == []


def test_the_words_given_up_do_not_come_back() -> None:
    """ "Fases", "stand", "weghalen" and "wat hielp" were the second words for fasen, status,
    verwijderen and werkzame factoren; none of them is used any more."""
    used = [
        (file, context, dutch_text)
        for file, context, _source, dutch in _messages()
        for dutch_text in dutch
        for word in NOT_DUTCH_HERE
        if re.search(word, dutch_text, re.IGNORECASE)
    ]
    assert used == []
