"""The team version of the one-page family overview (A4 portrait, always exactly one page).

From top to bottom: the header (family, ref, municipality, status, phase, due date or children's
ages, printed-on date); the vaste aanspreekpunt and the achterwacht, or a clear warning when there
is none; the household, the network (JIM marked) and the eco-map; the open goals with their open
actions; the journey as a timeline with the latest events in words, barriers and enablers
included; a footer saying "Confidential" and what the page is for.

Every section has a fixed place and height budget: what does not fit is shortened ("+12 more"),
never flowed onto a second page, and every text is measured so that none overlaps another.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from veldwerk.domain import clock, phases, rules
from veldwerk.domain import ecomap_spec as spec
from veldwerk.domain.codes import label
from veldwerk.domain.model import Action, Event, Family, Goal, Member, NetworkMember
from veldwerk.domain.plan import is_overdue
from veldwerk.reports import content, ecomap, fitting, fonts, icons, page, texts, timeline
from veldwerk.reports.fitting import Cell, Line, Run, Style, ink
from veldwerk.reports.page import Box
from veldwerk.texts import format_date, text

INK = "#1f2a30"
ACCENT = "#1f4e5a"
MUTED = "#546e7a"
RULE = "#b0bec5"
WARN = "#8e3a12"
WARN_FILL = "#fcefe5"
BOX_FILL = "#f4f7f8"

TITLE = Style(fonts.BOLD, 15, 19, INK)
TAG = Style(fonts.BOLD, 8, 10, ACCENT)
META = Style(fonts.REGULAR, 8, 10.5, "#37474f")
META_B = Style(fonts.BOLD, 8, 10.5, "#37474f")
HEAD = Style(fonts.BOLD, 9.5, 14, ACCENT)
SUBHEAD = Style(fonts.BOLD, 8.5, 12, ACCENT)
BODY = Style(fonts.REGULAR, 8, 10, INK)
BODY_B = Style(fonts.BOLD, 8, 10, INK)
JIM = Style(fonts.BOLD, 8, 10, ACCENT)
GOAL = Style(fonts.BOLD, 8.5, 11, INK)
SMALL = Style(fonts.REGULAR, 7.2, 9, MUTED)
SMALL_B = Style(fonts.BOLD, 7.2, 9, "#37474f")
MORE = Style(fonts.REGULAR, 7.2, 9.5, MUTED)
ROLE = Style(fonts.BOLD, 7.5, 9.5, ACCENT)
NAME = Style(fonts.BOLD, 11, 13.5, INK)
WARN_TITLE = Style(fonts.BOLD, 11, 13.5, WARN)
WARN_TEXT = Style(fonts.REGULAR, 8.5, 10.5, WARN)
FOOT = Style(fonts.REGULAR, 7, 9, MUTED)
FOOT_B = Style(fonts.BOLD, 7, 9, WARN)

MARGIN_X = 32.0
TOP = page.HEIGHT - 28.0
BOTTOM = 24.0
WIDTH = page.WIDTH - 2 * MARGIN_X
CONTACT_H = 64.0
MIDDLE_H = 206.0
LEFT_W = 256.0
TIMELINE_H = 50.0
GAP = 9.0
INDENT = 11.0
PHONE_W = 58.0
COL_GAP = 6.0
SEP = " · "


def build_team_overview(family: Family, *, lang: str = "nl", today: date | None = None) -> bytes:
    """The team version of `family`'s overview as PDF bytes: one A4 page in `lang` ("nl" or
    "en"), as on `today` (default: the clock's today)."""
    texts.check_lang(lang)
    day = today or clock.today()
    buffer = io.BytesIO()
    c = page.new_canvas(buffer, title=text("report.team.title", lang), lang=lang)
    footer_top = _footer(c, family, lang)
    top = _header(c, family, day, lang, TOP)
    top = _contacts(c, family, day, lang, top - GAP) - GAP
    top = _middle(c, family, day, lang, top) - GAP
    _plan_and_journey(c, family, day, lang, top, footer_top + GAP)
    return page.finish(c, buffer)


# header and footer -------------------------------------------------------------------------


def _with_age(name: str, born: date, day: date, lang: str) -> str:
    age = texts.age(born, day, lang)
    return f"{name} ({age})" if age else name


def _children_and_due(family: Family, day: date, lang: str) -> str:
    children = sorted(
        (m for m in family.members if m.role == "child" and m.birth_date is not None),
        key=lambda m: m.birth_date or date.min,
    )
    parts: list[str] = []
    if children:
        listed = ", ".join(
            _with_age(_member_name(m, lang), m.birth_date, day, lang)
            for m in children
            if m.birth_date is not None
        )
        parts.append(text("report.children", lang, list=listed))
    due = family.due_date
    if due is not None and phases.due_date_pending(family):
        parts.append(text("report.due", lang, date=format_date(due, lang)))
    return SEP.join(parts)


def _header(c: Canvas, family: Family, day: date, lang: str, top: float) -> float:
    tag = text("report.team.title", lang)
    tag_w = fitting.text_width(tag, TAG)
    name = fitting.ellipsize(fitting.clean(family.name), TITLE, WIDTH - tag_w - 14)
    lines = [
        Line(
            (
                Cell(0, WIDTH - tag_w - 14, (Run(name, TITLE),)),
                Cell(WIDTH - tag_w, tag_w, (Run(tag, TAG),), "right"),
            ),
            TITLE.leading,
        )
    ]
    status = label("family_status", family.status, lang)
    if family.status == "closed" and family.closed_on is not None:
        status = text(
            "report.status_since", lang, status=status, date=format_date(family.closed_on, lang)
        )
    phase = label("phase", phases.current_phase(family, day), lang)
    meta = [
        Run(text("report.ref", lang, ref=fitting.clean(family.ref)), META_B),
        Run(SEP + fitting.clean(family.municipality), META),
        Run(SEP + status, META),
        Run(SEP + text("report.phase", lang, phase=phase), META),
    ]
    lines.append(fitting.text_line(meta, WIDTH))
    printed = text("report.printed_on", lang, date=format_date(day, lang))
    printed_w = fitting.text_width(printed, META)
    left_w = WIDTH - printed_w - 14
    lines.append(
        Line(
            (
                Cell(
                    0,
                    left_w,
                    fitting.fit_runs([Run(_children_and_due(family, day, lang), META)], left_w),
                ),
                Cell(WIDTH - printed_w, printed_w, (Run(printed, META),), "right"),
            ),
            META.leading,
        )
    )
    bottom = fitting.draw_lines(c, lines, MARGIN_X, top)
    _rule(c, bottom - 3)
    return bottom - 3


def _footer(c: Canvas, family: Family, lang: str) -> float:
    """The footer at the bottom of the page; return its top."""
    top = BOTTOM + FOOT.leading
    ref = fitting.clean(family.ref)
    ref_w = min(fitting.text_width(ref, FOOT), 140)
    left_w = WIDTH - ref_w - 14
    runs = fitting.fit_runs(
        [
            Run(text("report.confidential", lang), FOOT_B),
            Run(" — " + text("report.team.purpose", lang), FOOT),
        ],
        left_w,
    )
    line = Line(
        (
            Cell(0, left_w, runs),
            Cell(WIDTH - ref_w, ref_w, fitting.fit_runs([Run(ref, FOOT)], ref_w), "right"),
        ),
        FOOT.leading,
    )
    fitting.draw_lines(c, [line], MARGIN_X, top)
    _rule(c, top + 2)
    return top + 2


def _rule(c: Canvas, y: float) -> None:
    c.saveState()
    c.setStrokeColor(ink(RULE))
    c.setLineWidth(0.6)
    c.line(MARGIN_X, y, MARGIN_X + WIDTH, y)
    c.restoreState()


# contacts ----------------------------------------------------------------------------------


def _contact_lines(person: NetworkMember, role: str, width: float, lang: str) -> list[Line]:
    lines = [_role_line(role, width, lang), fitting.text_line([Run(person.name, NAME)], width)]
    detail = [
        p
        for p in (
            label("profession", person.profession, lang) if person.profession else None,
            fitting.clean(person.organisation),
        )
        if p
    ]
    if detail:
        lines.append(fitting.text_line([Run(SEP.join(detail), BODY)], width))
    for value, icon in ((person.phone, icons.phone), (person.email, icons.mail)):
        if value:
            lines.append(
                fitting.text_line(
                    [Run(value, BODY)], width, indent=13, marker=icons.marker(icon, 8.5, MUTED, 4)
                )
            )
    return lines


def _warning_lines(title: str, body: str, width: float) -> list[Line]:
    return [
        fitting.text_line([Run(title, WARN_TITLE)], width),
        *fitting.wrapped_lines(body, WARN_TEXT, width, 3),
    ]


def _needs_warning(family: Family, role: str, day: date) -> bool:
    """A missing contact is a warning where the domain rules say it matters: an active family
    without a current primary or without a current backup."""
    if role == "primary":
        return bool(rules.check_active_has_primary(family, day))
    return rules.lacks_current_backup(family, day)


def _contacts(c: Canvas, family: Family, day: date, lang: str, top: float) -> float:
    box_w = (WIDTH - GAP) / 2
    for i, role in enumerate(("primary", "backup")):
        box = Box(MARGIN_X + i * (box_w + GAP), top - CONTACT_H, box_w, CONTACT_H)
        person = content.contact_person(family, role, day)
        if person is not None:
            _contact_box(c, box, role, person, lang)
        elif _needs_warning(family, role, day):
            _warning_box(c, box, role, lang)
        else:
            _frame(c, box, BOX_FILL, RULE, 0.8)
            lines = [
                _role_line(role, box.width - 14, lang),
                fitting.text_line([Run(text("report.nobody", lang), SMALL)], box.width - 14),
            ]
            fitting.draw_lines(c, lines, box.x + 7, box.y + box.height - 5)
    return top - CONTACT_H


def _frame(c: Canvas, box: Box, fill: str, stroke: str, width: float) -> None:
    c.saveState()
    c.setFillColor(ink(fill))
    c.setStrokeColor(ink(stroke))
    c.setLineWidth(width)
    c.roundRect(box.x, box.y, box.width, box.height, 4, stroke=1, fill=1)
    c.restoreState()


def _role_line(role: str, width: float, lang: str) -> Line:
    role_label = label("contact_role", role, lang)
    return fitting.text_line([Run(role_label[:1].upper() + role_label[1:], ROLE)], width)


def _contact_box(c: Canvas, box: Box, role: str, person: NetworkMember, lang: str) -> None:
    """The contact's name, profession and organisation, phone and e-mail in a framed box."""
    primary = role == "primary"
    _frame(c, box, BOX_FILL, ACCENT if primary else RULE, 1.2 if primary else 0.8)
    lines = _contact_lines(person, role, box.width - 14, lang)
    fitting.draw_lines(c, fitting.clip(lines, CONTACT_H - 10), box.x + 7, box.y + box.height - 5)


def _warning_box(c: Canvas, box: Box, role: str, lang: str) -> None:
    """A clear warning in the place of a missing contact (thick frame and a sign, so it also
    stands out in black and white)."""
    _frame(c, box, WARN_FILL, WARN, 1.8)
    icons.warning(c, box.x + 17, box.y + box.height - 19, 20, WARN)
    lines = _warning_lines(
        text(f"report.no_{role}.title", lang), text(f"report.no_{role}.text", lang), box.width - 44
    )
    fitting.draw_lines(c, fitting.clip(lines, CONTACT_H - 10), box.x + 37, box.y + box.height - 6)


# household, network and eco-map ------------------------------------------------------------


def _member_name(m: Member, lang: str) -> str:
    return fitting.clean(m.display_name) or text("report.unnamed", lang)


def _member_line(m: Member, day: date, lang: str, width: float) -> Line:
    runs = [Run(_member_name(m, lang), BODY_B), Run(SEP + label("member_role", m.role, lang), BODY)]
    if m.birth_date is not None:
        runs.append(Run(SEP + texts.age(m.birth_date, day, lang), BODY))
    if m.expected_on is not None:
        runs.append(
            Run(SEP + text("report.expected", lang, date=format_date(m.expected_on, lang)), BODY)
        )
    if m.phone:
        runs.append(Run(SEP + fitting.clean(m.phone), SMALL))
    return fitting.text_line(runs, width)


def _network_line(n: NetworkMember, family: Family, lang: str, width: float) -> Line:
    runs = [Run(n.name, BODY_B)]
    if n.kind == "jim":
        mentee = family.member(n.mentor_of) if n.mentor_of else None
        who = _member_name(mentee, lang) if mentee else "?"
        runs.append(Run(SEP + text("report.jim_of", lang, name=who), JIM))
    detail = [
        label("profession", n.profession, lang) if n.profession else "",
        fitting.clean(n.organisation),
        fitting.clean(content.relation_note(n)),
    ]
    runs.extend(Run(SEP + d, BODY) for d in detail if d)
    main_w = width - PHONE_W - COL_GAP
    line = fitting.text_line(runs, main_w, indent=INDENT, marker=ecomap.node_marker(n.kind))
    if not n.phone:
        return line
    phone = Cell(
        width - PHONE_W, PHONE_W, fitting.fit_runs([Run(n.phone, SMALL)], PHONE_W), "right"
    )
    return Line((*line.cells, phone), line.height, line.marker)


def _more_line(n: int, lang: str, width: float, indent: float = 0.0) -> Line:
    return fitting.text_line([Run(texts.more(n, lang), MORE)], width, indent=indent)


def _heading(title: str, width: float, right: str = "") -> Line:
    if not right:
        return fitting.text_line([Run(title, HEAD)], width)
    right_w = fitting.text_width(right, MORE)
    return Line(
        (
            Cell(0, width - right_w - 8, fitting.fit_runs([Run(title, HEAD)], width - right_w - 8)),
            Cell(width - right_w, right_w, (Run(right, MORE),), "right"),
        ),
        HEAD.leading,
    )


def _middle(c: Canvas, family: Family, day: date, lang: str, top: float) -> float:
    width = LEFT_W
    room = MIDDLE_H - 2 * HEAD.leading - 4
    most = fitting.at_most(room, BODY.leading)
    people = family.members
    ties = spec.ordered_network(family, day)  # the eco-map's order, as on the screen
    members = [[_member_line(m, day, lang, width)] for m in people[:most]]
    network = [[_network_line(n, family, lang, width)] for n in ties[:most]]
    if not network:
        network = [[fitting.text_line([Run(text("report.no_network", lang), SMALL)], width)]]
    members_h, network_h = fitting.share(
        room,
        [
            fitting.lines_height([ln for item in members for ln in item]),
            fitting.lines_height([ln for item in network for ln in item]),
        ],
    )
    lines = [_heading(text("report.members", lang), width)]
    lines += fitting.fit_items(
        members, members_h, lambda n: _more_line(n, lang, width), total=len(people)
    )
    lines.append(fitting.spacer(4))
    lines.append(_heading(text("report.network", lang), width))
    lines += fitting.fit_items(
        network,
        network_h,
        lambda n: _more_line(n, lang, width, INDENT),
        total=max(len(ties), len(network)),
    )
    fitting.draw_lines(c, lines, MARGIN_X, top)

    map_x = MARGIN_X + LEFT_W + 16
    map_w = WIDTH - LEFT_W - 16
    map_box = Box(map_x, top - MIDDLE_H, map_w, MIDDLE_H - HEAD.leading - 2)
    c.saveState()
    c.setStrokeColor(ink(RULE))
    c.setFillColor(ink(spec.BACKGROUND))
    c.setLineWidth(0.6)
    c.roundRect(map_box.x, map_box.y, map_box.width, map_box.height, 4, stroke=1, fill=1)
    c.restoreState()
    hidden = ecomap.draw_ecomap(
        c,
        family,
        Box(map_box.x + 5, map_box.y + 4, map_box.width - 10, map_box.height - 8),
        day=day,
        lang=lang,
    )
    head = _heading(text("report.ecomap", lang), map_w, texts.more(hidden, lang) if hidden else "")
    fitting.draw_lines(c, [head], map_x, top)
    return top - MIDDLE_H


# plan and journey --------------------------------------------------------------------------


OWNER_W, DUE_W, STATUS_W = 86.0, 102.0, 44.0
GOAL_GAP = 3.0


def _action_line(a: Action, day: date, lang: str, width: float) -> Line:
    status_x = width - STATUS_W
    due_x = status_x - COL_GAP - DUE_W
    owner_x = due_x - COL_GAP - OWNER_W
    title_w = owner_x - COL_GAP - INDENT
    due_runs: list[Run] = []
    if a.due_on is not None:
        late = is_overdue(a, day)
        due_runs.append(Run(format_date(a.due_on, lang), BODY_B if late else BODY))
        if late:
            due_runs.append(
                Run(
                    f" ({text('report.overdue', lang)})",
                    Style(fonts.BOLD, SMALL.size, SMALL.leading, WARN),
                )
            )
    cells = (
        Cell(INDENT, title_w, fitting.fit_runs([Run(a.title, BODY)], title_w)),
        Cell(owner_x, OWNER_W, fitting.fit_runs([Run(a.owner or "—", BODY)], OWNER_W)),
        Cell(due_x, DUE_W, fitting.fit_runs(due_runs or [Run("—", BODY)], DUE_W)),
        Cell(
            status_x,
            STATUS_W,
            fitting.fit_runs([Run(label("action_status", a.status, lang), SMALL)], STATUS_W),
        ),
    )
    return Line(cells, BODY.leading, icons.marker(icons.for_action(a.status), 8, MUTED, 4))


def _goal_height(title: Sequence[Line], actions: int, cap: int | None) -> float:
    """The height of a goal's block (as `_goal_block` builds it) without building it."""
    shown = actions if cap is None else min(actions, cap)
    return (
        fitting.lines_height(title)
        + shown * BODY.leading
        + (MORE.leading if shown < actions else 0.0)
        + (SMALL.leading if actions == 0 else 0.0)
        + GOAL_GAP
    )


def _goal_block(g: Goal, title: list[Line], day: date, lang: str, cap: int | None) -> list[Line]:
    """A goal's title, its open actions (at most `cap`, "+N more" for the rest) and a gap."""
    actions = content.open_actions(g)
    shown = actions if cap is None else actions[:cap]
    lines = [*title, *(_action_line(a, day, lang, WIDTH) for a in shown)]
    if len(shown) < len(actions):
        lines.append(_more_line(len(actions) - len(shown), lang, WIDTH, INDENT))
    if not actions:
        lines.append(
            fitting.text_line([Run(text("report.no_actions", lang), SMALL)], WIDTH, indent=INDENT)
        )
    lines.append(fitting.spacer(GOAL_GAP))
    return lines


def _plan_lines(family: Family, day: date, lang: str, available: float) -> list[Line]:
    """The open goals with their open actions in `available` points: all when they fit, else
    fewer actions per goal (down to one), then fewer goals, each cut said with "+N more"."""
    head = _heading(text("report.goals", lang), WIDTH)
    goals = content.open_goals(family)
    if not goals:
        return [head, fitting.text_line([Run(text("report.no_goals", lang), SMALL)], WIDTH)]
    room = available - head.height
    candidates = goals[: fitting.at_most(room, GOAL.leading + min(BODY.leading, SMALL.leading))]
    titles = [fitting.wrapped_lines(g.title, GOAL, WIDTH, 2) for g in candidates]
    counts = [len(content.open_actions(g)) for g in candidates]
    cap: int | None = None
    for cap in [None, *range(min(max(counts), 6), 0, -1)]:
        if sum(_goal_height(t, n, cap) for t, n in zip(titles, counts, strict=True)) <= room:
            break
    blocks = [_goal_block(g, t, day, lang, cap) for g, t in zip(candidates, titles, strict=True)]
    return [
        head,
        *fitting.fit_items(blocks, room, lambda n: _more_line(n, lang, WIDTH), total=len(goals)),
    ]


def _event_block(e: Event, lang: str, width: float) -> list[Line]:
    marker = _event_marker(e.type)
    first = fitting.text_line(
        [
            Run(format_date(e.date, lang), BODY_B),
            Run(SEP + label("event_type", e.type, lang), SMALL_B),
            Run(SEP + fitting.clean(e.title), BODY),
        ],
        width,
        indent=INDENT,
        marker=marker,
    )
    lines = [first]
    if e.description:
        lines += fitting.wrapped_lines(e.description, SMALL, width, 2, indent=INDENT)
    for key, kind, codes in (
        ("report.barriers", "barrier", e.barriers),
        ("report.enablers", "enabler", e.enablers),
    ):
        if codes:
            listed = ", ".join(label(kind, code, lang) for code in codes)
            lines += fitting.labelled_lines(
                Run(text(key, lang), SMALL_B), listed, SMALL, width, 2, indent=INDENT
            )
    lines.append(fitting.spacer(3))
    return lines


def _event_marker(event_type: str) -> fitting.Marker:
    kind = timeline.mark_kind(event_type)

    def draw(c: Canvas, x: float, y_mid: float, height: float) -> None:
        timeline.draw_mark_symbol(c, kind, x + 4, y_mid, 0.7)

    return draw


def _plan_and_journey(
    c: Canvas, family: Family, day: date, lang: str, top: float, bottom: float
) -> None:
    """The plan and the journey share what is left of the page; the events in words fill the
    rest, newest first."""
    fixed = HEAD.leading + TIMELINE_H + 4 + SUBHEAD.leading + GAP
    room = top - bottom - fixed
    plan_need = fitting.lines_height(_plan_lines(family, day, lang, room))
    events = content.recent_events(family, day)
    blocks: list[list[Line]] = []
    events_need = 0.0
    for e in events:  # build only as many as could ever fit
        if events_need > room:
            break
        blocks.append(_event_block(e, lang, WIDTH))
        events_need += fitting.lines_height(blocks[-1])
    if len(blocks) < len(events):
        events_need += MORE.leading
    plan_h, events_h = fitting.share(room, [plan_need, max(events_need, MORE.leading)])
    y = fitting.draw_lines(c, _plan_lines(family, day, lang, plan_h), MARGIN_X, top) - GAP

    y = fitting.draw_lines(c, [_heading(text("report.journey", lang), WIDTH)], MARGIN_X, y)
    timeline.draw_timeline(
        c, family, Box(MARGIN_X, y - TIMELINE_H, WIDTH, TIMELINE_H), day=day, lang=lang
    )
    y -= TIMELINE_H + 4
    lines = [fitting.text_line([Run(text("report.recent", lang), SUBHEAD)], WIDTH)]
    if not events:
        lines.append(fitting.text_line([Run(text("report.no_events", lang), SMALL)], WIDTH))
    else:
        lines += fitting.fit_items(
            blocks, events_h, lambda n: _more_line(n, lang, WIDTH), total=len(events)
        )
    fitting.draw_lines(c, lines, MARGIN_X, y)
