"""The team version of the one-page family overview (A4 portrait, always exactly one page).

From top to bottom: the header (family, ref, municipality, status, phase, due date or children's
ages, printed-on date); the vaste aanspreekpunt and the achterwacht, or a clear warning when there
is none; the household, the network (JIM marked) and the eco-map; the open goals with their open
actions; the journey as a timeline with the latest events in words, barriers and enablers
included; a footer saying "Confidential" and what the page is for.

Every section has a fixed place and height budget: what does not fit is shortened ("+12 more"),
never flowed onto a second page, and every text is measured so that none overlaps another.
This module puts the page together: `team_header` draws the header, footer and contact cards,
`team_sections` the household, network, eco-map, plan and journey, both in `team_layout`'s look.
"""

from __future__ import annotations

import io
from datetime import date

from veldwerk.domain import clock
from veldwerk.domain.model import Family
from veldwerk.reports import page, texts
from veldwerk.reports.team_handover import handover_notes
from veldwerk.reports.team_header import contacts, footer, header
from veldwerk.reports.team_layout import GAP, TOP
from veldwerk.reports.team_sections import middle, plan_and_journey
from veldwerk.texts import text


def build_team_overview(family: Family, *, lang: str = "nl", today: date | None = None) -> bytes:
    """The team version of `family`'s overview as PDF bytes: one A4 page in `lang` ("nl" or
    "en"), as on `today` (default: the clock's today)."""
    texts.check_lang(lang)
    day = today or clock.today()
    buffer = io.BytesIO()
    c = page.new_canvas(buffer, title=text("report.team.title", lang), lang=lang)
    footer_top = footer(c, family, lang)
    top = header(c, family, day, lang, TOP)
    top = handover_notes(c, family, day, lang, contacts(c, family, day, lang, top - GAP)) - GAP
    top = middle(c, family, day, lang, top) - GAP
    plan_and_journey(c, family, day, lang, top, footer_top + GAP)
    return page.finish(c, buffer)
