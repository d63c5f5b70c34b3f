from __future__ import annotations

import io
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date

import pypdf
import pytest

from support.pdf import outside, overlapping, page_count, read
from support.report_families import (
    TODAY,
    no_backup_family,
    realistic_family,
)
from support.report_stress import stress_family
from veldwerk.domain.model import ContactAssignment
from veldwerk.reports.team_overview import build_team_overview


@pytest.fixture(scope="module")
def stress_pdfs() -> dict[str, bytes]:
    family = stress_family()
    return {lang: build_team_overview(family, lang=lang, today=TODAY) for lang in ("nl", "en")}


def test_realistic_family_prints_every_section() -> None:
    """The team version shows what the issue lists: header facts, both contacts with their ways
    of reaching them, household, network with the JIM, goals with open actions, the journey and
    the confidential footer."""
    pdf = build_team_overview(realistic_family(), lang="nl", today=TODAY)
    text, _, _ = read(pdf)
    assert page_count(pdf) == 1
    for expected in (
        "Gezin De Vries",
        "Kenmerk HW-2026-001",
        "Harderwijk",
        "actief",
        "Fase: eerste levensjaar",
        "Noah de Vries (2 weken)",
        "Afgedrukt op 5 okt 2026",
        "Vast aanspreekpunt",
        "Femke Jansen",
        "Sociaal Team Harderwijk",
        "0341-654321",
        "f.jansen@example.org",
        "Achterwacht",
        "Ahmed El Amrani",
        "0341-777888",
        "Gezinsleden",
        "Sanne de Vries",
        "JIM van Sanne de Vries",
        "Ecogram",
        "Piet Hendriks",
        "Doelen en open acties",
        "Veilige woonsituatie voor Noah",
        "Betalingsregeling met woningcorporatie",
        "bezig",
        "te laat",
        "Klantreis",
        "Recente gebeurtenissen",
        "Dreigende huisuitzetting",
        "Knelpunten:",
        "inkomen en schulden",
        "Werkzaam:",
        "praktische steun",
        "Vertrouwelijk",
        "Niet meegeven aan het gezin",
    ):
        assert expected in text, expected


def test_done_actions_and_achieved_goals_are_left_out() -> None:
    """Only current goals and their open actions are on the page."""
    text, _, _ = read(build_team_overview(realistic_family(), lang="nl", today=TODAY))
    assert "Huurtoeslag aanvragen" not in text  # done
    assert "Inschrijving bij de huisarts" not in text  # achieved goal


def test_english_version_speaks_english() -> None:
    """`lang="en"` prints English headings, labels and dates."""
    text, _, _ = read(build_team_overview(realistic_family(), lang="en", today=TODAY))
    for expected in (
        "Team overview",
        "Fixed contact person",
        "Backup contact",
        "Household",
        "Network",
        "Eco-map",
        "Goals and open actions",
        "Journey",
        "Recent events",
        "Confidential",
        "Printed on 5 Oct 2026",
        "Phase: first year",
        "overdue",
    ):
        assert expected in text, expected
    assert "Vertrouwelijk" not in text


def test_missing_backup_is_a_clear_warning() -> None:
    """A family without a current achterwacht gets a warning in the backup's place."""
    nl, _, _ = read(build_team_overview(no_backup_family(), lang="nl", today=TODAY))
    en, _, _ = read(build_team_overview(no_backup_family(), lang="en", today=TODAY))
    assert "Geen achterwacht" in nl and "Spreek een achterwacht af" in nl
    assert "No backup contact" in en
    assert "Uitgerekend: 10 feb 2027" in nl  # the due date, as no child is born yet


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_stress_family_stays_on_one_page_without_overlap(
    stress_pdfs: dict[str, bytes], lang: str
) -> None:
    """60 network members, 800 events, 30 goals and 200-character names: still exactly one
    page, no two characters overlap and nothing comes near the paper's edge."""
    pdf = stress_pdfs[lang]
    assert page_count(pdf) == 1
    _, glyphs, size = read(pdf)
    assert overlapping(glyphs) == []
    assert outside(glyphs, size, margin=20) == []


def test_stress_family_says_what_was_left_out(stress_pdfs: dict[str, bytes]) -> None:
    """Shortened sections say "+N meer", and the network list and events count what they hide."""
    text, _, _ = read(stress_pdfs["nl"])
    counts = [int(n) for n in re.findall(r"\+(\d+) meer", text)]
    assert len(counts) >= 4  # members, network, eco-map, goals or actions, events
    assert max(counts) > 700  # most of the 800 events
    assert "800 gebeurtenissen" in text
    assert "…" in text  # long names were cut, not spilled


def test_stress_family_counts_add_up(stress_pdfs: dict[str, bytes]) -> None:
    """Events shown in words plus "+N meer" under them is every event up to today."""
    text, _, _ = read(stress_pdfs["nl"])
    recent = text.split("Recente gebeurtenissen", 1)[1]
    shown = len(set(re.findall(r"Gebeurtenis (\d{3})", recent)))
    hidden = int(re.findall(r"\+(\d+) meer", recent)[-1])
    assert shown + hidden == 800


def test_same_family_same_bytes() -> None:
    """The PDF carries no time stamp or random id: printing twice gives the same file."""
    family = realistic_family()
    assert build_team_overview(family, today=TODAY) == build_team_overview(family, today=TODAY)


def test_unknown_language_is_refused() -> None:
    """A language the reports do not speak is a programming error, not a silent fallback."""
    with pytest.raises(ValueError):
        build_team_overview(realistic_family(), lang="de", today=TODAY)


def test_closed_family_without_contacts_is_no_alarm() -> None:
    """A closed family has no current contacts: the page says so calmly, without the warning
    that an active family without an achterwacht gets (the domain rules decide)."""
    family = replace(
        realistic_family(),
        status="closed",
        closed_on=date(2026, 9, 30),
        contacts=(ContactAssignment("primary", "n3", date(2026, 2, 3), date(2026, 9, 30)),),
    )
    text, _, _ = read(build_team_overview(family, lang="nl", today=TODAY))
    assert "afgesloten op 30 sep 2026" in text
    assert text.count("Niemand op dit moment.") == 2
    assert "Geen achterwacht" not in text and "Geen vast aanspreekpunt" not in text


def test_metadata_names_no_one() -> None:
    """The PDF's document information names the kind of page, never the family or a person
    (file managers and print queues show it)."""
    for lang, title in (("nl", "Teamoverzicht"), ("en", "Team overview")):
        info = pypdf.PdfReader(
            io.BytesIO(build_team_overview(realistic_family(), lang=lang, today=TODAY))
        ).metadata
        assert info is not None and info.title == title
        assert not any("Vries" in str(v) or "HW-2026" in str(v) for v in info.values())


def test_builds_in_threads_give_the_same_bytes() -> None:
    """The GUI builds overviews off its own thread: builds running at the same time do not
    disturb each other (the font registry and subsets are shared by reportlab)."""
    families = [realistic_family(), no_backup_family(), stress_family()]
    expected = [build_team_overview(f, today=TODAY) for f in families]
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda f: build_team_overview(f, today=TODAY), families * 4))
    assert results == expected * 4
