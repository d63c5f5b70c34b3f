"""The scrubber: what must go, and that ordinary text stays readable."""

from __future__ import annotations

import pytest

from veldwerk.learning.scrub import TOKENS, scrub

VOCABULARY = frozenset(
    {
        "sanne",
        "vries",
        "kevin",
        "mulder",
        "harderwijk",
        "stationsstraat",
        "3841",
        "karin",
        "bos",
        "veluwe",
        "verloskundigenpraktijk",
        "amrani",
        "11223344",
        "mrk00042",
    }
)


@pytest.mark.parametrize(
    ("text", "gone", "token"),
    [
        ("Bel 06-11223344 of 06 1234 5678.", ["11223344", "1234 5678"], "[telefoon]"),
        ("Tel. (0341) 123456 of 0341-123456", ["123456"], "[telefoon]"),
        ("Bel +31 6 12345678 of 0031 (0)6 1234 5678", ["12345678", "1234"], "[telefoon]"),
        ("Mail k.bos@example.org even.", ["k.bos", "example.org"], "[e-mail]"),
        ("Postcode 3841 AB en 1234ab.", ["3841", "1234ab", "AB"], "[postcode]"),
        ("BSN 123456782 en 123.456.782", ["123456782", "456"], "[nummer]"),
        ("IBAN NL91ABNA0417164300 ok", ["NL91ABNA0417164300"], "[nummer]"),
        ("Op 2026-05-12, 12-05-2026, 12/5/26 en 12.05.2026.", ["12", "05", "2026"], "[datum]"),
        ("Op 12 mei 2026, 3 maart en 1e januari.", ["12 mei", "3 maart", "1e januari"], "[datum]"),
        ("On May 3rd, 2025 and 4 July and March 2024.", ["May 3", "4 July", "2024"], "[datum]"),
        ("Geboren in 1998, sinds '24.", ["1998", "'24"], "[datum]"),
        ("Woont op de Dorpsstraat 5a in het dorp.", ["Dorpsstraat", "5a"], "[adres]"),
        (
            "Woont aan de Stationsstraat, vlakbij de Kerkweg.",
            ["Stationsstraat", "Kerkweg"],
            "[adres]",
        ),
        ("Schrijf naar Postbus 1234.", ["Postbus", "1234"], "[adres]"),
        ("Zie www.example.nl/gezin of https://x.test/a?b=1", ["example", "x.test"], "[link]"),
        ("Gesproken met J.K. de Vries en A. Smit.", ["J.K.", "Vries", "A.", "Smit"], "[naam]"),
        ("Mevrouw Jansen en meneer pietersen kwamen.", ["Jansen", "pietersen"], "[naam]"),
        ("sanne en kevin waren er (kleine letters).", ["sanne", "kevin"], "[naam]"),
        ("SANNE belde, met Sanne's moeder.", ["SANNE", "Sanne"], "[naam]"),
        ("Sannetje en de Harderwijkse buurvrouw.", ["Sannetje", "Harderwijkse"], "[naam]"),
        (
            "Fatima hielp. Daarna kwam Mohammed van Veilig Thuis.",
            ["Fatima", "Mohammed", "Veilig Thuis"],
            "[naam]",
        ),
        ("Het Sociaal Team Ermelo en MEE hielpen.", ["Ermelo", "MEE", "Sociaal Team"], "[naam]"),
        ("Dossier MRK00042 en ref HW-2026-001.", ["MRK00042", "2026-001"], "[nummer]"),
    ],
)
def test_identifying_things_are_replaced(text: str, gone: list[str], token: str) -> None:
    """Protects each rule of the scrubber: the identifying part is gone and the right neutral
    token stands in its place."""
    result = scrub(text, VOCABULARY)
    for part in gone:
        assert part.lower() not in result.lower(), result
    assert token in result, result


@pytest.mark.parametrize(
    "text",
    [
        "De wachtlijst bij schuldhulp had bijna tot uitzetting geleid.",
        "Een vast aanspreekpunt gaf rust.",
        "Samenwerking met de huisarts liep goed. Wachtlijst was lang.",
        "In de eerste 1000 dagen is vroege signalering belangrijk; na 3 weken ging het beter.",
        "Moeder voelt zich gesteund door het netwerk en de JIM.",
        "The mother felt supported; I think the JGZ helped a lot.",
    ],
)
def test_ordinary_text_stays(text: str) -> None:
    """Protects readability: sentences without anything identifying come through unchanged."""
    assert scrub(text, VOCABULARY) == text


def test_look_alike_and_invisible_characters_do_not_hide_a_name() -> None:
    """Protects against evasion: full-width letters, zero-width spaces and soft hyphens inside
    a name do not stop the vocabulary from catching it."""
    for disguised in (
        "Ｓａｎｎｅ belde",
        "San\u200bne belde",
        "San\u00adne belde",
        "Sa\u200dnne belde",
    ):
        assert "[naam]" in scrub(disguised, VOCABULARY)
        assert "sanne" not in scrub(disguised, VOCABULARY).lower()


def test_tokens_in_the_input_are_harmless_and_neighbours_merge() -> None:
    """Protects the token mechanism: private-use characters in the input cannot fake a token,
    a typed "[naam]" stays, and neighbouring names become one [naam]."""
    assert scrub("Karin Bos-Mulder belde", VOCABULARY) == "[naam] belde"
    assert scrub("\ue000 x [naam]", VOCABULARY) == "x [naam]"
    assert all(t.startswith("[") and t.endswith("]") for t in TOKENS)


def test_vocabulary_words_inside_longer_words_are_caught() -> None:
    """Protects the 4-letter rule: a vocabulary word of four letters or more inside a longer
    word takes the whole word; shorter ones only match whole words."""
    assert scrub("Het bosje en bos en Veluwezoom.", VOCABULARY) == "Het bosje en [naam] en [naam]."


@pytest.mark.parametrize(
    "unit",
    [
        "a",
        "a.b",
        ". ",
        "0341-12 ",
        "1-2-",
        "12 mei ",
        "Straat 1 ",
        "J. ",
        "mevrouw ",
        "Sanne",
        "x@",
        "0" * 7 + " ",
    ],
)
def test_long_hostile_text_is_scrubbed_quickly(unit: str) -> None:
    """Protects the export from a pasted wall of text: no rule takes quadratic time (a 40,000
    character reflection of any repeated piece is scrubbed in well under a second)."""
    import time

    text = unit * (40_000 // len(unit))
    started = time.perf_counter()
    scrub(text, VOCABULARY)
    assert time.perf_counter() - started < 2.0
