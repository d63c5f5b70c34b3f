"""The handover notes on the team overview (issue 14): under the two contact cards, for the
vaste aanspreekpunt and the achterwacht whose current assignment carries notes, one short block
"Handover to Karin Bos on 1 November 2026: Reason: Leave · Warm handover: yes · Note for the
new person: …", at most two lines each (the rest cut with "…"). Nothing when there are none, so
the page of a family without notes is as before."""

from __future__ import annotations

from datetime import date

from reportlab.pdfgen.canvas import Canvas

from veldwerk.domain.codes import label
from veldwerk.domain.contacts import current_contact
from veldwerk.domain.handover import notes_of, notes_summary
from veldwerk.domain.model import Family
from veldwerk.reports import fitting
from veldwerk.reports.fitting import Line, Run
from veldwerk.reports.team_layout import MARGIN_X, SMALL, SMALL_B, WIDTH
from veldwerk.texts import format_date, text

MAX_LINES = 2
"""The most lines of one role's notes."""


def handover_lines(family: Family, day: date, lang: str, width: float = WIDTH) -> list[Line]:
    """The lines of the notes of the current primary's and backup's assignments."""
    lines: list[Line] = []
    for role in ("primary", "backup"):
        assignment = current_contact(family, role, day)
        summary = notes_summary(notes_of(assignment), lang) if assignment else None
        if assignment is None or summary is None:
            continue
        person = family.network_member(assignment.network_id)
        head = text(
            "report.handover_notes",
            lang,
            role=label("contact_role", role, lang),
            name=fitting.clean(person.name if person else ""),
            date=format_date(assignment.start, lang),
        )
        body = fitting.clean(summary)
        head_w = fitting.text_width(head + " ", SMALL_B)
        first, *more = fitting.wrap(body, SMALL, width - head_w) or [""]
        lines.append(fitting.text_line([Run(head + " ", SMALL_B), Run(first, SMALL)], width))
        if more:
            lines += fitting.wrapped_lines(" ".join(more), SMALL, width, MAX_LINES - 1)
    return lines


def handover_notes(c: Canvas, family: Family, day: date, lang: str, top: float) -> float:
    """Draw the notes below `top`; return the y below them (`top` when there are none)."""
    lines = handover_lines(family, day, lang)
    if not lines:
        return top
    return fitting.draw_lines(c, lines, MARGIN_X, top - 3)
