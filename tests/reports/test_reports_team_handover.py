"""The team overview shows the handover notes of the current contacts (issue 14): who took
over on which day, the reason, whether it was a warm handover and the note for the new person,
still on one page with nothing printed over anything else; without notes nothing is added."""

from __future__ import annotations

from dataclasses import replace

from support.pdf import overlapping, page_count, read
from support.report_families import TODAY, realistic_family
from veldwerk.domain import handover
from veldwerk.reports.team_handover import handover_lines
from veldwerk.reports.team_overview import build_team_overview

LONG_NOTE = (
    "Moeder belt liever 's ochtends; vader werkt in ploegendienst. De afspraak met de "
    "verloskundige staat op 3 december, graag samen gaan. " * 4
)


def _handed_over() -> object:
    family = realistic_family()
    backup = next(c for c in family.contacts if c.role == "backup" and c.until is None)
    other = next(
        n.id
        for n in family.network
        if n.kind == "professional" and n.id not in {c.network_id for c in family.contacts}
    )
    notes = handover.HandoverNotes("leave", True, LONG_NOTE)
    change = handover.change_contact(family, "backup", other, TODAY, "nl", notes)
    assert backup.network_id != other
    return change.family


def test_the_notes_are_on_the_page_in_two_lines_at_most() -> None:
    """The Dutch page names the handover with its reason, the warm handover and the start of the
    note; a long note is cut after two lines; the page stays one page without overlaps."""
    family = _handed_over()
    pdf = build_team_overview(family, lang="nl", today=TODAY)  # type: ignore[arg-type]
    text, glyphs, _size = read(pdf)
    flat = " ".join(text.split())
    assert page_count(pdf) == 1
    assert "Overdracht achterwacht aan" in flat
    assert "Reden: Verlof" in flat and "Warme overdracht: ja" in flat
    assert "Notitie voor de nieuwe persoon: Moeder belt liever" in flat
    assert overlapping(glyphs) == []
    assert len(handover_lines(family, TODAY, "nl")) == 2  # type: ignore[arg-type]
    english = " ".join(read(build_team_overview(family, lang="en", today=TODAY))[0].split())  # type: ignore[arg-type]
    assert "Handover of the" in english
    assert "Reason: Leave" in english


def test_without_notes_the_page_is_as_before() -> None:
    """A family whose current contacts carry no notes gets no handover lines, and the same text
    as before."""
    family = realistic_family()
    assert handover_lines(family, TODAY, "nl") == []
    plain = replace(family, contacts=tuple(replace(c, note=None) for c in family.contacts))
    assert (
        read(build_team_overview(plain, lang="nl", today=TODAY))[0]
        == read(build_team_overview(family, lang="nl", today=TODAY))[0]
    )
