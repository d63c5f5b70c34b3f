"""The pure parts of the Learning data screen: a record's table row (labels, phase path, most
named codes) and the marked-up scrubbed text."""

from __future__ import annotations

from typing import Any

from veldwerk.ui.learning.preview_rows import phase_path, preview_row, preview_rows, top_codes
from veldwerk.ui.learning.reflections_page import scrubbed_html


def _entry(phase: str, barriers: list[str] = [], enablers: list[str] = []) -> dict[str, Any]:  # noqa: B006
    return {
        "week": 0,
        "type": "contact",
        "phase": phase,
        "barriers": barriers,
        "enablers": enablers,
        "professions": [],
    }


def test_phase_path_names_each_stretch_once_in_order() -> None:
    """Consecutive events in one phase make one step; coming back to a phase shows again."""
    journey = [_entry("pregnancy"), _entry("pregnancy"), _entry("first_year"), _entry("first_year")]
    assert phase_path(journey, "en") == "pregnancy \u2192 first year"
    assert phase_path(journey, "nl") == "zwangerschap \u2192 eerste levensjaar"
    assert phase_path([], "en") == ""


def test_top_codes_most_named_first_ties_in_code_order() -> None:
    """The most named barriers come first; equal counts in code order, so rows never shuffle."""
    journey = [
        _entry("first_year", ["waiting_list", "housing"]),
        _entry("first_year", ["waiting_list", "income_debts"]),
        _entry("first_year", ["access"]),
    ]
    assert top_codes(journey, "barriers") == ["waiting_list", "access", "housing"]
    assert top_codes(journey, "enablers") == []


def test_row_of_a_minimal_record_and_order_by_pseudonym() -> None:
    """A record with only its required parts still makes a row; rows come in pseudonym order,
    and a code outside the lists shows as the code itself instead of failing."""
    records = [
        {
            "pseudonym": "ff" * 32,
            "status": "closed",
            "opened_quarter": "2025-Q4",
            "duration_weeks": 4,
            "journey": [_entry("later", ["mystery"])],
            "network": {"jim": False},
            "contacts": {"backup_now": True},
            "reflections": ["a"],
        },
        {
            "pseudonym": "00" * 32,
            "status": "active",
            "opened_quarter": "2026-Q1",
            "duration_weeks": None,
            "journey": [],
        },
    ]
    rows = preview_rows(records, "nl")
    assert [r.pseudonym for r in rows] == ["00000000", "ffffffff"]
    last = rows[1]
    assert last.status == "afgesloten" and last.barriers == "mystery"
    assert last.backup and not last.jim and last.reflections == 1 and last.events == 1
    first = preview_row(records[1], "en")
    assert first.phase_path == "" and first.barriers == "" and not first.backup
    assert (first.duration_weeks, last.duration_weeks) == (None, 4)  # no duration while active


def test_scrubbed_html_marks_tokens_and_escapes_everything_else() -> None:
    """Neutral words are marked; anything that looks like markup in the text is shown as
    text, never interpreted."""
    html = scrubbed_html("<b>Zorg</b> & [naam] belde [telefoon]\nklaar")
    assert "&lt;b&gt;Zorg&lt;/b&gt; &amp;" in html
    assert html.count("<b style=") == 2 and "<br>" in html


def test_the_closing_reason_shows_beside_the_status() -> None:
    """What leaves includes the closing reason of bundle version 3: the preview row shows it
    after the status, in the user's language; a record without one shows the status alone."""
    record = {"pseudonym": "ab" * 32, "status": "closed", "closing_reason": "moved"}
    assert preview_row(record, "nl").status == "afgesloten · Verhuisd"
    assert preview_row({**record, "closing_reason": None}, "en").status == "closed"
