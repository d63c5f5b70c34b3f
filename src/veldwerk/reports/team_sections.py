"""The body of the team overview: the household, the network (JIM marked) and the eco-map side
by side; then the open goals with their open actions and the journey as a timeline with the
latest events in words, barriers and enablers included. What does not fit is shortened ("+12
more")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from veldwerk.domain import ecomap_spec as spec
from veldwerk.domain.codes import label
from veldwerk.domain.model import Action, Event, Family, Goal, Member, NetworkMember
from veldwerk.domain.plan import is_overdue
from veldwerk.reports import content, ecomap, fitting, fonts, icons, texts, timeline
from veldwerk.reports.fitting import Cell, Line, Run, Style
from veldwerk.reports.page import Box
from veldwerk.reports.team_layout import (
    BODY,
    BODY_B,
    COL_GAP,
    GAP,
    GOAL,
    HEAD,
    INDENT,
    JIM,
    LEFT_W,
    MARGIN_X,
    MIDDLE_H,
    MORE,
    MUTED,
    PHONE_W,
    RULE,
    SEP,
    SMALL,
    SMALL_B,
    SUBHEAD,
    TIMELINE_H,
    WARN,
    WIDTH,
    frame,
    heading,
    member_name,
    more_line,
)
from veldwerk.texts import format_date, text

# household, network and eco-map ------------------------------------------------------------


def _member_line(m: Member, day: date, lang: str, width: float) -> Line:
    runs = [Run(member_name(m, lang), BODY_B), Run(SEP + label("member_role", m.role, lang), BODY)]
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
        who = member_name(mentee, lang) if mentee else "?"
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


def middle(c: Canvas, family: Family, day: date, lang: str, top: float) -> float:
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
    lines = [heading(text("report.members", lang), width)]
    lines += fitting.fit_items(
        members, members_h, lambda n: more_line(n, lang, width), total=len(people)
    )
    lines.append(fitting.spacer(4))
    lines.append(heading(text("report.network", lang), width))
    lines += fitting.fit_items(
        network,
        network_h,
        lambda n: more_line(n, lang, width, INDENT),
        total=max(len(ties), len(network)),
    )
    fitting.draw_lines(c, lines, MARGIN_X, top)

    map_x = MARGIN_X + LEFT_W + 16
    map_w = WIDTH - LEFT_W - 16
    map_box = Box(map_x, top - MIDDLE_H, map_w, MIDDLE_H - HEAD.leading - 2)
    frame(c, map_box, spec.BACKGROUND, RULE, 0.6)
    hidden = ecomap.draw_ecomap(
        c,
        family,
        Box(map_box.x + 5, map_box.y + 4, map_box.width - 10, map_box.height - 8),
        day=day,
        lang=lang,
    )
    head = heading(text("report.ecomap", lang), map_w, texts.more(hidden, lang) if hidden else "")
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
        lines.append(more_line(len(actions) - len(shown), lang, WIDTH, INDENT))
    if not actions:
        lines.append(
            fitting.text_line([Run(text("report.no_actions", lang), SMALL)], WIDTH, indent=INDENT)
        )
    lines.append(fitting.spacer(GOAL_GAP))
    return lines


def _plan_lines(family: Family, day: date, lang: str, available: float) -> list[Line]:
    """The open goals with their open actions in `available` points: all when they fit, else
    fewer actions per goal (down to one), then fewer goals, each cut said with "+N more"."""
    head = heading(text("report.goals", lang), WIDTH)
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
        *fitting.fit_items(blocks, room, lambda n: more_line(n, lang, WIDTH), total=len(goals)),
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


def plan_and_journey(
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

    y = fitting.draw_lines(c, [heading(text("report.journey", lang), WIDTH)], MARGIN_X, y)
    timeline.draw_timeline(
        c, family, Box(MARGIN_X, y - TIMELINE_H, WIDTH, TIMELINE_H), day=day, lang=lang
    )
    y -= TIMELINE_H + 4
    lines = [fitting.text_line([Run(text("report.recent", lang), SUBHEAD)], WIDTH)]
    if not events:
        lines.append(fitting.text_line([Run(text("report.no_events", lang), SMALL)], WIDTH))
    else:
        lines += fitting.fit_items(
            blocks, events_h, lambda n: more_line(n, lang, WIDTH), total=len(events)
        )
    fitting.draw_lines(c, lines, MARGIN_X, y)
