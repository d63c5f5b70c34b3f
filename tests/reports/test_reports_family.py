from __future__ import annotations

import pytest

from support.pdf import outside, overlapping, page_count, read
from support.report_families import (
    SECRET_DESCRIPTION,
    SECRET_NOTE,
    SECRET_REFLECTION,
    TODAY,
    no_backup_family,
    realistic_family,
)
from support.report_stress import stress_family
from veldwerk.domain.codes import BARRIERS, ENABLERS, STRENGTHS, VULNERABILITIES
from veldwerk.reports.family_overview import build_family_overview


def test_realistic_family_gets_the_four_easy_read_sections() -> None:
    """Who helps you (and how to reach them), who to call when they are away, your JIM, and what
    we will do, in short sentences."""
    pdf = build_family_overview(realistic_family(), lang="nl", today=TODAY)
    text, _, _ = read(pdf)
    assert page_count(pdf) == 1
    for expected in (
        "Gezin De Vries",
        "Wie helpt je?",
        "Femke Jansen",
        "0341-654321",
        "f.jansen@example.org",
        "Bel Femke als je een vraag hebt.",
        "Als Femke er niet is",
        "Bel dan Ahmed El Amrani.",
        "0341-777888",
        "Jouw JIM",
        "Ans de Vries (tante)",
        "06-99887766",
        "Ans is de JIM van Sanne.",
        "Wat gaan we doen?",
        "Betalingsregeling met woningcorporatie",
        "Wie: Femke Jansen",
        "Wanneer: was vóór 1 oktober 2026 (te laat)",
        "Wanneer: vóór 15 oktober 2026",
        "Dit is al begonnen.",
        "Gemaakt op 5 oktober 2026.",
    ):
        assert expected in text, expected


def test_english_family_version() -> None:
    """The same page in easy English."""
    text, _, _ = read(build_family_overview(realistic_family(), lang="en", today=TODAY))
    for expected in (
        "Who helps you?",
        "Call Femke when you have a question.",
        "When Femke is not there",
        "Then call Ahmed El Amrani.",
        "Your JIM",
        "Ans is the JIM of Sanne.",
        "What will we do?",
        "Who: Femke Jansen",
        "When: was before 1 October 2026 (late)",
        "When: before 15 October 2026",
        "Made on 5 October 2026.",
    ):
        assert expected in text, expected


@pytest.mark.parametrize(
    "family",
    [realistic_family(), stress_family(), no_backup_family()],
    ids=["realistic", "stress", "no-backup"],
)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_nothing_for_the_fridge_that_does_not_belong_there(family: object, lang: str) -> None:
    """No barriers, enablers, notes, reflections, event descriptions, vulnerabilities or tie
    strengths (professionals' assessments) reach the family's page."""
    text, _, _ = read(build_family_overview(family, lang=lang, today=TODAY))  # type: ignore[arg-type]
    flat = " ".join(text.split())
    for secret in (
        SECRET_NOTE,
        SECRET_REFLECTION,
        SECRET_DESCRIPTION,
        "Beschrijving",
        "Gebeurtenis",
    ):
        assert secret not in flat
    index = 0 if lang == "nl" else 1
    for labels in (BARRIERS, ENABLERS, VULNERABILITIES):
        for nl_en in labels.values():
            if nl_en[0] == "anders":
                continue
            assert nl_en[index] not in flat, nl_en[index]
    for nl_en in STRENGTHS.values():
        assert f" {nl_en[index]} " not in f" {flat} "


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_large_type_everywhere(lang: str) -> None:
    """Every character of the family version is at least 14 pt, also on the stress family."""
    for family in (realistic_family(), stress_family()):
        _, glyphs, _ = read(build_family_overview(family, lang=lang, today=TODAY))
        assert glyphs
        assert min(g.size for g in glyphs) >= 14


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_stress_family_one_page_without_overlap(lang: str) -> None:
    """However much is recorded, the family page is one page, nothing overlaps, nothing is near
    the paper's edge, and what was left out is said in plain words."""
    pdf = build_family_overview(stress_family(), lang=lang, today=TODAY)
    assert page_count(pdf) == 1
    text, glyphs, size = read(pdf)
    assert overlapping(glyphs) == []
    assert outside(glyphs, size, margin=30) == []
    assert ("andere dingen" if lang == "nl" else "other things") in text


def test_no_backup_tells_the_family_whom_to_ask() -> None:
    """Without an achterwacht the family is told to ask their contact person who to call."""
    text, _, _ = read(build_family_overview(no_backup_family(), lang="nl", today=TODAY))
    assert "Als Mirjam er niet is" in text
    assert "Vraag Mirjam wie je dan kunt bellen." in text
    assert "Er is nog geen JIM." in text
