"""The top of the team overview (family, ref, municipality, status, phase, children's ages or
due date, printed-on date), its footer ("Confidential" and what the page is for), and the two
contact cards: the vaste aanspreekpunt and the achterwacht, or a clear warning when there is
none."""

from __future__ import annotations

from datetime import date

from reportlab.pdfgen.canvas import Canvas

from veldwerk.domain import phases, rules
from veldwerk.domain.codes import label
from veldwerk.domain.model import Family, NetworkMember
from veldwerk.reports import content, fitting, icons, texts
from veldwerk.reports.fitting import Cell, Line, Run
from veldwerk.reports.page import Box
from veldwerk.reports.team_layout import (
    ACCENT,
    BODY,
    BOTTOM,
    BOX_FILL,
    CONTACT_H,
    FOOT,
    FOOT_B,
    GAP,
    MARGIN_X,
    META,
    META_B,
    MUTED,
    NAME,
    ROLE,
    RULE,
    SEP,
    SMALL,
    TAG,
    TITLE,
    WARN,
    WARN_FILL,
    WARN_TEXT,
    WARN_TITLE,
    WIDTH,
    frame,
    member_name,
    rule,
)
from veldwerk.texts import format_date, text

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
            _with_age(member_name(m, lang), m.birth_date, day, lang)
            for m in children
            if m.birth_date is not None
        )
        parts.append(text("report.children", lang, list=listed))
    due = family.due_date
    if due is not None and phases.due_date_pending(family):
        parts.append(text("report.due", lang, date=format_date(due, lang)))
    return SEP.join(parts)


def header(c: Canvas, family: Family, day: date, lang: str, top: float) -> float:
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
    rule(c, bottom - 3)
    return bottom - 3


def footer(c: Canvas, family: Family, lang: str) -> float:
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
    rule(c, top + 2)
    return top + 2


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


def contacts(c: Canvas, family: Family, day: date, lang: str, top: float) -> float:
    box_w = (WIDTH - GAP) / 2
    for i, role in enumerate(("primary", "backup")):
        box = Box(MARGIN_X + i * (box_w + GAP), top - CONTACT_H, box_w, CONTACT_H)
        person = content.contact_person(family, role, day)
        if person is not None:
            _contact_box(c, box, role, person, lang)
        elif _needs_warning(family, role, day):
            _warning_box(c, box, role, lang)
        else:
            frame(c, box, BOX_FILL, RULE, 0.8)
            lines = [
                _role_line(role, box.width - 14, lang),
                fitting.text_line([Run(text("report.nobody", lang), SMALL)], box.width - 14),
            ]
            fitting.draw_lines(c, lines, box.x + 7, box.y + box.height - 5)
    return top - CONTACT_H


def _role_line(role: str, width: float, lang: str) -> Line:
    role_label = label("contact_role", role, lang)
    return fitting.text_line([Run(role_label[:1].upper() + role_label[1:], ROLE)], width)


def _contact_box(c: Canvas, box: Box, role: str, person: NetworkMember, lang: str) -> None:
    """The contact's name, profession and organisation, phone and e-mail in a framed box."""
    primary = role == "primary"
    frame(c, box, BOX_FILL, ACCENT if primary else RULE, 1.2 if primary else 0.8)
    lines = _contact_lines(person, role, box.width - 14, lang)
    fitting.draw_lines(c, fitting.clip(lines, CONTACT_H - 10), box.x + 7, box.y + box.height - 5)


def _warning_box(c: Canvas, box: Box, role: str, lang: str) -> None:
    """A clear warning in the place of a missing contact (thick frame and a sign, so it also
    stands out in black and white)."""
    frame(c, box, WARN_FILL, WARN, 1.8)
    icons.warning(c, box.x + 17, box.y + box.height - 19, 20, WARN)
    lines = _warning_lines(
        text(f"report.no_{role}.title", lang), text(f"report.no_{role}.text", lang), box.width - 44
    )
    fitting.draw_lines(c, fitting.clip(lines, CONTACT_H - 10), box.x + 37, box.y + box.height - 6)
