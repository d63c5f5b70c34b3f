"""The family version of the overview (gezinsversie): one easy-read A4 page for the parents.

Large type (14 pt and up), short sentences, one idea per line, a simple icon per section:
"Wie helpt je?" (the vaste aanspreekpunt and how to reach them), "Als [naam] er niet is" (the
achterwacht), "Jouw JIM" and "Wat gaan we doen?" (the open actions). The family is spoken to in
one way throughout: "je"/"jij" in Dutch, never "u" or "jullie"; "you" in English. A date that has
passed says so in words ("was vóór 1 oktober 2026 (te laat)"), not by colour alone. It shows
nothing a family should not read on their fridge: no barriers, notes, reflections, event
descriptions or other professionals' assessments are even looked at here.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from veldwerk.domain import clock
from veldwerk.domain.model import Action, Family, NetworkMember
from veldwerk.domain.plan import is_overdue
from veldwerk.reports import content, fitting, fonts, icons, page, texts
from veldwerk.reports.fitting import Line, Run, Style, ink
from veldwerk.texts import format_date, text

INK = "#1c2428"
ACCENT = "#1f4e5a"
BADGE = "#dcebf0"
RULE = "#cfd8dc"

TITLE = Style(fonts.BOLD, 26, 32, INK)
INTRO = Style(fonts.REGULAR, 15, 20, "#37474f")
HEAD = Style(fonts.BOLD, 20, 27, ACCENT)
NAME = Style(fonts.BOLD, 18, 24, INK)
TEXT = Style(fonts.REGULAR, 16, 22, INK)
TEXT_B = Style(fonts.BOLD, 16, 22, INK)
FOOT = Style(fonts.REGULAR, 14, 18, "#455a64")

MARGIN_X = 44.0
TOP = page.HEIGHT - 40.0
BOTTOM = 34.0
WIDTH = page.WIDTH - 2 * MARGIN_X
BADGE_SIZE = 46.0
CONTENT_X = MARGIN_X + 64.0
CONTENT_W = WIDTH - 64.0
SECTION_GAP = 14.0
ITEM_INDENT = 28.0
MAX_JIMS = 2


def build_family_overview(family: Family, *, lang: str = "nl", today: date | None = None) -> bytes:
    """The family version of `family`'s overview as PDF bytes: one easy-read A4 page in `lang`
    ("nl" or "en"), as on `today` (default: the clock's today)."""
    texts.check_lang(lang)
    day = today or clock.today()
    buffer = io.BytesIO()
    c = page.new_canvas(buffer, title=text("report.fam.for_you", lang), lang=lang)
    bottom = _footer(c, day, lang)
    top = _header(c, family, lang)

    primary = content.contact_person(family, "primary", day)
    backup = content.contact_person(family, "backup", day)
    primary_name = content.first_name(fitting.clean(primary.name)) if primary else ""
    sections = [
        (icons.person, _who_helps(primary, primary_name, lang)),
        (icons.two_people, _when_away(backup, primary_name, lang)),
    ]
    fixed = sum(_section_height(lines) + SECTION_GAP for _, lines in sections)
    plan_min = max(BADGE_SIZE + 4, HEAD.leading + TEXT.leading) + SECTION_GAP
    jims = _my_jims(family, day, lang, top - bottom - fixed - plan_min)
    sections.append((icons.heart, jims))
    used = fixed + _section_height(jims) + SECTION_GAP
    sections.append((icons.checklist, _what_we_do(family, day, lang, top - bottom - used)))

    for icon, lines in sections:
        _rule(c, top)
        top -= SECTION_GAP / 2
        icons.in_circle(
            c, icon, MARGIN_X + BADGE_SIZE / 2, top - BADGE_SIZE / 2 - 2, BADGE_SIZE, BADGE, ACCENT
        )
        fitting.draw_lines(c, lines, CONTENT_X, top)
        top -= _section_height(lines) + SECTION_GAP / 2
    return page.finish(c, buffer)


def _section_height(lines: Sequence[Line]) -> float:
    return max(fitting.lines_height(lines), BADGE_SIZE + 4)


def _header(c: Canvas, family: Family, lang: str) -> float:
    lines = [
        fitting.text_line([Run(family.name, TITLE)], WIDTH),
        fitting.text_line([Run(text("report.fam.for_you", lang), INTRO)], WIDTH),
        fitting.text_line([Run(text("report.fam.purpose", lang), INTRO)], WIDTH),
    ]
    return fitting.draw_lines(c, lines, MARGIN_X, TOP) - 6


def _footer(c: Canvas, day: date, lang: str) -> float:
    """The date the page was made, at the bottom; return the top of the footer."""
    line = fitting.text_line(
        [Run(text("report.fam.made_on", lang, date=format_date(day, lang, "long")), FOOT)], WIDTH
    )
    fitting.draw_lines(c, [line], MARGIN_X, BOTTOM + FOOT.leading)
    return BOTTOM + FOOT.leading + 8


def _rule(c: Canvas, y: float) -> None:
    c.saveState()
    c.setStrokeColor(ink(RULE))
    c.setLineWidth(1.0)
    c.line(MARGIN_X, y, MARGIN_X + WIDTH, y)
    c.restoreState()


def _item_marker(icon: icons.Icon, size: float) -> fitting.Marker:
    """`icon` in the indent before an item's text."""
    return icons.marker(icon, size, INK, ITEM_INDENT / 2 - 2)


def _icon_line(text: str, style: Style, icon: icons.Icon) -> Line:
    """`text` after `icon` (a phone number, an e-mail address)."""
    return fitting.text_line(
        [Run(text, style)], CONTENT_W, indent=ITEM_INDENT, marker=_item_marker(icon, 18)
    )


def _reach(person: NetworkMember) -> list[Line]:
    """Organisation, phone and e-mail of `person`, one per line, with an icon each."""
    lines: list[Line] = []
    if person.organisation:
        lines.append(fitting.text_line([Run(person.organisation, TEXT)], CONTENT_W))
    if person.phone:
        lines.append(_icon_line(person.phone, TEXT_B, icons.phone))
    if person.email:
        lines.append(_icon_line(person.email, TEXT, icons.mail))
    return lines


def _heading(text: str) -> Line:
    return fitting.text_line([Run(text, HEAD)], CONTENT_W)


def _sentence(text: str, style: Style = TEXT) -> list[Line]:
    return fitting.wrapped_lines(text, style, CONTENT_W, 2)


def _who_helps(primary: NetworkMember | None, name: str, lang: str) -> list[Line]:
    lines = [_heading(text("report.fam.who_helps", lang))]
    if primary is None:
        return lines + _sentence(text("report.fam.no_primary", lang))
    lines.append(fitting.text_line([Run(primary.name, NAME)], CONTENT_W))
    lines += _reach(primary)
    lines += _sentence(text("report.fam.call_when", lang, name=name))
    return lines


def _when_away(backup: NetworkMember | None, primary_name: str, lang: str) -> list[Line]:
    if primary_name:
        heading = text("report.fam.when_away", lang, name=primary_name)
    else:
        heading = text("report.fam.when_away_generic", lang)
    lines = [_heading(heading)]
    if backup is None:
        key = "report.fam.no_backup" if primary_name else "report.fam.no_backup_generic"
        return lines + _sentence(text(key, lang, name=primary_name))
    lines += _sentence(text("report.fam.call_then", lang, name=fitting.clean(backup.name)), TEXT_B)
    lines += _reach(backup)
    return lines


def _jim_item(family: Family, jim: NetworkMember, lang: str) -> list[Line]:
    relation = fitting.clean(content.relation_note(jim))
    # "Ans de Vries (tante)"; a relation with its own brackets after a comma, not in brackets
    # within brackets ("Samira Ouahabi, tante (zus van Fatima)")
    said = f", {relation}" if "(" in relation else f" ({relation})"
    name_runs = [Run(jim.name, NAME)] + ([Run(said, TEXT)] if relation else [])
    lines = [fitting.text_line(name_runs, CONTENT_W)]
    if jim.phone:
        lines.append(_icon_line(jim.phone, TEXT_B, icons.phone))
    mentee = family.member(jim.mentor_of) if jim.mentor_of else None
    jim_name = fitting.clean(content.called(jim))
    if mentee is not None and mentee.given_name:
        lines += _sentence(
            text("report.fam.jim_of", lang, jim=jim_name, member=fitting.clean(mentee.given_name))
        )
    else:
        lines += _sentence(text("report.fam.jim_chosen", lang, name=jim_name))
    return lines


def _my_jims(family: Family, day: date, lang: str, available: float) -> list[Line]:
    head = [_heading(text("report.fam.my_jim", lang)), *_sentence(text("report.fam.jim_is", lang))]
    jims = content.current_jims(family, day)
    if not jims:
        return [*head, *_sentence(text("report.fam.no_jim", lang))]
    items = [_jim_item(family, j, lang) for j in jims]
    more = _more_line("report.fam.more_jims", lang)
    wanted = sum(fitting.lines_height(i) for i in items[:MAX_JIMS])
    if len(items) > MAX_JIMS:
        wanted += more(1).height
    room = min(available - fitting.lines_height(head), wanted)
    return [*head, *fitting.fit_items(items, room, more)]


def _more_line(key: str, lang: str) -> Callable[[int], Line]:
    def more(n: int) -> Line:
        return fitting.text_line([Run(text(key, lang, n=n), TEXT)], CONTENT_W)

    return more


def _when(a: Action, day: date, lang: str) -> list[Run]:
    """ "Wanneer: vóór 15 oktober 2026", or for a date that has passed "Wanneer: was vóór
    1 oktober 2026 (te laat)": the word says it, not a colour."""
    if a.due_on is None:
        return []
    when = format_date(a.due_on, lang, "long")
    if not is_overdue(a, day):
        return [Run(text("report.fam.when", lang, date=when), TEXT)]
    return [
        Run(text("report.fam.when_past", lang, date=when), TEXT),
        Run(f" ({text('report.fam.late', lang)})", TEXT_B),
    ]


def _action_item(a: Action, day: date, lang: str) -> list[Line]:
    title = fitting.wrapped_lines(a.title, TEXT_B, CONTENT_W, 2, indent=ITEM_INDENT) or [
        fitting.text_line([Run("—", TEXT_B)], CONTENT_W, indent=ITEM_INDENT)
    ]
    title[0] = Line(title[0].cells, title[0].height, _item_marker(icons.for_action(a.status), 20))
    lines = list(title)
    if a.owner:
        lines.append(
            fitting.text_line(
                [Run(text("report.fam.who", lang, name=a.owner), TEXT)],
                CONTENT_W,
                indent=ITEM_INDENT,
            )
        )
    when = _when(a, day, lang)
    if when:
        lines.append(fitting.text_line(when, CONTENT_W, indent=ITEM_INDENT))
    if a.status == "doing":
        lines.append(
            fitting.text_line(
                [Run(text("report.fam.started", lang), TEXT)], CONTENT_W, indent=ITEM_INDENT
            )
        )
    lines.append(fitting.spacer(6))
    return lines


def _what_we_do(family: Family, day: date, lang: str, available: float) -> list[Line]:
    head = _heading(text("report.fam.what_we_do", lang))
    actions = content.plan_actions(family)
    if not actions:
        return [head, *_sentence(text("report.fam.nothing_planned", lang))]
    room = available - SECTION_GAP - head.height
    items = [_action_item(a, day, lang) for a in actions[: fitting.at_most(room, TEXT_B.leading)]]
    return [
        head,
        *fitting.fit_items(items, room, _more_line("report.fam.more", lang), total=len(actions)),
    ]
