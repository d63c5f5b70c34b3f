"""The family's easy-read page reads easily (issue 16): measured with Flesch-Douma in Dutch and
Flesch reading ease in English over the pages of every demo family and the report fixtures,
it stays in the easiest band a page with names and dates can keep (80 and up: "easy"); every
line holds one short sentence, and the family is spoken to one way ("je", never "u")."""

from __future__ import annotations

import pytest

from support.pdf import read
from support.readability import flesch, sentences, syllables, words
from support.report_families import TODAY, no_backup_family, realistic_family
from veldwerk.reports.family_overview import build_family_overview
from veldwerk.samples.demo_families import demo_families

EASY = 80.0
"""The lower bound of the "easy" band (80-90) on both scales; 90 and up is "very easy"."""
MAX_WORDS = 12
"""The most words in one sentence of the page (B1 guidance: short sentences, up to 10-15)."""


def _pages(lang: str) -> list[list[str]]:
    families = [realistic_family(), no_backup_family(), *demo_families(TODAY)]
    return [
        read(build_family_overview(f, lang=lang, today=TODAY))[0].splitlines() for f in families
    ]


@pytest.fixture(scope="module", params=["nl", "en"])
def pages(request: pytest.FixtureRequest) -> tuple[str, list[list[str]]]:
    return request.param, _pages(request.param)


@pytest.mark.parametrize(
    ("word", "lang", "count"),
    [
        ("gezin", "nl", 2),
        ("aanspreekpunt", "nl", 3),
        ("vrijdag", "nl", 2),
        ("begeleiding", "nl", 4),
        ("family", "en", 3),
        ("someone", "en", 2),
        ("called", "en", 1),
        ("JIM", "en", 1),
    ],
)
def test_syllables_are_counted_by_their_vowels(word: str, lang: str, count: int) -> None:
    """Protects the syllable count the formulas rest on."""
    assert syllables(word, lang) == count


def test_the_formulas_score_plain_and_hard_text_apart() -> None:
    """Protects the formulas themselves: a short plain sentence scores very easy, a long
    official one far below the easy band, in both languages."""
    assert flesch(["Bel Femke als je een vraag hebt."], "nl").score > 90
    hard = "Overeenkomstig de geldende beleidsregels wordt uw aanvraag inhoudelijk beoordeeld."
    assert flesch([hard], "nl").score < 30
    assert flesch(["Call Femke when you have a question."], "en").score > 90
    hard_en = "Notwithstanding applicable regulations, determinations necessitate consideration."
    assert flesch([hard_en], "en").score < 0


def test_the_family_page_is_in_the_easiest_band(pages) -> None:  # type: ignore[no-untyped-def]
    """Protects the easy language of the family's page: over every family's page the score is
    80 or more (Flesch-Douma for Dutch, Flesch reading ease for English)."""
    lang, texts = pages
    score = flesch([line for page in texts for line in page], lang)
    assert score.score >= EASY, score


def test_one_short_sentence_a_line_and_one_form_of_address(pages) -> None:  # type: ignore[no-untyped-def]
    """Protects one idea per line and short sentences: no line holds two sentences, none has
    more than 12 words; in Dutch the family is "je", never "u", "uw" or "jullie"."""
    lang, texts = pages
    for page in texts:
        for line in page:
            assert len(sentences(line)) <= 1, line
            assert len(words(line)) <= MAX_WORDS, line
            if lang == "nl":
                assert not {"u", "uw", "jullie"} & {w.lower() for w in words(line)}, line
        if lang == "nl":
            assert any(" je " in f" {line} " or "jou" in line for line in page)
